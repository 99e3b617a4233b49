// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QFrame>
#include <QList>

#include <functional>

class QHBoxLayout;
class QLabel;
class QVBoxLayout;

namespace Wharf {

class Error;
class ErrorExplanationView;

// An inline message at the top of a page: what happened (title), what to do (body), and
// one-click actions. It stays until dismissed or until the problem is gone (the page removes
// it), instead of a storm of dialogs.
class MessageBanner : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Information, Warning, Error };

    MessageBanner(Kind kind, const QString &title, const QString &body, QWidget *parent = nullptr);

    // A button that runs `action`; the banner closes afterwards unless keepOpen.
    void addAction(const QString &text, std::function<void()> action, bool keepOpen = false);
    void setDetails(const QString &details);
    // What went wrong and how to fix it, from the known-error catalogue, under the body.
    void explain(const Error &error, const QString &context);

    // The banner's keyboard stops in screen order: Dismiss (at the top, on the title's line),
    // the explanation's links and buttons, then the actions under them.
    QList<QWidget *> tabStops() const;

    Kind kind() const { return m_kind; }
    QString title() const;
    QString body() const;

Q_SIGNALS:
    void dismissed();
    // Buttons or links were added: the area puts them in the Tab order again.
    void tabStopsChanged();

private:
    Kind m_kind;
    QLabel *m_title;
    QLabel *m_body;
    QLabel *m_details = nullptr;
    QWidget *m_dismissButton = nullptr;
    ErrorExplanationView *m_explanation = nullptr;
    QVBoxLayout *m_text;
    QHBoxLayout *m_actions;
};

} // namespace Wharf
