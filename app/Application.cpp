// SPDX-License-Identifier: Apache-2.0
#include "Application.h"

#include "IconTheme.h"
#include "MainWindow.h"
#include "WharfSettings.h"
#include "base/RecentLog.h"

#include <QApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QSettings>
#include <QTranslator>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Wharf {

void Application::setUp()
{
    RecentLog::install(); // first: the diagnostics bundle wants the log from the start
    QCoreApplication::setOrganizationName(u"Wharf"_s);
    QCoreApplication::setOrganizationDomain(u"wharf.cern"_s);
    QCoreApplication::setApplicationName(u"wharf"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(WHARF_VERSION));

    QSettings settings;
    const WharfSettings wharfSettings(&settings);
    const QString language = wharfSettings.language();
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto *qtTranslator = new QTranslator(QCoreApplication::instance());
    if (qtTranslator->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(locale, u"wharf"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(translator);
    applyNetworkProxy(wharfSettings.proxy());
}

void Application::applyNetworkProxy(const QString &proxy)
{
    const QUrl url(proxy);
    if (proxy.isEmpty() || !url.isValid() || url.host().isEmpty()) {
        QNetworkProxy::setApplicationProxy(QNetworkProxy::DefaultProxy);
        QNetworkProxyFactory::setUseSystemConfiguration(true);
        return;
    }
    const bool socks = url.scheme() == u"socks5"_s;
    QNetworkProxy::setApplicationProxy(QNetworkProxy(socks ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy,
                                                     url.host(), quint16(url.port(socks ? 1080 : 8080)),
                                                     url.userName()));
}

int Application::runWindow()
{
    // Wayland finds the window's desktop file (and so its icon) by this id.
    QGuiApplication::setDesktopFileName(u"cern.wharf.Wharf"_s);
    QApplication::setWindowIcon(QIcon(u":/wharf/icons/cern.wharf.Wharf.svg"_s));
    QApplication::setApplicationDisplayName(u"Wharf"_s);
    new IconTheme(qApp); // before the first icon: Wharf's icons where the desktop has none
    MainWindow window;
    window.show();
    return QApplication::exec();
}

} // namespace Wharf
