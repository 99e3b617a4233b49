// SPDX-License-Identifier: Apache-2.0
#include "RegistryCommand.h"

#include "CommandLoop.h"

#include "base/DisplayFormat.h"
#include "base/JsonWriter.h"
#include "credentials/CredentialExporter.h"
#include "credentials/CredentialImporter.h"
#include "credentials/CredentialStore.h"
#include "credentials/RegistryAccounts.h"
#include "registry/ImageReference.h"
#include "registry/RegistryCall.h"
#include "registry/RegistryClient.h"
#include "registry/RegistryConnections.h"
#include "registry/RegistryHost.h"
#include "registry/RegistryRequestQueue.h"
#include "registry/TagOrder.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QLoggingCategory>
#include <QPointer>
#include <QSettings>
#include <QTextStream>

#include <csignal>
#include <memory>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

// A class scope lupdate understands, so the context it records is the one used at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Wharf::RegistryCommand)
};

constexpr int ExitFailure = 1;
constexpr int ExitUsage = 2;
// As many requests at once as a browser or `xargs -P8` would make: registries and their
// proxies throttle more.
constexpr int ParallelRequests = 8;

QString usage()
{
    return Tr::tr("Usage: wharf registry COMMAND\n"
                  "\n"
                  "  login HOST[:PORT] --username USER [--password-stdin]\n"
                  "                 Check the login against the registry, then keep the password or\n"
                  "                 token in the system keychain. The password is asked for on the\n"
                  "                 terminal, or read from standard input with --password-stdin;\n"
                  "                 never give it as an argument.\n"
                  "  logout HOST    Remove the login (the keychain entry and the username).\n"
                  "  list [--json]  Your registries, their usernames, and whether the keychain\n"
                  "                 holds their secret.\n"
                  "  repos HOST [--json]\n"
                  "                 The registry's repositories (its catalog; where the catalog is\n"
                  "                 closed, the paths you added by hand).\n"
                  "  tags HOST/REPOSITORY... [--json]\n"
                  "                 The tags of one or more repositories, newest versions first.\n"
                  "  inspect REFERENCE... [--json]\n"
                  "                 Digest, media type, platforms, size, created time and labels of\n"
                  "                 one or more images (HOST/REPOSITORY[:TAG|@DIGEST]).\n"
                  "  import --list [--json] [HOST...]\n"
                  "                 The logins Docker and Podman already have (~/.docker/config.json,\n"
                  "                 its credential helpers, Podman's auth.json): registry, username,\n"
                  "                 where. Never a secret.\n"
                  "  import [HOST...]\n"
                  "                 Copy those logins (all, or the registries named) into the system\n"
                  "                 keychain. Where a registry has several, the first listed is used.\n"
                  "                 Docker's and Podman's files are not changed.\n"
                  "  share HOST[:PORT] [--to docker|podman|both] [--yes]\n"
                  "                 Give Wharf's login to Docker and/or Podman (default both) through\n"
                  "                 a credential helper that keeps it in the system keychain, never in\n"
                  "                 clear. Shows what would change; --yes writes it.\n"
                  "\n"
                  "Exit status: 0 success, 1 failure, 2 wrong usage.\n");
}

void writeJson(QTextStream &out, const JsonWriter &json)
{
    out.flush();
    QFile stdoutFile;
    if (stdoutFile.open(stdout, QIODevice::WriteOnly))
        stdoutFile.write(json.data());
}

// Names and tags come from a registry: control characters (terminal escapes) are shown as
// U+FFFD so that a hostile registry cannot rewrite the user's terminal.
QString printable(const QString &text)
{
    QString line = text;
    for (QChar &c : line) {
        if (c.category() == QChar::Other_Control)
            c = QChar::ReplacementCharacter;
    }
    return line;
}

struct Arguments
{
    bool json = false;
    bool passwordStdin = false;
    bool list = false; // import
    bool session = false; // import: recognised, to refuse it with the reason
    bool yes = false; // share
    QString to; // share
    QString username;
    QStringList positional;
};

enum Accept { AcceptJson = 1, AcceptLogin = 2, AcceptImport = 4, AcceptShare = 8 };

// Parses the options of one subcommand; an error text (for stderr) when they are wrong.
std::optional<QString> parseArguments(const QString &command, const QStringList &arguments, int accept,
                                      Arguments &parsed)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--json"_s && (accept & AcceptJson)) {
            parsed.json = true;
        } else if (argument == u"--password-stdin"_s && (accept & AcceptLogin)) {
            parsed.passwordStdin = true;
        } else if ((argument == u"--username"_s || argument == u"-u"_s) && (accept & AcceptLogin)) {
            if (i + 1 >= arguments.size())
                return Tr::tr("wharf registry %1: --username needs a value.\n").arg(command);
            parsed.username = arguments.at(++i);
        } else if (argument.startsWith(u"--username="_s) && (accept & AcceptLogin)) {
            parsed.username = argument.mid(11);
        } else if (argument == u"--list"_s && (accept & AcceptImport)) {
            parsed.list = true;
        } else if (argument == u"--session"_s && (accept & AcceptImport)) {
            parsed.session = true;
        } else if ((argument == u"--yes"_s || argument == u"-y"_s) && (accept & AcceptShare)) {
            parsed.yes = true;
        } else if (argument == u"--to"_s && (accept & AcceptShare)) {
            if (i + 1 >= arguments.size())
                return Tr::tr("wharf registry %1: --to needs docker, podman or both.\n").arg(command);
            parsed.to = arguments.at(++i);
        } else if (argument.startsWith(u"--to="_s) && (accept & AcceptShare)) {
            parsed.to = argument.mid(5);
        } else if (argument == u"--password"_s || argument.startsWith(u"--password="_s) || argument == u"-p"_s) {
            return Tr::tr("wharf registry %1: Wharf does not take a password as an argument (it would show in "
                          "the process list and the shell history). Type it at the prompt, or pass it on "
                          "standard input with --password-stdin.\n")
                .arg(command);
        } else if (argument == u"--"_s) {
            parsed.positional += arguments.mid(i + 1);
            break;
        } else if (argument.startsWith(u'-') && argument.size() > 1) {
            return Tr::tr("wharf registry %1: unknown option \"%2\".\n").arg(command, argument);
        } else {
            parsed.positional.append(argument);
        }
    }
    return std::nullopt;
}

#ifdef Q_OS_UNIX
termios g_savedTerminal;
volatile std::sig_atomic_t g_echoOff = 0;

// Ctrl-C at the password prompt must not leave the terminal without echo.
extern "C" void restoreTerminalAndExit(int signalNumber)
{
    if (g_echoOff)
        tcsetattr(STDIN_FILENO, TCSANOW, &g_savedTerminal);
    std::signal(signalNumber, SIG_DFL);
    std::raise(signalNumber);
}
#endif

// A line typed on the terminal without echo; nullopt when stdin is not a terminal.
std::optional<QByteArray> promptPassword(const QString &prompt)
{
#ifdef Q_OS_UNIX
    if (!isatty(STDIN_FILENO))
        return std::nullopt;
    QTextStream err(stderr);
    err << prompt << Qt::flush;
    termios quiet;
    if (tcgetattr(STDIN_FILENO, &g_savedTerminal) != 0)
        return std::nullopt;
    quiet = g_savedTerminal;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    quiet.c_lflag |= tcflag_t(ECHONL);
    auto previousInt = std::signal(SIGINT, restoreTerminalAndExit);
    auto previousTerm = std::signal(SIGTERM, restoreTerminalAndExit);
    g_echoOff = 1;
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    QByteArray line;
    char c = 0;
    while (::read(STDIN_FILENO, &c, 1) == 1 && c != '\n')
        line.append(c);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_savedTerminal);
    g_echoOff = 0;
    std::signal(SIGINT, previousInt);
    std::signal(SIGTERM, previousTerm);
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
#else
    Q_UNUSED(prompt);
    return std::nullopt;
#endif
}

// Everything standard input holds, less the final newline (as `docker login --password-stdin`).
QByteArray readStandardInput()
{
    QFile in;
    QByteArray data;
    if (in.open(stdin, QIODevice::ReadOnly))
        data = in.readAll();
    if (data.endsWith('\n'))
        data.chop(1);
    if (data.endsWith('\r'))
        data.chop(1);
    return data;
}

// The registry objects the window uses, on the application's QSettings. The keychain is
// asked only for registries that have a login, so anonymous browsing never waits for it.
class Registries
{
public:
    Registries()
        : accounts(&settings)
        , credentials(&accounts)
    {
        connections.useAccounts(&accounts, &credentials, [](const QString &registry, const Error &error) {
            QTextStream(stderr) << Tr::tr("warning: the login for %1 cannot be read, continuing "
                                          "anonymously: %2\n")
                                       .arg(registry, error.message());
        });
    }

    RegistryOptions options(const QString &registry) const
    {
        return RegistryConnections::optionsFrom(accounts, registry);
    }

    QSettings settings;
    RegistryAccounts accounts;
    CredentialStore credentials;
    RegistryConnections connections;
};

// Clients for every registry named, made at once (credentials are looked up in parallel).
QHash<QString, RegistryClient *> clientsFor(Registries &registries, const QStringList &domains, QObject *context,
                                           QHash<QString, Error> &errors)
{
    QHash<QString, RegistryClient *> clients;
    CommandLoop::waitUntil([&](std::function<void()> finish) {
        auto pending = std::make_shared<qsizetype>(domains.size());
        if (domains.isEmpty()) {
            finish();
            return;
        }
        for (const QString &domain : domains) {
            registries.connections.withClient(domain, context,
                                              [&clients, &errors, domain, pending, finish](Result<RegistryClient *> client) {
                                                  if (client)
                                                      clients.insert(domain, *client);
                                                  else
                                                      errors.insert(domain, client.error());
                                                  if (--*pending == 0)
                                                      finish();
                                              });
        }
    });
    return clients;
}

// ---------------------------------------------------------------------------------------------

int login(const Arguments &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (args.positional.size() != 1 || args.username.isEmpty()) {
        err << Tr::tr("wharf registry login: give one registry and --username.\n"
                      "Usage: wharf registry login HOST[:PORT] --username USER [--password-stdin]\n");
        return ExitUsage;
    }
    const Result<RegistryHost> host = RegistryHost::parse(args.positional.first());
    if (!host) {
        err << Tr::tr("wharf registry login: %1\n").arg(host.error().message());
        return ExitUsage;
    }
    const QString name = host->name();

    QByteArray secretBytes;
    if (args.passwordStdin) {
        secretBytes = readStandardInput();
    } else {
        std::optional<QByteArray> typed = promptPassword(Tr::tr("Password or token for %1 at %2: ").arg(args.username, name));
        if (!typed) {
            err << Tr::tr("wharf registry login: there is no terminal to ask for the password. Pass it on "
                          "standard input with --password-stdin.\n");
            return ExitUsage;
        }
        secretBytes = *typed;
    }
    QString secret = QString::fromUtf8(secretBytes);
    secretBytes.fill('\0');
    if (secret.isEmpty()) {
        err << Tr::tr("wharf registry login: the password is empty. Nothing was saved.\n");
        return ExitUsage;
    }

    Registries registries;
    auto client = std::make_unique<RegistryClient>(*host, registries.options(name));
    client->setCredential(args.username, secret);
    Result<void> checked;
    QObject context;
    CommandLoop::waitUntil([&](std::function<void()> finish) {
        client->checkLogin(&context, [&checked, finish](const Result<void> &result) {
            checked = result;
            finish();
        });
    });
    client.reset();
    if (!checked) {
        err << Tr::tr("wharf registry login: %1\n").arg(checked.error().message());
        if (name.contains(u"gitlab"_s) && checked.error().code() == ErrorCode::AuthenticationRequired)
            err << Tr::tr("GitLab accounts with two-factor authentication or single sign-on need a personal "
                          "access token with the read_registry scope instead of the password.\n");
        err << Tr::tr("Nothing was saved.\n");
        return ExitFailure;
    }

    Result<void> saved;
    CommandLoop::waitUntil([&](std::function<void()> finish) {
        registries.credentials.login(RegistryCredential(name, args.username, secret),
                                     CredentialStore::PersistMode::Keychain, [&saved, finish](Result<void> result) {
                                         saved = std::move(result);
                                         finish();
                                     });
    });
    secret.fill(u'\0');
    if (!saved) {
        if (saved.error().code() == ErrorCode::KeychainUnavailable) {
            // The core's message offers "this session only", which a command that ends at once
            // cannot give: say what the command line can do instead.
            const QString why = saved.error().details().isEmpty() ? QString() : u" ("_s + saved.error().details() + u')';
            err << Tr::tr("wharf registry login: the login is correct, but the system keychain could not keep "
                          "it: it is missing, locked or refused access%1.\n"
                          "Wharf keeps registry secrets only in the system keychain (the Secret Service: "
                          "GNOME Keyring, KWallet, KeePassXC), never in a file. Start or unlock one in this "
                          "session and log in again, or log in from the Wharf window and keep the login for "
                          "that session only. Nothing was saved.\n")
                       .arg(why);
        } else {
            err << Tr::tr("wharf registry login: %1\nNothing was saved.\n").arg(saved.error().message());
        }
        return ExitFailure;
    }
    out << Tr::tr("Logged in to %1 as %2; the secret is in the system keychain.\n").arg(name, args.username);
    return 0;
}

int logout(const Arguments &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (args.positional.size() != 1) {
        err << Tr::tr("wharf registry logout: give one registry.\nUsage: wharf registry logout HOST\n");
        return ExitUsage;
    }
    const Result<RegistryHost> host = RegistryHost::parse(args.positional.first());
    if (!host) {
        err << Tr::tr("wharf registry logout: %1\n").arg(host.error().message());
        return ExitUsage;
    }
    const QString name = host->name();
    Registries registries;
    const QString user = registries.accounts.username(name);
    Result<void> forgotten;
    CommandLoop::waitUntil([&](std::function<void()> finish) {
        registries.credentials.forget(name, [&forgotten, finish](Result<void> result) {
            forgotten = std::move(result);
            finish();
        });
    });
    if (!forgotten) {
        err << Tr::tr("wharf registry logout: %1\n").arg(forgotten.error().message());
        return ExitFailure;
    }
    if (user.isEmpty())
        out << Tr::tr("Not logged in to %1.\n").arg(name);
    else
        out << Tr::tr("Logged out of %1 (%2): the secret was removed from the keychain.\n").arg(name, user);
    return 0;
}

int list(const Arguments &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!args.positional.isEmpty()) {
        err << Tr::tr("wharf registry list: takes no arguments.\nUsage: wharf registry list [--json]\n");
        return ExitUsage;
    }
    Registries registries;
    const QList<RegistryAccount> accounts = registries.accounts.accounts();
    // Whether the keychain really holds each login's secret: asked, never printed.
    enum class Held { NoLogin, Yes, No, Unknown };
    QList<Held> held(accounts.size(), Held::NoLogin);
    QString keychainProblem;
    CommandLoop::waitUntil([&](std::function<void()> finish) {
        auto pending = std::make_shared<int>(1);
        auto done = [pending, finish] {
            if (--*pending == 0)
                finish();
        };
        for (qsizetype i = 0; i < accounts.size(); ++i) {
            if (accounts.at(i).username.isEmpty())
                continue;
            ++*pending;
            registries.credentials.credential(accounts.at(i).registry,
                                              [&held, &keychainProblem, i, done](Result<RegistryCredential> found) {
                                                  if (found) {
                                                      held[i] = Held::Yes;
                                                  } else if (found.error().code() == ErrorCode::NotFound) {
                                                      held[i] = Held::No;
                                                  } else {
                                                      held[i] = Held::Unknown;
                                                      keychainProblem = found.error().details().isEmpty()
                                                          ? found.error().message()
                                                          : found.error().details();
                                                  }
                                                  done();
                                              });
        }
        QMetaObject::invokeMethod(QCoreApplication::instance(), done, Qt::QueuedConnection);
    });

    if (args.json) {
        JsonWriter json;
        json.beginArray();
        for (qsizetype i = 0; i < accounts.size(); ++i) {
            const RegistryAccount &account = accounts.at(i);
            json.beginObject();
            json.key(u"registry");
            json.value(account.registry);
            json.key(u"username");
            json.valueOrNull(account.username);
            json.key(u"secretInKeychain");
            if (held.at(i) == Held::Unknown)
                json.nullValue();
            else
                json.value(held.at(i) == Held::Yes);
            json.key(u"insecure");
            json.value(account.insecure);
            json.key(u"caFile");
            json.value(account.caFile);
            json.key(u"repositories");
            json.value(account.repositories);
            json.endObject();
        }
        json.endArray();
        writeJson(out, json);
    } else {
        if (accounts.isEmpty())
            out << Tr::tr("No registries. \"wharf registry login HOST --username USER\" adds one.\n");
        qsizetype width = Tr::tr("REGISTRY").size();
        for (const RegistryAccount &account : accounts)
            width = std::max(width, account.registry.size());
        if (!accounts.isEmpty())
            out << Tr::tr("REGISTRY").leftJustified(width + 3) << Tr::tr("USERNAME").leftJustified(20) << Tr::tr("KEYCHAIN")
                << u'\n';
        for (qsizetype i = 0; i < accounts.size(); ++i) {
            const RegistryAccount &account = accounts.at(i);
            QString state;
            switch (held.at(i)) {
            case Held::NoLogin: state = Tr::tr("-"); break;
            case Held::Yes: state = Tr::tr("yes"); break;
            case Held::No: state = Tr::tr("no (log in again)"); break;
            case Held::Unknown: state = Tr::tr("unknown (keychain unavailable)"); break;
            }
            QString registry = account.registry;
            if (account.insecure)
                registry += Tr::tr(" (insecure)");
            out << registry.leftJustified(width + 3)
                << (account.username.isEmpty() ? Tr::tr("anonymous") : account.username).leftJustified(20) << state
                << u'\n';
        }
    }
    if (!keychainProblem.isEmpty())
        err << Tr::tr("warning: the system keychain could not be asked, so whether it holds these logins is "
                      "unknown: %1\n")
                   .arg(keychainProblem);
    return 0;
}

int repos(const Arguments &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (args.positional.size() != 1) {
        err << Tr::tr("wharf registry repos: give one registry.\nUsage: wharf registry repos HOST [--json]\n");
        return ExitUsage;
    }
    const Result<RegistryHost> host = RegistryHost::parse(args.positional.first());
    if (!host) {
        err << Tr::tr("wharf registry repos: %1\n").arg(host.error().message());
        return ExitUsage;
    }
    const QString name = host->name();
    Registries registries;
    QObject context;
    QHash<QString, Error> errors;
    const QHash<QString, RegistryClient *> clients = clientsFor(registries, {name}, &context, errors);
    if (!clients.contains(name)) {
        err << Tr::tr("wharf registry repos: %1\n").arg(errors.value(name).message());
        return ExitFailure;
    }
    RegistryClient *client = clients.value(name);
    QStringList names;
    std::optional<Error> failure;
    CommandLoop::waitUntil([&](std::function<void()> finish) {
        auto page = [&names](const QStringList &more) { names += more; };
        auto done = [&failure, finish](const Result<int> &total) {
            if (!total)
                failure = total.error();
            finish();
        };
        if (host->isDockerHub()) {
            // Docker Hub has no catalog: list the namespace of the login.
            const QString nameSpace = registries.accounts.username(name);
            if (nameSpace.isEmpty()) {
                failure = Error(ErrorCode::AuthenticationRequired,
                                Tr::tr("Docker Hub does not list all its repositories; log in (wharf registry login "
                                       "docker.io --username USER) to list your own."));
                finish();
                return;
            }
            client->listDockerHubRepositories(nameSpace, &context, page, done);
        } else {
            client->listRepositories(&context, page, done);
        }
    });

    const QStringList byHand = registries.accounts.repositories(name);
    const bool closed = failure
        && (failure->code() == ErrorCode::AuthenticationRequired || failure->code() == ErrorCode::AccessDenied);
    if (failure && !closed) {
        err << Tr::tr("wharf registry repos: %1\n").arg(failure->message());
        return ExitFailure;
    }
    const QStringList shown = closed ? byHand : names;
    if (args.json) {
        JsonWriter json;
        json.beginObject();
        json.key(u"registry");
        json.value(name);
        json.key(u"catalog");
        json.value(closed ? u"closed"_s : u"open"_s);
        if (closed) {
            json.key(u"reason");
            json.value(failure->message());
        }
        json.key(u"repositories");
        json.value(shown);
        json.key(u"addedByHand");
        json.value(byHand);
        json.endObject();
        writeJson(out, json);
    } else {
        for (const QString &repository : shown)
            out << printable(repository) << u'\n';
    }
    if (closed) {
        err << Tr::tr("%1 does not list its repositories to you (%2).\n").arg(name, failure->message());
        if (byHand.isEmpty())
            err << Tr::tr("No repository paths were added by hand for it: add them on the Registries page, or "
                          "name one directly: wharf registry tags %1/PATH\n")
                       .arg(name);
        else
            err << (byHand.size() == 1 ? Tr::tr("Listed: the repository path added by hand.\n")
                                       : Tr::tr("Listed: the %1 repository paths added by hand.\n").arg(byHand.size()));
        return byHand.isEmpty() ? ExitFailure : 0;
    }
    return 0;
}

// The references of `tags` and `inspect`, parsed; a usage error text when one is wrong.
std::optional<QString> parseReferences(const QString &command, const QStringList &texts, bool allowTag,
                                       QList<ImageReference> &references)
{
    for (const QString &text : texts) {
        const Result<ImageReference> reference = ImageReference::parse(text);
        if (!reference)
            return Tr::tr("wharf registry %1: %2\n").arg(command, reference.error().message());
        if (!allowTag && (!reference->tag().isEmpty() || !reference->digest().isEmpty()))
            return Tr::tr("wharf registry %1: \"%2\" names a tag or digest; give the repository alone "
                          "(wharf registry inspect shows one tag).\n")
                .arg(command, text);
        references.append(*reference);
    }
    return std::nullopt;
}

QStringList domainsOf(const QList<ImageReference> &references)
{
    QStringList domains;
    for (const ImageReference &reference : references) {
        if (!domains.contains(reference.domain()))
            domains.append(reference.domain());
    }
    return domains;
}

// Runs one registry call per reference, ParallelRequests at a time; `start` makes the call.
template<typename T>
QList<std::optional<Result<T>>> runAll(
    Registries &registries, const QList<ImageReference> &references,
    const std::function<RegistryCall *(RegistryClient *, const ImageReference &, QObject *,
                                       RegistryClient::Callback<T>)> &start)
{
    QObject context;
    QHash<QString, Error> clientErrors;
    const QHash<QString, RegistryClient *> clients
        = clientsFor(registries, domainsOf(references), &context, clientErrors);
    QList<std::optional<Result<T>>> results(references.size());
    RegistryRequestQueue queue(ParallelRequests);
    for (qsizetype i = 0; i < references.size(); ++i) {
        const ImageReference &reference = references.at(i);
        RegistryClient *client = clients.value(reference.domain());
        if (!client) {
            results[i] = Result<T>(clientErrors.value(reference.domain()));
            continue;
        }
        queue.enqueue([&results, &context, &start, client, reference, i](std::function<void()> finished) {
            return start(client, reference, &context, [&results, i, finished](const Result<T> &result) {
                results[i] = result;
                finished();
            });
        });
    }
    if (!queue.isIdle()) {
        QEventLoop loop;
        QObject::connect(&queue, &RegistryRequestQueue::idle, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return results;
}

int tags(const Arguments &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (args.positional.isEmpty()) {
        err << Tr::tr("wharf registry tags: give at least one repository.\n"
                      "Usage: wharf registry tags HOST/REPOSITORY... [--json]\n");
        return ExitUsage;
    }
    QList<ImageReference> references;
    if (const auto problem = parseReferences(u"tags"_s, args.positional, false, references)) {
        err << *problem;
        return ExitUsage;
    }
    Registries registries;
    QList<std::optional<Result<QStringList>>> results = runAll<QStringList>(
        registries, references,
        [](RegistryClient *client, const ImageReference &reference, QObject *context,
           RegistryClient::Callback<QStringList> done) {
            return client->listTags(reference.path(), context, {}, std::move(done));
        });

    int exitCode = 0;
    const bool many = references.size() > 1;
    JsonWriter json;
    json.beginArray();
    for (qsizetype i = 0; i < references.size(); ++i) {
        const ImageReference &reference = references.at(i);
        const std::optional<Result<QStringList>> &result = results.at(i);
        const QString repository = reference.repository();
        if (!result || !*result) {
            const QString message = result ? result->error().message() : Tr::tr("The request did not finish.");
            err << Tr::tr("%1: %2\n").arg(repository, message);
            exitCode = ExitFailure;
            if (args.json) {
                json.beginObject();
                json.key(u"repository");
                json.value(repository);
                json.key(u"error");
                json.value(message);
                json.endObject();
            }
            continue;
        }
        QStringList sorted = result->value();
        TagOrder::sort(sorted);
        if (args.json) {
            json.beginObject();
            json.key(u"repository");
            json.value(repository);
            json.key(u"tags");
            json.value(sorted);
            json.endObject();
        } else {
            // One repository: its tags; several: full references, ready to pull.
            for (const QString &tag : std::as_const(sorted))
                out << printable(many ? repository + u':' + tag : tag) << u'\n';
        }
    }
    json.endArray();
    if (args.json)
        writeJson(out, json);
    return exitCode;
}

void detailsJson(JsonWriter &json, const QString &reference, const TagDetails &details)
{
    json.beginObject();
    json.key(u"reference");
    json.value(reference);
    json.key(u"digest");
    json.value(details.digest);
    json.key(u"mediaType");
    json.value(details.mediaType);
    json.key(u"isIndex");
    json.value(details.isIndex);
    json.key(u"platforms");
    json.beginArray();
    for (const PlatformManifest &platform : details.platforms) {
        json.beginObject();
        json.key(u"platform");
        json.value(platform.platformString());
        json.key(u"digest");
        json.value(platform.digest);
        json.key(u"mediaType");
        json.value(platform.mediaType);
        json.key(u"attestation");
        json.value(platform.isAttestation());
        json.endObject();
    }
    json.endArray();
    json.key(u"platform");
    json.value(details.platform);
    json.key(u"platformDigest");
    json.value(details.platformDigest);
    json.key(u"compressedSize");
    json.value(details.compressedSize);
    json.key(u"layers");
    json.value(qint64(details.layerCount));
    json.key(u"created");
    if (details.config.created().isValid())
        json.value(details.config.created().toUTC().toString(Qt::ISODate));
    else
        json.nullValue();
    json.key(u"labels");
    json.beginObject();
    const QMap<QString, QString> labels = details.config.labels();
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        json.key(it.key());
        json.value(it.value());
    }
    json.endObject();
    json.endObject();
}

void detailsText(QTextStream &out, const QString &reference, const TagDetails &details)
{
    const auto line = [&out](const QString &label, const QString &value) {
        out << u"  "_s << label.leftJustified(12) << printable(value) << u'\n';
    };
    out << printable(reference) << u'\n';
    line(Tr::tr("digest:"), details.digest);
    line(Tr::tr("media type:"), details.mediaType);
    if (details.isIndex) {
        QStringList platforms;
        int attestations = 0;
        for (const PlatformManifest &platform : details.platforms) {
            if (platform.isAttestation())
                ++attestations;
            else
                platforms.append(platform.platformString());
        }
        QString text = platforms.join(u", "_s);
        if (attestations > 0)
            text += attestations == 1 ? Tr::tr(" (and 1 attestation)") : Tr::tr(" (and %1 attestations)").arg(attestations);
        line(Tr::tr("platforms:"), text);
        line(Tr::tr("described:"), details.platformDigest.isEmpty()
                                   ? details.platform
                                   : details.platform + u" ("_s + details.platformDigest + u')');
    } else {
        line(Tr::tr("platform:"), details.platform);
    }
    line(Tr::tr("size:"), details.compressedSize < 0
                          ? Tr::tr("unknown")
                          : details.layerCount == 1
                              ? Tr::tr("%1 compressed, 1 layer").arg(DisplayFormat::size(details.compressedSize))
                              : Tr::tr("%1 compressed, %2 layers")
                                    .arg(DisplayFormat::size(details.compressedSize))
                                    .arg(details.layerCount));
    line(Tr::tr("created:"), details.config.created().isValid() ? details.config.created().toUTC().toString(Qt::ISODate)
                                                            : Tr::tr("unknown"));
    const QMap<QString, QString> labels = details.config.labels();
    if (labels.isEmpty()) {
        line(Tr::tr("labels:"), Tr::tr("none"));
    } else {
        out << u"  "_s << Tr::tr("labels:") << u'\n';
        for (auto it = labels.cbegin(); it != labels.cend(); ++it)
            out << u"    "_s << printable(it.key()) << u'=' << printable(it.value()) << u'\n';
    }
}

int inspect(const Arguments &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (args.positional.isEmpty()) {
        err << Tr::tr("wharf registry inspect: give at least one image reference.\n"
                      "Usage: wharf registry inspect REFERENCE... [--json]\n");
        return ExitUsage;
    }
    QList<ImageReference> references;
    if (const auto problem = parseReferences(u"inspect"_s, args.positional, true, references)) {
        err << *problem;
        return ExitUsage;
    }
    for (ImageReference &reference : references)
        reference = reference.withDefaultTag();
    Registries registries;
    QList<std::optional<Result<TagDetails>>> results = runAll<TagDetails>(
        registries, references,
        [](RegistryClient *client, const ImageReference &reference, QObject *context,
           RegistryClient::Callback<TagDetails> done) {
            const QString which = reference.digest().isEmpty() ? reference.tag() : reference.digest();
            return client->fetchTagDetails(reference.path(), which, context, std::move(done));
        });

    int exitCode = 0;
    JsonWriter json;
    json.beginArray();
    bool first = true;
    for (qsizetype i = 0; i < references.size(); ++i) {
        const QString name = references.at(i).toString();
        const std::optional<Result<TagDetails>> &result = results.at(i);
        if (!result || !*result) {
            const QString message = result ? result->error().message() : Tr::tr("The request did not finish.");
            err << Tr::tr("%1: %2\n").arg(name, message);
            exitCode = ExitFailure;
            if (args.json) {
                json.beginObject();
                json.key(u"reference");
                json.value(name);
                json.key(u"error");
                json.value(message);
                json.endObject();
            }
            continue;
        }
        if (args.json) {
            detailsJson(json, name, result->value());
        } else {
            if (!first)
                out << u'\n';
            first = false;
            detailsText(out, name, result->value());
        }
    }
    json.endArray();
    if (args.json)
        writeJson(out, json);
    return exitCode;
}

// ---------------------------------------------------------------------------------------------
// import and share: the logins Docker and Podman have, in and out of Wharf's keychain.

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// Where a login was found, for a line of text.
QString whereFound(const ImportableLogin &login)
{
    switch (login.source) {
    case ImportableLogin::Source::DockerConfig:
        return Tr::tr("Docker's configuration file %1").arg(nativePath(login.location));
    case ImportableLogin::Source::CredentialHelper:
        return Tr::tr("docker-credential-%1 (named in %2)").arg(login.helper, nativePath(login.location));
    case ImportableLogin::Source::PodmanAuthFile:
        return Tr::tr("Podman's auth file %1").arg(nativePath(login.location));
    }
    return {};
}

// The same, for JSON: a stable name.
QString sourceName(ImportableLogin::Source source)
{
    switch (source) {
    case ImportableLogin::Source::DockerConfig: return u"docker-config"_s;
    case ImportableLogin::Source::CredentialHelper: return u"credential-helper"_s;
    case ImportableLogin::Source::PodmanAuthFile: return u"podman-auth-file"_s;
    }
    return {};
}

// The command line cannot offer the window's "this session only": say what it can do instead.
QString keychainUnavailableText(const QString &command, const Error &error)
{
    const QString why = error.details().isEmpty() ? QString() : u" ("_s + error.details() + u')';
    return Tr::tr("wharf registry %1: the system keychain could not keep the login: it is missing, locked "
                  "or refused access%2.\n"
                  "Wharf keeps registry secrets only in the system keychain (the Secret Service: GNOME "
                  "Keyring, KWallet, KeePassXC), never in a file. Start or unlock one in this session and "
                  "try again, or use the Wharf window, which can keep a login for its session only.\n")
        .arg(command, why);
}

// The registries named on the command line, normalised; a usage error text when one is wrong.
std::optional<QString> parseRegistries(const QString &command, const QStringList &texts, QStringList &names)
{
    for (const QString &text : texts) {
        const Result<RegistryHost> host = RegistryHost::parse(text);
        if (!host)
            return Tr::tr("wharf registry %1: %2\n").arg(command, host.error().message());
        if (!names.contains(host->name()))
            names.append(host->name());
    }
    return std::nullopt;
}

int importLogins(const Arguments &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (args.session) {
        // A session-only login lives in the memory of the process that keeps it; this one ends
        // as soon as it has imported, so the login would be gone before anything could use it.
        err << Tr::tr("wharf registry import: --session is not available on the command line: a login "
                      "kept for the session lives only in the memory of the Wharf process that holds it, "
                      "and this command ends as soon as it has imported. Import into the keychain "
                      "(without --session), or use Import Logins in the Wharf window to keep a login "
                      "for that window's session only.\n");
        return ExitUsage;
    }
    if (args.json && !args.list) {
        err << Tr::tr("wharf registry import: --json goes with --list.\n"
                      "Usage: wharf registry import [--list [--json]] [HOST...]\n");
        return ExitUsage;
    }
    QStringList named;
    if (const auto problem = parseRegistries(u"import"_s, args.positional, named)) {
        err << *problem;
        return ExitUsage;
    }

    CredentialImporter importer;
    CredentialImporter::Scan scan;
    CommandLoop::waitUntil([&](std::function<void()> finish) {
        importer.scan([&scan, finish](CredentialImporter::Scan result) {
            scan = std::move(result);
            finish();
        });
    });
    QList<ImportableLogin> logins;
    for (const ImportableLogin &login : std::as_const(scan.logins)) {
        if (named.isEmpty() || named.contains(login.registry))
            logins.append(login);
    }

    if (args.list) {
        if (args.json) {
            JsonWriter json;
            json.beginObject();
            json.key(u"logins");
            json.beginArray();
            for (const ImportableLogin &login : std::as_const(logins)) {
                json.beginObject();
                json.key(u"registry");
                json.value(login.registry);
                json.key(u"username");
                json.valueOrNull(login.username);
                json.key(u"source");
                json.value(sourceName(login.source));
                json.key(u"file");
                json.value(login.location);
                json.key(u"helper");
                json.valueOrNull(login.helper);
                json.key(u"serverUrl");
                json.value(login.serverUrl);
                json.endObject();
            }
            json.endArray();
            json.key(u"problems");
            json.beginArray();
            for (const Error &problem : std::as_const(scan.problems)) {
                json.beginObject();
                json.key(u"code");
                json.value(Error::codeName(problem.code()));
                json.key(u"message");
                json.value(problem.message());
                json.endObject();
            }
            json.endArray();
            json.endObject();
            writeJson(out, json);
        } else if (logins.isEmpty()) {
            out << Tr::tr("No logins found in Docker's or Podman's files.\n");
        } else {
            qsizetype registryWidth = Tr::tr("REGISTRY").size();
            qsizetype userWidth = Tr::tr("USERNAME").size();
            for (const ImportableLogin &login : std::as_const(logins)) {
                registryWidth = std::max(registryWidth, login.registry.size());
                userWidth = std::max(userWidth, login.username.size());
            }
            out << Tr::tr("REGISTRY").leftJustified(registryWidth + 3) << Tr::tr("USERNAME").leftJustified(userWidth + 3)
                << Tr::tr("FOUND IN") << u'\n';
            for (const ImportableLogin &login : std::as_const(logins)) {
                out << printable(login.registry).leftJustified(registryWidth + 3)
                    << printable(login.username.isEmpty() ? Tr::tr("?") : login.username).leftJustified(userWidth + 3)
                    << printable(whereFound(login)) << u'\n';
            }
        }
        if (!args.json) {
            for (const Error &problem : std::as_const(scan.problems))
                err << Tr::tr("warning: %1\n").arg(printable(problem.message()));
        }
        return 0;
    }

    // One login per registry: the first found (Docker's before Podman's, as the scan orders them).
    QStringList order;
    QHash<QString, QList<ImportableLogin>> byRegistry;
    for (const ImportableLogin &login : std::as_const(logins)) {
        if (!byRegistry.contains(login.registry))
            order.append(login.registry);
        byRegistry[login.registry].append(login);
    }
    for (const Error &problem : std::as_const(scan.problems))
        err << Tr::tr("warning: %1\n").arg(printable(problem.message()));
    const QStringList wanted = named.isEmpty() ? order : named;
    if (wanted.isEmpty()) {
        out << Tr::tr("No logins found in Docker's or Podman's files: nothing to import.\n");
        return 0;
    }

    Registries registries;
    int exitCode = 0;
    for (const QString &registry : wanted) {
        const QList<ImportableLogin> found = byRegistry.value(registry);
        if (found.isEmpty()) {
            err << Tr::tr("%1: not imported: Docker's and Podman's files have no login for it.\n").arg(registry);
            exitCode = ExitFailure;
            continue;
        }
        const ImportableLogin &login = found.first();
        const QString previousUser = registries.accounts.username(registry);
        Result<void> imported;
        CommandLoop::waitUntil([&](std::function<void()> finish) {
            importer.importInto(login, &registries.credentials, CredentialStore::PersistMode::Keychain,
                                [&imported, finish](Result<void> result) {
                                    imported = std::move(result);
                                    finish();
                                });
        });
        if (!imported) {
            if (imported.error().code() == ErrorCode::KeychainUnavailable)
                err << keychainUnavailableText(u"import"_s, imported.error());
            err << Tr::tr("%1: not imported from %2: %3\n")
                       .arg(registry, whereFound(login), printable(imported.error().message()));
            exitCode = ExitFailure;
            continue;
        }
        const QString user = registries.accounts.username(registry);
        out << Tr::tr("%1: imported %2 from %3 into the system keychain.\n")
                   .arg(registry, printable(user), printable(whereFound(login)));
        if (!previousUser.isEmpty() && previousUser != user)
            out << Tr::tr("  It replaces Wharf's login as %1.\n").arg(printable(previousUser));
        for (qsizetype i = 1; i < found.size(); ++i)
            out << Tr::tr("  Also found in %1 (as %2): not used, the first one was.\n")
                       .arg(printable(whereFound(found.at(i))),
                            printable(found.at(i).username.isEmpty() ? Tr::tr("?") : found.at(i).username));
    }
    return exitCode;
}

int share(const Arguments &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString usageLine = Tr::tr("Usage: wharf registry share HOST[:PORT] [--to docker|podman|both] [--yes]\n");
    if (args.positional.size() != 1) {
        err << Tr::tr("wharf registry share: give one registry.\n") << usageLine;
        return ExitUsage;
    }
    const Result<RegistryHost> host = RegistryHost::parse(args.positional.first());
    if (!host) {
        err << Tr::tr("wharf registry share: %1\n").arg(host.error().message());
        return ExitUsage;
    }
    QList<CredentialExporter::Target> targets;
    const QString to = args.to.isEmpty() ? u"both"_s : args.to.toLower();
    if (to == u"docker"_s)
        targets = {CredentialExporter::Target::Docker};
    else if (to == u"podman"_s)
        targets = {CredentialExporter::Target::Podman};
    else if (to == u"both"_s)
        targets = {CredentialExporter::Target::Docker, CredentialExporter::Target::Podman};
    if (targets.isEmpty()) {
        err << Tr::tr("wharf registry share: --to takes docker, podman or both, not \"%1\".\n").arg(args.to)
            << usageLine;
        return ExitUsage;
    }
    const QString name = host->name();
    Registries registries;
    const QString user = registries.accounts.username(name);
    if (user.isEmpty()) {
        err << Tr::tr("wharf registry share: Wharf has no login for %1. Log in first: wharf registry login %1 "
                      "--username USER\n")
                   .arg(name);
        return ExitFailure;
    }

    CredentialExporter exporter;
    int exitCode = 0;
    QList<CredentialExporter::Plan> plans;
    for (const CredentialExporter::Target target : std::as_const(targets)) {
        const Result<CredentialExporter::Plan> plan = exporter.plan(target, name);
        if (!plan) {
            err << Tr::tr("%1: cannot share the login for %2: %3\n")
                       .arg(CredentialExporter::targetName(target), name, plan.error().message());
            exitCode = ExitFailure;
            continue;
        }
        out << Tr::tr("%1: %2\n").arg(CredentialExporter::targetName(target), plan->description);
        plans.append(*plan);
    }
    if (plans.isEmpty())
        return exitCode;
    if (!args.yes) {
        out << Tr::tr("Nothing was written. Run again with --yes to write these changes.\n");
        return exitCode;
    }

    Result<RegistryCredential> credential = Error(ErrorCode::NotFound, {});
    CommandLoop::waitUntil([&](std::function<void()> finish) {
        registries.credentials.credential(name, [&credential, finish](Result<RegistryCredential> found) {
            credential = std::move(found);
            finish();
        });
    });
    if (!credential) {
        if (credential.error().code() == ErrorCode::KeychainUnavailable)
            err << keychainUnavailableText(u"share"_s, credential.error());
        else
            err << Tr::tr("wharf registry share: the secret of the login for %1 cannot be read: %2\n"
                          "Log in again: wharf registry login %1 --username %3\n")
                       .arg(name, credential.error().message(), user);
        return ExitFailure;
    }
    for (const CredentialExporter::Plan &plan : std::as_const(plans)) {
        Result<void> shared;
        CommandLoop::waitUntil([&](std::function<void()> finish) {
            exporter.share(plan, *credential, [&shared, finish](Result<void> result) {
                shared = std::move(result);
                finish();
            });
        });
        const QString tool = CredentialExporter::targetName(plan.target);
        if (shared) {
            out << Tr::tr("%1: shared the login for %2 (%3) through docker-credential-%4.\n")
                       .arg(tool, name, printable(credential->username), plan.helper);
        } else {
            err << Tr::tr("%1: the login for %2 was not shared: %3\n").arg(tool, name, shared.error().message());
            exitCode = ExitFailure;
        }
    }
    credential->secret.fill(u'\0');
    return exitCode;
}

} // namespace

int RegistryCommand::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString command = arguments.value(0);
    if (command.isEmpty() || command == u"--help"_s || command == u"-h"_s || command == u"help"_s) {
        (command.isEmpty() ? err : out) << usage();
        return command.isEmpty() ? ExitUsage : 0;
    }
    // The client's notes ("does not speak TLS; using plain HTTP") are for the window's log, not
    // for a command's output; QT_LOGGING_RULES still turns them on.
    QLoggingCategory::setFilterRules(u"wharf.registry.info=false"_s);
    const QStringList rest = arguments.mid(1);
    if (rest.contains(u"--help"_s) || rest.contains(u"-h"_s)) {
        out << usage();
        return 0;
    }
    struct Subcommand
    {
        const char16_t *name;
        int accept;
        int (*run)(const Arguments &);
    };
    static const Subcommand subcommands[] = {
        {u"login", AcceptLogin, login},   {u"logout", 0, logout},        {u"list", AcceptJson, list},
        {u"repos", AcceptJson, repos},    {u"tags", AcceptJson, tags},   {u"inspect", AcceptJson, inspect},
        {u"import", AcceptJson | AcceptImport, importLogins},             {u"share", AcceptShare, share},
    };
    for (const Subcommand &subcommand : subcommands) {
        if (command != QStringView(subcommand.name))
            continue;
        Arguments parsed;
        if (const auto problem = parseArguments(command, rest, subcommand.accept, parsed)) {
            err << *problem << u"\n"_s << usage();
            return ExitUsage;
        }
        return subcommand.run(parsed);
    }
    err << Tr::tr("wharf registry: unknown command \"%1\".\n").arg(command) << usage();
    return ExitUsage;
}

} // namespace Wharf
