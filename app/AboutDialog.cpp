// SPDX-License-Identifier: Apache-2.0
#include "AboutDialog.h"

#include "archive/ArchiveVersion.h"
#include "engine/Engine.h"
#include "engine/EngineManager.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QSysInfo>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

#ifndef WHARF_QTKEYCHAIN_VERSION
#define WHARF_QTKEYCHAIN_VERSION ""
#endif

namespace Wharf {

namespace {

QString qtVersion()
{
    const QString running = QString::fromLatin1(qVersion());
    const QString built = QStringLiteral(QT_VERSION_STR);
    if (running == built)
        return running;
    //: Qt's version at run time, then the one Wharf was built with: "6.5.0 (built with 6.4.2)".
    return QCoreApplication::translate("Wharf::AboutDialog", "%1 (built with %2)").arg(running, built);
}

} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_versions(new QTreeWidget(this))
    , m_copyButton(new QPushButton(tr("&Copy Versions"), this))
    , m_copiedLabel(new QLabel(this))
{
    setObjectName(u"aboutDialog"_s);
    setWindowTitle(tr("About Wharf"));
    const QIcon icon(u":/wharf/icons/cern.wharf.Wharf.svg"_s);
    setWindowIcon(icon);

    auto *iconLabel = new QLabel(this);
    iconLabel->setObjectName(u"iconLabel"_s);
    iconLabel->setPixmap(icon.pixmap(64, 64));
    iconLabel->setAlignment(Qt::AlignTop);
    iconLabel->setAccessibleName(tr("Wharf icon"));

    auto *title = new QLabel(this);
    title->setObjectName(u"titleLabel"_s);
    title->setTextFormat(Qt::PlainText);
    //: %1 is the version: "Wharf 0.3.0".
    title->setText(tr("Wharf %1").arg(QStringLiteral(WHARF_VERSION)));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *description = new QLabel(this);
    description->setObjectName(u"descriptionLabel"_s);
    description->setTextFormat(Qt::PlainText);
    description->setWordWrap(true);
    description->setText(tr("Container images of Docker and Podman for people who use CVMFS: list them, "
                            "pull them, and start a shell with /cvmfs and your analysis folder in it."));

    auto *license = new QLabel(this);
    license->setObjectName(u"licenseLabel"_s);
    license->setTextFormat(Qt::RichText);
    license->setOpenExternalLinks(true);
    license->setTextInteractionFlags(Qt::TextBrowserInteraction);
    license->setWordWrap(true);
    //: %1 is a link to the license text; keep the <a> element.
    license->setText(tr("Released under the %1.")
                         .arg(u"<a href=\"https://www.apache.org/licenses/LICENSE-2.0\">%1</a>"_s.arg(
                             tr("Apache License, version 2.0"))));

    m_versions->setObjectName(u"versionsTree"_s);
    m_versions->setAccessibleName(tr("Versions"));
    m_versions->setColumnCount(2);
    m_versions->setHeaderLabels({tr("Component"), tr("Version")});
    m_versions->setRootIsDecorated(false);
    m_versions->setSelectionMode(QAbstractItemView::SingleSelection);
    m_versions->setAllColumnsShowFocus(true);
    m_versions->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_versions->header()->setStretchLastSection(true);
    m_versions->setMinimumWidth(fontMetrics().averageCharWidth() * 56);

    m_copyButton->setObjectName(u"copyButton"_s);
    m_copyButton->setAutoDefault(false);
    m_copyButton->setToolTip(tr("Copies every version as plain text, to paste in a bug report"));
    m_copiedLabel->setObjectName(u"copiedLabel"_s);
    m_copiedLabel->setTextFormat(Qt::PlainText);
    connect(m_copyButton, &QPushButton::clicked, this, &AboutDialog::copyVersions);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(u"buttonBox"_s);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *text = new QVBoxLayout;
    text->addWidget(title);
    text->addWidget(description);
    text->addWidget(license);
    auto *top = new QHBoxLayout;
    top->addWidget(iconLabel, 0, Qt::AlignTop);
    top->addSpacing(12);
    top->addLayout(text, 1);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_copyButton);
    bottom->addWidget(m_copiedLabel, 1);
    bottom->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_versions, 1);
    layout->addLayout(bottom);

    rebuild();
}

void AboutDialog::setEngineVersions(const QList<QPair<QString, QString>> &nameAndVersion)
{
    m_engines = nameAndVersion;
    rebuild();
}

QList<QPair<QString, QString>> AboutDialog::engineVersions(const EngineManager *manager)
{
    QList<QPair<QString, QString>> rows;
    if (!manager)
        return rows;
    for (const Engine *engine : manager->engines()) {
        QString version;
        switch (engine->state()) {
        case Engine::State::Ready: {
            const EngineVersion &known = engine->version();
            const QString api = known.apiVersion.isEmpty() ? engine->pingInfo().apiVersion : known.apiVersion;
            if (known.version.isEmpty())
                //: The engine answered without its product version; %1 is the Engine API version.
                version = tr("API %1").arg(api);
            else
                //: %1 is the engine's version ("20.10.24"), %2 its Engine API version ("1.41").
                version = tr("%1 (API %2)").arg(known.version, api);
            break;
        }
        case Engine::State::Probing:
            version = tr("still being probed");
            break;
        case Engine::State::Unreachable:
            version = tr("not answering");
            break;
        }
        rows.append({engine->displayName(), version});
    }
    return rows;
}

void AboutDialog::rebuild()
{
    m_versions->clear();
    const QString keychain = QStringLiteral(WHARF_QTKEYCHAIN_VERSION);
    QList<QPair<QString, QString>> rows{
        {u"Wharf"_s, QStringLiteral(WHARF_VERSION)},
        {u"Qt"_s, qtVersion()},
        {u"QtKeychain"_s, keychain.isEmpty() ? tr("unknown") : keychain},
        {u"libarchive"_s, ArchiveVersion::libarchiveVersion()},
        //: The operating system, in the About box.
        {tr("System"), QSysInfo::prettyProductName() + u" ("_s + QSysInfo::currentCpuArchitecture() + u')'},
    };
    if (m_engines.isEmpty())
        rows.append({tr("Engines"), tr("none found")});
    rows.append(m_engines);
    for (const auto &[name, version] : std::as_const(rows)) {
        auto *item = new QTreeWidgetItem(m_versions, {name, version});
        item->setToolTip(1, version);
    }
    // Wide enough to show every version whole (an elided one is no use in a bug report).
    const QFontMetrics metrics = m_versions->fontMetrics();
    const int averageChar = metrics.averageCharWidth();
    int names = metrics.horizontalAdvance(m_versions->headerItem()->text(0));
    int versions = metrics.horizontalAdvance(m_versions->headerItem()->text(1));
    for (const auto &[name, version] : std::as_const(rows)) {
        names = std::max(names, metrics.horizontalAdvance(name));
        versions = std::max(versions, metrics.horizontalAdvance(version));
    }
    const int contents = names + versions + 2 * m_versions->frameWidth() + 6 * averageChar;
    m_versions->setMinimumWidth(std::clamp(contents, averageChar * 56, averageChar * 110));
}

QString AboutDialog::versionsText() const
{
    QStringList lines;
    for (int i = 0; i < m_versions->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_versions->topLevelItem(i);
        lines << item->text(0) + u": "_s + item->text(1);
    }
    return lines.join(u'\n') + u'\n';
}

void AboutDialog::copyVersions()
{
    QApplication::clipboard()->setText(versionsText());
    m_copiedLabel->setText(tr("Copied."));
    QTimer::singleShot(3000, m_copiedLabel, [label = m_copiedLabel] { label->clear(); });
}

} // namespace Wharf
