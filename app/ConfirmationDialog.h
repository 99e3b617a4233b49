// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace Wharf {

// "Remove 3 images?" without a nested event loop: the question is shown window-modal and the
// answer arrives through `done`. Tests preset the answer so no dialog appears at all.
class ConfirmationDialog
{
public:
    static void ask(QWidget *parent, const QString &title, const QString &text, const QString &details,
                    const QString &confirmText, std::function<void(bool confirmed)> done);

    // For tests: answer every question with this (std::nullopt: ask for real).
    static void setPresetAnswer(std::optional<bool> answer);
    // For tests: the text of the last question asked.
    static QString lastQuestion();
};

} // namespace Wharf
