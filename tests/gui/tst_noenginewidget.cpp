// SPDX-License-Identifier: Apache-2.0
// The Images page when no engine answers: an engine found at a well-known socket that does not
// answer is named, and its failure explained from the known-error catalogue (instead of the
// advice to install an engine); with nothing found, the install advice.
#include "ErrorExplanationView.h"
#include "ImagesPage.h"
#include "MainWindow.h"
#include "NoEngineWidget.h"
#include "ReviewScreenshot.h"
#include "engine/EngineManager.h"

#include <QDir>
#include <QLabel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cstring>
#include <memory>

using namespace Qt::StringLiterals;
using namespace Wharf;

namespace {

// A socket file nobody listens on, as a stopped daemon leaves behind.
bool makeStaleSocket(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    sockaddr_un address{};
    if (native.size() >= qsizetype(sizeof(address.sun_path)))
        return false;
    address.sun_family = AF_UNIX;
    std::memcpy(address.sun_path, native.constData(), size_t(native.size()));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    if (fd < 0)
        return false;
    const bool bound = ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0;
    ::close(fd);
    return bound;
}

} // namespace

class tst_NoEngineWidget : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> openWindow(const QString &systemRoot, const QString &cache)
    {
        DiscoveryEnvironment env;
        env.homeDirectory = systemRoot + u"/home"_s;
        env.systemRoot = systemRoot;
        auto *engines = new EngineManager(env);
        MainWindow::Options options;
        options.startEmbeddedPodman = false;
        options.cacheDirectory = cache;
        auto window = std::make_unique<MainWindow>(engines, options);
        engines->setParent(window.get());
        window->resize(1000, 700);
        window->show();
        return window;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void stoppedDaemonIsExplained()
    {
        QTemporaryDir root;
        QVERIFY(root.isValid());
        QVERIFY(QDir().mkpath(root.path() + u"/var/run"_s));
        QVERIFY(makeStaleSocket(root.path() + u"/var/run/docker.sock"_s));
        auto window = openWindow(root.path(), root.path() + u"/cache"_s);
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        auto *empty = window->imagesPage()->findChild<NoEngineWidget *>(); // the Containers page has its own
        QVERIFY(empty);
        QTRY_VERIFY_WITH_TIMEOUT(empty->isVisible(), 20000);

        auto *story = empty->findChild<QLabel *>(u"storyLabel"_s);
        QTRY_VERIFY(story->text().contains(u"docker.sock"_s));
        auto *explanation = empty->findChild<ErrorExplanationView *>();
        QVERIFY(explanation && explanation->isVisible());
        QVERIFY(!explanation->matches().isEmpty());
        QCOMPARE(explanation->matches().constFirst().entry.id(), u"engine-not-running"_s);
        auto *howTo = empty->findChild<QLabel *>(u"installAdviceLabel"_s);
        QVERIFY(howTo && !howTo->isVisible()); // the engine is installed: no advice to install one
        Wharf::Test::saveReviewScreenshot(window.get(), u"no-engine-daemon-stopped"_s);
    }

    void nothingFoundAdvisesInstalling()
    {
        QTemporaryDir root;
        QVERIFY(root.isValid());
        auto window = openWindow(root.path(), root.path() + u"/cache"_s);
        auto *empty = window->imagesPage()->findChild<NoEngineWidget *>(); // the Containers page has its own
        QTRY_VERIFY_WITH_TIMEOUT(empty->isVisible(), 20000);
        auto *howTo = empty->findChild<QLabel *>(u"installAdviceLabel"_s);
        QVERIFY(howTo && howTo->isVisible());
        QVERIFY(howTo->text().contains(u"podman"_s));
        QVERIFY(empty->findChild<ErrorExplanationView *>()->isHidden());
    }
};

QTEST_MAIN(tst_NoEngineWidget)
#include "tst_noenginewidget.moc"
