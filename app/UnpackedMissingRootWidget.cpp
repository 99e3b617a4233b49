// SPDX-License-Identifier: Apache-2.0
#include "UnpackedMissingRootWidget.h"

#include "base/Error.h"

#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Wharf {

UnpackedMissingRootWidget::UnpackedMissingRootWidget(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_story(new QLabel(this))
    , m_ways(new QLabel(this))
{
    setObjectName(u"unpackedMissingRootWidget"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_story->setWordWrap(true);
    m_story->setTextFormat(Qt::PlainText);
    m_story->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_ways->setWordWrap(true);
    m_ways->setTextFormat(Qt::RichText);
    m_ways->setOpenExternalLinks(true);
    m_ways->setTextInteractionFlags(Qt::TextBrowserInteraction);

    auto *retry = new QPushButton(style()->standardIcon(QStyle::SP_BrowserReload), tr("Try Again"), this);
    retry->setObjectName(u"retryButton"_s);
    connect(retry, &QPushButton::clicked, this, &UnpackedMissingRootWidget::retryRequested);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(retry);
    buttons->addStretch(1);

    auto *column = new QVBoxLayout;
    column->addWidget(m_title);
    column->addWidget(m_story);
    column->addWidget(m_ways);
    column->addLayout(buttons);
    auto *box = new QWidget(this);
    box->setLayout(column);
    box->setMaximumWidth(720);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(box, 4);
    row->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(2);
}

void UnpackedMissingRootWidget::setProblems(const QList<Error> &problems, bool cvmfsMissing)
{
    m_title->setText(cvmfsMissing ? tr("CVMFS is not mounted on this computer.")
                                  : tr("The unpacked.cern.ch folder cannot be read."));
    QStringList story;
    for (const Error &problem : problems)
        story.append(problem.message());
    m_story->setText(story.join(u"\n\n"_s));
    m_ways->setVisible(cvmfsMissing);
    if (cvmfsMissing) {
        m_ways->setText(
            tr("<p>Three ways to get it:</p><ul>"
               "<li><b>Install the CVMFS client</b> on this computer (it mounts /cvmfs for every program): "
               "<a href=\"https://cvmfs.readthedocs.io/en/stable/cpt-quickstart.html\">quick start</a>.</li>"
               "<li><b>Use the automounter container</b> (Linux): a container mounts /cvmfs and shares it "
               "with the host and other containers: "
               "<a href=\"https://cvmfs.readthedocs.io/en/stable/cpt-containers.html\">CVMFS in containers</a>.</li>"
               "<li><b>Use an image that mounts CVMFS itself</b> (needs /dev/fuse and extra privileges): "
               "<a href=\"https://cvmfs.readthedocs.io/en/stable/cpt-containers.html\">how</a>; the Launch "
               "dialog offers it as “Mounted inside the container”.</li></ul>"));
    }
}

QString UnpackedMissingRootWidget::text() const
{
    return m_title->text() + u'\n' + m_story->text() + u'\n' + m_ways->text();
}

} // namespace Wharf
