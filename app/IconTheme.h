// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QGuiApplication;
class QPalette;

namespace Wharf {

// Wharf's own icon theme (resources/icons/theme, built into the resources in a light and a
// dark variant): every QIcon::fromTheme() name the program uses has a drawing there. A real
// system theme (Breeze, Adwaita, ...) still wins for the names it has, Wharf's theme is its
// fallback; without one (a bare X server, offscreen, only "hicolor") Wharf's is THE theme.
// The variant follows the application palette: "wharf-light" (dark strokes) on a light
// window colour, "wharf-dark" (light strokes) on a dark one, switched when the palette changes.
//
// Icons already made by QIcon::fromTheme() follow the switch: in Qt 6.4 they are resolved
// lazily, again at their next paint after the theme name or the search path changes, and a
// palette change repaints every widget. (A change of the fallback theme alone does not count,
// hence the search path is set again.) Only icons made while a name was missing, i.e. the
// fallback QIcon of fromTheme(name, fallback), stay what they were.
class IconTheme : public QObject
{
    Q_OBJECT

public:
    // Adds Wharf's themes to QIcon's search path and picks one; `app` is the parent. The
    // destructor restores QIcon's theme settings as they were.
    explicit IconTheme(QGuiApplication *app);
    ~IconTheme() override;

    // Every icon name Wharf's theme draws, sorted (read from the built-in theme, so it is the
    // list of files in resources/icons/theme).
    static QStringList iconNames();
    // "wharf-light" for a light palette, "wharf-dark" for a dark one.
    static QString variantFor(const QPalette &palette);
    static QString searchPath(); // where the two themes live in the resources

    QString variant() const { return m_variant; } // the variant in use
    // True when there is no system theme and Wharf's is QIcon::themeName().
    bool isPrimary() const { return m_primary; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void detectSystemTheme();
    void apply();

    QString m_originalTheme;
    QString m_originalFallback;
    QStringList m_originalSearchPaths;
    QString m_variant;
    bool m_primary = false;
    bool m_redetectPending = false;
};

} // namespace Wharf
