// SPDX-License-Identifier: Apache-2.0
#include "ConfirmationDialog.h"

#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

namespace Wharf {

namespace {

std::optional<bool> &presetAnswer()
{
    static std::optional<bool> answer;
    return answer;
}

QString &lastAsked()
{
    static QString text;
    return text;
}

} // namespace

void ConfirmationDialog::setPresetAnswer(std::optional<bool> answer)
{
    presetAnswer() = answer;
}

QString ConfirmationDialog::lastQuestion()
{
    return lastAsked();
}

void ConfirmationDialog::ask(QWidget *parent, const QString &title, const QString &text, const QString &details,
                             const QString &confirmText, std::function<void(bool)> done)
{
    lastAsked() = text;
    if (presetAnswer()) {
        const bool answer = *presetAnswer();
        QTimer::singleShot(0, parent, [done = std::move(done), answer] { done(answer); });
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->setInformativeText(details);
    QPushButton *confirm = box->addButton(confirmText, QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    QObject::connect(box, &QMessageBox::finished, parent,
                     [box, confirm, done = std::move(done)](int) { done(box->clickedButton() == confirm); });
    box->open();
}

} // namespace Wharf
