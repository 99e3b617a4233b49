// SPDX-License-Identifier: Apache-2.0
#include "NoEngineWidget.h"

#include "ErrorExplanationView.h"

#include "base/Error.h"

#include <QLabel>
#include <QPushButton>
#include <QSysInfo>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

QString installAdvice()
{
#if defined(Q_OS_MACOS)
    return NoEngineWidget::tr("Install Podman Desktop or Docker Desktop and start it; Wharf finds its socket "
                              "on its own.");
#else
    const QString os = QSysInfo::productType();
    if (os == u"fedora"_s || os == u"rhel"_s || os == u"centos"_s || os == u"almalinux"_s || os == u"rocky"_s)
        return NoEngineWidget::tr("Install Podman with <code>sudo dnf install podman</code>, then start Wharf "
                                  "again: it starts a Podman service for you. For Docker: "
                                  "<code>sudo dnf install moby-engine &amp;&amp; sudo systemctl start docker</code>.");
    return NoEngineWidget::tr("Install Podman with <code>sudo apt install podman</code>, then press Try again: "
                              "Wharf starts a Podman service for you. For Docker: <code>sudo apt install "
                              "docker.io &amp;&amp; sudo systemctl start docker</code>, and join the "
                              "<code>docker</code> group (it is root-equivalent).");
#endif
}

} // namespace

NoEngineWidget::NoEngineWidget(QWidget *parent)
    : QWidget(parent)
    , m_story(new QLabel(this))
    , m_howTo(new QLabel(this))
    , m_explanation(new ErrorExplanationView(this))
{
    setObjectName(u"noEngineWidget"_s);
    auto *title = new QLabel(tr("No container engine is running."), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title->setFont(big);
    title->setAlignment(Qt::AlignCenter);

    m_story->setObjectName(u"storyLabel"_s);
    m_story->setWordWrap(true);
    m_story->setAlignment(Qt::AlignCenter);
    m_story->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_howTo->setObjectName(u"installAdviceLabel"_s);
    m_howTo->setWordWrap(true);
    m_howTo->setAlignment(Qt::AlignCenter);
    m_howTo->setTextFormat(Qt::RichText);
    m_howTo->setText(installAdvice());
    m_howTo->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *retry = new QPushButton(tr("Try again"), this);
    retry->setObjectName(u"retryButton"_s);
    connect(retry, &QPushButton::clicked, this, &NoEngineWidget::retryRequested);

    auto *column = new QVBoxLayout;
    column->addStretch(2);
    column->addWidget(title);
    column->addSpacing(12);
    column->addWidget(m_story);
    column->addWidget(m_howTo);
    column->addWidget(m_explanation);
    column->addSpacing(12);
    column->addWidget(retry, 0, Qt::AlignHCenter);
    column->addStretch(3);

    auto *layout = new QHBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(column, 4);
    layout->addStretch(1);
}

void NoEngineWidget::setStory(const QString &story, const QList<Error> &problems)
{
    m_story->setText(story);
    m_story->setVisible(!story.isEmpty());
    if (problems.isEmpty()) {
        m_explanation->clear();
        m_howTo->show();
        return;
    }
    m_explanation->setShowsUnknownText(false); // the story already quotes it
    m_explanation->explain(problems.constFirst(), tr("No container engine answers"));
    m_howTo->setVisible(m_explanation->matches().isEmpty());
}

} // namespace Wharf
