// SPDX-License-Identifier: Apache-2.0
#include "UnpackedRequestDialog.h"

#include "unpacked/UnpackedRecipe.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Wharf {

UnpackedRequestDialog::UnpackedRequestDialog(const QString &reference, QWidget *parent)
    : QDialog(parent)
    , m_reference(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_line(new QLineEdit(this))
    , m_expected(new QLabel(this))
    , m_copy(new QPushButton(tr("Copy"), this))
    , m_copiedTimer(new QTimer(this))
{
    setObjectName(u"unpackedRequestDialog"_s);
    setWindowTitle(tr("Request on unpacked.cern.ch"));

    auto *intro = new QLabel(tr("unpacked.cern.ch publishes public container images unpacked on CVMFS, so that "
                                "Apptainer starts them in seconds. Name the image to publish; “*” at the end "
                                "of the tag asks for every tag that starts with what comes before it."),
                             this);
    intro->setWordWrap(true);

    m_reference->setObjectName(u"referenceLineEdit"_s);
    m_reference->setPlaceholderText(u"gitlab-registry.cern.ch/group/project/image:tag"_s);
    m_reference->setAccessibleName(tr("Image reference"));
    m_reference->setClearButtonEnabled(true);
    // Longer than the recipe accepts, so that an overlong paste is refused with a reason
    // instead of being cut into something valid.
    m_reference->setMaxLength(int(UnpackedRecipe::MaxInputLength) * 4);
    // Wide enough for a typical CERN GitLab reference and its recipe line.
    m_reference->setMinimumWidth(m_reference->fontMetrics().horizontalAdvance(u'x') * 80);

    m_status->setObjectName(u"statusLabel"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_line->setObjectName(u"recipeLineEdit"_s);
    m_line->setReadOnly(true);
    m_line->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_line->setAccessibleName(tr("Line for recipe.yaml"));
    m_line->setPlaceholderText(tr("(appears when the image can be requested)"));
    m_copy->setObjectName(u"copyButton"_s);
    m_copy->setIcon(QIcon::fromTheme(u"edit-copy"_s));
    m_copy->setToolTip(tr("Copy the line to the clipboard"));
    connect(m_copy, &QPushButton::clicked, this, &UnpackedRequestDialog::copyRecipeLine);
    m_copiedTimer->setSingleShot(true);
    m_copiedTimer->setInterval(2000);
    connect(m_copiedTimer, &QTimer::timeout, this, [this] { m_copy->setText(tr("Copy")); });

    m_expected->setObjectName(u"expectedPathLabel"_s);
    m_expected->setWordWrap(true);
    m_expected->setTextFormat(Qt::PlainText);
    m_expected->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_expected->setMinimumHeight(m_expected->fontMetrics().lineSpacing());

    auto *lineRow = new QHBoxLayout;
    lineRow->addWidget(m_line, 1);
    lineRow->addWidget(m_copy);

    auto *form = new QFormLayout;
    form->addRow(tr("&Image:"), m_reference);
    form->addRow(tr("recipe.yaml:"), lineRow);
    form->addRow(tr("Will appear as:"), m_expected);

    auto *where = new QLabel(this);
    where->setObjectName(u"explanationLabel"_s);
    where->setWordWrap(true);
    where->setTextFormat(Qt::RichText);
    where->setOpenExternalLinks(true);
    where->setTextInteractionFlags(Qt::TextBrowserInteraction);
    const auto link = [](const QString &url) { return u"<a href=\"%1\">%1</a>"_s.arg(url.toHtmlEscaped()); };
    //: %1 and %2 are links to the projects that hold recipe.yaml
    where->setText(tr("<p><b>Where to send it.</b> Add the line under <code>input:</code> in <code>recipe.yaml</code> "
                      "and open a merge request, either on CERN GitLab, %1 (CERN account), or on GitHub, %2.</p>"
                      "<p>Only public images can be published: the publisher pulls without logging in. About 15 "
                      "minutes after the merge request is accepted the image appears on CVMFS, and tags pushed "
                      "again are synced again automatically.</p>")
                       .arg(link(UnpackedRecipe::gitlabProject()), link(UnpackedRecipe::githubProject())));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    // Under the form rather than in it: a wrapped label in a form row leaves odd gaps.
    layout->addWidget(m_status);
    layout->addWidget(where);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_reference, &QLineEdit::textChanged, this, &UnpackedRequestDialog::validate);
    m_reference->setText(reference);
    validate();
}

void UnpackedRequestDialog::setReference(const QString &reference)
{
    m_reference->setText(reference);
}

QString UnpackedRequestDialog::reference() const
{
    return m_reference->text();
}

void UnpackedRequestDialog::validate()
{
    m_copiedTimer->stop();
    m_copy->setText(tr("Copy"));
    const QString text = m_reference->text();
    m_recipeLine.clear();
    m_problem.clear();
    if (text.trimmed().isEmpty()) {
        m_status->setText(tr("Type the image as you would pull it, for example "
                             "registry.hub.docker.com/library/centos:centos7."));
        m_status->setPalette(QPalette());
        m_line->clear();
        m_expected->clear();
        m_copy->setEnabled(false);
        return;
    }
    const Result<UnpackedRecipe> recipe = UnpackedRecipe::fromReference(text);
    if (!recipe) {
        m_problem = recipe.error().message();
        m_status->setText(m_problem);
        QPalette palette = m_status->palette();
        palette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28)); // readable on light and dark
        m_status->setPalette(palette);
        m_line->clear();
        m_expected->clear();
        m_copy->setEnabled(false);
        return;
    }
    m_recipeLine = recipe->recipeLine();
    m_status->setPalette(QPalette());
    const QStringList notes = recipe->notes();
    m_status->setText(notes.isEmpty() ? tr("This image can be requested.") : notes.join(u'\n'));
    m_line->setText(m_recipeLine);
    m_line->setCursorPosition(0);
    m_expected->setText(recipe->expectedPath());
    m_copy->setEnabled(true);
}

void UnpackedRequestDialog::copyRecipeLine()
{
    if (m_recipeLine.isEmpty())
        return;
    QApplication::clipboard()->setText(m_recipeLine);
    m_copy->setText(tr("Copied"));
    m_copiedTimer->start();
}

} // namespace Wharf
