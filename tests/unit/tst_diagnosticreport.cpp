// SPDX-License-Identifier: Apache-2.0
// DiagnosticReport: Markdown (grouped, evidence fenced so file content cannot break out, fix
// steps numbered, commands shell-quoted) and JSON; both redacted.
#include "diagnostics/DiagnosticReport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Wharf;

namespace {

QList<CheckResult> sampleResults()
{
    CheckResult fuse;
    fuse.id = u"dev-fuse"_s;
    fuse.group = CheckGroup::Cvmfs;
    fuse.title = u"FUSE device (/dev/fuse)"_s;
    fuse.status = CheckStatus::Failed;
    fuse.summary = u"This computer has no /dev/fuse."_s;
    fuse.evidence = { u"/dev/fuse: does not exist"_s, u"/proc/filesystems: does not list fuse"_s };
    fuse.fixSteps
        = { u"Load the FUSE module: `sudo modprobe fuse`."_s, u"Reboot *if* [needed]."_s };
    fuse.fixCommands = { { u"sudo"_s, u"modprobe"_s, u"fuse"_s }, { u"echo"_s, u"it's here"_s } };
    fuse.catalogueId = u"host-dev-fuse-missing"_s;
    fuse.elapsedMs = 3;

    CheckResult selinux;
    selinux.id = u"selinux"_s;
    selinux.group = CheckGroup::HostSecurity;
    selinux.title = u"SELinux mode"_s;
    selinux.status = CheckStatus::Warning;
    selinux.summary = u"SELinux is enforcing."_s;
    selinux.evidence
        = { u"```"_s, u"config: password=hunter2"_s, u"Authorization: Bearer abc123def456"_s };

    CheckResult arch;
    arch.id = u"architecture"_s;
    arch.group = CheckGroup::Host;
    arch.title = u"Processor architecture"_s;
    arch.status = CheckStatus::Ok;
    arch.summary = u"Fine."_s;

    CheckResult podman;
    podman.id = u"podman-rootless"_s;
    podman.group = CheckGroup::Engines;
    podman.title = u"Rootless Podman prerequisites"_s;
    podman.status = CheckStatus::NotApplicable;
    podman.summary = u"Runs as root."_s;

    CheckResult cancelled = arch;
    cancelled.id = u"cancelled"_s;
    cancelled.status = CheckStatus::Cancelled;
    return { fuse, selinux, arch, podman, cancelled };
}

} // namespace

class tst_DiagnosticReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void counts()
    {
        const DiagnosticReport report(sampleResults());
        QCOMPARE(report.count(CheckStatus::Failed), 1);
        QCOMPARE(report.count(CheckStatus::Warning), 1);
        QCOMPARE(report.count(CheckStatus::Ok), 1);
        QCOMPARE(report.count(CheckStatus::NotApplicable), 1);
        QCOMPARE(report.count(CheckStatus::Cancelled), 1);
        QVERIFY(report.hasFailures());
        QCOMPARE(
            report.summaryLine(), u"1 failed, 1 warning, 1 OK, 1 not applicable, 1 cancelled"_s);
        QVERIFY(!DiagnosticReport().hasFailures());
    }

    void markdown()
    {
        DiagnosticReport report(sampleResults());
        report.setSymptom(Symptom::CvmfsMissing);
        report.setGeneratedAt(QDateTime(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC));
        report.setHost(u"linux"_s, u"x86_64"_s);
        const QString markdown = report.toMarkdown();

        QVERIFY(markdown.startsWith(u"# Wharf diagnostics report\n"_s));
        QVERIFY(markdown.contains(u"linux x86\\_64"_s));
        QVERIFY(markdown.contains(u"2026-11-27T12:00:00Z"_s));
        QVERIFY(markdown.contains(u"symptom: I can't see /cvmfs"_s));
        QVERIFY(markdown.contains(u"**Summary:** 1 failed, 1 warning"_s));
        // Sections in display order: Engines, CVMFS, Host security, This computer.
        const qsizetype engines = markdown.indexOf(u"\n## Engines\n"_s);
        const qsizetype cvmfs = markdown.indexOf(u"\n## CVMFS\n"_s);
        const qsizetype security = markdown.indexOf(u"\n## Host security\n"_s);
        const qsizetype host = markdown.indexOf(u"\n## This computer\n"_s);
        QVERIFY(engines > 0 && engines < cvmfs && cvmfs < security && security < host);
        QVERIFY(!markdown.contains(u"## Docker Desktop"_s)); // empty groups are left out
        QVERIFY(markdown.contains(u"### FUSE device (/dev/fuse): **FAILED**"_s));
        QVERIFY(markdown.contains(
            u"```\n/dev/fuse: does not exist\n/proc/filesystems: does not list fuse\n```\n"_s));
        QVERIFY(markdown.contains(
            u"1. Load the FUSE module: `sudo modprobe fuse`.\n"_s)); // code spans intact
        QVERIFY(markdown.contains(u"2. Reboot \\*if\\* \\[needed\\].\n"_s));
        QVERIFY(markdown.contains(u"```sh\nsudo modprobe fuse\necho 'it'\\''s here'\n```"_s));
        QVERIFY(markdown.contains(u"Known error: `host-dev-fuse-missing`"_s));
        // Evidence holding a code fence gets a longer one, so it cannot end the block.
        QVERIFY(markdown.contains(
            u"````\n```\nconfig: password=[REDACTED]\nAuthorization: [REDACTED]\n````"_s));
        QVERIFY(!markdown.contains(u"hunter2"_s));
        QVERIFY(!markdown.contains(u"abc123def456"_s));
    }

    void markdownEscapesProse()
    {
        CheckResult result;
        result.id = u"x"_s;
        result.title = u"<script>alert(1)</script>"_s;
        result.summary = u"line one\nline two with a `lonely backtick and # hash"_s;
        const QString markdown = DiagnosticReport({ result }).toMarkdown();
        QVERIFY(!markdown.contains(u"<script>"_s));
        QVERIFY(markdown.contains(u"line one line two with a \\`lonely backtick and \\# hash"_s));
    }

    void json()
    {
        DiagnosticReport report(sampleResults());
        report.setSymptom(Symptom::PermissionDenied);
        report.setGeneratedAt(QDateTime(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC));
        report.setHost(u"linux"_s, u"x86_64"_s);
        const QJsonObject json = report.toJson();
        QCOMPARE(json.value(u"wharfVersion"_s).toString(), QStringLiteral(WHARF_VERSION));
        QCOMPARE(json.value(u"generatedAt"_s).toString(), u"2026-11-27T12:00:00Z"_s);
        QCOMPARE(json.value(u"symptom"_s).toString(), u"permission-denied"_s);
        QCOMPARE(json.value(u"host"_s).toObject().value(u"architecture"_s).toString(), u"x86_64"_s);
        const QJsonObject summary = json.value(u"summary"_s).toObject();
        QCOMPARE(summary.value(u"failed"_s).toInt(), 1);
        QCOMPARE(summary.value(u"notApplicable"_s).toInt(), 1);
        const QJsonArray checks = json.value(u"checks"_s).toArray();
        QCOMPARE(checks.size(), 5);
        const QJsonObject fuse = checks.at(0).toObject();
        QCOMPARE(fuse.value(u"id"_s).toString(), u"dev-fuse"_s);
        QCOMPARE(fuse.value(u"group"_s).toString(), u"cvmfs"_s);
        QCOMPARE(fuse.value(u"status"_s).toString(), u"failed"_s);
        QCOMPARE(fuse.value(u"evidence"_s).toArray().size(), 2);
        QCOMPARE(fuse.value(u"fixSteps"_s).toArray().size(), 2);
        QCOMPARE(fuse.value(u"fixCommands"_s).toArray().at(0).toArray(),
            QJsonArray({ u"sudo"_s, u"modprobe"_s, u"fuse"_s }));
        QCOMPARE(fuse.value(u"catalogueId"_s).toString(), u"host-dev-fuse-missing"_s);
        QCOMPARE(fuse.value(u"elapsedMs"_s).toInteger(), 3);
        QVERIFY(checks.at(2).toObject().value(u"catalogueId"_s).isNull());
        QCOMPARE(checks.at(3).toObject().value(u"status"_s).toString(), u"not-applicable"_s);
        QCOMPARE(checks.at(4).toObject().value(u"status"_s).toString(), u"cancelled"_s);

        const QByteArray text = QJsonDocument(json).toJson();
        QVERIFY(!text.contains("hunter2"));
        QVERIFY(!text.contains("abc123def456"));
        QVERIFY(text.contains("[REDACTED]"));
    }

    void extraSecretsFromTheRedactor()
    {
        QList<CheckResult> results = sampleResults();
        results[2].evidence = { u"the keychain said: open-sesame-42"_s };
        DiagnosticReport report(results);
        Redactor redactor;
        redactor.addSecret(u"open-sesame-42"_s);
        report.setRedactor(redactor);
        QVERIFY(!report.toMarkdown().contains(u"open-sesame-42"_s));
        QVERIFY(!QJsonDocument(report.toJson()).toJson().contains("open-sesame-42"));
    }

    void emptyReport()
    {
        const DiagnosticReport report;
        QVERIFY(report.toMarkdown().contains(u"0 OK"_s));
        QCOMPARE(report.toJson().value(u"checks"_s).toArray().size(), 0);
        QVERIFY(report.toJson().value(u"symptom"_s).isNull());
    }
};

QTEST_GUILESS_MAIN(tst_DiagnosticReport)
#include "tst_diagnosticreport.moc"
