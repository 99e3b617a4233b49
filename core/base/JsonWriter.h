// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>
#include <QStringView>

namespace Wharf {

// Writes JSON text straight into UTF-8, indented four spaces a level (empty containers as {}
// and []). For large
// outputs (`wharf images --json` with thousands of images) building QJsonObjects first costs
// more than the engine takes to answer. The caller keeps the structure balanced (begin/end,
// a key before each value in an object); strings are escaped here, whatever they hold.
class JsonWriter
{
public:
    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(QStringView name);
    void value(QStringView text);
    void value(qint64 number);
    void value(bool flag);
    void nullValue();
    // The text, or null when it is empty ("no username" is not the same as "").
    void valueOrNull(QStringView text);
    void value(const QStringList &texts); // an array of strings

    // The text written so far, with a final newline once the outermost value is closed.
    const QByteArray &data() const { return m_out; }

    static void appendEscaped(QByteArray &out, QStringView text);

private:
    void beforeValue();
    void newline();
    void close(char bracket);

    struct Level
    {
        bool isObject = false;
        bool empty = true;
    };
    QByteArray m_out;
    QList<Level> m_levels;
    bool m_afterKey = false;
};

} // namespace Wharf
