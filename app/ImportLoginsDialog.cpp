// SPDX-License-Identifier: Apache-2.0
#include "ImportLoginsDialog.h"

#include "BusyRow.h"
#include "DialogLabels.h"
#include "RegistryServices.h"
#include "credentials/CredentialImporter.h"
#include "credentials/DockerConfigFile.h"
#include "credentials/PodmanAuthFile.h"
#include "credentials/RegistryAccounts.h"
#include "credentials/RegistryCredential.h"

#include <QColor>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

// Row i of the list carries i here, so that sorting or a change of order cannot mix rows up.
constexpr int RowIndexRole = Qt::UserRole;

} // namespace

ImportLoginsDialog::ImportLoginsDialog(RegistryServices *services, QWidget *parent)
    : ImportLoginsDialog(services, QProcessEnvironment::systemEnvironment(), parent)
{ }

ImportLoginsDialog::ImportLoginsDialog(
    RegistryServices *services, const QProcessEnvironment &environment, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_environment(environment)
    , m_importer(new CredentialImporter(environment, this))
    , m_introLabel(DialogLabels::selectable(this, u"introLabel"_s))
    , m_busyRow(new BusyRow(this))
    , m_list(new QTreeWidget(this))
    , m_emptyLabel(DialogLabels::selectable(this, u"emptyLabel"_s))
    , m_problemsLabel(DialogLabels::selectable(this, u"problemsLabel"_s))
    , m_keychainNote(DialogLabels::selectable(this, u"keychainNoteLabel"_s))
    , m_summaryLabel(DialogLabels::selectable(this, u"summaryLabel"_s))
{
    setObjectName(u"importLoginsDialog"_s);
    setWindowTitle(tr("Import Logins from Docker and Podman"));

    m_introLabel->setText(
        tr("Docker and Podman keep these logins on this computer. Wharf copies the ones you "
           "check into the system keychain; Docker's and Podman's files are only read, never "
           "changed."));

    m_list->setObjectName(u"loginTreeWidget"_s);
    m_list->setColumnCount(ColumnCount);
    //: Column headers of the list of logins found in Docker's and Podman's files.
    m_list->setHeaderLabels({ tr("Registry"), tr("User"), tr("Found in"), tr("Status") });
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setAccessibleName(tr("Logins found"));
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setSectionsMovable(false);
    m_list->setMinimumHeight(fontMetrics().height() * 9);
    connect(m_list, &QTreeWidget::itemChanged, this, &ImportLoginsDialog::onItemChanged);

    m_emptyLabel->setFrameShape(QFrame::StyledPanel);
    m_emptyLabel->setMargin(12);
    m_emptyLabel->hide();
    m_problemsLabel->hide();
    m_keychainNote->hide();
    m_summaryLabel->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_cancelButton = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(u"cancelButton"_s);
    m_importButton = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(u"importButton"_s);
    m_importButton->setDefault(true);
    connect(m_importButton, &QPushButton::clicked, this, &ImportLoginsDialog::importChecked);
    connect(m_cancelButton, &QPushButton::clicked, this, &ImportLoginsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_introLabel);
    layout->addWidget(m_busyRow);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_emptyLabel, 1);
    layout->addWidget(m_problemsLabel);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_keychainNote);
    layout->addWidget(buttons);

    setMinimumWidth(fontMetrics().averageCharWidth() * 120);
    resize(minimumWidth(), fontMetrics().height() * 22);

    CredentialStore *store = m_services->credentials();
    connect(store, &CredentialStore::keychainStateChanged, this,
        &ImportLoginsDialog::updateKeychainState);
    updateKeychainState();
    // Learn whether there is a keychain before the user presses Import, not after.
    if (store->keychainState() == CredentialStore::KeychainState::Unknown)
        store->checkKeychain([](Result<void>) {});
    startScan();
}

ImportLoginsDialog::~ImportLoginsDialog()
{
    ++m_generation;
    // The importer's answers capture this dialog: it goes first, taking them with it.
    delete m_importer;
    m_importer = nullptr;
}

QList<ImportableLogin> ImportLoginsDialog::logins() const
{
    QList<ImportableLogin> logins;
    logins.reserve(m_rows.size());
    for (const Row &row : m_rows)
        logins.append(row.login);
    return logins;
}

bool ImportLoginsDialog::isChecked(int row) const
{
    return row >= 0 && row < m_rows.size()
        && m_rows.at(row).item->checkState(RegistryColumn) == Qt::Checked
        && m_rows.at(row).item->data(RegistryColumn, Qt::CheckStateRole).isValid();
}

void ImportLoginsDialog::setChecked(int row, bool checked)
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).imported)
        return;
    m_rows.at(row).item->setCheckState(RegistryColumn, checked ? Qt::Checked : Qt::Unchecked);
}

QString ImportLoginsDialog::displayPath(const QString &path) const
{
    const QString home = QDir::cleanPath(m_environment.value(u"HOME"_s));
    const QString clean = QDir::cleanPath(path);
    QString shown = clean;
    if (!home.isEmpty() && home != u"/"_s) {
        if (clean == home)
            shown = u"~"_s;
        else if (clean.startsWith(home + u'/'))
            shown = u"~/"_s + clean.mid(home.size() + 1);
    }
    return QDir::toNativeSeparators(shown);
}

QString ImportLoginsDialog::sourceText(const ImportableLogin &login) const
{
    switch (login.source) {
    case ImportableLogin::Source::CredentialHelper: return u"docker-credential-"_s + login.helper;
    case ImportableLogin::Source::DockerConfig:
    case ImportableLogin::Source::PodmanAuthFile: return displayPath(login.location);
    }
    return displayPath(login.location);
}

CredentialStore::PersistMode ImportLoginsDialog::mode() const
{
    return m_services->credentials()->keychainState() == CredentialStore::KeychainState::Unavailable
        ? CredentialStore::PersistMode::SessionOnly
        : CredentialStore::PersistMode::Keychain;
}

void ImportLoginsDialog::startScan()
{
    m_scanning = true;
    m_busyRow->setBusy(true, tr("Looking for logins…"));
    updateButtons();
    // The importer is a child and is deleted first in the destructor: it never answers a
    // dialog that is gone.
    m_importer->scan(
        [this](CredentialImporter::Scan scan) { showScan(scan.logins, scan.problems); });
}

void ImportLoginsDialog::showScan(
    const QList<ImportableLogin> &logins, const QList<Error> &problems)
{
    m_scanning = false;
    m_busyRow->setBusy(false);
    RegistryAccounts *accounts = m_services->accounts();

    m_updatingChecks = true;
    QSet<QString> offered;
    for (const ImportableLogin &login : logins) {
        Row row;
        row.login = login;
        auto *item = new QTreeWidgetItem;
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setData(RegistryColumn, RowIndexRole, int(m_rows.size()));
        item->setText(RegistryColumn, login.registry);

        if (login.username.isEmpty()) {
            item->setText(UserColumn, tr("(not listed)"));
            item->setToolTip(UserColumn,
                tr("The credential helper does not list the user; Wharf reads it when importing."));
            item->setForeground(UserColumn, palette().brush(QPalette::PlaceholderText));
        } else if (login.username == RegistryCredential::IdentityTokenUsername) {
            //: A login that holds an OAuth2 refresh token instead of a user and password.
            item->setText(UserColumn, tr("(identity token)"));
        } else {
            item->setText(UserColumn, login.username);
        }

        item->setText(SourceColumn, sourceText(login));
        if (login.source == ImportableLogin::Source::CredentialHelper)
            item->setToolTip(SourceColumn,
                tr("The credential helper docker-credential-%1, named in %2")
                    .arg(login.helper, displayPath(login.location)));
        else
            item->setToolTip(SourceColumn, QDir::toNativeSeparators(login.location));

        // One registry, one login: the first one found is offered, the rest are there to
        // choose instead. A registry Wharf is logged in to keeps its login unless asked.
        const QString current = accounts->username(login.registry);
        bool checked = true;
        if (!current.isEmpty()) {
            row.note = tr("already logged in as %1").arg(current);
            item->setToolTip(StatusColumn,
                tr("Check it to replace Wharf's login for %1 with this one.").arg(login.registry));
            checked = false;
        } else if (offered.contains(login.registry)) {
            //: Another login for the same registry is in a row above.
            row.note = tr("also listed above");
            item->setToolTip(StatusColumn,
                tr("Another login for %1 is listed above. Check this one to import it instead; "
                   "Wharf keeps one login per registry.")
                    .arg(login.registry));
            checked = false;
        }
        offered.insert(login.registry);
        item->setCheckState(RegistryColumn, checked ? Qt::Checked : Qt::Unchecked);
        item->setText(StatusColumn, row.note);
        item->setForeground(StatusColumn, palette().brush(QPalette::PlaceholderText));
        row.item = item;
        m_rows.append(row);
        m_list->addTopLevelItem(item);
    }
    m_updatingChecks = false;
    for (int column = RegistryColumn; column < StatusColumn; ++column)
        m_list->resizeColumnToContents(column);

    if (m_rows.isEmpty()) {
        QStringList searched { displayPath(DockerConfigFile::defaultPath(m_environment)) };
        for (const QString &path : PodmanAuthFile::podmanPaths(m_environment))
            searched.append(displayPath(path));
        searched.removeDuplicates();
        m_emptyLabel->setText(tr("Docker and Podman have no saved logins on this computer.")
            + u"\n\n"_s
            //: %1 is a list of files, one per line.
            + tr("Wharf looked in:\n%1").arg(searched.join(u'\n')));
        m_list->hide();
        m_introLabel->hide();
        m_emptyLabel->show();
    }

    if (!problems.isEmpty()) {
        QStringList lines;
        QStringList details;
        // Paths in the messages as users write them (~/...).
        const QString home = QDir::cleanPath(m_environment.value(u"HOME"_s));
        for (const Error &problem : problems) {
            QString line = problem.message();
            if (!home.isEmpty() && home != u"/"_s)
                line.replace(home + u'/', u"~/"_s);
            lines.append(line);
            if (!problem.details().isEmpty())
                details.append(problem.details());
        }
        lines.removeDuplicates();
        m_problemsLabel->setText(
            (m_rows.isEmpty() ? QString() : tr("Some logins may be missing:") + u'\n')
            + lines.join(u'\n'));
        m_problemsLabel->setToolTip(details.join(u'\n'));
        m_problemsLabel->show();
    }
    updateButtons();
    DialogLabels::growToFit(this);
    Q_EMIT scanFinished();
}

void ImportLoginsDialog::onItemChanged(QTreeWidgetItem *item, int column)
{
    if (m_updatingChecks || column != RegistryColumn)
        return;
    const int index = item->data(RegistryColumn, RowIndexRole).toInt();
    if (index < 0 || index >= m_rows.size())
        return;
    // Checking one login of a registry unchecks the others: the last one imported would win.
    if (item->checkState(RegistryColumn) == Qt::Checked) {
        m_updatingChecks = true;
        const QString registry = m_rows.at(index).login.registry;
        for (int other = 0; other < m_rows.size(); ++other) {
            const Row &row = m_rows.at(other);
            if (other != index && !row.imported && row.login.registry == registry)
                row.item->setCheckState(RegistryColumn, Qt::Unchecked);
        }
        m_updatingChecks = false;
    }
    updateButtons();
}

void ImportLoginsDialog::setStatus(
    int row, const QString &text, bool isError, const QString &toolTip)
{
    QTreeWidgetItem *item = m_rows.at(row).item;
    item->setText(StatusColumn, text);
    item->setToolTip(StatusColumn, toolTip.isEmpty() ? text : toolTip);
    if (isError) {
        const bool dark = palette().color(QPalette::Window).lightness() < 128;
        item->setForeground(StatusColumn, dark ? QColor(255, 130, 120) : QColor(176, 0, 32));
    } else {
        item->setForeground(StatusColumn, palette().brush(QPalette::WindowText));
    }
}

void ImportLoginsDialog::importChecked()
{
    if (m_scanning || m_importing)
        return;
    m_queue.clear();
    for (int row = 0; row < m_rows.size(); ++row) {
        if (isChecked(row) && !m_rows.at(row).imported)
            m_queue.append(row);
    }
    if (m_queue.isEmpty())
        return;
    m_importing = true;
    m_importedCount = 0;
    m_failedCount = 0;
    m_summaryLabel->hide();
    m_updatingChecks = true;
    for (const Row &row : std::as_const(m_rows))
        row.item->setFlags(Qt::ItemIsEnabled); // no check changes while importing
    for (int row : std::as_const(m_queue))
        setStatus(row, tr("waiting"), false);
    m_updatingChecks = false;
    m_busyRow->setBusy(true, mode() == CredentialStore::PersistMode::Keychain
            ? tr("Importing into the system keychain…")
            : tr("Importing for this session…"));
    updateButtons();
    importNext(++m_generation);
}

void ImportLoginsDialog::importNext(quint64 generation)
{
    if (generation != m_generation)
        return;
    if (m_queue.isEmpty()) {
        m_importing = false;
        m_busyRow->setBusy(false);
        m_updatingChecks = true;
        for (const Row &row : std::as_const(m_rows)) {
            if (!row.imported)
                row.item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        }
        m_updatingChecks = false;
        QString summary;
        // English source texts in both numbers; %n lets translators add their plurals.
        if (m_importedCount > 0)
            summary = m_importedCount == 1 ? tr("%n login imported.", nullptr, m_importedCount)
                                           : tr("%n logins imported.", nullptr, m_importedCount);
        if (m_failedCount > 0)
            summary += (summary.isEmpty() ? QString() : u" "_s)
                + (m_failedCount == 1 ? tr(
                       "%n login could not be imported: see the list.", nullptr, m_failedCount)
                                      : tr("%n logins could not be imported: see the list.",
                                          nullptr, m_failedCount));
        m_summaryLabel->setText(summary);
        DialogLabels::setErrorTone(m_summaryLabel, m_failedCount > 0);
        m_summaryLabel->setVisible(!summary.isEmpty());
        updateButtons();
        DialogLabels::growToFit(this);
        Q_EMIT importFinished(m_importedCount, m_failedCount);
        return;
    }

    const int row = m_queue.takeFirst();
    const CredentialStore::PersistMode persist = mode();
    const bool sessionOnly = persist == CredentialStore::PersistMode::SessionOnly;
    setStatus(row, tr("importing…"), false);
    // The importer answers only while it lives (it is deleted with the dialog); the store
    // answers later, possibly after the dialog is gone, hence the guard.
    const QPointer<ImportLoginsDialog> self(this);
    m_importer->importInto(m_rows.at(row).login, m_services->credentials(), persist,
        [self, generation, row, sessionOnly](Result<void> imported) {
            if (!self || generation != self->m_generation)
                return;
            self->finishRow(row, sessionOnly, imported);
        });
}

void ImportLoginsDialog::finishRow(int row, bool sessionOnly, const Result<void> &imported)
{
    Row &entry = m_rows[row];
    const QString registry = entry.login.registry;
    if (imported) {
        entry.imported = true;
        ++m_importedCount;
        const QString user = m_services->accounts()->username(registry);
        m_updatingChecks = true;
        // Done: no check box any more.
        entry.item->setData(RegistryColumn, Qt::CheckStateRole, QVariant());
        entry.item->setIcon(RegistryColumn, style()->standardIcon(QStyle::SP_DialogApplyButton));
        if (entry.login.username.isEmpty() && !user.isEmpty()) {
            entry.item->setText(UserColumn, user);
            entry.item->setForeground(UserColumn, palette().brush(QPalette::Text));
        }
        m_updatingChecks = false;
        m_list->resizeColumnToContents(RegistryColumn);
        setStatus(row,
            sessionOnly ? tr("imported for this session") : tr("imported into the keychain"),
            false);
        m_services->noteSessionLogin(registry, sessionOnly);
        Q_EMIT loginImported(registry, user, sessionOnly);
        importNext(m_generation);
        return;
    }

    ++m_failedCount;
    const Error &error = imported.error();
    if (error.code() == ErrorCode::KeychainUnavailable) {
        // Nothing more can go to the keychain: stop, and offer this session instead
        // (updateKeychainState relabels Import).
        setStatus(row, tr("not imported: no keychain"), true, error.message());
        for (int waiting : std::as_const(m_queue))
            setStatus(waiting, m_rows.at(waiting).note, false);
        m_queue.clear();
        importNext(m_generation);
        return;
    }
    setStatus(row, error.message(), true,
        error.details().isEmpty() ? error.message() : error.message() + u'\n' + error.details());
    importNext(m_generation);
}

void ImportLoginsDialog::reject()
{
    // Stop importing; a login already handed to the keychain finishes there.
    ++m_generation;
    m_queue.clear();
    QDialog::reject();
}

void ImportLoginsDialog::updateKeychainState()
{
    CredentialStore *store = m_services->credentials();
    const bool unavailable = store->keychainState() == CredentialStore::KeychainState::Unavailable;
    if (unavailable) {
        const QString why = store->keychainProblem();
        m_keychainNote->setText(
            (why.isEmpty() ? tr("The system keychain cannot be reached.")
                           : tr("The system keychain cannot be reached: %1").arg(why))
            + u' '
            + tr("Wharf can keep the imported logins in memory for this session only; they are "
                 "never written to disk. Or start your keychain (e.g. GNOME Keyring or KWallet) "
                 "and open this dialog again."));
        DialogLabels::setErrorTone(m_keychainNote, false);
        m_keychainNote->show();
        m_importButton->setText(tr("Import for This &Session Only"));
        m_importButton->setToolTip(
            tr("Keep the checked logins in memory until Wharf quits; nothing is written to disk"));
    } else {
        m_keychainNote->hide();
        m_importButton->setText(tr("&Import"));
        m_importButton->setToolTip(tr("Copy the checked logins into the system keychain"));
    }
    DialogLabels::growToFit(this);
}

void ImportLoginsDialog::updateButtons()
{
    bool anyChecked = false;
    bool anyImported = false;
    for (int row = 0; row < m_rows.size(); ++row) {
        anyChecked = anyChecked || (isChecked(row) && !m_rows.at(row).imported);
        anyImported = anyImported || m_rows.at(row).imported;
    }
    m_importButton->setEnabled(!m_scanning && !m_importing && anyChecked);
    m_importButton->setVisible(m_scanning || !m_rows.isEmpty());
    const bool done = anyImported || (!m_scanning && m_rows.isEmpty());
    m_cancelButton->setText(done ? tr("Close") : tr("Cancel"));
}

} // namespace Wharf
