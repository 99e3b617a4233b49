// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace Wharf {

// The Images page when no engine answers: what is wrong and what to do, never a blank table.
class NoEngineWidget : public QWidget
{
    Q_OBJECT

public:
    explicit NoEngineWidget(QWidget *parent = nullptr);

    // What Wharf tried (the embedded Podman story, explicit settings that failed).
    void setStory(const QString &story);

Q_SIGNALS:
    void retryRequested();

private:
    QLabel *m_story;
    QLabel *m_howTo;
};

} // namespace Wharf
