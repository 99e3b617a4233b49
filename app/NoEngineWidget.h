// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace Wharf {

class Error;
class ErrorExplanationView;

// The Images page when no engine answers: what is wrong and what to do, never a blank table.
class NoEngineWidget : public QWidget
{
    Q_OBJECT

public:
    explicit NoEngineWidget(QWidget *parent = nullptr);

    // What Wharf tried (the embedded Podman story, engines found that do not answer, explicit
    // settings that failed), and the first problem explained from the known-error catalogue:
    // a socket the user may not open needs the group fix, not the advice to install an engine.
    void setStory(const QString &story, const QList<Error> &problems = {});

Q_SIGNALS:
    void retryRequested();

private:
    QLabel *m_story;
    QLabel *m_howTo;
    ErrorExplanationView *m_explanation;
};

} // namespace Wharf
