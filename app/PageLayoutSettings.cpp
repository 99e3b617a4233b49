// SPDX-License-Identifier: Apache-2.0
#include "PageLayoutSettings.h"

#include <QHeaderView>
#include <QSettings>
#include <QSplitter>

using namespace Qt::StringLiterals;

namespace Wharf {

void PageLayoutSettings::save(QSettings &settings, const QHeaderView *header, const QSplitter *splitter)
{
    settings.setValue(u"header"_s, header->saveState());
    settings.setValue(u"splitter"_s, splitter->saveState());
}

void PageLayoutSettings::restore(const QSettings &settings, QHeaderView *header, QSplitter *splitter)
{
    if (settings.contains(u"header"_s))
        header->restoreState(settings.value(u"header"_s).toByteArray());
    if (settings.contains(u"splitter"_s))
        splitter->restoreState(settings.value(u"splitter"_s).toByteArray());
}

} // namespace Wharf
