// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QPointer>
#include <QWidget>

class QProgressBar;
class QPushButton;

namespace Wharf {

class CheckRunner;

// How far a CheckRunner is: a bar that says "3 of 11 checks done" and a Cancel button that
// stops the checks still running (they are abandoned, not waited for).
class CheckProgressWidget : public QWidget
{
    Q_OBJECT

public:
    explicit CheckProgressWidget(QWidget *parent = nullptr);

    void attach(CheckRunner *runner);
    // Hidden while no check runs (the page); the wizard keeps it to show the final count.
    void setHidesWhenIdle(bool hides);

    QProgressBar *progressBar() const { return m_bar; }
    QPushButton *cancelButton() const { return m_cancel; }
    // "3 of 11 checks done".
    QString text() const;

private:
    void refresh();

    QPointer<CheckRunner> m_runner;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
    bool m_hidesWhenIdle = true;
};

} // namespace Wharf
