// SPDX-License-Identifier: Apache-2.0
#include "UnpackedCommand.h"

#include "CommandLoop.h"
#include "WharfSettings.h"
#include "base/JsonWriter.h"
#include "unpacked/UnpackedImageInfo.h"
#include "unpacked/UnpackedLayout.h"
#include "unpacked/UnpackedRecipe.h"
#include "unpacked/UnpackedScanner.h"
#include "unpacked/UnpackedTreeModel.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QLoggingCategory>
#include <QPersistentModelIndex>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSet>
#include <QSettings>
#include <QSocketNotifier>
#include <QTextStream>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <functional>
#include <memory>
#include <optional>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

QString usage()
{
    return UnpackedCommand::tr(
        "Usage: wharf unpacked list [--root DIR]... [--filter TEXT] [--json] [--timeout SECONDS]\n"
        "                           [--cvmfs-root DIR] [--no-check]\n"
        "       wharf unpacked recipe [--json] REFERENCE\n"
        "\n"
        "list    Walks the roots of unpacked.cern.ch (default: the roots of the settings,\n"
        "        /cvmfs/unpacked.cern.ch) and prints every published name, sorted, one a\n"
        "        line, with tabs between the columns:\n"
        "          REFERENCE   the image as engines and registries name it (docker.io/...)\n"
        "          PATH        where it is (give it to apptainer or to wharf launch)\n"
        "          SYNCED      when it was last published, ISO 8601, UTC\n"
        "          RUNNABLE    runnable, not-runnable (no .singularity.d), broken-link,\n"
        "                      outside-root, unreadable, or unchecked (--no-check)\n"
        "        Names that are not valid UTF-8 and control characters are printed as \\xNN.\n"
        "  --root DIR        A tree to walk instead of the settings' roots (repeatable).\n"
        "  --filter TEXT     Only names whose path contains every word of TEXT, ignoring\n"
        "                    case: the search field of the unpacked.cern.ch page.\n"
        "  --json            An array of objects: reference, publicName, path, root, target,\n"
        "                    imageId, synced, runnable (true, false or null), state,\n"
        "                    architectures, defaultArchitecture.\n"
        "  --timeout SECONDS How long one folder may take to answer (default 15). A folder\n"
        "                    that takes longer is named on standard error and skipped.\n"
        "  --cvmfs-root DIR  Where CVMFS is mounted on this computer (default /cvmfs).\n"
        "  --no-check        Do not look whether the images are runnable (on CVMFS each\n"
        "                    image costs a catalog download).\n"
        "        Exits 1 when a folder could not be read (the list is then incomplete).\n"
        "\n"
        "recipe  Prints the line that requests REFERENCE on unpacked.cern.ch (it goes under\n"
        "        \"input:\" in recipe.yaml of the sync project) and, on standard error, where to\n"
        "        send it. REFERENCE may end in a wildcard tag (\"atlas/analysisbase:21.2.1*\").\n"
        "        Exits 2 when the reference cannot be published.\n");
}

// Ctrl+C and SIGTERM while a command waits in its event loop: the handler only writes the
// signal number into a pipe, which the loop reads (nothing else is async-signal-safe).
volatile sig_atomic_t g_signalWriteFd = -1;

extern "C" void forwardSignal(int signalNumber)
{
    const int savedErrno = errno;
    const char byte = char(signalNumber);
    if (g_signalWriteFd >= 0)
        [[maybe_unused]] const ssize_t written = ::write(g_signalWriteFd, &byte, 1);
    errno = savedErrno;
}

// Installs the handlers for its lifetime and calls back in the event loop.
struct StopSignals
{
    static constexpr int Signals[] = { SIGINT, SIGTERM };

    StopSignals()
    {
        if (::pipe2(m_pipe, O_CLOEXEC | O_NONBLOCK) != 0) {
            m_pipe[0] = m_pipe[1] = -1;
            return;
        }
        g_signalWriteFd = m_pipe[1];
        struct sigaction action = {};
        action.sa_handler = forwardSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        for (size_t i = 0; i < std::size(Signals); ++i)
            ::sigaction(Signals[i], &action, &m_previous[i]);
        m_notifier = std::make_unique<QSocketNotifier>(m_pipe[0], QSocketNotifier::Read);
        QObject::connect(m_notifier.get(), &QSocketNotifier::activated, m_notifier.get(), [this] {
            char byte = 0;
            while (::read(m_pipe[0], &byte, 1) == 1) {
                if (m_received == 0)
                    m_received = byte;
            }
            if (m_received != 0 && m_onSignal)
                m_onSignal();
        });
    }
    ~StopSignals()
    {
        if (m_pipe[0] < 0)
            return;
        m_notifier.reset();
        for (size_t i = 0; i < std::size(Signals); ++i)
            ::sigaction(Signals[i], &m_previous[i], nullptr);
        g_signalWriteFd = -1;
        ::close(m_pipe[0]);
        ::close(m_pipe[1]);
    }
    StopSignals(const StopSignals &) = delete;
    StopSignals &operator=(const StopSignals &) = delete;

    int received() const { return m_received; }
    void onSignal(std::function<void()> callback) { m_onSignal = std::move(callback); }

    int m_pipe[2] = { -1, -1 };
    struct sigaction m_previous[std::size(Signals)] = {};
    std::unique_ptr<QSocketNotifier> m_notifier;
    std::function<void()> m_onSignal;
    int m_received = 0;
};

// Names are already escaped by UnpackedLayout::displayName; roots and messages come from
// elsewhere, so no control character (C0 or C1) reaches a terminal in any cell.
QString printable(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control)
            out += u"\\x%1"_s.arg(uint(c.unicode()), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

// The value of "--name VALUE" or "--name=VALUE" at arguments[*i]; *i moves past it.
std::optional<QString> optionValue(const QStringList &arguments, qsizetype *i, const QString &name)
{
    const QString &argument = arguments.at(*i);
    if (argument == name) {
        if (*i + 1 >= arguments.size())
            return std::nullopt;
        return arguments.at(++*i);
    }
    return argument.mid(name.size() + 1); // "--name=" checked by the caller
}

struct Row
{
    QPersistentModelIndex index;
    QString reference;
    QString path;
};

QString stateName(const QModelIndex &tag, bool checked)
{
    const QByteArray target = tag.data(UnpackedTreeModel::TargetRole).toByteArray();
    if (target.isEmpty()) {
        const auto link = UnpackedEntry::Link(tag.data(UnpackedTreeModel::LinkRole).toInt());
        // A symbolic link without a target inside the root leads outside it (or nowhere);
        // a variant link whose default architecture could not be read is simply unknown.
        return link == UnpackedEntry::Link::Symlink ? u"outside-root"_s : u"unknown"_s;
    }
    if (!checked)
        return u"unchecked"_s;
    switch (UnpackedImageInfo::State(tag.data(UnpackedTreeModel::RunnableRole).toInt())) {
    case UnpackedImageInfo::State::Unknown:
        return u"unknown"_s;
    case UnpackedImageInfo::State::Runnable:
        return u"runnable"_s;
    case UnpackedImageInfo::State::NotRunnable:
        return u"not-runnable"_s;
    case UnpackedImageInfo::State::Missing:
        return u"broken-link"_s;
    case UnpackedImageInfo::State::Unreadable:
        return u"unreadable"_s;
    }
    return u"unknown"_s;
}

void collectTags(const QAbstractItemModel &model, const QModelIndex &parent, QList<Row> &rows)
{
    const int count = model.rowCount(parent);
    for (int row = 0; row < count; ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        if (UnpackedTreeModel::Kind(index.data(UnpackedTreeModel::KindRole).toInt()) == UnpackedTreeModel::Kind::Tag) {
            rows.append({ index, printable(index.data(UnpackedTreeModel::ReferenceRole).toString()),
                printable(index.data(UnpackedTreeModel::PathRole).toString()) });
        } else {
            collectTags(model, index, rows);
        }
    }
}

void writeJson(JsonWriter &json, const Row &row, bool checked)
{
    const QModelIndex &tag = row.index;
    const QModelIndex targetCell = tag.siblingAtColumn(UnpackedTreeModel::TargetColumn);
    const QString state = stateName(tag, checked);
    json.beginObject();
    json.key(u"reference");
    json.value(row.reference);
    json.key(u"publicName");
    json.value(tag.data(UnpackedTreeModel::PublicNameRole).toString());
    json.key(u"path");
    json.value(row.path);
    json.key(u"root");
    json.value(tag.data(UnpackedTreeModel::RootRole).toString());
    json.key(u"target");
    json.valueOrNull(targetCell.data(Qt::DisplayRole).toString());
    json.key(u"imageId");
    json.valueOrNull(tag.data(UnpackedTreeModel::ImageIdRole).toString());
    json.key(u"synced");
    json.value(tag.data(UnpackedTreeModel::SyncedRole).toDateTime().toUTC().toString(Qt::ISODate));
    json.key(u"runnable");
    if (state == u"runnable"_s)
        json.value(true);
    else if (state == u"not-runnable"_s || state == u"broken-link"_s || state == u"outside-root"_s)
        json.value(false);
    else
        json.nullValue();
    json.key(u"state");
    json.value(state);
    json.key(u"architectures");
    json.value(tag.data(UnpackedTreeModel::ArchitecturesRole).toStringList());
    json.key(u"defaultArchitecture");
    json.valueOrNull(tag.data(UnpackedTreeModel::DefaultArchitectureRole).toString());
    json.endObject();
}

void writeRaw(QTextStream &out, const QByteArray &bytes)
{
    out.flush();
    QFile stdoutFile;
    if (stdoutFile.open(stdout, QIODevice::WriteOnly))
        stdoutFile.write(bytes);
}

} // namespace

int UnpackedCommand::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString sub = arguments.value(0);
    if (sub == u"--help"_s || sub == u"-h"_s || sub == u"help"_s) {
        out << usage();
        return 0;
    }
    if (sub == u"list"_s)
        return list(arguments.mid(1));
    if (sub == u"recipe"_s)
        return recipe(arguments.mid(1));
    if (sub.isEmpty())
        err << tr("wharf unpacked: say what to do: list or recipe.\n") << usage();
    else
        err << tr("wharf unpacked: unknown command \"%1\".\n").arg(printable(sub)) << usage();
    return 2;
}

int UnpackedCommand::scan(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList roots;
    QString filter;
    QString cvmfsBase = UnpackedLayout::cvmfsBase();
    bool json = false;
    bool check = true;
    int timeoutMs = UnpackedScanner::DefaultTimeoutMs;
    const auto missingValue = [&err](const QString &option) {
        err << tr("wharf unpacked list: %1 needs a value.\n").arg(option) << usage();
        return 2;
    };
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        const auto is = [&argument](const QString &name) { return argument == name || argument.startsWith(name + u'='); };
        if (argument == u"--json"_s) {
            json = true;
        } else if (argument == u"--no-check"_s) {
            check = false;
        } else if (argument == u"--help"_s || argument == u"-h"_s) {
            out << usage();
            return 0;
        } else if (is(u"--root"_s)) {
            const auto value = optionValue(arguments, &i, u"--root"_s);
            if (!value || value->isEmpty())
                return missingValue(u"--root"_s);
            // As typed, made absolute: the messages and paths name what the user means.
            roots.append(QDir::cleanPath(QDir::current().absoluteFilePath(*value)));
        } else if (is(u"--filter"_s)) {
            const auto value = optionValue(arguments, &i, u"--filter"_s);
            if (!value)
                return missingValue(u"--filter"_s);
            filter = *value;
        } else if (is(u"--cvmfs-root"_s)) {
            const auto value = optionValue(arguments, &i, u"--cvmfs-root"_s);
            if (!value || value->isEmpty())
                return missingValue(u"--cvmfs-root"_s);
            cvmfsBase = QDir::cleanPath(QDir::current().absoluteFilePath(*value));
        } else if (is(u"--timeout"_s)) {
            const auto value = optionValue(arguments, &i, u"--timeout"_s);
            if (!value)
                return missingValue(u"--timeout"_s);
            bool ok = false;
            const double seconds = value->toDouble(&ok);
            if (!ok || !(seconds >= 0.1 && seconds <= 3600)) {
                err << tr("wharf unpacked list: --timeout takes seconds between 0.1 and 3600, not \"%1\".\n")
                           .arg(printable(*value))
                    << usage();
                return 2;
            }
            timeoutMs = int(seconds * 1000);
        } else {
            err << tr("wharf unpacked list: unknown option \"%1\".\n").arg(printable(argument)) << usage();
            return 2;
        }
    }
    if (roots.isEmpty()) {
        QSettings settings;
        roots = WharfSettings(&settings).unpackedRoots();
    }

    // The scanner's own log lines repeat what is printed here (QT_LOGGING_RULES still wins).
    QLoggingCategory::setFilterRules(u"wharf.unpacked.info=false\nwharf.unpacked.warning=false"_s);
    UnpackedScanner scanner;
    scanner.setRoots(roots);
    scanner.setDirectoryTimeout(timeoutMs);
    scanner.setCvmfsBase(cvmfsBase);
    UnpackedTreeModel model(&scanner);
    // Each failure as it happens (the walk goes on), so a user waiting sees why.
    int failures = 0;
    QObject::connect(&scanner, &UnpackedScanner::directoryFailed, &scanner,
        [&err, &failures](const QString &, const QByteArray &, const Error &error) {
            ++failures;
            err << printable(error.message()) << u'\n' << Qt::flush;
        });
    StopSignals stop;

    CommandLoop::waitUntil([&](std::function<void()> finish) {
        stop.onSignal([&scanner, finish] {
            scanner.cancelScan(); // emits scanFinished(Cancelled) at once
            finish();
        });
        QObject::connect(&scanner, &UnpackedScanner::scanFinished, &scanner,
            [finish](const UnpackedScanProgress &) { finish(); }, Qt::SingleShotConnection);
        scanner.scanAll();
    });
    stop.onSignal({});
    const auto stopped = [&err, &stop] {
        err << tr("wharf unpacked list: stopped; nothing was printed.\n");
        return 128 + stop.received();
    };
    if (stop.received() != 0)
        return stopped();

    model.setFilterText(filter);
    QList<Row> rows;
    collectTags(model, {}, rows);

    if (check) {
        // Whether each image is runnable: one look per distinct target (and only for what is
        // printed), each with the directory timeout.
        QHash<QString, QList<QByteArray>> targets;
        QSet<QByteArray> seen;
        qsizetype expected = 0;
        for (const Row &row : std::as_const(rows)) {
            const QString root = row.index.data(UnpackedTreeModel::RootRole).toString();
            const QByteArray target = row.index.data(UnpackedTreeModel::TargetRole).toByteArray();
            const QByteArray key = root.toUtf8() + '\0' + target;
            if (target.isEmpty() || seen.contains(key))
                continue;
            seen.insert(key);
            targets[root].append(target);
            ++expected;
        }
        if (expected > 0) {
            CommandLoop::waitUntil([&](std::function<void()> finish) {
                stop.onSignal(finish);
                auto received = std::make_shared<qsizetype>(0);
                // The model is connected first, so it has the answer when this runs.
                QObject::connect(&scanner, &UnpackedScanner::targetsInspected, &model,
                    [received, expected, finish](const QList<UnpackedImageInfo> &infos) {
                        *received += infos.size();
                        if (*received >= expected)
                            finish();
                    });
                for (auto it = targets.cbegin(); it != targets.cend(); ++it)
                    scanner.inspectTargets(it.key(), it.value());
            });
            stop.onSignal({});
            QObject::disconnect(&scanner, &UnpackedScanner::targetsInspected, &model, nullptr);
            if (stop.received() != 0)
                return stopped();
        }
    }

    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        return a.reference != b.reference ? a.reference < b.reference : a.path < b.path;
    });
    if (json) {
        JsonWriter writer;
        writer.beginArray();
        for (const Row &row : std::as_const(rows))
            writeJson(writer, row, check);
        writer.endArray();
        writeRaw(out, writer.data());
    } else {
        for (const Row &row : std::as_const(rows)) {
            out << row.reference << u'\t' << row.path << u'\t'
                << row.index.data(UnpackedTreeModel::SyncedRole).toDateTime().toUTC().toString(Qt::ISODate) << u'\t'
                << stateName(row.index, check) << u'\n';
        }
        out.flush();
    }

    if (failures > 0) {
        err << tr("wharf unpacked list: the list is incomplete: folders that could not be read: %1.\n").arg(failures);
        return 1;
    }
    if (rows.isEmpty()) {
        if (!filter.trimmed().isEmpty())
            err << tr("wharf unpacked list: no image matches \"%1\".\n").arg(printable(filter));
        else
            err << tr("wharf unpacked list: no image found under %1.\n").arg(printable(roots.join(u", "_s)));
    }
    return 0;
}

// A thread blocked in a FUSE read (CVMFS that hangs) cannot be killed, not even by SIGKILL,
// and a process is not reaped while one of its threads lives: `wharf unpacked list` would
// print everything and then never end for its shell. So the walk runs in a detached copy of
// this command (re-executed, not forked: Qt does not survive fork), which sends its exit code
// through a pipe once its output is written and closed; this process relays it and ends. A
// worker that stays behind, blocked, is the init process's to reap when CVMFS answers.
int UnpackedCommand::list(const QStringList &arguments)
{
    const QByteArray statusVariable = "WHARF_UNPACKED_STATUS_FD"_ba;
    if (qEnvironmentVariableIsSet(statusVariable.constData())) {
        bool ok = false;
        const int statusFd = qEnvironmentVariableIntValue(statusVariable.constData(), &ok);
        qunsetenv(statusVariable.constData());
        const int code = scan(arguments);
        // From here on a late Ctrl+C must not kill the worker before it reports.
        std::signal(SIGINT, SIG_IGN);
        std::signal(SIGTERM, SIG_IGN);
        std::fflush(stdout);
        std::fflush(stderr);
        // Close the output for real (a pipe reader waits for EOF, which a lingering blocked
        // thread would otherwise hold back), then report.
        if (const int null = ::open("/dev/null", O_RDWR | O_CLOEXEC); null >= 0) {
            ::dup2(null, STDOUT_FILENO);
            ::dup2(null, STDERR_FILENO);
            ::close(null);
        }
        if (ok && statusFd > STDERR_FILENO) {
            const char byte = char(code);
            [[maybe_unused]] const ssize_t written = ::write(statusFd, &byte, 1);
            ::close(statusFd);
        }
        return code;
    }

    int status[2] = { -1, -1 };
    if (::pipe2(status, O_CLOEXEC) != 0)
        return scan(arguments); // no pipe: walk here, at the risk of a slow exit
    ::fcntl(status[1], F_SETFD, 0); // the worker inherits the write end
    QProcess worker;
    worker.setProgram(QCoreApplication::applicationFilePath());
    worker.setArguments(QCoreApplication::arguments().mid(1));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(statusVariable), QString::number(status[1]));
    worker.setProcessEnvironment(environment);
    qint64 pid = 0;
    const bool started = worker.startDetached(&pid);
    ::close(status[1]);
    if (!started || pid <= 0) {
        ::close(status[0]);
        return scan(arguments);
    }

    int code = -1;
    StopSignals stop;
    // Ctrl+C reaches the worker from the terminal too, SIGTERM only this process: pass both on.
    stop.onSignal([&stop, pid] { ::kill(pid_t(pid), stop.received()); });
    QSocketNotifier notifier(status[0], QSocketNotifier::Read);
    CommandLoop::waitUntil([&](std::function<void()> finish) {
        QObject::connect(&notifier, &QSocketNotifier::activated, &notifier, [&code, &notifier, finish, fd = status[0]] {
            char byte = 0;
            const ssize_t n = ::read(fd, &byte, 1);
            if (n < 0 && (errno == EINTR || errno == EAGAIN))
                return;
            if (n == 1)
                code = uchar(byte);
            notifier.setEnabled(false);
            finish();
        });
    });
    stop.onSignal({});
    ::close(status[0]);
    if (code < 0) {
        QTextStream(stderr) << tr("wharf unpacked list: the walk ended unexpectedly.\n");
        return stop.received() != 0 ? 128 + stop.received() : 1;
    }
    return code;
}

int UnpackedCommand::recipe(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    bool json = false;
    bool optionsEnded = false;
    QStringList references;
    for (const QString &argument : arguments) {
        if (!optionsEnded && argument == u"--"_s) {
            optionsEnded = true;
        } else if (!optionsEnded && argument == u"--json"_s) {
            json = true;
        } else if (!optionsEnded && (argument == u"--help"_s || argument == u"-h"_s)) {
            out << usage();
            return 0;
        } else if (!optionsEnded && argument.startsWith(u'-')) {
            err << tr("wharf unpacked recipe: unknown option \"%1\". An image reference does not "
                      "start with \"-\".\n")
                       .arg(printable(argument))
                << usage();
            return 2;
        } else {
            references.append(argument);
        }
    }
    if (references.size() != 1) {
        err << (references.isEmpty() ? tr("wharf unpacked recipe: name the image to publish, for example "
                                          "registry.hub.docker.com/library/centos:centos7.\n")
                                     : tr("wharf unpacked recipe: give one image reference (quote it if it "
                                          "holds spaces or a \"*\").\n"))
            << usage();
        return 2;
    }
    const Result<UnpackedRecipe> recipe = UnpackedRecipe::fromReference(references.first());
    if (!recipe) {
        err << tr("wharf unpacked recipe: %1\n").arg(printable(recipe.error().message()));
        return 2;
    }
    if (json) {
        JsonWriter writer;
        writer.beginObject();
        writer.key(u"input");
        writer.value(recipe->inputUrl());
        writer.key(u"line");
        writer.value(recipe->recipeLine());
        writer.key(u"publicName");
        writer.value(recipe->publicName());
        writer.key(u"expectedPath");
        writer.value(recipe->expectedPath());
        writer.key(u"wildcard");
        writer.value(recipe->isWildcard());
        writer.key(u"notes");
        writer.value(recipe->notes());
        writer.key(u"explanation");
        writer.value(recipe->explanation());
        writer.key(u"gitlab");
        writer.value(UnpackedRecipe::gitlabProject());
        writer.key(u"github");
        writer.value(UnpackedRecipe::githubProject());
        writer.endObject();
        writeRaw(out, writer.data());
        return 0;
    }
    // Only the line on standard output, so that `>> recipe.yaml` or a pipe gets just that.
    out << recipe->recipeLine() << u'\n' << Qt::flush;
    for (const QString &note : recipe->notes())
        err << printable(note) << u'\n';
    err << recipe->explanation() << u'\n';
    return 0;
}

} // namespace Wharf
