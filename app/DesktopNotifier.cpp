// SPDX-License-Identifier: Apache-2.0
#include "DesktopNotifier.h"

#include <QApplication>
#include <QIcon>
#include <QPointer>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

constexpr int kShownMilliseconds = 10000;

QString &lastText()
{
    static QString text;
    return text;
}

bool &assumeAway()
{
    static bool away = false;
    return away;
}

// One icon for the process, shown only while a message is up: Wharf is not a tray program.
QSystemTrayIcon *trayIcon()
{
    static QPointer<QSystemTrayIcon> icon;
    if (!icon) {
        icon = new QSystemTrayIcon(QApplication::windowIcon(), qApp);
        icon->setToolTip(u"Wharf"_s);
        auto *hide = new QTimer(icon);
        hide->setObjectName(u"hideTimer"_s);
        hide->setSingleShot(true);
        hide->setInterval(kShownMilliseconds + 1000);
        QObject::connect(hide, &QTimer::timeout, icon, &QSystemTrayIcon::hide);
        QObject::connect(icon, &QSystemTrayIcon::messageClicked, icon, [] {
            // Back to the window the work belongs to.
            for (QWidget *widget : QApplication::topLevelWidgets()) {
                if (widget->isVisible() && widget->inherits("QMainWindow")) {
                    widget->raise();
                    widget->activateWindow();
                }
            }
        });
    }
    return icon;
}

} // namespace

bool DesktopNotifier::notifyIfAway(QWidget *source, Kind kind, const QString &title, const QString &body)
{
    QWidget *window = source ? source->window() : nullptr;
    if (!window || (window->isActiveWindow() && !assumeAway()))
        return false;
    QApplication::alert(window);
    lastText() = title + u'\n' + body;
    if (!QSystemTrayIcon::isSystemTrayAvailable() || !QSystemTrayIcon::supportsMessages())
        return true;
    QSystemTrayIcon *icon = trayIcon();
    icon->show();
    const QSystemTrayIcon::MessageIcon messageIcon = kind == Kind::Failure ? QSystemTrayIcon::Critical
        : kind == Kind::Warning                                            ? QSystemTrayIcon::Warning
                                                                           : QSystemTrayIcon::Information;
    icon->showMessage(title, body, messageIcon, kShownMilliseconds);
    if (auto *hide = icon->findChild<QTimer *>(u"hideTimer"_s))
        hide->start();
    return true;
}

QString DesktopNotifier::lastNotification()
{
    return lastText();
}

void DesktopNotifier::setAssumeAway(bool away)
{
    assumeAway() = away;
}

} // namespace Wharf
