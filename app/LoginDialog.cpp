// SPDX-License-Identifier: Apache-2.0
#include "LoginDialog.h"

#include "BusyRow.h"
#include "DialogLabels.h"
#include "ErrorExplanationView.h"
#include "RegistryServices.h"
#include "credentials/CredentialStore.h"
#include "credentials/RegistryAccounts.h"
#include "credentials/RegistryCredential.h"
#include "registry/RegistryCall.h"
#include "registry/RegistryClient.h"
#include "registry/RegistryConnections.h"
#include "registry/RegistryHost.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

// Editable from the start: its line edit then follows it in the focus chain. Made editable
// after the other fields, the line edit would come last, and Shift+Tab from the buttons would
// jump to the registry over the password and user name.
QComboBox *editableComboBox(QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setEditable(true);
    return combo;
}

// The GitLab instance behind a registry host, where its tokens are made: gitlab.cern.ch for
// gitlab-registry.cern.ch, gitlab.com for registry.gitlab.com; empty when it cannot be told.
QString gitLabInstance(const QString &host)
{
    const QString name = host.section(u':', 0, 0);
    const QString prefix = u"gitlab-registry."_s;
    if (name.startsWith(prefix))
        return u"gitlab."_s + name.mid(prefix.size());
    if (name == u"registry.gitlab.com"_s)
        return u"gitlab.com"_s;
    return {};
}

} // namespace

LoginDialog::LoginDialog(RegistryServices *services, const QString &registry, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_registryCombo(editableComboBox(this))
    , m_registryFeedback(DialogLabels::selectable(this, u"registryFeedbackLabel"_s))
    , m_gitLabHint(new QLabel(this))
    , m_usernameEdit(new QLineEdit(this))
    , m_secretEdit(new QLineEdit(this))
    , m_inputFeedback(DialogLabels::selectable(this, u"inputFeedbackLabel"_s))
    , m_keychainRadio(new QRadioButton(this))
    , m_sessionRadio(new QRadioButton(this))
    , m_keychainNote(DialogLabels::selectable(this, u"keychainNoteLabel"_s))
    , m_busyRow(new BusyRow(this))
    , m_messageLabel(DialogLabels::selectable(this, u"messageLabel"_s))
    , m_explanation(new ErrorExplanationView(this))
{
    setObjectName(u"loginDialog"_s);
    setWindowTitle(tr("Log In to a Registry"));
    RegistryAccounts *accounts = m_services->accounts();

    m_registryCombo->setObjectName(u"registryComboBox"_s);
    m_registryCombo->setInsertPolicy(QComboBox::NoInsert);
    m_registryCombo->addItems(accounts->registries());
    m_registryCombo->setAccessibleName(tr("Registry"));
    m_registryCombo->setMinimumWidth(fontMetrics().averageCharWidth() * 44);
    m_registryFeedback->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_gitLabHint->setObjectName(u"gitLabHintLabel"_s);
    m_gitLabHint->setWordWrap(true);
    m_gitLabHint->setTextFormat(Qt::RichText);
    m_gitLabHint->setOpenExternalLinks(true);
    m_gitLabHint->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_gitLabHint->setFrameShape(QFrame::StyledPanel);
    m_gitLabHint->setMargin(6);
    m_gitLabHint->hide();

    m_usernameEdit->setObjectName(u"usernameLineEdit"_s);
    m_usernameEdit->setAccessibleName(tr("User name"));
    m_secretEdit->setObjectName(u"secretLineEdit"_s);
    m_secretEdit->setEchoMode(QLineEdit::Password);
    m_secretEdit->setAccessibleName(tr("Password or token"));
    m_secretEdit->setPlaceholderText(tr("Password or access token"));
    m_inputFeedback->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_inputFeedback->hide();

    m_keychainRadio->setObjectName(u"keychainRadioButton"_s);
    m_keychainRadio->setText(tr("Remember in the system &keychain"));
    m_keychainRadio->setToolTip(
        tr("The password or token goes to the system keychain (the Secret Service, "
           "macOS Keychain or Windows Credential Manager), never to a file of Wharf's."));
    m_sessionRadio->setObjectName(u"sessionRadioButton"_s);
    m_sessionRadio->setText(tr("For this &session only (kept in memory until Wharf quits)"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_keychainRadio);
    group->addButton(m_sessionRadio);
    m_keychainRadio->setChecked(true);
    m_keychainNote->hide();

    auto *form = new QGridLayout;
    form->setColumnStretch(1, 1);
    int row = 0;
    form->addWidget(
        DialogLabels::formLabel(tr("&Registry:"), m_registryCombo, this, Qt::AlignVCenter), row, 0);
    form->addWidget(m_registryCombo, row++, 1);
    form->addWidget(m_registryFeedback, row++, 1);
    form->addWidget(m_gitLabHint, row++, 1);
    form->addWidget(
        DialogLabels::formLabel(tr("&User name:"), m_usernameEdit, this, Qt::AlignVCenter), row, 0);
    form->addWidget(m_usernameEdit, row++, 1);
    //: A password, or an access token used in its place.
    form->addWidget(
        DialogLabels::formLabel(tr("&Password or token:"), m_secretEdit, this, Qt::AlignVCenter),
        row, 0);
    form->addWidget(m_secretEdit, row++, 1);
    form->addWidget(m_inputFeedback, row++, 1);
    //: Where the password is kept.
    form->addWidget(
        DialogLabels::formLabel(tr("Keep it:"), m_keychainRadio, this, Qt::AlignVCenter), row, 0);
    form->addWidget(m_keychainRadio, row++, 1);
    form->addWidget(m_sessionRadio, row++, 1);
    form->addWidget(m_keychainNote, row++, 1);

    m_messageLabel->hide();
    m_sessionOnlyButton = new QPushButton(tr("Use for This &Session Only"), this);
    m_sessionOnlyButton->setObjectName(u"sessionOnlyButton"_s);
    m_sessionOnlyButton->setToolTip(
        tr("Keep the login in memory until Wharf quits; nothing is written to disk"));
    m_sessionOnlyButton->hide();
    connect(m_sessionOnlyButton, &QPushButton::clicked, this, [this] {
        m_sessionRadio->setChecked(true);
        save(true);
    });

    auto *buttons = new QDialogButtonBox(this);
    m_cancelButton = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(u"cancelButton"_s);
    m_loginButton = buttons->addButton(tr("&Log In"), QDialogButtonBox::AcceptRole);
    m_loginButton->setObjectName(u"loginButton"_s);
    m_loginButton->setDefault(true);
    m_loginButton->setToolTip(tr("Check the login with the registry, then keep it"));
    connect(m_loginButton, &QPushButton::clicked, this, &LoginDialog::logIn);
    connect(m_cancelButton, &QPushButton::clicked, this, &QDialog::reject);

    auto *sessionRow = new QHBoxLayout;
    sessionRow->addStretch(1);
    sessionRow->addWidget(m_sessionOnlyButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_busyRow);
    layout->addWidget(m_messageLabel);
    layout->addLayout(sessionRow);
    layout->addWidget(m_explanation);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_registryCombo, &QComboBox::editTextChanged, this, &LoginDialog::registryChanged);
    connect(m_usernameEdit, &QLineEdit::textChanged, this, &LoginDialog::validate);
    connect(m_secretEdit, &QLineEdit::textChanged, this, &LoginDialog::validate);
    connect(m_services->credentials(), &CredentialStore::keychainStateChanged, this,
        &LoginDialog::updateKeychainState);

    setRegistry(registry);
    updateKeychainState();
    // Learn whether there is a keychain before the password is typed, not after.
    if (m_services->credentials()->keychainState() == CredentialStore::KeychainState::Unknown)
        m_services->credentials()->checkKeychain([](Result<void>) {});
    if (!registry.isEmpty())
        (m_usernameEdit->text().isEmpty() ? m_usernameEdit : m_secretEdit)->setFocus();
}

LoginDialog::~LoginDialog()
{
    ++m_generation;
    // Closing the dialog ends the check; the client (and the secret it holds) goes with it.
    if (m_checkCall)
        m_checkCall->cancel();
}

bool LoginDialog::isGitLabHost(const QString &registry)
{
    const QString host = registry.section(u':', 0, 0).toLower();
    return host.startsWith(u"gitlab-registry."_s) || host.contains(u"gitlab"_s);
}

void LoginDialog::setRegistry(const QString &registry)
{
    m_registryCombo->setEditText(registry);
    registryChanged();
}

QString LoginDialog::registry() const
{
    return m_normalisedRegistry.isEmpty() ? m_registryCombo->currentText().trimmed()
                                          : m_normalisedRegistry;
}

void LoginDialog::setUsername(const QString &username)
{
    m_usernameEdit->setText(username);
}

void LoginDialog::setSecret(const QString &secret)
{
    m_secretEdit->setText(secret);
}

bool LoginDialog::sessionOnly() const
{
    return m_sessionRadio->isChecked();
}

void LoginDialog::setSessionOnly(bool sessionOnly)
{
    (sessionOnly ? m_sessionRadio : m_keychainRadio)->setChecked(true);
}

void LoginDialog::registryChanged()
{
    const QString previous = m_normalisedRegistry;
    const QString text = m_registryCombo->currentText().trimmed();
    const Result<RegistryHost> host = RegistryHost::parse(text);
    m_normalisedRegistry = host ? host->name() : QString();
    if (text.isEmpty()) {
        m_registryFeedback->setText(
            tr("The registry's host[:port], e.g. gitlab-registry.cern.ch."));
        DialogLabels::setErrorTone(m_registryFeedback, false);
        m_registryFeedback->show();
    } else if (!host) {
        m_registryFeedback->setText(host.error().message());
        DialogLabels::setErrorTone(m_registryFeedback, true);
        m_registryFeedback->show();
    } else if (host->name() != text) {
        m_registryFeedback->setText(tr("Logs in to %1").arg(host->name()));
        DialogLabels::setErrorTone(m_registryFeedback, false);
        m_registryFeedback->show();
    } else {
        m_registryFeedback->hide();
    }

    if (host && isGitLabHost(host->name())) {
        const QString instance = gitLabInstance(host->name());
        const QString docs
            = u"https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html"_s;
        QString where = tr("<a href=\"%1\">how to make one</a>").arg(docs);
        if (!instance.isEmpty()) {
            const QString page
                = u"https://%1/-/user_settings/personal_access_tokens?name=Wharf&scopes=read_registry"_s
                      .arg(instance);
            //: %1: a link to the token page of the GitLab instance, %2: a link to GitLab's help.
            where = tr("make one on <a href=\"%1\">%2</a> (%3)")
                        .arg(page, instance.toHtmlEscaped(), where);
        }
        m_gitLabHint->setText(
            tr("<b>GitLab:</b> an account with two-factor authentication or single sign-on (CERN "
               "SSO) cannot "
               "log in with its password here. Use a <b>personal access token</b> with the "
               "<b>read_registry</b> scope as the password, and your GitLab user name: %1.")
                .arg(where));
        m_gitLabHint->show();
    } else {
        m_gitLabHint->hide();
    }

    // The user known for this registry, unless the user typed another one.
    const QString known = m_normalisedRegistry.isEmpty()
        ? QString()
        : m_services->accounts()->username(m_normalisedRegistry);
    const QString before
        = previous.isEmpty() ? QString() : m_services->accounts()->username(previous);
    if (!known.isEmpty() && (m_usernameEdit->text().isEmpty() || m_usernameEdit->text() == before))
        m_usernameEdit->setText(known);
    clearError();
    validate();
    DialogLabels::growToFit(this);
}

void LoginDialog::validate()
{
    QString problem;
    const QString user = m_usernameEdit->text();
    if (user.contains(u':'))
        problem = tr(
            "A user name cannot contain \":\" (the registry would read the rest as the password).");
    else if (user != user.trimmed())
        problem = tr("The user name starts or ends with a space: remove it.");
    else if (RegistryCredential::hasControlCharacters(user)
        || RegistryCredential::hasControlCharacters(m_secretEdit->text()))
        problem = tr("The user name or password contains a control character (pasted by "
                     "accident?): remove it.");
    m_inputFeedback->setText(problem);
    DialogLabels::setErrorTone(m_inputFeedback, true);
    m_inputFeedback->setVisible(!problem.isEmpty());
    m_loginButton->setEnabled(!m_busy && !m_normalisedRegistry.isEmpty() && !user.isEmpty()
        && !m_secretEdit->text().isEmpty() && problem.isEmpty());
}

void LoginDialog::updateKeychainState()
{
    CredentialStore *store = m_services->credentials();
    const bool unavailable = store->keychainState() == CredentialStore::KeychainState::Unavailable;
    m_keychainRadio->setEnabled(!unavailable && !m_busy);
    if (unavailable) {
        m_sessionRadio->setChecked(true);
        const QString why = store->keychainProblem();
        m_keychainNote->setText(
            (why.isEmpty() ? tr("The system keychain cannot be reached.")
                           : tr("The system keychain cannot be reached: %1").arg(why))
            + u' '
            + tr("Wharf can keep this login in memory for this session only; it is never written "
                 "to disk. "
                 "You will log in again after Wharf quits."));
        DialogLabels::setErrorTone(m_keychainNote, false);
        m_keychainNote->show();
    } else {
        m_keychainNote->hide();
    }
    DialogLabels::growToFit(this);
}

void LoginDialog::setBusy(bool busy, const QString &status)
{
    m_busy = busy;
    m_registryCombo->setEnabled(!busy);
    m_usernameEdit->setReadOnly(busy);
    m_secretEdit->setReadOnly(busy);
    m_sessionOnlyButton->setEnabled(!busy);
    m_busyRow->setBusy(busy, status);
    updateKeychainState();
    validate();
}

void LoginDialog::clearError()
{
    m_lastError = Error();
    m_messageLabel->hide();
    m_explanation->clear();
    m_sessionOnlyButton->hide();
}

void LoginDialog::showError(const Error &error, const QString &context, bool explain)
{
    m_lastError = error;
    m_messageLabel->setText(error.message());
    DialogLabels::setErrorTone(m_messageLabel, true);
    m_messageLabel->show();
    if (explain)
        m_explanation->explain(error, context);
    else
        m_explanation->clear();
    DialogLabels::growToFit(this);
}

void LoginDialog::logIn()
{
    validate();
    if (m_busy || !m_loginButton->isEnabled())
        return;
    const Result<RegistryHost> host = RegistryHost::parse(m_normalisedRegistry);
    if (!host)
        return;
    clearError();
    const QString registryName = host->name();
    const RegistryOptions options = RegistryConnections::optionsFrom(*m_services->accounts(), registryName);
    // A client of its own, with the typed credential: the shared one keeps the old login
    // until this one is accepted.
    if (m_checkClient)
        m_checkClient->deleteLater();
    m_checkClient = new RegistryClient(*host, options, this);
    m_checkClient->setCredential(m_usernameEdit->text(), m_secretEdit->text());
    setBusy(true, tr("Checking the login with %1…").arg(registryName));
    const quint64 generation = ++m_generation;
    const QString user = m_usernameEdit->text();
    m_checkCall = m_checkClient->checkLogin(
        this, [this, generation, registryName, user](const Result<void> &checked) {
            if (generation != m_generation)
                return;
            // The check is over: its client, and the secret it holds, can go.
            if (m_checkClient)
                m_checkClient->deleteLater();
            if (!checked) {
                setBusy(false);
                showError(
                    checked.error(), tr("Logging in to %1 as %2").arg(registryName, user), true);
                m_secretEdit->setFocus();
                m_secretEdit->selectAll();
                return;
            }
            save(sessionOnly());
        });
}

void LoginDialog::save(bool sessionOnlyMode)
{
    const QString registryName = m_normalisedRegistry;
    const QString user = m_usernameEdit->text();
    if (registryName.isEmpty() || user.isEmpty() || m_secretEdit->text().isEmpty())
        return;
    clearError();
    setBusy(true,
        sessionOnlyMode ? tr("Keeping the login for this session…")
                        : tr("Saving the login in the system keychain…"));
    const quint64 generation = ++m_generation;
    const auto mode = sessionOnlyMode ? CredentialStore::PersistMode::SessionOnly
                                      : CredentialStore::PersistMode::Keychain;
    QPointer<LoginDialog> self(this);
    m_services->credentials()->login(RegistryCredential(registryName, user, m_secretEdit->text()),
        mode, [self, generation, registryName, user, sessionOnlyMode](Result<void> kept) {
            if (!self || generation != self->m_generation)
                return;
            self->setBusy(false);
            if (!kept) {
                if (kept.error().code() == ErrorCode::KeychainUnavailable) {
                    // The registry accepted the login; only the keychain is missing.
                    Error plain(ErrorCode::KeychainUnavailable,
                        tr("%1 accepted the login, but the system keychain cannot be reached, so "
                           "Wharf "
                           "did not keep it. Use it for this session only (in memory, never "
                           "written to "
                           "disk), or start your keychain (e.g. GNOME Keyring or KWallet) and try "
                           "again.")
                            .arg(registryName),
                        kept.error().message());
                    self->showError(plain, QString(), false);
                    self->m_sessionOnlyButton->show();
                    self->m_sessionOnlyButton->setFocus();
                    return;
                }
                self->showError(
                    kept.error(), tr("Keeping the login for %1").arg(registryName), true);
                return;
            }
            self->m_secretEdit->clear();
            self->m_services->noteSessionLogin(registryName, sessionOnlyMode);
            Q_EMIT self->loggedIn(registryName, user, sessionOnlyMode);
            self->accept();
        });
}

} // namespace Wharf
