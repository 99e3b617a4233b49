// SPDX-License-Identifier: Apache-2.0
// The tag dialog against the real engines of the fixture.
#include "TagDialog.h"
#include "ProbedEngine.h"
#include "ReviewScreenshot.h"
#include "TestServices.h"
#include "engine/Engine.h"
#include "engine/EngineClient.h"
#include "registry/ImageReference.h"

#include <QDateTime>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace Wharf;
using Wharf::Test::TestServices;

class tst_TagDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Engine> m_docker;
    std::unique_ptr<Engine> m_podman;
    QList<QPair<Engine *, QString>> m_created; // removed in cleanupTestCase

    Engine *engine(const QString &name) const
    {
        return name == u"docker"_s ? m_docker.get() : m_podman.get();
    }

    // Every "repo:tag" the engine lists.
    QStringList listedTags(Engine *target)
    {
        std::optional<QStringList> tags;
        target->client()->listImages(this, [&](const Result<QList<ImageSummary>> &result) {
            QStringList all;
            if (result) {
                for (const ImageSummary &image : *result)
                    all += image.repoTags;
            }
            tags = all;
        });
        if (!QTest::qWaitFor([&] { return tags.has_value(); }, 30000))
            qWarning("listImages did not answer in time");
        return tags.value_or(QStringList());
    }

    void untag(Engine *target, const QString &reference)
    {
        bool done = false;
        target->client()->removeImage(reference, false, this, [&](const VoidResult &) { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
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

    void cleanupTestCase()
    {
        for (const auto &[target, reference] : std::as_const(m_created))
            untag(target, reference);
    }

    void tag_data()
    {
        QTest::addColumn<QString>("engineName");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("expected"); // what the engine lists afterwards

        const QString unique = QString::number(QDateTime::currentMSecsSinceEpoch());
        for (const QString &name : {u"docker"_s, u"podman"_s}) {
            QTest::addRow("%s with tag", qPrintable(name))
                << name << u"localhost/test/tagged:v"_s + unique
                << u"localhost/test/tagged:v"_s + unique;
            // No tag means "latest".
            QTest::addRow("%s without tag", qPrintable(name))
                << name << u"localhost/test/tagged-"_s + unique
                << u"localhost/test/tagged-"_s + unique + u":latest"_s;
        }
    }

    void tag()
    {
        QFETCH(QString, engineName);
        QFETCH(QString, typed);
        QFETCH(QString, expected);
        Engine *target = engine(engineName);
        const QString source = u"localhost/test/busybox:1"_s;

        TagDialog dialog(target, source, source, nullptr);
        dialog.show();
        QSignalSpy tagged(&dialog, &TagDialog::tagged);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        auto *edit = dialog.findChild<QLineEdit *>(u"referenceLineEdit"_s);
        auto *tagButton = dialog.findChild<QPushButton *>(u"tagButton"_s);
        auto *sourceLabel = dialog.findChild<QLabel *>(u"sourceLabel"_s);
        auto *feedback = dialog.findChild<QLabel *>(u"feedbackLabel"_s);
        QVERIFY(edit && tagButton && sourceLabel && feedback);
        QCOMPARE(sourceLabel->text(), source);
        // Starts from the old name, selected: typing replaces it.
        QCOMPARE(edit->text(), source);
        QVERIFY(edit->hasSelectedText());
        QCOMPARE(dialog.focusWidget(), edit); // ready to type
        edit->setFocus();
        QTest::keyClicks(edit, typed);
        QCOMPARE(edit->text(), typed);
        QVERIFY(tagButton->isEnabled());
        QVERIFY2(feedback->text().contains(expected), qPrintable(feedback->text()));
        if (QTest::currentDataTag() == "docker with tag"_ba)
            Wharf::Test::saveReviewScreenshot(&dialog, u"tagdialog"_s);

        QTest::keyClick(edit, Qt::Key_Return);
        QVERIFY(dialog.isTagging() || tagged.size() == 1);
        QTRY_COMPARE_WITH_TIMEOUT(tagged.size(), 1, 20000);
        m_created.append({target, expected});
        QCOMPARE(tagged.at(0).at(0).toString(), target->id());
        QCOMPARE(tagged.at(0).at(1).toString(), source);
        QCOMPARE(tagged.at(0).at(2).toString(), expected);
        QCOMPARE(accepted.size(), 1);
        QVERIFY(!dialog.isVisible());

        QVERIFY2(listedTags(target).contains(expected), qPrintable(expected));
    }

    void liveValidation_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expectedError"); // a part of it; empty: valid

        QTest::newRow("upper case") << u"localhost/test/BusyBox:1"_s << QString();
        QTest::newRow("upper case short") << u"MyImage"_s << QString();
        QTest::newRow("empty tag") << u"localhost/test/x:"_s << QString();
        QTest::newRow("digest")
            << u"localhost/test/x@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"_s
            << u"not a digest"_s;
        QTest::newRow("spaces") << u"my image"_s << QString();
    }

    void liveValidation()
    {
        QFETCH(QString, text);
        QFETCH(QString, expectedError);
        TagDialog dialog(m_docker.get(), u"localhost/test/busybox:1"_s, QString(), nullptr);
        dialog.show();
        auto *edit = dialog.findChild<QLineEdit *>(u"referenceLineEdit"_s);
        auto *tagButton = dialog.findChild<QPushButton *>(u"tagButton"_s);
        auto *feedback = dialog.findChild<QLabel *>(u"feedbackLabel"_s);
        auto *sourceLabel = dialog.findChild<QLabel *>(u"sourceLabel"_s);
        // Without a text to show, the name the dialog was given is shown.
        QCOMPARE(sourceLabel->text(), u"localhost/test/busybox:1"_s);
        QVERIFY(edit->text().isEmpty());
        QVERIFY(!tagButton->isEnabled());

        edit->setFocus();
        QTest::keyClicks(edit, text);
        QVERIFY(!tagButton->isEnabled());
        if (expectedError.isEmpty()) {
            const auto parsed = ImageReference::parse(text);
            QVERIFY(!parsed.ok());
            QCOMPARE(feedback->text(), parsed.error().message());
        } else {
            QVERIFY2(feedback->text().contains(expectedError), qPrintable(feedback->text()));
        }
        if (QTest::currentDataTag() == "upper case"_ba)
            Wharf::Test::saveReviewScreenshot(&dialog, u"tagdialog-invalid"_s);
        // Enter does nothing while the name is invalid.
        QSignalSpy tagged(&dialog, &TagDialog::tagged);
        QTest::keyClick(edit, Qt::Key_Return);
        QVERIFY(!dialog.isTagging());
        QCOMPARE(tagged.size(), 0);
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
        TagDialog dialog(engine(engineName), missing, QString(), nullptr);
        dialog.show();
        // An id is shown short.
        QCOMPARE(dialog.findChild<QLabel *>(u"sourceLabel"_s)->text(), QString(12, u'0'));
        QSignalSpy tagged(&dialog, &TagDialog::tagged);
        dialog.setNewReference(u"localhost/test/never:1"_s);
        auto *tagButton = dialog.findChild<QPushButton *>(u"tagButton"_s);
        auto *error = dialog.findChild<QLabel *>(u"errorLabel"_s);
        QVERIFY(tagButton->isEnabled());
        QTest::mouseClick(tagButton, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isTagging(), 20000);
        QCOMPARE(tagged.size(), 0);
        QVERIFY(dialog.isVisible());
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().startsWith(u"%1 no longer has the image 000000000000."_s.arg(
                     engine(engineName)->displayName())),
                 qPrintable(error->text()));
        QVERIFY2(error->text().contains(u"removed meanwhile"_s), qPrintable(error->text()));
        // The engine's own words stay at hand.
        QVERIFY2(error->toolTip().contains(u"Cannot tag"_s), qPrintable(error->toolTip()));
        QVERIFY(error->textInteractionFlags() & Qt::TextSelectableByMouse);
        QVERIFY(tagButton->isEnabled()); // can try again
        Wharf::Test::saveReviewScreenshot(&dialog, u"tagdialog-error-"_s + engineName);
    }

    void cancelCloses()
    {
        TagDialog dialog(m_docker.get(), u"localhost/test/busybox:1"_s, u"localhost/test/busybox:1"_s,
                         nullptr);
        dialog.show();
        QSignalSpy rejected(&dialog, &QDialog::rejected);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QCOMPARE(rejected.size(), 1);
        QVERIFY(!dialog.isVisible());
    }
};

QTEST_MAIN(tst_TagDialog)
#include "tst_tagdialog.moc"
