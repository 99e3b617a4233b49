// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace Wharf {

// "Working on it" in a dialog: an indeterminate progress bar and a line that says what is
// being done ("Checking the login with gitlab-registry.cern.ch…"). Hidden when idle.
class BusyRow : public QWidget
{
    Q_OBJECT

public:
    explicit BusyRow(QWidget *parent = nullptr);

    // Shows the row with `status`, or hides it.
    void setBusy(bool busy, const QString &status = {});

private:
    QProgressBar *m_indicator;
    QLabel *m_statusLabel;
};

} // namespace Wharf
