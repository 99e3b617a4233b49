// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CatalogueMatch.h"
#include "Redactor.h"

#include <QList>
#include <QString>

namespace Wharf {

// "Copy report" for one failure: the text as Wharf met it and what the catalogue says about
// it, as Markdown to paste into a ticket or a chat. Everything goes through the redactor, so a
// token in an engine's message never reaches the clipboard.
class ErrorReport
{
public:
    static QString markdown(const QString &context, const QString &errorText,
                            const QList<CatalogueMatch> &matches, const Redactor &redactor = {});
};

} // namespace Wharf
