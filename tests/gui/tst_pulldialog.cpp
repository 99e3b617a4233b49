// SPDX-License-Identifier: Apache-2.0
// The pull dialog against the real engines of the fixture, pulling from its registry.
#include "ErrorExplanationView.h"
#include "DesktopNotifier.h"
#include "PullDialog.h"
#include "ProbedEngine.h"
#include "ReviewScreenshot.h"
#include "TestServices.h"
#include "engine/Engine.h"
#include "engine/EngineClient.h"
#include "models/PullProgressModel.h"
#include "registry/ImageReference.h"

#include <QApplication>
#include <QComboBox>
#include <QDebug>
#include <QFile>
#include <QUrl>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTableView>
#include <QProcess>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace Wharf;
using Wharf::Test::TestServices;

class tst_PullDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Engine> m_docker;
    std::unique_ptr<Engine> m_podman;

    Engine *engine(const QString &name) const
    {
        return name == u"docker"_s ? m_docker.get() : m_podman.get();
    }
    QList<Engine *> engines() const { return {m_docker.get(), m_podman.get()}; }

    // Removes `reference` from the engine (if it is there), so that the pull has work to do.
    void removeIfPresent(Engine *target, const QString &reference)
    {
        bool done = false;
        // Not forced: Podman would then delete the image with all its names, seeded ones too.
        target->client()->removeImage(reference, false, this, [&](const VoidResult &) { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    }

    bool hasImage(Engine *target, const QString &reference)
    {
        std::optional<bool> found;
        target->client()->inspectImage(reference, this, [&](const Result<ImageDetails> &result) {
            found = result.ok();
        });
        if (!QTest::qWaitFor([&] { return found.has_value(); }, 20000))
            return false;
        return *found;
    }

    // Builds an image with one 8 MB layer of random bytes in Docker, pushes it to the
    // registry and removes it again, so that no engine has the layer and a pull downloads
    // it: byte progress for real. Returns the reference, empty on failure.
    QString pushUniqueImage()
    {
        QTemporaryDir context;
        if (!context.isValid())
            return {};
        QFile dockerfile(context.filePath(u"Dockerfile"_s));
        QFile blob(context.filePath(u"blob"_s));
        if (!dockerfile.open(QIODevice::WriteOnly) || !blob.open(QIODevice::WriteOnly))
            return {};
        dockerfile.write("FROM localhost/test/busybox:1\nCOPY blob /blob\n");
        dockerfile.close();
        QByteArray bytes(8 * 1000 * 1000, Qt::Uninitialized);
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                              bytes.size() / 4);
        blob.write(bytes);
        blob.close();
        QProcess tar;
        tar.start(u"tar"_s, {u"-C"_s, context.path(), u"-cf"_s, u"-"_s, u"."_s});
        if (!tar.waitForFinished(60000) || tar.exitCode() != 0)
            return {};
        const QByteArray archive = tar.readAllStandardOutput();

        const QString reference = TestServices::registryAddress() + u"/test/random:1"_s;
        auto exchange = [&](HttpRequest request) -> QByteArray {
            std::optional<QByteArray> body;
            m_docker->client()->send(std::move(request), this, [&](const Result<HttpResponse> &r) {
                body = r && r->status / 100 == 2 ? r->body : QByteArray("failed");
                if (!r)
                    qWarning() << r.error().toString();
                else if (r->status / 100 != 2)
                    qWarning() << r->status << r->body.left(500);
            });
            if (!QTest::qWaitFor([&] { return body.has_value(); }, 120000))
                return "timeout"_ba;
            return *body;
        };
        HttpRequest build;
        build.method = "POST";
        build.target = "/build?networkmode=none&t=" + QUrl::toPercentEncoding(reference);
        build.headers.append({"Content-Type"_ba, "application/x-tar"_ba});
        build.body = archive;
        QByteArray reply = exchange(build);
        if (reply == "failed" || reply == "timeout" || reply.contains("errorDetail")) {
            qWarning() << "build:" << reply.left(1000);
            return {};
        }
        HttpRequest push;
        push.method = "POST";
        push.target = "/images/" + QUrl::toPercentEncoding(reference.section(u':', 0, -2), "/:")
            + "/push?tag=1";
        push.headers.append({"X-Registry-Auth"_ba, "e30="_ba}); // {}: anonymous
        reply = exchange(push);
        if (reply == "failed" || reply == "timeout" || reply.contains("errorDetail")) {
            qWarning() << "push:" << reply.left(1000);
            return {};
        }
        removeIfPresent(m_docker.get(), reference);
        return reference;
    }

private Q_SLOTS:
    void initTestCase()
    {
        WHARF_REQUIRE_DOCKER();
        WHARF_REQUIRE_PODMAN();
        WHARF_REQUIRE_REGISTRY();
        m_docker = Wharf::Test::probedEngine(TestServices::dockerEndpoint());
        m_podman = Wharf::Test::probedEngine(TestServices::podmanEndpoint());
        QCOMPARE(m_docker->state(), Engine::State::Ready);
        QCOMPARE(m_podman->state(), Engine::State::Ready);
    }

    void cleanupTestCase()
    {
        for (const QString &name : {u"busybox:1"_s, u"busybox:2"_s, u"random:1"_s}) {
            const QString reference = TestServices::registryAddress() + u"/test/"_s + name;
            for (Engine *target : engines()) {
                if (target && target->state() == Engine::State::Ready)
                    removeIfPresent(target, reference);
            }
        }
    }

    void enginesAndPreferred()
    {
        PullDialog dialog(engines(), m_podman.get(), nullptr);
        auto *combo = dialog.findChild<QComboBox *>(u"engineComboBox"_s);
        QVERIFY(combo);
        QCOMPARE(combo->count(), 2);
        QCOMPARE(dialog.selectedEngine(), m_podman.get());
        QVERIFY(combo->currentText().startsWith(m_podman->displayName()));

        PullDialog defaultFirst(engines(), nullptr, nullptr);
        QCOMPARE(defaultFirst.selectedEngine(), m_docker.get());
    }

    // Tab goes from the field to the engine, then to the buttons; Escape closes.
    void keyboard()
    {
        PullDialog dialog(engines(), m_docker.get(), nullptr);
        dialog.show();
        QApplication::setActiveWindow(&dialog);
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *edit = dialog.findChild<QLineEdit *>(u"referenceLineEdit"_s);
        auto *combo = dialog.findChild<QComboBox *>(u"engineComboBox"_s);
        edit->setFocus();
        QTest::keyClicks(edit, u"busybox"_s);
        QTest::keyClick(edit, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), combo);
        // The engine can be changed from the keyboard.
        QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(dialog.selectedEngine(), m_podman.get());
        QSignalSpy rejected(&dialog, &QDialog::rejected);
        QTest::keyClick(combo, Qt::Key_Escape);
        QCOMPARE(rejected.size(), 1);
        QVERIFY(!dialog.isVisible());
    }

    void noEngine()
    {
        PullDialog dialog({}, nullptr, nullptr);
        dialog.setReference(u"busybox"_s);
        auto *pull = dialog.findChild<QPushButton *>(u"pullButton"_s);
        QVERIFY(pull);
        QVERIFY(!pull->isEnabled());
        QVERIFY(dialog.selectedEngine() == nullptr);
        auto *message = dialog.findChild<QLabel *>(u"messageLabel"_s);
        QVERIFY(message->text().contains(u"No container engine is running"_s));
    }

    void liveValidation_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("normalised");

        QTest::newRow("short name") << u"busybox"_s << true << u"docker.io/library/busybox:latest"_s;
        QTest::newRow("with tag") << u"python:3.12"_s << true << u"docker.io/library/python:3.12"_s;
        QTest::newRow("registry") << u"quay.io/org/app:1.0"_s << true << u"quay.io/org/app:1.0"_s;
        QTest::newRow("spaces around") << u"  busybox  "_s << true
                                       << u"docker.io/library/busybox:latest"_s;
        QTest::newRow("empty") << QString() << false << QString();
        QTest::newRow("upper case") << u"library/BusyBox"_s << false << QString();
        QTest::newRow("empty tag") << u"busybox:"_s << false << QString();
        QTest::newRow("double slash") << u"a//b"_s << false << QString();
        QTest::newRow("short digest") << u"busybox@sha256:123"_s << false << QString();
        QTest::newRow("space inside") << u"busy box"_s << false << QString();
    }

    void liveValidation()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, normalised);

        PullDialog dialog(engines(), m_docker.get(), nullptr);
        dialog.show();
        auto *edit = dialog.findChild<QLineEdit *>(u"referenceLineEdit"_s);
        auto *pull = dialog.findChild<QPushButton *>(u"pullButton"_s);
        auto *feedback = dialog.findChild<QLabel *>(u"feedbackLabel"_s);
        QVERIFY(edit && pull && feedback);

        // Typed, as a user would: the check follows every keystroke.
        edit->setFocus();
        QTest::keyClicks(edit, text);
        QCOMPARE(pull->isEnabled(), valid);
        QVERIFY(!feedback->text().isEmpty());
        if (valid) {
            QVERIFY2(feedback->text().contains(normalised), qPrintable(feedback->text()));
        } else if (!text.isEmpty()) {
            const auto parsed = ImageReference::parse(text.trimmed());
            QVERIFY(!parsed.ok());
            QCOMPARE(feedback->text(), parsed.error().message());
        }
        if (QTest::currentDataTag() == "upper case"_ba)
            Wharf::Test::saveReviewScreenshot(&dialog, u"pulldialog-invalid"_s);

        // Correcting it enables the button again.
        edit->clear();
        QTest::keyClicks(edit, u"busybox"_s);
        QVERIFY(pull->isEnabled());
    }

    void pull_data()
    {
        QTest::addColumn<QString>("engineName");
        QTest::newRow("docker") << u"docker"_s;
        QTest::newRow("podman") << u"podman"_s;
    }

    void pull()
    {
        QFETCH(QString, engineName);
        Engine *target = engine(engineName);
        const QString reference = TestServices::registryAddress() + u"/test/busybox:1"_s;
        removeIfPresent(target, reference);
        QVERIFY(!hasImage(target, reference));

        PullDialog dialog(engines(), target, nullptr);
        dialog.show();
        QSignalSpy pulled(&dialog, &PullDialog::pulled);
        auto *edit = dialog.findChild<QLineEdit *>(u"referenceLineEdit"_s);
        auto *pullButton = dialog.findChild<QPushButton *>(u"pullButton"_s);
        auto *cancel = dialog.findChild<QPushButton *>(u"cancelButton"_s);
        auto *bar = dialog.findChild<QProgressBar *>(u"progressBar"_s);
        auto *layers = dialog.findChild<QTableView *>(u"layerTableView"_s);
        auto *message = dialog.findChild<QLabel *>(u"messageLabel"_s);
        auto *status = dialog.findChild<QLabel *>(u"statusLabel"_s);
        QVERIFY(edit && pullButton && cancel && bar && layers && message && status);

        edit->setFocus();
        QTest::keyClicks(edit, reference);
        QVERIFY(pullButton->isEnabled());
        QVERIFY(!cancel->isVisible());
        // Enter pulls: the Pull button is the default.
        QTest::keyClick(edit, Qt::Key_Return);
        QVERIFY(dialog.isPulling());
        QVERIFY(!pullButton->isEnabled());
        QVERIFY(cancel->isVisible());
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->maximum(), 0); // busy until sizes are known
        QVERIFY(status->text().contains(reference));

        // The user looks elsewhere meanwhile: the end is also a desktop notification.
        DesktopNotifier::setAssumeAway(true);
        const auto notAway = qScopeGuard([] { DesktopNotifier::setAssumeAway(false); });
        QVERIFY(pulled.wait(60000));
        QCOMPARE(pulled.size(), 1);
        QCOMPARE(pulled.at(0).at(0).toString(), target->id());
        QCOMPARE(pulled.at(0).at(1).toString(), reference);
        QVERIFY2(DesktopNotifier::lastNotification().startsWith(u"Pull finished\n"_s)
                     && DesktopNotifier::lastNotification().contains(reference),
                 qPrintable(DesktopNotifier::lastNotification()));
        QVERIFY(!dialog.isPulling());
        QVERIFY(!cancel->isVisible());
        QVERIFY(pullButton->isEnabled());
        QVERIFY(message->isVisible());
        QCOMPARE(message->text(),
                 u"Pulled %1 into %2."_s.arg(reference, target->displayName()));
        QCOMPARE(bar->value(), bar->maximum());
        // The per-layer table saw the layer(s) of the image.
        QVERIFY(layers->model()->rowCount() >= 1);
        for (int row = 0; row < layers->model()->rowCount(); ++row) {
            QCOMPARE(layers->model()->index(row, PullProgressModel::ProgressColumn)
                         .data(PullProgressModel::RawValueRole).toInt(),
                     100);
        }
        QVERIFY(hasImage(target, reference));
        Wharf::Test::saveReviewScreenshot(&dialog, u"pulldialog-success-"_s + engineName);
    }

    // A layer no engine has: the table and the overall bar show bytes as they arrive.
    void byteProgress()
    {
        const QString reference = pushUniqueImage();
        QVERIFY2(!reference.isEmpty(), "could not build and push an image with a new layer");

        for (Engine *target : {m_docker.get(), m_podman.get()}) {
            PullDialog dialog(engines(), target, nullptr);
            dialog.show();
            QSignalSpy pulled(&dialog, &PullDialog::pulled);
            dialog.setReference(reference);
            auto *bar = dialog.findChild<QProgressBar *>(u"progressBar"_s);
            auto *layers = dialog.findChild<QTableView *>(u"layerTableView"_s);
            // Watch every update: at some point a layer is part way and the bar knows sizes.
            bool sawPartialLayer = false;
            bool sawDeterminateBar = false;
            bool shot = false;
            connect(layers->model(), &QAbstractItemModel::dataChanged, this, [&] {
                for (int row = 0; row < layers->model()->rowCount(); ++row) {
                    const int percent = layers->model()
                                            ->index(row, PullProgressModel::ProgressColumn)
                                            .data(PullProgressModel::RawValueRole)
                                            .toInt();
                    const QString text = layers->model()
                                             ->index(row, PullProgressModel::ProgressColumn)
                                             .data()
                                             .toString();
                    if (percent > 0 && percent < 100 && text.contains(u" / "_s))
                        sawPartialLayer = true;
                }
                if (bar->maximum() > 0 && bar->value() < bar->maximum()
                    && bar->text().contains(u" of "_s)) {
                    sawDeterminateBar = true;
                    if (!shot && target == m_docker.get()) {
                        shot = true;
                        // After the dialog has handled this update (the table changes first).
                        QMetaObject::invokeMethod(
                            &dialog, [&dialog] { Wharf::Test::saveReviewScreenshot(&dialog, u"pulldialog-progress-docker"_s); },
                            Qt::QueuedConnection);
                    }
                }
            });
            QTest::mouseClick(dialog.findChild<QPushButton *>(u"pullButton"_s), Qt::LeftButton);
            QVERIFY(pulled.wait(120000));
            QVERIFY(layers->model()->rowCount() >= 2); // the busybox layer and the new one
            if (target == m_docker.get()) {
                // Docker reports bytes; Podman's compat stream only says when a layer is done.
                QVERIFY(sawPartialLayer);
                QVERIFY(sawDeterminateBar);
            }
            QVERIFY(hasImage(target, reference));
            removeIfPresent(target, reference);
        }
    }

    void missingTag_data()
    {
        QTest::addColumn<QString>("engineName");
        QTest::newRow("docker") << u"docker"_s;
        QTest::newRow("podman") << u"podman"_s;
    }

    void missingTag()
    {
        QFETCH(QString, engineName);
        Engine *target = engine(engineName);
        const QString reference = TestServices::registryAddress() + u"/test/busybox:no-such-tag"_s;

        PullDialog dialog(engines(), target, nullptr);
        dialog.show();
        QSignalSpy pulled(&dialog, &PullDialog::pulled);
        dialog.setReference(reference);
        auto *pullButton = dialog.findChild<QPushButton *>(u"pullButton"_s);
        auto *message = dialog.findChild<QLabel *>(u"messageLabel"_s);
        auto *edit = dialog.findChild<QLineEdit *>(u"referenceLineEdit"_s);
        QVERIFY(pullButton->isEnabled());
        QTest::mouseClick(pullButton, Qt::LeftButton);
        QVERIFY(dialog.isPulling());

        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isPulling(), 60000);
        QCOMPARE(pulled.size(), 0);
        QVERIFY(dialog.isVisible()); // stays open to fix the reference
        QVERIFY(message->isVisible());
        const QString text = message->text().toLower();
        QVERIFY2(text.contains(u"manifest unknown"_s) || text.contains(u"not found"_s)
                     || text.contains(u"unknown"_s),
                 qPrintable(message->text()));
        // The catalogue explains it: the tag does not exist.
        auto *explanation = dialog.findChild<Wharf::ErrorExplanationView *>();
        QVERIFY(explanation && explanation->isVisible());
        QVERIFY(!explanation->matches().isEmpty());
        QCOMPARE(explanation->matches().constFirst().entry.id(), u"manifest-unknown"_s);
        auto *what = explanation->findChild<QLabel *>(u"whatWentWrongLabel"_s);
        QVERIFY(what && what->isVisible());
        QVERIFY(message->textInteractionFlags() & Qt::TextSelectableByMouse);
        QVERIFY(message->wordWrap());
        // Ready for a corrected reference.
        QVERIFY(pullButton->isEnabled());
        QVERIFY(!edit->isReadOnly());
        Wharf::Test::saveReviewScreenshot(&dialog, u"pulldialog-error-"_s + engineName);
    }

    void cancelImmediately()
    {
        const QString reference = TestServices::registryAddress() + u"/test/busybox:2"_s;
        PullDialog dialog(engines(), m_docker.get(), nullptr);
        dialog.show();
        QSignalSpy pulled(&dialog, &PullDialog::pulled);
        dialog.setReference(reference);
        auto *pullButton = dialog.findChild<QPushButton *>(u"pullButton"_s);
        auto *cancel = dialog.findChild<QPushButton *>(u"cancelButton"_s);
        auto *status = dialog.findChild<QLabel *>(u"statusLabel"_s);
        auto *message = dialog.findChild<QLabel *>(u"messageLabel"_s);
        QTest::mouseClick(pullButton, Qt::LeftButton);
        QVERIFY(cancel->isVisible());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(!dialog.isPulling());
        QCOMPARE(status->text(), u"Pull cancelled"_s);
        QVERIFY(message->text().startsWith(u"Pull cancelled."_s));
        QVERIFY(pullButton->isEnabled());
        QTest::qWait(200);
        QCOMPARE(pulled.size(), 0);
    }

    // A registry that accepts connections and never answers: the engine waits, the dialog
    // shows a pull in progress, and Cancel ends it.
    void cancelWhileEngineWaits_data()
    {
        QTest::addColumn<QString>("engineName");
        QTest::newRow("docker") << u"docker"_s;
        QTest::newRow("podman") << u"podman"_s;
    }

    void cancelWhileEngineWaits()
    {
        QFETCH(QString, engineName);
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QList<QTcpSocket *> held;
        connect(&silent, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *socket = silent.nextPendingConnection())
                held.append(socket);
        });

        PullDialog dialog(engines(), engine(engineName), nullptr);
        dialog.show();
        QSignalSpy pulled(&dialog, &PullDialog::pulled);
        dialog.setReference(u"127.0.0.1:%1/test/hang:1"_s.arg(silent.serverPort()));
        auto *pullButton = dialog.findChild<QPushButton *>(u"pullButton"_s);
        auto *cancel = dialog.findChild<QPushButton *>(u"cancelButton"_s);
        auto *status = dialog.findChild<QLabel *>(u"statusLabel"_s);
        QTest::mouseClick(pullButton, Qt::LeftButton);
        // The engine has reached the "registry" and waits for it.
        QTRY_VERIFY_WITH_TIMEOUT(!held.isEmpty(), 20000);
        QVERIFY(dialog.isPulling());
        QVERIFY(cancel->isEnabled());
        Wharf::Test::saveReviewScreenshot(&dialog, u"pulldialog-pulling-"_s + engineName);

        cancel->setFocus();
        QTest::keyClick(cancel, Qt::Key_Space);
        QVERIFY(!dialog.isPulling());
        QCOMPARE(status->text(), u"Pull cancelled"_s);
        QVERIFY(pullButton->isEnabled());
        QCOMPARE(pulled.size(), 0);
    }

    // Destroying the dialog in the middle of a pull cancels it quietly.
    void destroyWhilePulling()
    {
        const QString reference = TestServices::registryAddress() + u"/test/busybox:2"_s;
        auto dialog = std::make_unique<PullDialog>(engines(), m_podman.get(), nullptr);
        dialog->setReference(reference);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"pullButton"_s), Qt::LeftButton);
        QVERIFY(dialog->isPulling());
        dialog.reset();
        QTest::qWait(300); // nothing may call into the dead dialog
    }
};

QTEST_MAIN(tst_PullDialog)
#include "tst_pulldialog.moc"
