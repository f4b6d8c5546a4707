#pragma once

#include "app/api/jsonapi.h"
#include "ui/command.h"

#include <QDialog>
#include <QJsonObject>
#include <QList>

#include <memory>
#include <vector>

class QComboBox;
class QLabel;
class QPushButton;

namespace keydesk {

class Workspace;

namespace api {
class ApiError;
}

// A form that creates a product, policy, entitlement, group, user or release: the attributes Keygen takes on create
// (checked as they are typed) and the related resources chosen from the cache, sent through the workspace's
// Mutations so that the cache holds the new resource at once.
class NewResourceDialog final : public QDialog
{
    Q_OBJECT

public:
    NewResourceDialog(Workspace *workspace, const QString &type, QWidget *parent = nullptr);
    ~NewResourceDialog() override;

    // The types this dialog can create, in sidebar order.
    static QStringList supportedTypes();
    // "Policy", "Release" …: the type as a title word, translated.
    static QString typeTitle(const QString &type);
    // "policy", "release" …: the type as a noun inside a sentence, translated.
    static QString typeNoun(const QString &type);

    QString type() const { return m_type; }

    // Preselects a related resource, e.g. the product of a new policy; false when it is not among the choices.
    bool setRelated(const QString &relationship, const QString &id);

    // What is still missing or wrong, one translated sentence per line; empty when the form can be sent.
    QString validationMessage() const;

    // The resource as it would be sent now: the attributes given and the relationships chosen.
    api::Resource resourceToCreate() const;

    // The resource the server created (null before).
    const api::Resource &createdResource() const { return m_created; }

Q_SIGNALS:
    void created(const QString &type, const QString &id);

private:
    struct Input;
    struct Relation;

    void buildForm();
    void textEdited(Input &input);
    void validate();
    void create();
    void setBusy(bool busy);
    // The problem with an input's value (translated), or empty; `value` gets what is sent (undefined: nothing).
    QString read(const Input &input, QJsonValue *value) const;
    QStringList problems() const;

    Workspace *m_workspace;
    QString m_type;
    bool m_canCreate = true;
    bool m_busy = false;
    api::Resource m_created;
    QJsonObject m_fixed; // attributes every new resource of the type gets (a release starts as a draft)
    std::vector<std::unique_ptr<Input>> m_inputs;
    std::vector<std::unique_ptr<Relation>> m_relations;
    QLabel *m_validationLabel = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    QPushButton *m_createButton = nullptr;
};

// "New Policy…" and the like: opens the NewResourceDialog of its type and then shows what was created.
class NewResourceCommand final : public Command
{
    Q_OBJECT

public:
    NewResourceCommand(CommandContext &context, const QString &type, QObject *parent = nullptr);

protected:
    void run(const QList<api::Resource> &selection) override;
};

} // namespace keydesk
