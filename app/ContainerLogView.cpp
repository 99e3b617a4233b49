// SPDX-License-Identifier: Apache-2.0
#include "ContainerLogView.h"

#include "engine/Engine.h"
#include "engine/EngineCall.h"
#include "engine/EngineClient.h"

#include <QCloseEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTextBlock>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

// Text waits this long so that a chatty container costs one layout per interval, not one
// per chunk.
constexpr int FlushDelayMs = 50;
// ... unless this much is waiting.
constexpr qsizetype FlushSize = 256 * 1024;

} // namespace

ContainerLogView::ContainerLogView(
    Engine *engine, const QString &containerId, const QString &containerName, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_engine(engine)
    , m_engineId(engine ? engine->id() : QString())
    , m_containerId(containerId)
    , m_containerName(containerName)
    , m_status(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
    , m_followButton(new QPushButton(tr("&Follow"), this))
    , m_stopButton(new QPushButton(tr("&Stop"), this))
    , m_clearButton(new QPushButton(tr("C&lear"), this))
    , m_flushTimer(new QTimer(this))
{
    setObjectName(u"containerLogView"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    //: Window title: the log of container %1 on engine %2 ("Docker").
    setWindowTitle(
        tr("Log of %1 (%2)").arg(containerName, engine ? engine->displayName() : QString()));
    resize(900, 560);

    m_status->setObjectName(u"logStatusLabel"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setObjectName(u"logTextEdit"_s);
    m_text->setAccessibleName(tr("Container log"));
    m_text->setReadOnly(true);
    m_text->setMaximumBlockCount(MaxLines);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_followButton->setObjectName(u"followButton"_s);
    m_followButton->setToolTip(tr(
        "Show the last %n lines again and follow what the container writes", nullptr, TailLines));
    m_stopButton->setObjectName(u"stopFollowingButton"_s);
    m_stopButton->setToolTip(tr("Stop following the log; what is shown stays"));
    m_clearButton->setObjectName(u"clearButton"_s);
    auto *closeButton = new QPushButton(tr("Close"), this);
    closeButton->setObjectName(u"closeButton"_s);
    closeButton->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(m_followButton, &QPushButton::clicked, this, &ContainerLogView::follow);
    connect(m_stopButton, &QPushButton::clicked, this, &ContainerLogView::stop);
    connect(m_clearButton, &QPushButton::clicked, m_text, &QPlainTextEdit::clear);
    connect(closeButton, &QPushButton::clicked, this, &QWidget::close);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_clearButton);
    buttons->addWidget(m_stopButton);
    buttons->addWidget(m_followButton);
    buttons->addWidget(closeButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addLayout(buttons);

    m_flushTimer->setSingleShot(true);
    m_flushTimer->setInterval(FlushDelayMs);
    connect(m_flushTimer, &QTimer::timeout, this, &ContainerLogView::flush);
    if (engine) {
        connect(engine, &QObject::destroyed, this, [this] {
            stop();
            setStatus(tr("The engine went away: the log ends here."));
        });
    }
    updateButtons();
}

ContainerLogView::~ContainerLogView()
{
    ++m_generation;
    if (m_call)
        m_call->cancel();
}

QString ContainerLogView::text() const
{
    return m_text->toPlainText();
}

int ContainerLogView::lineCount() const
{
    return m_text->blockCount();
}

QString ContainerLogView::statusText() const
{
    return m_status->text();
}

void ContainerLogView::setStatus(const QString &text)
{
    m_status->setText(text);
}

void ContainerLogView::updateButtons()
{
    m_followButton->setEnabled(!isFollowing() && m_engine);
    m_stopButton->setEnabled(isFollowing());
}

void ContainerLogView::follow()
{
    if (!m_engine || isFollowing())
        return;
    ++m_generation;
    m_text->clear();
    m_pending.clear();
    m_pendingSize = 0;
    m_lineLength = 0;
    m_stdoutDecoder.resetState();
    m_stderrDecoder.resetState();
    m_systemDecoder.resetState();
    setStatus(
        tr("Following the log of %1: new lines appear as it writes them.").arg(m_containerName));
    const quint64 generation = m_generation;
    m_call = m_engine->client()->streamContainerLogs(
        m_containerId, TailLines, true, ContainerLogDecoder::Framing::Auto, this,
        [this, generation](const EngineClient::LogChunks &chunks) {
            if (generation == m_generation)
                onChunks(chunks);
        },
        [this, generation](const Result<void> &result) {
            if (generation == m_generation)
                onEnded(result);
        });
    updateButtons();
}

void ContainerLogView::stop()
{
    if (m_call)
        m_call->cancel(); // reports Cancelled through onEnded, synchronously
    m_call = nullptr;
    updateButtons();
}

void ContainerLogView::closeEvent(QCloseEvent *event)
{
    stop();
    QWidget::closeEvent(event);
}

QString ContainerLogView::cleaned(ContainerLogDecoder::Stream stream, const QByteArray &bytes)
{
    QStringDecoder &decoder = stream == ContainerLogDecoder::Stream::Stdout ? m_stdoutDecoder
        : stream == ContainerLogDecoder::Stream::Stderr                     ? m_stderrDecoder
                                                                            : m_systemDecoder;
    QString text = decoder.decode(bytes);
    // A terminal's colours and cursor movements mean nothing here; a CR (of CR LF, or of a
    // progress bar redrawing its line) cannot move back in a log view.
    static const QRegularExpression escapes(
        u"\x1b\\[[0-?]*[ -/]*[@-~]|\x1b\\][^\x07\x1b]*(\x07|\x1b\\\\)|\x1b[@-Z\\\\-_]"_s);
    if (text.contains(QChar(0x1b)))
        text.remove(escapes);
    QString out;
    out.reserve(text.size());
    for (const QChar c : std::as_const(text)) {
        if (c == u'\n' || c == u'\t' || c.unicode() >= 0x20)
            out.append(c);
    }
    return out;
}

void ContainerLogView::onChunks(const QList<ContainerLogDecoder::Chunk> &chunks)
{
    for (const ContainerLogDecoder::Chunk &chunk : chunks) {
        const QString text = cleaned(chunk.stream, chunk.data);
        if (text.isEmpty())
            continue;
        if (!m_pending.isEmpty() && m_pending.last().stream == chunk.stream)
            m_pending.last().text += text;
        else
            m_pending.append({ chunk.stream, text });
        m_pendingSize += text.size();
    }
    if (m_pendingSize >= FlushSize)
        flush();
    else if (!m_pending.isEmpty() && !m_flushTimer->isActive())
        m_flushTimer->start();
}

void ContainerLogView::flush()
{
    m_flushTimer->stop();
    if (m_pending.isEmpty())
        return;
    QScrollBar *bar = m_text->verticalScrollBar();
    const bool atEnd = bar->value() >= bar->maximum() - 2;
    QTextCursor cursor(m_text->document());
    cursor.movePosition(QTextCursor::End);
    cursor.beginEditBlock();
    const QPalette colors = m_text->palette();
    const bool dark = colors.color(QPalette::Base).lightness() < 128;
    for (const Pending &pending : std::as_const(m_pending)) {
        QTextCharFormat format;
        switch (pending.stream) {
        case ContainerLogDecoder::Stream::Stdout: break;
        case ContainerLogDecoder::Stream::Stderr:
            format.setForeground(dark ? QColor(255, 140, 120) : QColor(170, 20, 20));
            break;
        case ContainerLogDecoder::Stream::System: format.setFontWeight(QFont::Bold); break;
        }
        cursor.setCharFormat(format);
        // Split lines that would grow without end: every block stays bounded.
        QString text;
        text.reserve(pending.text.size());
        for (const QChar c : pending.text) {
            if (c == u'\n') {
                m_lineLength = 0;
            } else if (++m_lineLength > MaxLineLength) {
                text.append(u'\n');
                m_lineLength = 1;
            }
            text.append(c);
        }
        cursor.insertText(text);
    }
    cursor.endEditBlock();
    m_pending.clear();
    m_pendingSize = 0;
    if (atEnd)
        bar->setValue(bar->maximum());
    Q_EMIT textAppended();
}

void ContainerLogView::onEnded(const Result<void> &result)
{
    flush();
    m_call = nullptr;
    if (result) {
        setStatus(tr("%1 stopped: the log ends here.").arg(m_containerName));
    } else if (result.error().code() == ErrorCode::Cancelled) {
        setStatus(tr("Not following: press Follow to show the latest lines and follow again."));
    } else {
        setStatus(result.error().message());
    }
    updateButtons();
    Q_EMIT ended(result);
}

} // namespace Wharf
