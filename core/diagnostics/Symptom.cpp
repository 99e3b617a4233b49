// SPDX-License-Identifier: Apache-2.0
#include "Symptom.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Wharf {

QList<Symptom> allSymptoms()
{
    return { Symptom::CvmfsMissing, Symptom::PermissionDenied, Symptom::PullFails,
        Symptom::ContainerExits, Symptom::LoginFails, Symptom::Other };
}

QString symptomId(Symptom symptom)
{
    switch (symptom) {
    case Symptom::CvmfsMissing: return u"cvmfs-missing"_s;
    case Symptom::PermissionDenied: return u"permission-denied"_s;
    case Symptom::PullFails: return u"pull-fails"_s;
    case Symptom::ContainerExits: return u"container-exits"_s;
    case Symptom::LoginFails: return u"login-fails"_s;
    case Symptom::Other: return u"other"_s;
    }
    return u"other"_s;
}

std::optional<Symptom> symptomFromId(const QString &id)
{
    for (const Symptom symptom : allSymptoms()) {
        if (symptomId(symptom) == id)
            return symptom;
    }
    return std::nullopt;
}

QString symptomTitle(Symptom symptom)
{
    switch (symptom) {
    case Symptom::CvmfsMissing:
        return QCoreApplication::translate("Wharf::Symptom", "I can't see /cvmfs");
    case Symptom::PermissionDenied:
        return QCoreApplication::translate("Wharf::Symptom", "Permission denied");
    case Symptom::PullFails:
        return QCoreApplication::translate("Wharf::Symptom", "An image won't pull");
    case Symptom::ContainerExits:
        return QCoreApplication::translate("Wharf::Symptom", "The container exits at once");
    case Symptom::LoginFails:
        return QCoreApplication::translate("Wharf::Symptom", "I can't log in to a registry");
    case Symptom::Other: return QCoreApplication::translate("Wharf::Symptom", "Something else");
    }
    return {};
}

} // namespace Wharf
