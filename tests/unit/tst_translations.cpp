// SPDX-License-Identifier: Apache-2.0
// The French translation, as built, reaches the user through the real code paths: each string
// is looked up under the context the code passes at run time, which must be the context lupdate
// recorded. A file-local helper that lupdate misreads (a free tr() function, a struct named Tr)
// leaves its strings untranslated without any other symptom; this test is where that shows.
#include "archive/TarGzReader.h"
#include "engine/EndpointDiscovery.h"
#include "launch/RunReport.h"
#include "registry/ImageReference.h"
#include "registry/RegistryHost.h"
#include "registry/RegistryListing.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Wharf::Test {

class tst_Translations : public QObject
{
    Q_OBJECT

private:
    QTranslator m_translator;

    // The French .qm that qt_add_translations builds into the wharf executable's resources;
    // WHARF_TRANSLATION_QM overrides it (to check a translation before it is merged).
    static QString qmPath()
    {
        const QString overridden = qEnvironmentVariable("WHARF_TRANSLATION_QM");
        return overridden.isEmpty() ? QStringLiteral(WHARF_FR_QM) : overridden;
    }

    static void verifyContains(const QString &text, const QString &french)
    {
        QVERIFY2(text.contains(french),
                 qPrintable(u"expected French (“%1”) in: %2"_s.arg(french, text)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString path = qmPath();
        QVERIFY2(QFileInfo::exists(path), qPrintable(path));
        QVERIFY2(m_translator.load(path), qPrintable(path));
        QVERIFY(!m_translator.isEmpty());
        QVERIFY(QCoreApplication::installTranslator(&m_translator));
    }

    void cleanupTestCase() { QCoreApplication::removeTranslator(&m_translator); }

    // Q_DECLARE_TR_FUNCTIONS(Wharf::ImageReference) and a written-out translate() call.
    void imageReference()
    {
        const auto parsed = ImageReference::parse(u"Busybox"_s);
        QVERIFY(!parsed);
        verifyContains(parsed.error().message(), u"n’est pas une référence d’image valide"_s);
        verifyContains(parsed.error().message(), u"doit être en minuscules"_s);
    }

    // Was a struct Tr with a static tr(): lupdate recorded the context "Wharf::Tr".
    void registryHost()
    {
        const auto parsed = RegistryHost::parse(u"registry.example.org/some/path"_s);
        QVERIFY(!parsed);
        verifyContains(parsed.error().message(), u"n’est pas une adresse de registre"_s);
        const auto empty = RegistryHost::parse(QString());
        QVERIFY(!empty);
        verifyContains(empty.error().message(), u"elle est vide"_s);
    }

    // A free tr() in a namespace-scope function: lupdate recorded the context "Wharf".
    void registryListing()
    {
        const auto parsed = RegistryListing::parseCatalog("not json"_ba);
        QVERIFY(!parsed);
        verifyContains(parsed.error().message(), u"liste des dépôts"_s);
        verifyContains(parsed.error().message(), u"n’est pas le JSON qu’envoie un registre"_s);
    }

    void endpointDiscovery()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        DiscoveryEnvironment environment;
        environment.homeDirectory = dir.path() + u"/home"_s;
        environment.systemRoot = dir.path() + u"/root"_s;
        environment.explicitHost = u"gopher://example.org"_s;
        const EndpointDiscovery::Outcome outcome = EndpointDiscovery(environment).discover();
        QCOMPARE(outcome.errors.size(), 1);
        verifyContains(outcome.errors.first().message(), u"Le paramètre du moteur"_s);
        verifyContains(outcome.errors.first().message(), u"que Wharf ne peut pas utiliser"_s);
    }

    // The details come from a namespace-scope function (lupdate recorded the context "Wharf").
    void endpointDiscoveryBrokenContext()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        DiscoveryEnvironment environment;
        environment.homeDirectory = dir.path() + u"/home"_s;
        environment.systemRoot = dir.path() + u"/root"_s;
        environment.environment.insert(u"DOCKER_CONTEXT"_s, u"x"_s);
        const QString metaDir = environment.homeDirectory + u"/.docker/contexts/meta/"_s
                                + EndpointDiscovery::contextDirectoryName(u"x"_s);
        QVERIFY(QDir().mkpath(metaDir));
        QFile meta(metaDir + u"/meta.json"_s);
        QVERIFY(meta.open(QIODevice::WriteOnly));
        meta.write("not json");
        meta.close();
        const EndpointDiscovery::Outcome outcome = EndpointDiscovery(environment).discover();
        QCOMPARE(outcome.errors.size(), 1);
        verifyContains(outcome.errors.first().message(), u"sa description ne peut pas être lue"_s);
        verifyContains(outcome.errors.first().details(), u"n’est pas du JSON valide"_s);
    }

    void tarGzReader()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto read = TarGzReader::readAll(dir.filePath(u"missing.tar.gz"_s));
        QVERIFY(!read);
        verifyContains(read.error().message(), u"n’existe pas"_s);
    }

    void runReport()
    {
        QCOMPARE(RunReport().outcomeText(), u"issue inconnue"_s);
        RunReport exited;
        exited.setExitCode(3);
        QCOMPARE(exited.outcomeText(), u"code de sortie 3"_s);
    }
};

} // namespace Wharf::Test

QTEST_GUILESS_MAIN(Wharf::Test::tst_Translations)
#include "tst_translations.moc"
