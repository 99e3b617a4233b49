// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

class QHeaderView;
class QSettings;
class QSplitter;

namespace Wharf {

// The layout a page remembers between runs: its view's columns (widths, order, sort) and
// its splitter, under the page's own settings group. A page keeps its other choices in the
// same group itself.
class PageLayoutSettings
{
public:
    static void save(QSettings &settings, const QHeaderView *header, const QSplitter *splitter);
    // What was saved; nothing changes where nothing was.
    static void restore(const QSettings &settings, QHeaderView *header, QSplitter *splitter);
};

} // namespace Wharf
