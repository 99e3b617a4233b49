// SPDX-License-Identifier: Apache-2.0
#include "IconTheme.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QGuiApplication>
#include <QIcon>
#include <QPalette>
#include <QTimer>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

const auto LightVariant = u"wharf-light"_s;
const auto DarkVariant = u"wharf-dark"_s;

// No usable system theme: none named, only "hicolor" (what Qt 6.4 reports on X11 without a
// desktop), or a name with no index.theme anywhere on the search path.
bool isMissing(const QString &theme)
{
    if (theme.isEmpty() || theme == u"hicolor"_s)
        return true;
    const QStringList paths = QIcon::themeSearchPaths();
    return std::none_of(paths.cbegin(), paths.cend(), [&theme](const QString &path) {
        return QFileInfo::exists(path + u'/' + theme + u"/index.theme"_s);
    });
}

} // namespace

IconTheme::IconTheme(QGuiApplication *app)
    : QObject(app)
    , m_originalTheme(QIcon::themeName())
    , m_originalFallback(QIcon::fallbackThemeName())
    , m_originalSearchPaths(QIcon::themeSearchPaths())
{
    QIcon::setThemeSearchPaths(m_originalSearchPaths + QStringList { searchPath() });
    detectSystemTheme();
    app->installEventFilter(this);
}

IconTheme::~IconTheme()
{
    if (m_primary)
        QIcon::setThemeName(QString()); // the system's again
    QIcon::setFallbackThemeName(m_originalFallback);
    QIcon::setThemeSearchPaths(m_originalSearchPaths);
}

QStringList IconTheme::iconNames()
{
    QStringList names;
    const QDir theme(searchPath() + u'/' + LightVariant);
    const QStringList contexts = theme.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &context : contexts) {
        const QStringList files
            = QDir(theme.filePath(context)).entryList({ u"*.svg"_s }, QDir::Files);
        for (const QString &file : files)
            names.append(QFileInfo(file).completeBaseName());
    }
    names.sort();
    return names;
}

QString IconTheme::variantFor(const QPalette &palette)
{
    // Text lighter than the window it stands on: a dark colour scheme.
    const bool dark = palette.color(QPalette::WindowText).lightness()
        > palette.color(QPalette::Window).lightness();
    return dark ? DarkVariant : LightVariant;
}

QString IconTheme::searchPath()
{
    return u":/wharf/icons/themes"_s;
}

void IconTheme::detectSystemTheme()
{
    // Undo the role Wharf's theme had, so that themeName() tells the system's again.
    if (m_primary)
        QIcon::setThemeName(QString());
    else if (!m_variant.isEmpty())
        QIcon::setFallbackThemeName(m_originalFallback);
    m_primary = isMissing(QIcon::themeName());
    m_variant.clear(); // apply() sets it again, in whichever role the theme has now
    apply();
}

void IconTheme::apply()
{
    const QString variant = variantFor(QGuiApplication::palette());
    if (variant == m_variant)
        return;
    m_variant = variant;
    if (m_primary) {
        QIcon::setThemeName(variant);
    } else {
        QIcon::setFallbackThemeName(variant);
        // Qt 6.4 keeps icons resolved against the old fallback until something bumps its
        // theme key; setting the search path does.
        QIcon::setThemeSearchPaths(QIcon::themeSearchPaths());
    }
}

bool IconTheme::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::ApplicationPaletteChange:
        // Sent to the application and then to every widget: apply() does nothing twice.
        apply();
        break;
    case QEvent::ThemeChange:
        // The desktop's theme (and so perhaps its icon theme) changed; sent once per window,
        // so look once, after them all.
        if (!m_redetectPending) {
            m_redetectPending = true;
            QTimer::singleShot(0, this, [this] {
                m_redetectPending = false;
                detectSystemTheme();
            });
        }
        break;
    default: break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Wharf
