#pragma once

// User actions as objects (the idea of Kleopatra's commands): each knows whether it applies to the selection (which
// enables its QAction), asks for confirmation or input, sends its request through the workspace, and reports the
// result in words. Menus, the toolbar, context menus and shortcuts all trigger the same QAction.

#include "app/api/apiclient.h"
#include "app/api/apierror.h"
#include "app/api/jsonapi.h"
#include "app/sync/mutations.h"

#include <QKeySequence>
#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QWidget;

namespace keydesk {

class Workspace;

// What a command needs from the window it runs in.
class CommandContext
{
public:
    virtual ~CommandContext() = default;
    virtual Workspace *workspace() const = 0;
    virtual QWidget *dialogParent() const = 0;
    // A result in the status bar or a non-modal notification.
    virtual void showResult(const QString &message) = 0;
    virtual void showError(const QString &message) = 0;
    virtual void openInInspector(const QByteArray &file, const QString &licenseKey) = 0;
    virtual void openResource(const QString &type, const QString &id) = 0;
    // The page of `type` showing only the resources whose `column` is `value` (a license's machines).
    virtual void openRelated(const QString &type,
                             const QString &column,
                             const QString &value,
                             const QString &label) = 0;
};

class Command : public QObject
{
    Q_OBJECT

public:
    enum class Selection {
        None, // needs no selection (New …)
        One,  // exactly one resource
        Many, // one or more
    };

    Command(CommandContext &context, const QString &type, Selection selection, QObject *parent = nullptr);

    QAction *action() const { return m_action; }

    QString type() const { return m_type; }

    // Commands that change the server are disabled on read-only profiles.
    bool changesServer() const { return m_changesServer; }

    // The resources selected on the page of this command's type; updates whether the action is enabled.
    void setSelection(const QList<api::Resource> &selection);

    const QList<api::Resource> &selection() const { return m_selection; }

    bool isRunning() const { return m_running > 0; }

    // Whether the command makes sense for these resources (besides the selection count and read-only mode).
    virtual bool appliesTo(const api::Resource &resource) const;
    void updateEnabled();

    // Forgets requests of a workspace that is gone (their answers never come).
    void reset()
    {
        m_running = 0;
        updateEnabled();
    }

Q_SIGNALS:
    // A run ended; `ok` false when something failed (the message was shown).
    void finished(bool ok);

protected:
    virtual void run(const QList<api::Resource> &selection) = 0;

    void setup(const QString &objectName,
               const QString &text,
               const QKeySequence &shortcut = {},
               const QString &statusTip = {});

    void setChangesServer(bool changes) { m_changesServer = changes; }

    // Sends the request for each resource (in parallel, through the client's queue) and reports once all answered:
    // `done(count)` on success, the first error otherwise (each failed resource is named).
    void sendEach(const QList<api::Resource> &resources,
                  const std::function<api::ApiRequest(const api::Resource &)> &request,
                  const std::function<QString(int count)> &done);
    void destroyEach(const QList<api::Resource> &resources, const std::function<QString(int count)> &done);

    void begin()
    {
        ++m_running;
        updateEnabled();
    }

    void end(bool ok);

    CommandContext &m_context;

private:
    struct Batch;
    // Starts one request per resource and collects the answers (sendEach, destroyEach).
    void runEach(const QList<api::Resource> &resources,
                 const std::function<void(Workspace *, const api::Resource &, sync::Mutations::Done)> &start,
                 const std::function<QString(int)> &done);
    void collect(const std::shared_ptr<Batch> &batch, const api::Resource &resource, const api::ApiError &error);

    QString m_type;
    Selection m_selectionKind;
    bool m_changesServer = true;
    QAction *m_action;
    QList<api::Resource> m_selection;
    int m_running = 0;
};

// How a resource is named to the user: a license's name or key, a machine's name or fingerprint, a user's email …
QString resourceLabel(const api::Resource &resource);

// Whether the connection may create or change anything on the server (it is open and not read-only); when not,
// *reason says why, as a translated sentence.
bool mayChangeServer(const Workspace *workspace, QString *reason = nullptr);

} // namespace keydesk
