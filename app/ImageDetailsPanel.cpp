// SPDX-License-Identifier: Apache-2.0
#include "ImageDetailsPanel.h"

#include "base/DisplayFormat.h"
#include "engine/Engine.h"
#include "engine/EngineCall.h"
#include "engine/EngineClient.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

// Until an inspection has taken this long, the previous image stays on screen: moving
// through the table with the arrow keys must not flash "Loading…" for every row.
constexpr int LoadingDelayMs = 150;

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

ImageDetailsPanel::ImageDetailsPanel(QWidget *parent)
    : QWidget(parent)
    , m_loadingTimer(new QTimer(this))
{
    setObjectName(u"imageDetailsPanel"_s);

    m_rawJsonCheckBox = new QCheckBox(tr("Show raw &JSON"), this);
    m_rawJsonCheckBox->setObjectName(u"rawJsonCheckBox"_s);
    m_rawJsonCheckBox->setAccessibleName(tr("Show raw JSON"));
    m_rawJsonCheckBox->setToolTip(tr("Show what the engine returned, as JSON"));

    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(u"messageLabel"_s);
    m_messageLabel->setAccessibleName(tr("Image details status"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextFormat(Qt::PlainText); // engine text is never markup
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_messageLabel->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_messageLabel->setMargin(12);

    m_detailsBrowser = new QTextBrowser(this);
    m_detailsBrowser->setObjectName(u"detailsBrowser"_s);
    m_detailsBrowser->setAccessibleName(tr("Image details"));
    m_detailsBrowser->setOpenLinks(false);
    m_detailsBrowser->setFrameShape(QFrame::NoFrame);
    m_detailsBrowser->document()->setDocumentMargin(8);
    // Digests and long values have no spaces: wrap them anywhere rather than scroll sideways.
    m_detailsBrowser->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_detailsBrowser->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_rawJsonEdit = new QPlainTextEdit(this);
    m_rawJsonEdit->setObjectName(u"rawJsonEdit"_s);
    m_rawJsonEdit->setAccessibleName(tr("Raw JSON"));
    m_rawJsonEdit->setReadOnly(true);
    m_rawJsonEdit->setFrameShape(QFrame::NoFrame);
    m_rawJsonEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_rawJsonEdit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_rawJsonEdit->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(u"detailsStack"_s);
    m_stack->insertWidget(MessagePage, m_messageLabel);
    m_stack->insertWidget(DetailsPage, m_detailsBrowser);
    m_stack->insertWidget(RawJsonPage, m_rawJsonEdit);

    auto *header = new QHBoxLayout;
    header->addStretch(1);
    header->addWidget(m_rawJsonCheckBox);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_stack, 1);

    m_loadingTimer->setSingleShot(true);
    m_loadingTimer->setInterval(LoadingDelayMs);
    connect(m_loadingTimer, &QTimer::timeout, this, [this] {
        if (m_loading)
            showMessage(tr("Loading…"));
    });
    connect(m_rawJsonCheckBox, &QCheckBox::toggled, this, [this](bool raw) {
        if (m_hasDetails && m_stack->currentIndex() != MessagePage)
            showPage(raw ? RawJsonPage : DetailsPage);
    });

    clear();
}

ImageDetailsPanel::~ImageDetailsPanel()
{
    cancelInspect();
}

bool ImageDetailsPanel::isLoading() const
{
    return m_loading;
}

void ImageDetailsPanel::cancelInspect()
{
    ++m_generation; // the synchronous Cancelled report changes nothing
    m_loading = false;
    m_loadingTimer->stop();
    if (m_call)
        m_call->cancel();
    m_call = nullptr;
    QObject::disconnect(m_engineGone);
}

void ImageDetailsPanel::clear()
{
    cancelInspect();
    m_engine = nullptr;
    m_engineName.clear();
    m_imageId.clear();
    m_hasDetails = false;
    m_details = ImageDetails();
    m_detailsBrowser->clear();
    m_rawJsonEdit->clear();
    showMessage(tr("Select an image to see its details."));
}

void ImageDetailsPanel::showImage(Engine *engine, const QString &imageId, const QString &title)
{
    cancelInspect();
    m_engine = engine;
    m_engineName = engine ? engine->displayName() : QString();
    m_imageId = imageId;
    m_title = title;
    if (!engine) {
        m_hasDetails = false;
        showError(tr("The engine of this image is not available."),
                  tr("Check the engines in the status line, then select the image again."), {});
        return;
    }

    m_loading = true;
    if (m_hasDetails && m_stack->currentIndex() != MessagePage)
        m_loadingTimer->start(); // keep the previous image a moment: see LoadingDelayMs
    else
        showMessage(tr("Loading…"));

    const quint64 generation = m_generation;
    m_engineGone = connect(engine, &QObject::destroyed, this, [this, generation] {
        if (generation != m_generation)
            return;
        onInspected(Error(ErrorCode::DaemonNotRunning,
                          tr("%1 went away before it described the image. Start it again, then "
                             "select the image again.")
                              .arg(m_engineName)));
    });
    m_call = engine->client()->inspectImage(imageId, this,
                                            [this, generation](const Result<ImageDetails> &result) {
                                                if (generation == m_generation)
                                                    onInspected(result);
                                            });
}

void ImageDetailsPanel::onInspected(const Result<ImageDetails> &result)
{
    ++m_generation; // nothing more from this inspection
    m_loading = false;
    m_loadingTimer->stop();
    m_call = nullptr;
    QObject::disconnect(m_engineGone);

    if (!result) {
        m_hasDetails = false;
        m_details = ImageDetails();
        m_detailsBrowser->clear();
        m_rawJsonEdit->clear();
        const Error &error = result.error();
        // Ids are long and the engine repeats them: the headline names the image briefly, the
        // engine's own words follow as evidence.
        static const QRegularExpression idPattern(u"^(sha256:)?[0-9a-f]{12,}$"_s);
        const QString image = idPattern.match(m_imageId).hasMatch()
            ? DisplayFormat::shortImageId(m_imageId)
            : m_imageId;
        if (error.code() == ErrorCode::NotFound) {
            //: %1 is the engine ("Docker"), %2 the image (a short id or a name).
            showError(tr("%1 no longer has the image %2.").arg(m_engineName, image),
                      tr("It was probably removed meanwhile. Refresh the list of images."),
                      error.message());
        } else {
            showError(tr("Cannot show the details of %1.").arg(image), error.message(), {});
        }
        Q_EMIT loaded(m_imageId, false);
        return;
    }

    m_details = *result;
    m_hasDetails = true;
    m_detailsBrowser->setHtml(detailsHtml(m_details, m_engineName, m_title));
    m_rawJsonEdit->setPlainText(
        QString::fromUtf8(QJsonDocument(m_details.raw).toJson(QJsonDocument::Indented)));
    showPage(m_rawJsonCheckBox->isChecked() ? RawJsonPage : DetailsPage);
    Q_EMIT loaded(m_imageId, true);
}

void ImageDetailsPanel::showMessage(const QString &text)
{
    m_messageLabel->setText(text);
    QPalette palette = this->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    m_messageLabel->setPalette(palette);
    showPage(MessagePage);
}

void ImageDetailsPanel::showError(const QString &headline, const QString &fix,
                                  const QString &evidence)
{
    // In the browser rather than a label: it wraps the engine's long ids anywhere instead
    // of clipping them, and everything can be selected at once.
    const QPalette colors = m_detailsBrowser->palette();
    // Readable on light and dark palettes alike.
    const QColor headlineColor = colors.color(QPalette::Base).lightness() < 128
        ? QColor(255, 130, 120)
        : QColor(176, 0, 32);
    QString html = u"<p style=\"color:%1\"><b>%2</b></p>"_s.arg(headlineColor.name(),
                                                                  escaped(headline));
    if (!fix.isEmpty())
        html += u"<p>%1</p>"_s.arg(escaped(fix));
    if (!evidence.isEmpty()) {
        // Half way between text and background: there to read, not to shout.
        const QColor text = colors.color(QPalette::Text);
        const QColor base = colors.color(QPalette::Base);
        const QColor muted((text.red() + base.red()) / 2, (text.green() + base.green()) / 2,
                           (text.blue() + base.blue()) / 2);
        html += u"<p style=\"color:%1\">%2</p>"_s.arg(muted.name(), escaped(evidence));
    }
    m_detailsBrowser->setHtml(html);
    showPage(DetailsPage);
}

void ImageDetailsPanel::showPage(Page page)
{
    m_stack->setCurrentIndex(page);
    updateRawJsonToggle();
}

void ImageDetailsPanel::updateRawJsonToggle()
{
    m_rawJsonCheckBox->setEnabled(m_hasDetails && m_stack->currentIndex() != MessagePage);
}

QString ImageDetailsPanel::shellQuoted(const QStringList &arguments)
{
    // Characters that need no quoting in any POSIX shell.
    static const QRegularExpression plain(u"^[A-Za-z0-9_@%+=:,./-]+$"_s);
    QStringList quoted;
    quoted.reserve(arguments.size());
    for (const QString &argument : arguments) {
        if (plain.match(argument).hasMatch())
            quoted.append(argument);
        else
            quoted.append(u'\'' + QString(argument).replace(u"'"_s, u"'\\''"_s) + u'\'');
    }
    return quoted.join(u' ');
}

QString ImageDetailsPanel::detailsHtml(const ImageDetails &details, const QString &engineName,
                                       const QString &preferredTitle)
{
    const QString mono = QFontDatabase::systemFont(QFontDatabase::FixedFont).family().toHtmlEscaped();
    auto code = [&mono](const QString &text) {
        return u"<span style=\"font-family:'%1'; white-space:pre-wrap\">%2</span>"_s.arg(mono, escaped(text));
    };
    auto codeLines = [&code](const QStringList &lines) {
        QStringList html;
        html.reserve(lines.size());
        for (const QString &line : lines)
            html.append(code(line));
        return html.join(u"<br>"_s);
    };
    auto notSet = [](const QString &text) { return u"<i>%1</i>"_s.arg(escaped(text)); };

    QString rows;
    auto addRow = [&rows](const QString &label, const QString &valueHtml) {
        rows += u"<tr><td style=\"padding:3px 14px 3px 0; white-space:nowrap\" valign=\"top\">"
                "<b>%1</b></td><td style=\"padding:3px 0\" valign=\"top\">%2</td></tr>"_s
                    .arg(escaped(label), valueHtml);
    };

    QStringList references = details.repoTags;
    references.removeAll(u"<none>:<none>"_s);
    QStringList digests = details.repoDigests;
    digests.removeAll(u"<none>@<none>"_s);
    QString title = references.isEmpty() ? DisplayFormat::shortImageId(details.id) : references.constFirst();
    if (references.contains(preferredTitle))
        title = preferredTitle;

    if (references.isEmpty() && digests.isEmpty())
        addRow(tr("Tags"), notSet(tr("none (a dangling image)")));
    else if (!references.isEmpty())
        addRow(tr("Tags"), codeLines(references));
    if (!digests.isEmpty())
        addRow(tr("Digests"), codeLines(digests));
    addRow(tr("ID"), code(details.id));
    if (!engineName.isEmpty())
        addRow(tr("Engine"), escaped(engineName));

    if (details.created.isValid()) {
        //: Image creation time: "2026-11-24 10:31:05 (3 days ago)".
        addRow(tr("Created"),
               escaped(tr("%1 (%2)").arg(DisplayFormat::exactTime(details.created),
                                         DisplayFormat::relativeTime(details.created,
                                                                     QDateTime::currentDateTimeUtc()))));
    } else {
        addRow(tr("Created"), notSet(tr("unknown")));
    }
    //: Image size: "4.86 MB (4,863,240 bytes)".
    addRow(tr("Size"), escaped(tr("%1 (%2 bytes)")
                                   .arg(DisplayFormat::size(details.size),
                                        QLocale().toString(details.size))));

    QStringList platform;
    for (const QString &part : {details.os, details.architecture, details.variant}) {
        if (!part.isEmpty())
            platform.append(part);
    }
    addRow(tr("Platform"), platform.isEmpty() ? notSet(tr("unknown")) : code(platform.join(u'/')));
    if (!details.author.isEmpty())
        addRow(tr("Author"), escaped(details.author));

    addRow(tr("Entrypoint"), details.entrypoint.isEmpty() ? notSet(tr("not set"))
                                                          : code(shellQuoted(details.entrypoint)));
    addRow(tr("Command"), details.cmd.isEmpty() ? notSet(tr("not set")) : code(shellQuoted(details.cmd)));
    addRow(tr("Working directory"),
           details.workingDir.isEmpty() ? notSet(tr("not set (/)")) : code(details.workingDir));
    addRow(tr("User"), details.user.isEmpty() ? notSet(tr("not set (root)")) : code(details.user));
    addRow(tr("Environment"), details.env.isEmpty() ? notSet(tr("none")) : codeLines(details.env));

    if (details.labels.isEmpty()) {
        addRow(tr("Labels"), notSet(tr("none")));
    } else {
        QStringList labels;
        for (auto it = details.labels.cbegin(); it != details.labels.cend(); ++it)
            labels.append(it.key() + u" = "_s + it.value());
        addRow(tr("Labels"), codeLines(labels));
    }

    QStringList layers;
    layers.reserve(details.layers.size());
    for (const QString &layer : details.layers)
        layers.append(DisplayFormat::shortImageId(layer));
    const int layerCount = static_cast<int>(details.layers.size());
    //: Number of layers of an image.
    const QString count = layerCount == 1 ? tr("1 layer") : tr("%1 layers").arg(layerCount);
    addRow(tr("Layers"), layers.isEmpty() ? notSet(tr("none listed"))
                                          : escaped(count) + u"<br>"_s + codeLines(layers));

    return u"<h3 style=\"margin-top:0\">%1</h3><table cellspacing=\"0\" cellpadding=\"0\">%2</table>"_s
        .arg(escaped(title), rows);
}

} // namespace Wharf
