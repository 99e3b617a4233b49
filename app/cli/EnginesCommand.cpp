// SPDX-License-Identifier: Apache-2.0
#include "EnginesCommand.h"

#include "CommandEngines.h"
#include "engine/Engine.h"
#include "engine/EngineClient.h"
#include "engine/EngineManager.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

// A class scope lupdate understands, so the context it records is the one used at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Wharf::EnginesCommand)
};

QString stateText(const Engine &engine)
{
    switch (engine.state()) {
    case Engine::State::Probing: return Tr::tr("still probing");
    case Engine::State::Ready: return Tr::tr("answers (%1 ms)").arg(engine.pingInfo().roundTripMs);
    case Engine::State::Unreachable: return Tr::tr("does not answer: %1").arg(engine.lastError().message());
    }
    return {};
}

} // namespace

int EnginesCommand::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    bool json = false;
    for (const QString &argument : arguments) {
        if (argument == u"--json"_s) {
            json = true;
        } else {
            err << Tr::tr("wharf engines: unknown option \"%1\". Usage: wharf engines [--json]\n").arg(argument);
            return 2;
        }
    }

    CommandEngines engines;
    engines.discover();
    EngineManager &manager = engines.manager();
    const Engine *defaultEngine = manager.defaultEngine();

    if (json) {
        QJsonArray list;
        for (const Engine *engine : manager.engines()) {
            QJsonObject o{
                {u"name"_s, engine->displayName()},
                {u"id"_s, engine->id()},
                {u"kind"_s, engineKindName(engine->kind())},
                {u"endpoint"_s, engine->candidate().endpoint.toUrl()},
                {u"foundThrough"_s, engine->candidate().describeOrigin()},
                {u"reachable"_s, engine->state() == Engine::State::Ready},
                {u"default"_s, engine == defaultEngine},
            };
            if (engine->state() == Engine::State::Ready) {
                o.insert(u"version"_s, engine->version().version);
                o.insert(u"apiVersion"_s, engine->client()->apiVersion());
                o.insert(u"os"_s, engine->version().os);
                o.insert(u"arch"_s, engine->version().arch);
                o.insert(u"roundTripMs"_s, engine->pingInfo().roundTripMs);
            } else {
                o.insert(u"error"_s, engine->lastError().message());
                o.insert(u"errorCode"_s, Error::codeName(engine->lastError().code()));
                o.insert(u"errorDetails"_s, engine->lastError().details());
            }
            list.append(o);
        }
        QJsonArray errors;
        for (const Error &error : manager.errors())
            errors.append(QJsonObject{{u"code"_s, Error::codeName(error.code())}, {u"message"_s, error.message()}});
        out << QJsonDocument(QJsonObject{{u"engines"_s, list}, {u"errors"_s, errors}}).toJson(QJsonDocument::Indented);
        return defaultEngine ? 0 : 1;
    }

    if (manager.engines().isEmpty())
        out << Tr::tr("No container engine found.\n");
    for (const Engine *engine : manager.engines()) {
        QString title = engine->displayName();
        if (engine->state() == Engine::State::Ready)
            title += u" "_s + engine->version().version;
        if (engine == defaultEngine)
            title += Tr::tr(" (default)");
        out << title << u'\n';
        out << u"  "_s << Tr::tr("endpoint:      %1").arg(engine->candidate().endpoint.toUrl()) << u'\n';
        out << u"  "_s << Tr::tr("found through: %1").arg(engine->candidate().describeOrigin()) << u'\n';
        if (engine->state() == Engine::State::Ready)
            out << u"  "_s << Tr::tr("API version:   %1").arg(engine->client()->apiVersion()) << u'\n';
        out << u"  "_s << Tr::tr("status:        %1").arg(stateText(*engine)) << u'\n';
        if (engine->state() == Engine::State::Unreachable && !engine->lastError().details().isEmpty())
            out << u"  "_s << Tr::tr("details:       %1").arg(engine->lastError().details()) << u'\n';
    }
    for (const Error &error : manager.errors())
        err << Tr::tr("error: %1\n").arg(error.message());
    if (!defaultEngine)
        err << engines.noEngineAdvice() << u'\n';
    return defaultEngine ? 0 : 1;
}

} // namespace Wharf
