// SPDX-License-Identifier: Apache-2.0
#include "RecentLaunches.h"

#include "LaunchRequestJson.h"
#include "LaunchRequestValidator.h"

#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

// Local until base/LogCategories has one for launches; the same name, so one rule covers both.
Q_LOGGING_CATEGORY(lcRecentLaunches, "wharf.launch", QtInfoMsg)

const QString kArray = u"recentLaunches"_s;
const QString kRequest = u"request"_s;
const QString kTime = u"time"_s;

QString homeRelative(const QString &path, const QString &home)
{
    if (home.isEmpty() || home == u"/"_s)
        return path;
    const QString cleanHome = QDir::cleanPath(home);
    if (path == cleanHome)
        return u"~"_s;
    if (path.startsWith(cleanHome + u'/'))
        return u"~"_s + path.mid(cleanHome.size());
    return path;
}

QString elided(const QString &text, qsizetype length)
{
    if (text.size() <= length)
        return text;
    return text.left(length - 1) + QChar(0x2026);
}

} // namespace

RecentLaunches::RecentLaunches(QSettings *settings, const QString &homeDirectory, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_homeDirectory(homeDirectory.isEmpty() ? QDir::homePath() : homeDirectory)
{
}

RecentLaunches::~RecentLaunches() = default;

QString RecentLaunches::title(const LaunchRequest &request, const QString &homeDirectory)
{
    QString image;
    if (request.strategy == LaunchStrategy::Cmssw)
        image = u"cmssw-"_s + request.cmsswRelease;
    else if (LaunchRequestValidator::isImageId(request.image))
        image = request.image.left(int(qstrlen("sha256:")) + 12); // as `docker images` shows IDs
    else
        image = elided(request.image, 80);
    QStringList parts{image, launchStrategyDisplayName(request.strategy)};
    if (!request.workingFolder.isEmpty())
        parts << QDir::toNativeSeparators(homeRelative(request.workingFolder, homeDirectory));
    if (!request.command.isEmpty())
        parts << elided(request.command.join(u' '), 40);
    //: Separates the parts of a recent launch's title: image, strategy, folder, command.
    return parts.join(QCoreApplication::translate("Wharf::RecentLaunches", " · "));
}

QList<RecentLaunches::Entry> RecentLaunches::entries() const
{
    QList<Entry> entries;
    m_settings->sync(); // another window (or `wharf launch`) may have launched since
    const int size = m_settings->beginReadArray(kArray);
    for (int i = 0; i < size; ++i) {
        if (entries.size() >= MaximumCount)
            break;
        m_settings->setArrayIndex(i);
        const QVariant stored = m_settings->value(kRequest);
        const Result<LaunchRequest> request = stored.typeId() == QMetaType::QString
            ? LaunchRequestJson::fromBytes(stored.toString().toUtf8())
            : Result<LaunchRequest>(Error(ErrorCode::ParseError, QString(), u"not text"_s));
        if (!request) {
            qCWarning(lcRecentLaunches).noquote()
                << "Recent launch" << i << "left out:" << request.error().toString();
            continue;
        }
        bool duplicate = false;
        for (const Entry &entry : std::as_const(entries))
            duplicate = duplicate || entry.request == *request;
        if (duplicate)
            continue;
        QDateTime time = QDateTime::fromString(m_settings->value(kTime).toString(), Qt::ISODateWithMs);
        if (time.isValid())
            time = time.toUTC();
        entries.append(Entry{*request, title(*request, m_homeDirectory), time});
    }
    m_settings->endArray();
    return entries;
}

void RecentLaunches::add(const LaunchRequest &request, const QDateTime &time)
{
    QList<Entry> list = entries();
    list.removeIf([&request](const Entry &entry) { return entry.request == request; });
    const QDateTime when = time.isValid() ? time.toUTC() : QDateTime::currentDateTimeUtc();
    list.prepend(Entry{request, title(request, m_homeDirectory), when});
    while (list.size() > MaximumCount)
        list.removeLast();
    write(list);
}

void RecentLaunches::remove(const LaunchRequest &request)
{
    QList<Entry> list = entries();
    if (list.removeIf([&request](const Entry &entry) { return entry.request == request; }) > 0)
        write(list);
}

void RecentLaunches::clear()
{
    write({});
}

void RecentLaunches::write(const QList<Entry> &entries)
{
    m_settings->remove(kArray); // no stale entries beyond the new size
    m_settings->beginWriteArray(kArray, int(entries.size()));
    for (int i = 0; i < entries.size(); ++i) {
        m_settings->setArrayIndex(i);
        const Entry &entry = entries.at(i);
        m_settings->setValue(kRequest, QString::fromUtf8(LaunchRequestJson::toBytes(entry.request)));
        m_settings->setValue(kTime, entry.time.isValid() ? entry.time.toUTC().toString(Qt::ISODateWithMs) : QString());
    }
    m_settings->endArray();
    m_settings->sync();
    Q_EMIT changed();
}

} // namespace Wharf
