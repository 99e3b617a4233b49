// SPDX-License-Identifier: Apache-2.0
// The image details panel against the real engines of the fixture.
#include "ImageDetailsPanel.h"
#include "ProbedEngine.h"
#include "ReviewScreenshot.h"
#include "TestServices.h"
#include "engine/Engine.h"
#include "engine/EngineClient.h"

#include <QCheckBox>
#include <QDir>
#include <QFontInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QFontDatabase>
#include <QTest>
#include <QTextBrowser>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace Wharf;
using Wharf::Test::TestServices;

class tst_ImageDetailsPanel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Engine> m_docker;
    std::unique_ptr<Engine> m_podman;

    Engine *engine(const QString &name) const
    {
        return name == u"docker"_s ? m_docker.get() : m_podman.get();
    }

    // What the engine itself says, to compare the panel with.
    ImageDetails inspect(Engine *target, const QString &reference)
    {
        std::optional<ImageDetails> details;
        target->client()->inspectImage(reference, this, [&](const Result<ImageDetails> &result) {
            details = result.valueOr(ImageDetails());
        });
        if (!QTest::qWaitFor([&] { return details.has_value(); }, 20000))
            qWarning("inspect did not answer in time");
        return details.value_or(ImageDetails());
    }

private Q_SLOTS:
    void initTestCase()
    {
        WHARF_REQUIRE_DOCKER();
        WHARF_REQUIRE_PODMAN();
        m_docker = Wharf::Test::probedEngine(TestServices::dockerEndpoint());
        m_podman = Wharf::Test::probedEngine(TestServices::podmanEndpoint());
        QCOMPARE(m_docker->state(), Engine::State::Ready);
        QCOMPARE(m_podman->state(), Engine::State::Ready);
    }

    void placeholder()
    {
        ImageDetailsPanel panel;
        auto *message = panel.findChild<QLabel *>(u"messageLabel"_s);
        auto *stack = panel.findChild<QStackedWidget *>(u"detailsStack"_s);
        auto *raw = panel.findChild<QCheckBox *>(u"rawJsonCheckBox"_s);
        QVERIFY(message && stack && raw);
        QCOMPARE(stack->currentWidget(), message);
        QCOMPARE(message->text(), u"Select an image to see its details."_s);
        QVERIFY(!raw->isEnabled());
        QVERIFY(panel.details() == nullptr);
    }

    void seededImage_data()
    {
        QTest::addColumn<QString>("engineName");
        QTest::newRow("docker") << u"docker"_s;
        QTest::newRow("podman") << u"podman"_s;
    }

    void seededImage()
    {
        QFETCH(QString, engineName);
        Engine *target = engine(engineName);
        const QString reference = u"localhost/test/busybox:1"_s;
        const ImageDetails expected = inspect(target, reference);
        QVERIFY(!expected.id.isEmpty());
        QVERIFY(!expected.architecture.isEmpty());

        ImageDetailsPanel panel;
        panel.resize(460, 640);
        panel.show();
        QSignalSpy loaded(&panel, &ImageDetailsPanel::loaded);
        auto *message = panel.findChild<QLabel *>(u"messageLabel"_s);
        auto *stack = panel.findChild<QStackedWidget *>(u"detailsStack"_s);
        auto *browser = panel.findChild<QTextBrowser *>(u"detailsBrowser"_s);
        auto *raw = panel.findChild<QCheckBox *>(u"rawJsonCheckBox"_s);
        auto *json = panel.findChild<QPlainTextEdit *>(u"rawJsonEdit"_s);
        QVERIFY(message && stack && browser && raw && json);

        panel.showImage(target, reference);
        QVERIFY(panel.isLoading());
        QCOMPARE(stack->currentWidget(), message);
        QVERIFY(message->text().startsWith(u"Loading"_s));

        QVERIFY(loaded.wait(20000));
        QCOMPARE(loaded.at(0).at(0).toString(), reference);
        QCOMPARE(loaded.at(0).at(1).toBool(), true);
        QVERIFY(!panel.isLoading());
        QCOMPARE(stack->currentWidget(), browser);
        const QString text = browser->toPlainText();
        QVERIFY2(text.contains(expected.id), qPrintable(text));
        QVERIFY2(text.contains(expected.architecture), qPrintable(text));
        QVERIFY(text.contains(u"localhost/test/busybox:1"_s));
        QVERIFY(text.contains(u"localhost/test/busybox:2"_s)); // the same image
        QVERIFY(text.contains(u"Command"_s));
        QVERIFY(text.contains(u"/bin/sh"_s));
        QVERIFY(text.contains(target->displayName()));
        QVERIFY(text.contains(u"1 layer"_s));
        QVERIFY(browser->textInteractionFlags() & Qt::TextSelectableByMouse);
        QVERIFY(raw->isEnabled());
        Wharf::Test::saveReviewScreenshot(&panel, u"imagedetails-"_s + engineName);

        // The raw JSON, behind the toggle: the engine's own object, indented, monospace.
        raw->setFocus();
        QTest::keyClick(raw, Qt::Key_Space);
        QVERIFY(raw->isChecked());
        QCOMPARE(stack->currentWidget(), json);
        QVERIFY(json->isReadOnly());
        // The system's fixed font, whatever it is: some monospace fonts (Noto Sans Mono on a
        // fresh Debian) do not declare fixed pitch, so QFontInfo::fixedPitch() cannot be asked.
        QCOMPARE(json->font().family(), QFontDatabase::systemFont(QFontDatabase::FixedFont).family());
        const QJsonDocument document = QJsonDocument::fromJson(json->toPlainText().toUtf8());
        QVERIFY(document.isObject());
        QCOMPARE(document.object().value(u"Id"_s).toString(), expected.id);
        QVERIFY(json->toPlainText().contains(u"\n    \""_s)); // indented
        Wharf::Test::saveReviewScreenshot(&panel, u"imagedetails-raw-"_s + engineName);

        // The toggle stays on for the next image.
        panel.showImage(target, u"localhost/test/other:latest"_s);
        QVERIFY(loaded.wait(20000));
        QCOMPARE(stack->currentWidget(), json);
        QVERIFY(json->toPlainText().contains(u"localhost/test/other:latest"_s));
        QTest::keyClick(raw, Qt::Key_Space);
        QCOMPARE(stack->currentWidget(), browser);
        QVERIFY(browser->toPlainText().contains(u"localhost/test/other:latest"_s));

        panel.clear();
        QCOMPARE(stack->currentWidget(), message);
        QCOMPARE(message->text(), u"Select an image to see its details."_s);
        QVERIFY(!raw->isEnabled());
    }

    void unknownImage_data()
    {
        QTest::addColumn<QString>("engineName");
        QTest::newRow("docker") << u"docker"_s;
        QTest::newRow("podman") << u"podman"_s;
    }

    void unknownImage()
    {
        QFETCH(QString, engineName);
        const QString missing = u"sha256:"_s + QString(64, u'0');
        ImageDetailsPanel panel;
        panel.resize(460, 300);
        panel.show();
        QSignalSpy loaded(&panel, &ImageDetailsPanel::loaded);
        panel.showImage(engine(engineName), missing);
        QVERIFY(loaded.wait(20000));
        QCOMPARE(loaded.at(0).at(1).toBool(), false);
        auto *browser = panel.findChild<QTextBrowser *>(u"detailsBrowser"_s);
        auto *stack = panel.findChild<QStackedWidget *>(u"detailsStack"_s);
        QCOMPARE(stack->currentWidget(), browser);
        const QString text = browser->toPlainText();
        // What happened, in short; what to do; the engine's own words.
        QVERIFY2(text.startsWith(u"%1 no longer has the image 000000000000."_s.arg(
                     engine(engineName)->displayName())),
                 qPrintable(text));
        QVERIFY2(text.contains(u"removed meanwhile"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Cannot inspect the image \"%1\""_s.arg(missing)), qPrintable(text));
        QVERIFY(browser->textInteractionFlags() & Qt::TextSelectableByMouse);
        QVERIFY(!panel.findChild<QCheckBox *>(u"rawJsonCheckBox"_s)->isEnabled());
        QVERIFY(panel.details() == nullptr);
        Wharf::Test::saveReviewScreenshot(&panel, u"imagedetails-error-"_s + engineName);
    }

    // A new selection cancels the inspection in flight: only the last one reports.
    void newSelectionCancelsPrevious()
    {
        ImageDetailsPanel panel;
        QSignalSpy loaded(&panel, &ImageDetailsPanel::loaded);
        panel.showImage(m_docker.get(), u"localhost/test/busybox:1"_s);
        panel.showImage(m_podman.get(), u"localhost/test/other:latest"_s);
        QVERIFY(loaded.wait(20000));
        QTest::qWait(300);
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.at(0).at(0).toString(), u"localhost/test/other:latest"_s);
        QVERIFY(panel.details());
        QVERIFY(panel.details()->repoTags.contains(u"localhost/test/other:latest"_s));

        // And clear() cancels too.
        panel.showImage(m_docker.get(), u"localhost/test/busybox:1"_s);
        panel.clear();
        QTest::qWait(300);
        QCOMPARE(loaded.size(), 1);
        QVERIFY(panel.details() == nullptr);
    }

    void destroyWhileLoading()
    {
        auto panel = std::make_unique<ImageDetailsPanel>();
        panel->showImage(m_podman.get(), u"localhost/test/busybox:1"_s);
        panel.reset();
        QTest::qWait(300); // nothing may call into the dead panel
    }

    // Everything from the engine is text, never markup.
    void hostileValuesAreEscaped()
    {
        ImageDetails details;
        details.id = u"sha256:<b>bold</b>"_s;
        details.repoTags = {u"<img src=x>:1"_s};
        details.cmd = {u"sh"_s, u"-c"_s, u"echo '<i>hi</i>' && exit 1"_s};
        details.env = {u"A=<script>alert(1)</script>"_s, u"B=%1 %2"_s};
        details.labels.insert(u"<key>"_s, u"&amp; value"_s);
        details.architecture = u"amd64"_s;
        details.os = u"linux"_s;
        details.layers = {u"sha256:0123456789abcdef"_s};

        QTextBrowser browser;
        browser.setHtml(ImageDetailsPanel::detailsHtml(details, u"Docker <20>"_s));
        const QString text = browser.toPlainText();
        QVERIFY2(text.contains(u"sha256:<b>bold</b>"_s), qPrintable(text));
        QVERIFY(text.contains(u"<img src=x>:1"_s));
        QVERIFY(text.contains(u"A=<script>alert(1)</script>"_s));
        QVERIFY(text.contains(u"B=%1 %2"_s));
        QVERIFY(text.contains(u"<key> = &amp; value"_s));
        QVERIFY(text.contains(u"Docker <20>"_s));
        QVERIFY(text.contains(u"linux/amd64"_s));
        QVERIFY(text.contains(u"0123456789ab"_s));
        QVERIFY(text.contains(uR"(sh -c 'echo '\''<i>hi</i>'\'' && exit 1')"_s));
    }

    void shellQuoted_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringList{u"/bin/sh"_s} << u"/bin/sh"_s;
        QTest::newRow("none") << QStringList() << QString();
        QTest::newRow("space") << QStringList{u"sh"_s, u"-c"_s, u"echo hi"_s} << u"sh -c 'echo hi'"_s;
        QTest::newRow("quote") << QStringList{u"it's"_s} << uR"('it'\''s')"_s;
        QTest::newRow("empty argument") << QStringList{u"a"_s, QString(), u"b"_s} << u"a '' b"_s;
        QTest::newRow("dollar") << QStringList{u"$HOME"_s} << u"'$HOME'"_s;
        QTest::newRow("options") << QStringList{u"--port=8080"_s, u"a,b"_s, u"x@y"_s}
                                 << u"--port=8080 a,b x@y"_s;
        QTest::newRow("newline") << QStringList{u"a\nb"_s} << u"'a\nb'"_s;
    }

    void shellQuoted()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        QCOMPARE(ImageDetailsPanel::shellQuoted(arguments), expected);
    }
};

QTEST_MAIN(tst_ImageDetailsPanel)
#include "tst_imagedetailspanel.moc"
