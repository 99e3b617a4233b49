// SPDX-License-Identifier: Apache-2.0
#include "RecentLog.h"

#include <QDateTime>
#include <QGlobalStatic>
#include <QMutex>
#include <QMutexLocker>

#include <algorithm>
#include <deque>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

struct State
{
    QMutex mutex;
    std::deque<QString> lines;
    qsizetype capacity = RecentLog::DefaultCapacity;
    QtMessageHandler previous = nullptr;
    bool installed = false;
};

// Q_GLOBAL_STATIC: a message logged while the process exits (after static destruction)
// finds no state instead of a destroyed one.
Q_GLOBAL_STATIC(State, recentLogState)

QString levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg: return u"debug"_s;
    case QtInfoMsg: return u"info"_s;
    case QtWarningMsg: return u"warning"_s;
    case QtCriticalMsg: return u"critical"_s;
    case QtFatalMsg: return u"fatal"_s;
    }
    return u"unknown"_s;
}

void trim(State &state)
{
    while (qsizetype(state.lines.size()) > state.capacity)
        state.lines.pop_front();
}

void handleMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    State *state = recentLogState();
    if (!state)
        return;
    const QString text = message.size() > RecentLog::MaxLineLength
        ? message.left(RecentLog::MaxLineLength) + u" [truncated]"_s
        : message;
    QString line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) + u' '
        + (context.category ? QString::fromUtf8(context.category) : u"default"_s) + u' ' + levelName(type)
        + u": "_s + text;
    QtMessageHandler previous = nullptr;
    {
        const QMutexLocker locker(&state->mutex);
        state->lines.push_back(std::move(line));
        trim(*state);
        previous = state->previous;
    }
    // Outside the lock: the previous handler may be slow (a terminal) or abort (fatal).
    if (previous)
        previous(type, context, message);
}

} // namespace

void RecentLog::install()
{
    State *state = recentLogState();
    if (!state)
        return;
    const QMutexLocker locker(&state->mutex);
    if (state->installed)
        return;
    state->installed = true;
    state->previous = qInstallMessageHandler(handleMessage);
}

bool RecentLog::isInstalled()
{
    State *state = recentLogState();
    if (!state)
        return false;
    const QMutexLocker locker(&state->mutex);
    return state->installed;
}

QStringList RecentLog::lines()
{
    State *state = recentLogState();
    if (!state)
        return {};
    const QMutexLocker locker(&state->mutex);
    return QStringList(state->lines.cbegin(), state->lines.cend());
}

void RecentLog::clear()
{
    State *state = recentLogState();
    if (!state)
        return;
    const QMutexLocker locker(&state->mutex);
    state->lines.clear();
}

void RecentLog::setCapacity(qsizetype lines)
{
    State *state = recentLogState();
    if (!state)
        return;
    const QMutexLocker locker(&state->mutex);
    state->capacity = std::max<qsizetype>(1, lines);
    trim(*state);
}

qsizetype RecentLog::capacity()
{
    State *state = recentLogState();
    if (!state)
        return 0;
    const QMutexLocker locker(&state->mutex);
    return state->capacity;
}

} // namespace Wharf
