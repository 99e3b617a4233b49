// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "launch/AutomounterSettings.h"

#include <QDialog>
#include <QList>
#include <QStringList>

#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSettings;
class QStackedWidget;

namespace Wharf {

class SettingsFieldMark;
class SettingsListEditor;

// Settings… : the choices WharfSettings keeps, on pages chosen from a short list on the left
// (Engines, Terminal, CVMFS, Network, Language). Every field is checked as it is typed, with
// the same checks the settings apply when they are read; a wrong value is marked with the
// reason under it and OK and Apply wait until it is fixed. OK and Apply write only the values
// changed here, so a value changed elsewhere meanwhile survives; Cancel writes nothing.
// Nothing slow happens here: terminals are looked up on the PATH, and no CVMFS path is ever
// touched (an unreachable CVMFS proxy would hang the window).
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Page { Engines, Terminal, Cvmfs, Network, Registries, Language };
    Q_ENUM(Page)

    // `settings`: not owned, must outlive the dialog; nullptr: the application's settings.
    explicit SettingsDialog(QSettings *settings = nullptr, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void showPage(Page page);
    Page currentPage() const;
    // Whether every field holds a value the settings accept.
    bool isValid() const;

    void accept() override;

    // The registries the Registries page holds, shown on the Registries page of this dialog.
    void setRegistries(const QStringList &registries);

Q_SIGNALS:
    // Values were written: the window re-reads what it shows.
    void applied();
    // The user wants the Registries page, where registries, logins and their options live.
    void registriesPageRequested();

private:
    struct Values
    {
        QString engineHost;
        QString terminalId;
        QString cvmfsRoot;
        QStringList cvmfsRepositories;
        QStringList unpackedRoots;
        AutomounterSettings automounter;
        QString proxy;
        QString language;
        bool operator==(const Values &) const = default;
    };

    QWidget *makeEnginesPage();
    QWidget *makeTerminalPage();
    QWidget *makeCvmfsPage();
    QWidget *makeNetworkPage();
    QWidget *makeRegistriesPage();
    QWidget *makeLanguagePage();
    void addPage(const QString &title, const QString &iconName, int fallbackIcon, QWidget *page);
    QLineEdit *makeLineEdit(const QString &objectName, const QString &accessibleName, QWidget *parent);
    SettingsFieldMark *makeMark(QWidget *field, const QString &objectName, QWidget *parent);

    void fitToPages();
    void load();
    Values formValues() const;
    void validate();
    void updateTerminalInfo();
    bool apply();

    std::unique_ptr<QSettings> m_ownedSettings;
    QSettings *m_settings;
    Values m_loaded;
    QList<int> m_pageErrors;
    QList<QIcon> m_pageIcons;

    QListWidget *m_sections = nullptr;
    QStackedWidget *m_pages = nullptr;
    QDialogButtonBox *m_buttons = nullptr;

    QLineEdit *m_engineHostEdit = nullptr;
    QComboBox *m_terminalCombo = nullptr;
    QLabel *m_terminalInfo = nullptr;
    QLineEdit *m_cvmfsRootEdit = nullptr;
    SettingsListEditor *m_repositories = nullptr;
    QLabel *m_repositoriesFeedback = nullptr;
    SettingsListEditor *m_unpackedRoots = nullptr;
    QLabel *m_unpackedRootsFeedback = nullptr;
    QLineEdit *m_automounterImageEdit = nullptr;
    QLineEdit *m_automounterNameEdit = nullptr;
    QLineEdit *m_automounterRootEdit = nullptr;
    QLineEdit *m_proxyEdit = nullptr;
    QListWidget *m_registryList = nullptr;
    QComboBox *m_languageCombo = nullptr;

    std::unique_ptr<SettingsFieldMark> m_engineHostMark;
    std::unique_ptr<SettingsFieldMark> m_cvmfsRootMark;
    std::unique_ptr<SettingsFieldMark> m_repositoriesMark;
    std::unique_ptr<SettingsFieldMark> m_unpackedRootsMark;
    std::unique_ptr<SettingsFieldMark> m_automounterImageMark;
    std::unique_ptr<SettingsFieldMark> m_automounterNameMark;
    std::unique_ptr<SettingsFieldMark> m_automounterRootMark;
    std::unique_ptr<SettingsFieldMark> m_proxyMark;
};

} // namespace Wharf
