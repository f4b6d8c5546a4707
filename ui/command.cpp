#include "ui/command.h"

#include "app/api/requests.h"
#include "models/workspace.h"

#include <QAction>

namespace keydesk {

bool mayChangeServer(const Workspace *workspace, QString *reason)
{
    QString why;
    if (!workspace) {
        why = Command::tr("There is no open connection.");
    } else if (workspace->isReadOnly()) {
        why = Command::tr("The connection \u201c%1\u201d is read-only: it never changes anything on the server. "
                          "Edit the connection to allow changes, or use another one.")
                  .arg(workspace->title());
    }
    if (reason) {
        *reason = why;
    }
    return why.isEmpty();
}

QString resourceLabel(const api::Resource &resource)
{
    const QString type = resource.type();
    const auto first = [&](std::initializer_list<const char *> names) {
        for (const char *name : names) {
            const QString value = resource.stringAttribute(QLatin1String(name)).trimmed();
            if (!value.isEmpty()) {
                return value;
            }
        }
        return QString();
    };
    QString label;
    if (type == u"licenses") {
        label = first({"name", "key"});
    } else if (type == u"machines") {
        label = first({"name", "hostname", "fingerprint"});
    } else if (type == u"users") {
        const QString name = first({"fullName"});
        const QString email = first({"email"});
        label = name.isEmpty() ? email : QStringLiteral("%1 <%2>").arg(name, email);
    } else if (type == u"releases") {
        label = first({"name", "version"});
    } else if (type == u"artifacts") {
        label = first({"filename"});
    } else {
        label = first({"name", "code"});
    }
    return label.isEmpty() ? resource.id() : label;
}

struct Command::Batch
{
    int pending = 0;
    int succeeded = 0;
    QStringList failures;
    std::function<QString(int)> done;
};

Command::Command(CommandContext &context, const QString &type, Selection selection, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_type(type)
    , m_selectionKind(selection)
    , m_action(new QAction(this))
{
    connect(m_action, &QAction::triggered, this, [this] {
        if (m_action->isEnabled()) {
            // A copy: a refresh while a confirmation is open must not change whom the action is for.
            const QList<api::Resource> selection = m_selection;
            run(selection);
        }
    });
    updateEnabled();
}

void Command::setup(const QString &objectName,
                    const QString &text,
                    const QKeySequence &shortcut,
                    const QString &statusTip)
{
    setObjectName(objectName);
    m_action->setObjectName(objectName);
    m_action->setText(text);
    m_action->setShortcut(shortcut);
    m_action->setStatusTip(statusTip);
    m_action->setToolTip(statusTip.isEmpty() ? QString(text).remove(QLatin1Char('&')) : statusTip);
}

bool Command::appliesTo(const api::Resource &resource) const
{
    return resource.type() == m_type;
}

void Command::setSelection(const QList<api::Resource> &selection)
{
    m_selection = selection;
    updateEnabled();
}

void Command::updateEnabled()
{
    Workspace *workspace = m_context.workspace();
    bool enabled = workspace && !(m_changesServer && workspace->isReadOnly());
    switch (m_selectionKind) {
    case Selection::None:
        break;
    case Selection::One:
        enabled = enabled && m_selection.size() == 1;
        break;
    case Selection::Many:
        enabled = enabled && !m_selection.isEmpty();
        break;
    }
    if (m_selectionKind != Selection::None) {
        for (const api::Resource &resource : std::as_const(m_selection)) {
            enabled = enabled && appliesTo(resource);
        }
    }
    m_action->setEnabled(enabled && m_running == 0);
}

void Command::end(bool ok)
{
    --m_running;
    updateEnabled();
    Q_EMIT finished(ok);
}

void Command::collect(const std::shared_ptr<Batch> &batch, const api::Resource &resource, const api::ApiError &error)
{
    if (error.isError()) {
        batch->failures << tr("%1: %2").arg(resourceLabel(resource), error.userMessage());
    } else {
        ++batch->succeeded;
    }
    if (--batch->pending > 0) {
        return;
    }
    if (!batch->failures.isEmpty()) {
        QString message = batch->failures.join(QLatin1Char('\n'));
        if (batch->succeeded > 0) {
            message = tr("%1\nThe other %n succeeded.", nullptr, batch->succeeded).arg(message);
        }
        m_context.showError(message);
        end(false);
        return;
    }
    m_context.showResult(batch->done(batch->succeeded));
    end(true);
}

void Command::runEach(const QList<api::Resource> &resources,
                      const std::function<void(Workspace *, const api::Resource &, sync::Mutations::Done)> &start,
                      const std::function<QString(int)> &done)
{
    Workspace *workspace = m_context.workspace();
    if (!workspace || resources.isEmpty()) {
        return;
    }
    begin();
    auto batch = std::make_shared<Batch>();
    batch->pending = int(resources.size());
    batch->done = done;
    QPointer<Command> self(this);
    for (const api::Resource &resource : resources) {
        start(workspace, resource, [self, batch, resource](const api::ApiError &error, const api::Resource &) {
            if (self) {
                self->collect(batch, resource, error);
            }
        });
    }
}

void Command::sendEach(const QList<api::Resource> &resources,
                       const std::function<api::ApiRequest(const api::Resource &)> &request,
                       const std::function<QString(int)> &done)
{
    runEach(
        resources,
        [request](Workspace *workspace, const api::Resource &resource, sync::Mutations::Done finished) {
        workspace->mutations()->send(request(resource), std::move(finished));
        },
        done);
}

void Command::destroyEach(const QList<api::Resource> &resources, const std::function<QString(int)> &done)
{
    runEach(
        resources,
        [](Workspace *workspace, const api::Resource &resource, sync::Mutations::Done finished) {
        workspace->mutations()->destroy(resource.type(), resource.id(), std::move(finished));
        },
        done);
}

} // namespace keydesk
