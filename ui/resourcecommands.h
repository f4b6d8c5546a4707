#pragma once

// The console's actions on resources: licenses (suspend, reinstate, renew, revoke, validate, check in, usage,
// copy key, change policy, owner or group, entitlements and users), machines (deactivate, reset heartbeat, change
// owner or group), releases (publish, yank) and delete for every type.

#include "ui/command.h"

namespace keydesk {

// A request per selected resource, with an optional confirmation: most of Keygen's actions.
class ActionCommand final : public Command
{
    Q_OBJECT

public:
    struct Spec
    {
        QString type;
        QString objectName;
        QString text;
        QKeySequence shortcut;
        QString statusTip;
        std::function<api::ApiRequest(const api::Resource &)> request;
        std::function<bool(const api::Resource &)> applies;   // empty: always
        std::function<QString(const QString &names)> confirm; // empty: no confirmation; names: who is affected
        QString confirmButton;                                // the button that goes ahead
        std::function<QString(int count)> done;               // the result in words
    };

    ActionCommand(CommandContext &context, Spec spec, QObject *parent = nullptr);
    bool appliesTo(const api::Resource &resource) const override;

protected:
    void run(const QList<api::Resource> &selection) override;

private:
    Spec m_spec;
};

// Deletes the selected resources after one confirmation naming them (a machine: deactivates it, freeing its seat).
class DeleteCommand final : public Command
{
    Q_OBJECT

public:
    DeleteCommand(CommandContext &context, const QString &type, QObject *parent = nullptr);

protected:
    void run(const QList<api::Resource> &selection) override;
};

// Copies license keys (one per line) to the clipboard.
class CopyKeyCommand final : public Command
{
    Q_OBJECT

public:
    CopyKeyCommand(CommandContext &context, QObject *parent = nullptr);

protected:
    void run(const QList<api::Resource> &selection) override;
};

// Validates a license as Keygen would for a client, optionally scoped, and explains the verdict.
class ValidateCommand final : public Command
{
    Q_OBJECT

public:
    ValidateCommand(CommandContext &context, QObject *parent = nullptr);

protected:
    void run(const QList<api::Resource> &selection) override;
};

// Changes a to-one relationship (a license's policy, owner or group; a machine's owner or group) to a resource
// picked from the cache.
class ChangeRelationshipCommand final : public Command
{
    Q_OBJECT

public:
    ChangeRelationshipCommand(CommandContext &context,
                              const QString &type,
                              const QString &relationship,
                              const QString &targetType,
                              QObject *parent = nullptr);

protected:
    void run(const QList<api::Resource> &selection) override;

private:
    QString m_relationship;
    QString m_targetType;
};

// Attaches resources picked from the cache to a license (entitlements, users), or detaches them.
class AttachCommand final : public Command
{
    Q_OBJECT

public:
    AttachCommand(CommandContext &context,
                  const QString &relationship,
                  const QString &targetType,
                  bool detach,
                  QObject *parent = nullptr);

protected:
    void run(const QList<api::Resource> &selection) override;

private:
    QString m_relationship;
    QString m_targetType;
    bool m_detach;
};

// Every command of a type's page, in menu order (nullptr entries: separators).
QList<Command *> createCommands(CommandContext &context, const QString &type, QObject *parent);

} // namespace keydesk
