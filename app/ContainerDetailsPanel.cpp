// SPDX-License-Identifier: Apache-2.0
#include "ContainerDetailsPanel.h"

#include "ImageDetailsPanel.h"
#include "base/DisplayFormat.h"
#include "engine/Engine.h"
#include "engine/EngineCall.h"
#include "engine/EngineClient.h"
#include "launch/LaunchRequest.h"
#include "launch/LaunchStrategy.h"

#include <QFontDatabase>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

ContainerDetailsPanel::ContainerDetailsPanel(QWidget *parent)
    : QWidget(parent)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(u"containerDetailsPanel"_s);
    m_browser->setObjectName(u"containerDetailsBrowser"_s);
    m_browser->setAccessibleName(tr("Container details"));
    m_browser->setOpenLinks(false);
    m_browser->setFrameShape(QFrame::NoFrame);
    m_browser->document()->setDocumentMargin(8);
    // Ids and paths have no spaces: wrap them anywhere rather than scroll sideways.
    m_browser->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_browser->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    clear();
}

ContainerDetailsPanel::~ContainerDetailsPanel()
{
    ++m_generation;
    if (m_call)
        m_call->cancel();
}

QString ContainerDetailsPanel::html() const
{
    return m_browser->toHtml();
}

void ContainerDetailsPanel::clear()
{
    ++m_generation;
    if (m_call)
        m_call->cancel();
    m_engine = nullptr;
    m_container = {};
    m_details.reset();
    m_inspectError.clear();
    const QColor muted = palette().color(QPalette::PlaceholderText);
    m_browser->setHtml(u"<p align=\"center\" style=\"color:%1\">%2</p>"_s.arg(
        muted.name(), escaped(tr("Select a container to see its details."))));
}

void ContainerDetailsPanel::showContainer(
    Engine *engine, const ContainerSummary &container, bool automounter)
{
    const bool same = m_engine == engine && m_container.id == container.id;
    ++m_generation;
    if (m_call)
        m_call->cancel();
    m_engine = engine;
    m_engineName = engine ? engine->displayName() : QString();
    m_container = container;
    m_automounter = automounter;
    if (!same) // a new listing of the same container keeps what its inspection said meanwhile
        m_details.reset();
    m_inspectError.clear();
    render();
    if (!engine)
        return;
    const quint64 generation = m_generation;
    const QString id = container.id;
    m_call = engine->client()->inspectContainer(
        id, this, [this, generation, id](const Result<ContainerDetails> &result) {
            if (generation != m_generation)
                return;
            m_call = nullptr;
            if (result) {
                m_details = *result;
            } else {
                m_details.reset();
                m_inspectError = result.error().code() == ErrorCode::NotFound
                    ? tr("The engine no longer has this container: it was probably removed "
                         "meanwhile.")
                    : result.error().message();
            }
            render();
            Q_EMIT inspected(id, result.ok());
        });
}

void ContainerDetailsPanel::render()
{
    QString html
        = detailsHtml(m_container, m_details ? &*m_details : nullptr, m_engineName, m_automounter);
    if (!m_inspectError.isEmpty())
        html += u"<p><i>%1</i></p>"_s.arg(escaped(m_inspectError));
    m_browser->setHtml(html);
}

QString ContainerDetailsPanel::detailsHtml(const ContainerSummary &container,
    const ContainerDetails *details, const QString &engineName, bool automounter)
{
    const QString mono
        = QFontDatabase::systemFont(QFontDatabase::FixedFont).family().toHtmlEscaped();
    auto code = [&mono](const QString &text) {
        return u"<span style=\"font-family:'%1'; white-space:pre-wrap\">%2</span>"_s.arg(
            mono, escaped(text));
    };
    auto notSet = [](const QString &text) { return u"<i>%1</i>"_s.arg(escaped(text)); };
    QString rows;
    auto addRow = [&rows](const QString &label, const QString &valueHtml) {
        rows += u"<tr><td style=\"padding:3px 14px 3px 0; white-space:nowrap\" "
                u"valign=\"top\"><b>%1</b></td>"
                "<td style=\"padding:3px 0\" valign=\"top\">%2</td></tr>"_s.arg(
                    escaped(label), valueHtml);
    };
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto when = [&now](const QDateTime &time) {
        //: A time and how long ago: "2026-11-24 10:31:05 (3 hours ago)".
        return escaped(tr("%1 (%2)").arg(
            DisplayFormat::exactTime(time), DisplayFormat::relativeTime(time, now)));
    };

    QString html = u"<h3 style=\"margin-top:0\">%1</h3>"_s.arg(escaped(container.name()));
    if (automounter) {
        html += u"<p><b>%1</b> %2</p>"_s.arg(escaped(tr("This is the cvmfs-automounter.")),
            escaped(tr("It mounts CVMFS repositories on demand and shares them with every "
                       "container started with "
                       "the automounter strategy. Stopping or removing it takes /cvmfs away from "
                       "all of them.")));
    }

    // The state as it is now (the list's status text is as old as the last listing).
    QString state = details ? details->state : container.state;
    if (!state.isEmpty())
        state = state.at(0).toUpper() + state.mid(1);
    if (details && !details->running && details->state == u"exited"_s)
        //: A stopped container's state and exit code: "Exited (exit code 137)".
        state = tr("%1 (exit code %2)").arg(state).arg(details->exitCode);
    addRow(tr("State"), escaped(state.isEmpty() ? container.status : state));
    if (details) {
        if (details->startedAt.isValid())
            addRow(tr("Started"), when(details->startedAt));
        if (!details->running && details->finishedAt.isValid()) {
            addRow(tr("Finished"), when(details->finishedAt));
        }
        if (!details->error.isEmpty())
            addRow(tr("Error"), escaped(details->error));
    }
    if (container.created.isValid())
        addRow(tr("Created"), when(container.created));
    addRow(tr("Image"), code(container.image));
    const QString strategy = container.labels.value(LaunchRequest::strategyLabel());
    if (const auto known = launchStrategyFromName(strategy))
        addRow(tr("Strategy"), escaped(launchStrategyDisplayName(*known)));
    else if (!strategy.isEmpty())
        addRow(tr("Strategy"), code(strategy));
    else
        addRow(tr("Strategy"), notSet(tr("not started by Wharf")));
    if (!engineName.isEmpty())
        addRow(tr("Engine"), escaped(engineName));
    addRow(tr("ID"), code(container.id));

    if (details) {
        QStringList command = details->entrypoint + details->command;
        addRow(tr("Command"),
            command.isEmpty() ? notSet(tr("not set"))
                              : code(ImageDetailsPanel::shellQuoted(command)));
        addRow(tr("Working directory"),
            details->workingDirectory.isEmpty() ? notSet(tr("not set (/)"))
                                                : code(details->workingDirectory));
        addRow(tr("User"),
            details->user.isEmpty() ? notSet(tr("not set (root)")) : code(details->user));
        addRow(tr("Terminal"), escaped(details->tty ? tr("yes") : tr("no")));
        if (!details->restartPolicy.isEmpty() && details->restartPolicy != u"no"_s)
            addRow(tr("Restart"), code(details->restartPolicy));
    } else if (!container.command.isEmpty()) {
        addRow(tr("Command"), code(container.command));
    }

    if (!container.ports.isEmpty()) {
        QStringList ports;
        for (const ContainerPort &port : container.ports)
            ports.append(code(port.toString()));
        addRow(tr("Ports"), ports.join(u"<br>"_s));
    }
    if (!container.labels.isEmpty()) {
        QStringList labels;
        for (auto it = container.labels.cbegin(); it != container.labels.cend(); ++it)
            labels.append(code(it.key() + u" = "_s + it.value()));
        addRow(tr("Labels"), labels.join(u"<br>"_s));
    }
    html += u"<table cellspacing=\"0\" cellpadding=\"0\">%1</table>"_s.arg(rows);

    // The mounts: where /cvmfs and the working folder come from. One paragraph each, not a
    // table: host paths are long and the panel is narrow.
    html += u"<h4>%1</h4>"_s.arg(escaped(tr("Mounts")));
    if (container.mounts.isEmpty()) {
        html += u"<p>%1</p>"_s.arg(notSet(tr("none")));
    } else {
        QList<ContainerMount> mounts = container.mounts;
        std::stable_sort(
            mounts.begin(), mounts.end(), [](const ContainerMount &a, const ContainerMount &b) {
                return a.destination < b.destination;
            });
        for (const ContainerMount &mount : std::as_const(mounts)) {
            QStringList options { mount.readWrite ? tr("read-write") : tr("read-only") };
            if (!mount.type.isEmpty() && mount.type != u"bind"_s)
                options.prepend(mount.type);
            // rprivate is every bind's default: only a propagation someone chose says something.
            if (!mount.propagation.isEmpty() && mount.propagation != u"rprivate"_s
                && mount.propagation != u"private"_s)
                options.append(mount.propagation);
            const QString source
                = mount.type == u"volume"_s && !mount.name.isEmpty() ? mount.name : mount.source;
            //: A mount in the details: "from /home/alice/analysis, read-only".
            const QString from = source.isEmpty()
                ? escaped(options.join(u", "_s))
                : tr("from %1, %2").arg(code(source), escaped(options.join(u", "_s)));
            html += u"<p style=\"margin:2px 0 6px 0\">%1<br>&nbsp;&nbsp;&nbsp;%2</p>"_s.arg(
                code(mount.destination), from);
        }
    }
    return html;
}

} // namespace Wharf
