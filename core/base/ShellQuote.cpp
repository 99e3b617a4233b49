// SPDX-License-Identifier: Apache-2.0
#include "ShellQuote.h"

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

bool isSafe(QChar c)
{
    const char16_t u = c.unicode();
    if ((u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9'))
        return true;
    switch (u) {
    case u'@':
    case u'%':
    case u'+':
    case u'=':
    case u':':
    case u',':
    case u'.':
    case u'/':
    case u'_':
    case u'-': return true;
    default: return false;
    }
}

QString singleQuoted(const QString &word)
{
    QString quoted = word;
    quoted.replace(u'\'', u"'\\''"_s);
    return u'\'' + quoted + u'\'';
}

} // namespace

QString ShellQuote::quote(const QString &word)
{
    if (word.isEmpty())
        return u"''"_s;
    // zsh expands a leading "=" (=ls is the path of ls).
    if (word.startsWith(u'='))
        return singleQuoted(word);
    for (const QChar c : word) {
        if (!isSafe(c))
            return singleQuoted(word);
    }
    return word;
}

QString ShellQuote::join(const QStringList &argv)
{
    QStringList words;
    words.reserve(argv.size());
    for (qsizetype i = 0; i < argv.size(); ++i) {
        const QString &word = argv.at(i);
        if (i == 0 && !word.isEmpty() && word.contains(u'='))
            words.append(singleQuoted(word));
        else
            words.append(quote(word));
    }
    return words.join(u' ');
}

} // namespace Wharf
