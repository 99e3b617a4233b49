// SPDX-License-Identifier: Apache-2.0
#include "TroubleshootingLauncher.h"

#include <QWidget>

using namespace Qt::StringLiterals;

namespace Wharf {

TroubleshootingLauncher::TroubleshootingLauncher(QObject *parent)
    : QObject(parent)
{
    setObjectName(u"troubleshootingLauncher"_s);
}

TroubleshootingLauncher *TroubleshootingLauncher::forWidget(const QWidget *widget)
{
    for (const QObject *object = widget; object; object = object->parent()) {
        if (auto *launcher = object->findChild<TroubleshootingLauncher *>(QString(), Qt::FindDirectChildrenOnly))
            return launcher;
    }
    return nullptr;
}

void TroubleshootingLauncher::requestWizard(std::optional<Symptom> symptom)
{
    Q_EMIT wizardRequested(symptom);
}

void TroubleshootingLauncher::requestSettings(const QString &page)
{
    Q_EMIT settingsRequested(page);
}

void TroubleshootingLauncher::requestAutomounterStart()
{
    Q_EMIT automounterStartRequested();
}

void TroubleshootingLauncher::requestCheck(const QString &checkId)
{
    Q_EMIT checkRequested(checkId);
}

} // namespace Wharf
