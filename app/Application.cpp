// SPDX-License-Identifier: Apache-2.0
#include "Application.h"

#include "MainWindow.h"
#include "base/RecentLog.h"

#include <QApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Wharf {

void Application::setUp()
{
    RecentLog::install(); // first: the diagnostics bundle wants the log from the start
    QCoreApplication::setOrganizationName(u"Wharf"_s);
    QCoreApplication::setOrganizationDomain(u"wharf.cern"_s);
    QCoreApplication::setApplicationName(u"wharf"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(WHARF_VERSION));

    const QString language = QSettings().value(u"ui/language"_s).toString();
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto *qtTranslator = new QTranslator(QCoreApplication::instance());
    if (qtTranslator->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(locale, u"wharf"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(translator);
}

int Application::runWindow()
{
    // Wayland finds the window's desktop file (and so its icon) by this id.
    QGuiApplication::setDesktopFileName(u"cern.wharf.Wharf"_s);
    QApplication::setWindowIcon(QIcon(u":/wharf/icons/cern.wharf.Wharf.svg"_s));
    QApplication::setApplicationDisplayName(u"Wharf"_s);
    MainWindow window;
    window.show();
    return QApplication::exec();
}

} // namespace Wharf
