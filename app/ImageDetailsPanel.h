// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "base/Result.h"
#include "engine/ImageDetails.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QStackedWidget;
class QTextBrowser;
class QTimer;

namespace Wharf {

class Engine;
class EngineCall;

// The right side of the Images page: what `docker inspect` says about the selected image, in
// a readable form (references, ID, created, size, platform, entrypoint, command, working
// directory, user, environment, labels, layers), with the raw JSON behind a toggle. Every
// text can be selected and copied. Failures (the image was removed meanwhile, the engine
// went away) are shown in the panel.
class ImageDetailsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ImageDetailsPanel(QWidget *parent = nullptr);
    ~ImageDetailsPanel() override;

    // Inspects `imageId` (an id or a reference) on `engine`; an inspection still in flight is
    // cancelled. Shows "Loading…" until the engine answers. `title`: the name the user picked
    // (the selected row's reference), shown as the heading when the image still has it.
    void showImage(Engine *engine, const QString &imageId, const QString &title = {});
    // Back to the placeholder ("Select an image to see its details.").
    void clear();

    QString imageId() const { return m_imageId; }
    bool isLoading() const;
    // The details shown, when the last inspection succeeded.
    const ImageDetails *details() const { return m_hasDetails ? &m_details : nullptr; }

    // Builds the readable view (HTML, everything from the engine escaped). Public for tests.
    static QString detailsHtml(const ImageDetails &details, const QString &engineName,
                               const QString &preferredTitle = {});
    // Arguments as a shell would need them, for reading: ["sh", "-c", "echo hi"] ->
    // sh -c 'echo hi'.
    static QString shellQuoted(const QStringList &arguments);

Q_SIGNALS:
    // The inspection of imageId finished (successfully or not); for tests and the page.
    void loaded(const QString &imageId, bool ok);

private:
    enum Page { MessagePage, DetailsPage, RawJsonPage };

    void cancelInspect();
    void onInspected(const Result<ImageDetails> &result);
    // Placeholder and "Loading…", centred in grey.
    void showMessage(const QString &text);
    // A failure, in the details view: what happened, what to do, the engine's own words.
    void showError(const QString &headline, const QString &fix, const QString &evidence);
    void showPage(Page page);
    void updateRawJsonToggle();

    QCheckBox *m_rawJsonCheckBox = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_messageLabel = nullptr;
    QTextBrowser *m_detailsBrowser = nullptr;
    QPlainTextEdit *m_rawJsonEdit = nullptr;
    QTimer *m_loadingTimer = nullptr;

    QPointer<Engine> m_engine;
    QString m_engineName;
    QString m_imageId;
    QString m_title;
    QMetaObject::Connection m_engineGone;
    QPointer<EngineCall> m_call;
    bool m_loading = false;
    // Callbacks carry the generation they were started with: a callback of an older
    // inspection (a cancel reports synchronously) changes nothing.
    quint64 m_generation = 0;
    ImageDetails m_details;
    bool m_hasDetails = false;
};

} // namespace Wharf
