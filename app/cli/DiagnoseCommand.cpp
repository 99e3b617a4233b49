// SPDX-License-Identifier: Apache-2.0
#include "DiagnoseCommand.h"

#include "WharfSettings.h"

#include "base/ShellQuote.h"
#include "credentials/CredentialStore.h"
#include "credentials/RegistryAccounts.h"
#include "diagnostics/CheckRunner.h"
#include "diagnostics/DiagnosticReport.h"
#include "diagnostics/DiagnosticSuite.h"
#include "diagnostics/HostEnvironment.h"
#include "registry/RegistryConnections.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QSettings>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

// A class scope lupdate understands, so the context it records is the one used at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Wharf::DiagnoseCommand)
};

QString symptomList()
{
    QStringList ids;
    for (const Symptom symptom : allSymptoms())
        ids.append(symptomId(symptom));
    return ids.join(u", "_s);
}

QString usage()
{
    return Tr::tr("Usage: wharf diagnose [--symptom SYMPTOM] [--json]\n"
                  "Symptoms: %1\n")
        .arg(symptomList());
}

// Evidence quotes files and program output: control characters (terminal escape sequences
// included) are shown as U+FFFD so they cannot rewrite the user's terminal.
QString printable(const QString &text)
{
    QString line = text;
    for (QChar &c : line) {
        if (c.category() == QChar::Other_Control)
            c = QChar::ReplacementCharacter;
    }
    return line;
}

void printText(QTextStream &out, const DiagnosticReport &report, std::optional<Symptom> symptom)
{
    const Redactor &redactor = report.redactor();
    const auto clean
        = [&redactor](const QString &text) { return printable(redactor.redact(text)); };
    out << (symptom ? Tr::tr("Wharf diagnostics: %1").arg(symptomTitle(*symptom))
                    : Tr::tr("Wharf diagnostics"))
        << u"\n"_s;
    for (const CheckGroup group : allCheckGroups()) {
        bool header = false;
        for (const CheckResult &result : report.results()) {
            if (result.group != group)
                continue;
            if (!header) {
                out << u"\n"_s << checkGroupTitle(group) << u"\n"_s;
                header = true;
            }
            const QString label = u"[%1]"_s.arg(checkStatusLabel(result.status).toUpper());
            out << u"  "_s << label.leftJustified(17) << u' ' << clean(result.title) << u": "_s
                << clean(result.summary) << u"\n"_s;
            const QString indent(6, u' ');
            for (const QString &line : result.evidence)
                out << indent << clean(line) << u"\n"_s;
            if (result.status == CheckStatus::Ok || result.status == CheckStatus::Cancelled)
                continue;
            if (!result.fixSteps.isEmpty()) {
                out << indent << Tr::tr("How to fix it:") << u"\n"_s;
                int number = 0;
                for (const QString &step : result.fixSteps)
                    out << indent << u"  %1. "_s.arg(++number) << clean(step) << u"\n"_s;
            }
            for (const QStringList &command : result.fixCommands)
                out << indent << u"  $ "_s << printable(ShellQuote::join(redactor.redact(command)))
                    << u"\n"_s;
        }
    }
    out << u"\n"_s << Tr::tr("Summary: %1.").arg(report.summaryLine()) << u"\n"_s;
}

} // namespace

int DiagnoseCommand::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    bool json = false;
    std::optional<Symptom> symptom;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        QString symptomName;
        if (argument == u"--json"_s) {
            json = true;
            continue;
        }
        if (argument == u"--help"_s || argument == u"-h"_s) {
            out << usage();
            return 0;
        }
        if (argument == u"--symptom"_s) {
            if (i + 1 >= arguments.size()) {
                err << Tr::tr("wharf diagnose: --symptom needs a value.\n") << usage();
                return 2;
            }
            symptomName = arguments.at(++i);
        } else if (argument.startsWith(u"--symptom="_s)) {
            symptomName = argument.mid(10);
        } else {
            err << Tr::tr("wharf diagnose: unknown option \"%1\".\n").arg(argument) << usage();
            return 2;
        }
        symptom = symptomFromId(symptomName);
        if (!symptom) {
            err << Tr::tr("wharf diagnose: unknown symptom \"%1\". Valid symptoms: %2.\n")
                       .arg(symptomName, symptomList());
            return 2;
        }
    }

    HostEnvironment environment = HostEnvironment::fromSystem();
    const QString root = qEnvironmentVariable("WHARF_DIAGNOSE_ROOT");
    if (!root.isEmpty())
        environment.root = root;

    CheckRunner runner;
    DiagnosticSuite::Options options;
    // The registry check uses the window's registries, options and keychain logins.
    QSettings settings;
    options.engineHost = WharfSettings(&settings).engineHost(); // as the window uses
    options.automounter = WharfSettings(&settings).automounter();
    RegistryAccounts accounts(&settings);
    CredentialStore credentials(&accounts);
    RegistryConnections connections;
    connections.useAccounts(&accounts, &credentials);
    options.registries = accounts.registries();
    options.registryConnections = &connections;
    runner.setChecks(DiagnosticSuite::createFor(symptom, options));
    if (!json)
        err << Tr::tr("Running %1 checks...").arg(runner.checks().size()) << u"\n"_s << Qt::flush;
    // The command line has no other work: this loop is the program's only one while the
    // checks run (hung /cvmfs paths are abandoned after their time limit, not waited for).
    QEventLoop loop;
    QObject::connect(&runner, &CheckRunner::finished, &loop, &QEventLoop::quit);
    runner.start(environment);
    if (runner.isRunning())
        loop.exec();

    DiagnosticReport report(runner.results());
    report.setSymptom(symptom);
    report.setGeneratedAt(environment.now());
    report.setHost(HostEnvironment::osName(environment.os), environment.cpuArchitecture);
    if (json)
        out << QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented);
    else
        printText(out, report, symptom);
    return report.hasFailures() ? 1 : 0;
}

} // namespace Wharf
