// SPDX-License-Identifier: Apache-2.0
#include "ImagesCommand.h"

#include "CommandEngines.h"
#include "base/DisplayFormat.h"
#include "base/JsonWriter.h"
#include "engine/Engine.h"
#include "engine/EngineClient.h"
#include "engine/RepoTag.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QHash>
#include <QFile>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

// A class scope lupdate understands, so the context it records is the one used at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Wharf::ImagesCommand)
};

struct EngineListing
{
    const Engine *engine = nullptr;
    QList<ImageSummary> images;
    QHash<QString, int> containersByImage;
    std::optional<Error> error;
    int pending = 2;
    QString endpointUrl;
};

void writeJson(JsonWriter &json, const EngineListing &listing, const ImageSummary &image)
{
    const int containers = listing.containersByImage.value(image.id, 0);
    json.beginObject();
    json.key(u"engine");
    json.value(listing.engine->displayName());
    json.key(u"endpoint");
    json.value(listing.endpointUrl);
    json.key(u"id");
    json.value(image.id);
    json.key(u"repoTags");
    json.value(image.repoTags);
    json.key(u"repoDigests");
    json.value(image.repoDigests);
    json.key(u"created");
    json.value(image.created.toUTC().toString(Qt::ISODate));
    json.key(u"size");
    json.value(qint64(image.size));
    json.key(u"containers");
    json.value(qint64(containers));
    json.key(u"inUse");
    json.value(containers > 0);
    json.key(u"labels");
    json.beginObject();
    for (auto it = image.labels.cbegin(); it != image.labels.cend(); ++it) {
        json.key(it.key());
        json.value(it.value());
    }
    json.endObject();
    json.endObject();
}

void printTable(QTextStream &out, const QList<EngineListing> &listings)
{
    struct Row
    {
        QStringList cells;
    };
    QList<Row> rows;
    rows.append({{Tr::tr("REPOSITORY"), Tr::tr("TAG"), Tr::tr("IMAGE ID"), Tr::tr("CREATED"), Tr::tr("SIZE"), Tr::tr("IN USE"), Tr::tr("ENGINE")}});
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const EngineListing &listing : listings) {
        QList<ImageSummary> images = listing.images;
        std::stable_sort(images.begin(), images.end(),
                         [](const ImageSummary &a, const ImageSummary &b) { return a.created > b.created; });
        for (const ImageSummary &image : std::as_const(images)) {
            const bool inUse = listing.containersByImage.value(image.id, 0) > 0;
            for (const RepoTag &row : RepoTag::rowsOf(image)) {
                rows.append({{row.repository, row.tag, DisplayFormat::shortImageId(image.id),
                              DisplayFormat::relativeTime(image.created, now), DisplayFormat::size(image.size),
                              inUse ? Tr::tr("yes") : QString(), listing.engine->displayName()}});
            }
        }
    }
    QList<qsizetype> widths(rows.first().cells.size(), 0);
    for (const Row &row : std::as_const(rows)) {
        for (qsizetype i = 0; i < row.cells.size(); ++i)
            widths[i] = std::max(widths[i], row.cells.at(i).size());
    }
    for (const Row &row : std::as_const(rows)) {
        QString line;
        for (qsizetype i = 0; i < row.cells.size(); ++i) {
            if (i + 1 < row.cells.size())
                line += row.cells.at(i).leftJustified(widths.at(i) + 3);
            else
                line += row.cells.at(i);
        }
        out << line << u'\n';
    }
}

} // namespace

int ImagesCommand::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    bool json = false;
    QString engineName;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--json"_s) {
            json = true;
        } else if (argument == u"--engine"_s && i + 1 < arguments.size()) {
            engineName = arguments.at(++i);
        } else if (argument.startsWith(u"--engine="_s)) {
            engineName = argument.mid(9);
        } else {
            err << Tr::tr("wharf images: unknown option \"%1\". Usage: wharf images [--engine NAME] [--json]\n")
                       .arg(argument);
            return 2;
        }
    }

    CommandEngines engines;
    engines.manager().setProbeDepth(Engine::ProbeDepth::PingOnly);
    engines.discover();
    QList<EngineListing> listings;
    for (const Engine *engine : engines.manager().engines()) {
        if (!engineName.isEmpty() && !CommandEngines::matches(*engine, engineName))
            continue;
        if (engine->state() != Engine::State::Ready) {
            if (!engineName.isEmpty() || engine->candidate().explicitChoice)
                err << Tr::tr("%1 (%2) does not answer: %3\n")
                           .arg(engine->displayName(), engine->candidate().endpoint.toUrl(),
                                engine->lastError().message());
            continue;
        }
        listings.append({engine, {}, {}, {}, 2, engine->candidate().endpoint.toUrl()});
    }
    for (const Error &error : engines.manager().errors())
        err << Tr::tr("error: %1\n").arg(error.message());
    if (listings.isEmpty()) {
        if (!engineName.isEmpty())
            err << Tr::tr("No engine named \"%1\" answers. \"wharf engines\" lists them.\n").arg(engineName);
        else
            err << engines.noEngineAdvice() << u'\n';
        return 1;
    }

    // Every engine at once; each asks for its images and its containers (for "in use").
    QEventLoop loop;
    int pending = int(listings.size());
    QObject context;
    for (EngineListing &listing : listings) {
        auto done = [&listing, &pending, &loop] {
            if (--listing.pending == 0 && --pending == 0)
                loop.quit();
        };
        EngineClient *client = listing.engine->client();
        client->listImages(&context, [&listing, done](const Result<QList<ImageSummary>> &images) {
            if (images)
                listing.images = *images;
            else
                listing.error = images.error();
            done();
        });
        client->listContainers(&context, [&listing, done](const Result<QList<ContainerSummary>> &containers) {
            if (containers) {
                for (const ContainerSummary &c : *containers)
                    ++listing.containersByImage[c.imageId];
            }
            done();
        });
    }
    loop.exec();

    int exitCode = 0;
    for (const EngineListing &listing : std::as_const(listings)) {
        if (listing.error) {
            err << Tr::tr("%1: cannot list images: %2\n").arg(listing.engine->displayName(), listing.error->toString());
            exitCode = 1;
        }
    }
    if (json) {
        // Written directly: building a QJsonDocument of thousands of images first took longer
        // than the engine takes to list them.
        JsonWriter writer;
        writer.beginArray();
        for (const EngineListing &listing : std::as_const(listings)) {
            for (const ImageSummary &image : listing.images)
                writeJson(writer, listing, image);
        }
        writer.endArray();
        out.flush();
        QFile stdoutFile;
        if (stdoutFile.open(stdout, QIODevice::WriteOnly))
            stdoutFile.write(writer.data());
    } else {
        printTable(out, listings);
    }
    return exitCode;
}

} // namespace Wharf
