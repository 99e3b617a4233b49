// SPDX-License-Identifier: Apache-2.0
// LaunchRunner end to end: a host-mount launch on the fixture's dockerd, run by xterm on a
// private Xvfb through the real `wharf run-in-terminal` (with "-it": xterm gives it a
// terminal), whose command writes a marker into the working folder; a failing precondition
// that stops the launch before anything runs; and a quick failure (the image is missing)
// that comes back with the engine's stderr and the catalogue's explanation. Also what the
// runner hands the terminal, and the FUSE readiness feed.
#include "TestServices.h"
#include "launch/LaunchRunner.h"
#include "launch/TerminalDetector.h"
#include "launch/TerminalSession.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;
using Wharf::Test::TestServices;

namespace Wharf::Test {

namespace {

bool writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

HostFacts facts()
{
    HostFacts facts;
    facts.architecture = HostFacts::ociArchitecture(QSysInfo::currentCpuArchitecture());
    facts.userId = ::getuid();
    facts.groupId = ::getgid();
    return facts;
}

} // namespace

class TestLaunchRunner : public QObject
{
    Q_OBJECT

private:
    QString m_wharf;
    QProcess m_xvfb;
    QString m_display;
    QString m_noTerminalReason;
    QTemporaryDir m_dir;
    QString m_cvmfs;

    QProcessEnvironment terminalEnvironment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"DISPLAY"_s, m_display);
        env.remove(u"WAYLAND_DISPLAY"_s);
        return env;
    }

    std::unique_ptr<LaunchRunner> runner() const
    {
        auto runner = std::make_unique<LaunchRunner>(m_wharf, HostEnvironment::fromSystem());
        runner->setTerminalEnvironment(terminalEnvironment());
        // The detector, not a given terminal: on this PATH it finds xterm.
        runner->setPreferredTerminalId(u"xterm"_s);
        runner->setWaitForEnterOnFailure(false);
        runner->setPreconditionTimeout(5000);
        return runner;
    }

    LaunchRequest hostMountRequest(const QString &workingFolder, const QStringList &command) const
    {
        LaunchRequest request;
        request.strategy = LaunchStrategy::HostMount;
        request.engine = EngineKind::Docker;
        request.engineHost = TestServices::dockerEndpoint().toUrl();
        request.image = TestServices::busyboxImage();
        request.workingFolder = workingFolder;
        request.cvmfsRoot = m_cvmfs;
        request.cvmfsRepositories = {u"cms.cern.ch"_s};
        request.command = command;
        return request;
    }

    void requireTerminal()
    {
        if (m_noTerminalReason.isEmpty())
            return;
        if (TestServices::inCi())
            QFAIL(qPrintable(m_noTerminalReason));
        WHARF_REQUIRE_SERVICE(m_noTerminalReason);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_cvmfs = m_dir.path() + u"/cvmfs"_s;
        QVERIFY(writeFile(m_cvmfs + u"/cms.cern.ch/marker"_s, "cvmfs-marker-42\n"));
        // The stand-in /cvmfs must be a shared mount for ":rslave".
        const QString problem = TestServices::makeSharedMount(m_cvmfs);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        m_wharf = qEnvironmentVariable("WHARF_BINARY");
        if (m_wharf.isEmpty() || !QFile::exists(m_wharf)) {
            m_noTerminalReason = u"WHARF_BINARY is not set or not built (build the wharf target)"_s;
            return;
        }
        if (QStandardPaths::findExecutable(u"xterm"_s).isEmpty() || QStandardPaths::findExecutable(u"Xvfb"_s).isEmpty()) {
            m_noTerminalReason = u"xterm and Xvfb are needed (Debian packages xterm, xvfb)"_s;
            return;
        }
        // A private display: Xvfb picks a free number and writes it to stdout.
        m_xvfb.start(u"Xvfb"_s, {u"-displayfd"_s, u"1"_s, u"-nolisten"_s, u"tcp"_s, u"-screen"_s, u"0"_s, u"1024x768x24"_s});
        QVERIFY(m_xvfb.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(m_xvfb.canReadLine(), 20000);
        m_display = u":"_s + QString::fromLatin1(m_xvfb.readLine().trimmed());
    }

    void cleanupTestCase()
    {
        if (m_xvfb.state() != QProcess::NotRunning) {
            m_xvfb.terminate();
            if (!m_xvfb.waitForFinished(5000))
                m_xvfb.kill();
            m_xvfb.waitForFinished(5000);
        }
        TestServices::unmountTree(m_cvmfs);
    }

    // Issue 5: xterm runs a host-mount launch on dockerd whose command writes a marker (read
    // through /cvmfs) into the working folder.
    void hostMountLaunchInXterm()
    {
        WHARF_REQUIRE_DOCKER();
        requireTerminal();
        QTemporaryDir work;
        // The terminal runs the planner's vector unchanged, "-it" included. No "--network
        // none" either (tst_launchengines adds it): the fixture's dockerd runs with
        // --bridge=none, and a container that names no network then gets only loopback.
        auto launch = runner();
        QSignalSpy planned(launch.get(), &LaunchRunner::planned);
        QSignalSpy checked(launch.get(), &LaunchRunner::preconditionChecked);
        QSignalSpy started(launch.get(), &LaunchRunner::started);
        QSignalSpy quick(launch.get(), &LaunchRunner::failedQuickly);
        QSignalSpy finished(launch.get(), &LaunchRunner::finished);
        QSignalSpy failed(launch.get(), &LaunchRunner::failed);
        QSignalSpy preconditionsFailed(launch.get(), &LaunchRunner::preconditionsFailed);
        launch->start(hostMountRequest(work.path(), {u"sh"_s, u"-c"_s,
                                                     u"cat /cvmfs/cms.cern.ch/marker > launched; test -t 0 && echo tty >> launched"_s}),
                      facts());
        QVERIFY(planned.isEmpty()); // nothing from within start()
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty() || !preconditionsFailed.isEmpty(), 45000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.isEmpty() ? QString() : failed.first().first().value<Error>().toString()));
        QVERIFY(preconditionsFailed.isEmpty());
        QCOMPARE(planned.size(), 1);
        QCOMPARE(checked.size(), launch->plan().preconditions.size());
        QCOMPARE(started.size(), 1);
        QCOMPARE(quick.size(), 0);
        const RunReport report = finished.first().first().value<RunReport>();
        QVERIFY2(report.succeeded(), qPrintable(report.outcomeText() + u": "_s + report.stderrTail()));

        QFile marker(work.filePath(u"launched"_s));
        QVERIFY(marker.open(QIODevice::ReadOnly));
        // Read through the host mount, written into the working folder, in a real terminal.
        QCOMPARE(marker.readAll(), "cvmfs-marker-42\ntty\n"_ba);

        // The container got a name the window can follow, and the terminal ran the plan.
        QVERIFY2(launch->containerName().startsWith(u"wharf-host-"_s), qPrintable(launch->containerName()));
        QVERIFY(launch->plan().arguments.contains(launch->containerName()));
        QVERIFY(launch->plan().arguments.contains(u"-it"_s));
        QVERIFY(launch->terminalSession());
        QVERIFY(launch->terminalSession()->terminalArguments().contains(u"run-in-terminal"_s));
        QVERIFY(!launch->isRunning());
    }

    // A precondition fails (the stand-in /cvmfs is missing): the results say which and why,
    // and nothing runs: no terminal, no container.
    void preconditionFailureStopsTheLaunch()
    {
        WHARF_REQUIRE_DOCKER();
        QTemporaryDir work;
        LaunchRequest request = hostMountRequest(work.path(), {u"touch"_s, u"ran"_s});
        request.cvmfsRoot = m_dir.path() + u"/no-cvmfs"_s;
        auto launch = std::make_unique<LaunchRunner>(u"/nonexistent/wharf"_s, HostEnvironment::fromSystem());
        launch->setTerminal(TerminalEmulator(TerminalEmulator::Kind::Xterm, u"/nonexistent/xterm"_s));
        QSignalSpy preconditionsFailed(launch.get(), &LaunchRunner::preconditionsFailed);
        QSignalSpy started(launch.get(), &LaunchRunner::started);
        QSignalSpy failed(launch.get(), &LaunchRunner::failed);
        launch->start(request, facts());
        QVERIFY(preconditionsFailed.wait(15000));
        QTest::qWait(200);
        QCOMPARE(started.size(), 0);
        QCOMPARE(failed.size(), 0);
        QVERIFY(!launch->terminalSession());
        QVERIFY(!launch->isRunning());

        const auto results = preconditionsFailed.first().first().value<QList<PreconditionResult>>();
        QCOMPARE(results.size(), launch->plan().preconditions.size());
        const auto missing = std::find_if(results.cbegin(), results.cend(), [&request](const PreconditionResult &result) {
            return result.precondition.kind == LaunchPrecondition::Kind::PathExists
                && result.precondition.subject == request.cvmfsRoot;
        });
        QVERIFY(missing != results.cend());
        QCOMPARE(missing->status, PreconditionResult::Status::Failed);
        QVERIFY(!missing->fixSteps.isEmpty());
        const auto repository = std::find_if(results.cbegin(), results.cend(), [](const PreconditionResult &result) {
            return result.precondition.kind == LaunchPrecondition::Kind::RepositoryAnswers;
        });
        QVERIFY(repository != results.cend());
        QCOMPARE(repository->status, PreconditionResult::Status::Failed);
        QCOMPARE(repository->catalogueId, u"cvmfs-path-missing"_s);

        QVERIFY(!QFile::exists(work.filePath(u"ran"_s)));
        const auto containers = TestServices::runEngineCli(
            EngineKind::Docker, {u"ps"_s, u"-aq"_s, u"--filter"_s, u"name="_s + launch->containerName()});
        QVERIFY2(containers.succeeded(), qPrintable(containers.describe()));
        QVERIFY(containers.out.trimmed().isEmpty());
    }

    // The image is missing: the engine fails at once; the runner brings back its stderr and
    // the catalogue's explanation (the terminal would have closed already).
    void quickFailureIsExplained()
    {
        WHARF_REQUIRE_DOCKER();
        requireTerminal();
        QTemporaryDir work;
        LaunchRequest request = hostMountRequest(work.path(), {u"true"_s});
        request.image = u"localhost/wharf-test/missing:1"_s;
        auto launch = runner();
        QSignalSpy quick(launch.get(), &LaunchRunner::failedQuickly);
        QSignalSpy finished(launch.get(), &LaunchRunner::finished);
        QSignalSpy failed(launch.get(), &LaunchRunner::failed);
        launch->start(request, facts());
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), 45000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.isEmpty() ? QString() : failed.first().first().value<Error>().toString()));
        QCOMPARE(quick.size(), 1);
        QCOMPARE(finished.size(), 1);
        const RunReport report = quick.first().at(0).value<RunReport>();
        const auto explanation = quick.first().at(1).value<QList<CatalogueMatch>>();
        QVERIFY(!report.succeeded());
        QVERIFY2(report.stderrTail().contains(u"localhost/wharf-test/missing:1"_s), qPrintable(report.stderrTail()));
        QVERIFY2(!explanation.isEmpty(), qPrintable(report.stderrTail()));
        qInfo("explained as %s: %s", qPrintable(explanation.first().entry.id()),
              qPrintable(explanation.first().entry.title()));
    }

    // What the terminal is given for a plan.
    void terminalCommand()
    {
        LaunchRequest request;
        request.strategy = LaunchStrategy::Apptainer;
        request.image = u"/cvmfs/unpacked.cern.ch/registry.hub.docker.com/cmssw/el9:x86_64"_s;
        request.workingFolder = u"/work/a b"_s;
        LaunchPlan plan;
        plan.program = u"apptainer"_s;
        plan.arguments = {u"shell"_s, u"x"_s};
        plan.environment = {{u"APPTAINERENV_A"_s, u"1"_s}};
        plan.secretEnvironment = {u"APPTAINER_DOCKER_PASSWORD"_s};
        const QList<QPair<QString, QString>> secrets{{u"OTHER"_s, u"no"_s}, {u"APPTAINER_DOCKER_PASSWORD"_s, u"pw"_s}};

        const Result<TerminalCommand> command = LaunchRunner::terminalCommand(request, plan, secrets);
        QVERIFY(command.ok());
        QCOMPARE(command->program, u"apptainer"_s);
        QCOMPARE(command->arguments, plan.arguments);
        QCOMPARE(command->environment, (QList<QPair<QString, QString>>{{u"APPTAINERENV_A"_s, u"1"_s}}));
        // Only the secrets the plan names.
        QCOMPARE(command->secrets, (QList<QPair<QString, QString>>{{u"APPTAINER_DOCKER_PASSWORD"_s, u"pw"_s}}));
        QCOMPARE(command->workingDirectory, u"/work/a b"_s);
        QVERIFY(command->title.contains(request.image));
        QVERIFY(!command->captureStderr); // an interactive apptainer shell prompts on stderr

        request.command = {u"ls"_s};
        QVERIFY(LaunchRunner::terminalCommand(request, plan, secrets)->captureStderr);
        request.strategy = LaunchStrategy::Cmssw;
        request.command.clear();
        plan.workingDirectory = u"/elsewhere"_s;
        const auto cmssw = LaunchRunner::terminalCommand(request, plan, secrets);
        QVERIFY(!cmssw->captureStderr);
        QCOMPARE(cmssw->workingDirectory, u"/elsewhere"_s);
        QVERIFY(cmssw->title.contains(u"cmssw-el9"_s));
        request.strategy = LaunchStrategy::HostMount;
        QVERIFY(LaunchRunner::terminalCommand(request, plan, secrets)->captureStderr);

        // A secret the plan needs but nobody gave: refused, before anything runs.
        const auto missing = LaunchRunner::terminalCommand(request, plan, {});
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code(), ErrorCode::InvalidConfiguration);
        QVERIFY(!missing.error().message().contains(u"pw"_s));
    }

    void generatedContainerNames()
    {
        QSet<QString> names;
        for (int i = 0; i < 50; ++i) {
            const QString name = LaunchRunner::generateContainerName(LaunchStrategy::Fuse);
            QVERIFY2(QRegularExpression(u"^wharf-fuse-[a-z0-9]{6}$"_s).match(name).hasMatch(), qPrintable(name));
            names.insert(name);
        }
        QVERIFY(names.size() > 45);
    }

    // The FUSE strategy's readiness, fed as the container's output arrives.
    void fuseReadinessFeed()
    {
        LaunchRunner launch(u"wharf"_s, HostEnvironment::fromSystem());
        QSignalSpy readiness(&launch, &LaunchRunner::fuseReadiness);
        launch.feedContainerOutput("::: cvmfs-config...\n::: Mounting CVMFS..."_ba);
        QCOMPARE(readiness.size(), 1);
        QCOMPARE(readiness.first().at(0).value<FuseReadinessScanner::State>(), FuseReadinessScanner::State::Mounting);
        launch.feedContainerOutput(" \x1b[32m[done]\x1b[0m\r\n"_ba);
        QCOMPARE(readiness.size(), 2);
        QCOMPARE(readiness.last().at(0).value<FuseReadinessScanner::State>(), FuseReadinessScanner::State::Ready);
        QVERIFY(readiness.last().at(1).toString().contains(u"[done]"_s));
        QCOMPARE(launch.fuseState(), FuseReadinessScanner::State::Ready);
        launch.feedContainerOutput("::: Mounting CVMFS... [FAILED]\n"_ba); // the first result is final
        launch.containerOutputEnded();
        QCOMPARE(readiness.size(), 2);

        LaunchRunner failing(u"wharf"_s, HostEnvironment::fromSystem());
        QSignalSpy failedReadiness(&failing, &LaunchRunner::fuseReadiness);
        failing.feedContainerOutput("::: Mounting CVMFS... [FAILED]"_ba);
        failing.containerOutputEnded(); // no final line break: judged at the end
        QCOMPARE(failedReadiness.last().at(0).value<FuseReadinessScanner::State>(), FuseReadinessScanner::State::Failed);
    }

    // Bad requests fail with a message, after start() returned.
    void invalidRequest()
    {
        LaunchRunner launch(u"wharf"_s, HostEnvironment::fromSystem());
        QSignalSpy failed(&launch, &LaunchRunner::failed);
        LaunchRequest request;
        request.image = u"busybox;touch x"_s;
        request.workingFolder = m_dir.path();
        launch.start(request, facts());
        QCOMPARE(failed.size(), 0);
        QVERIFY(failed.wait(5000));
        QVERIFY(!failed.first().first().value<Error>().message().isEmpty());
        QVERIFY(!launch.isRunning());
    }
};

} // namespace Wharf::Test

QTEST_GUILESS_MAIN(Wharf::Test::TestLaunchRunner)
#include "tst_launchrunner.moc"
