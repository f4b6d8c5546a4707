#include "ui/resourcecommands.h"

#include "app/api/requests.h"
#include "models/workspace.h"
#include "ui/messagebox.h"
#include "ui/newresourcedialog.h"
#include "ui/pickresourcedialog.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>

namespace keydesk {

namespace {

QString namesOf(const QList<api::Resource> &resources)
{
    QStringList names;
    for (const api::Resource &resource : resources.mid(0, 5)) {
        names << QStringLiteral("\u201c%1\u201d").arg(resourceLabel(resource));
    }
    if (resources.size() > 5) {
        names << Command::tr("and %n more", nullptr, int(resources.size() - 5));
    }
    return names.join(QStringLiteral(", "));
}

// Whole sentences per type, so that a translation can put each word where its language wants it (German: "Lizenz
// löschen", with the article of each noun) instead of filling a type name into one pattern.
enum class Sentence {
    DeleteAction, // menu text
    DeleteToolTip,
    DeleteQuestion, // %1: the names
};

QString deleteSentence(const QString &type, Sentence which)
{
    const auto pick = [which](const QString &action, const QString &toolTip, const QString &question) {
        return which == Sentence::DeleteAction ? action : which == Sentence::DeleteToolTip ? toolTip : question;
    };
    if (type == u"licenses") {
        return pick(Command::tr("&Delete License\u2026"),
                    Command::tr("Delete the license on the server"),
                    Command::tr("Delete the license %1 on the server? This cannot be undone."));
    }
    if (type == u"users") {
        return pick(Command::tr("&Delete User\u2026"),
                    Command::tr("Delete the user on the server"),
                    Command::tr("Delete the user %1 on the server? This cannot be undone."));
    }
    if (type == u"groups") {
        return pick(Command::tr("&Delete Group\u2026"),
                    Command::tr("Delete the group on the server"),
                    Command::tr("Delete the group %1 on the server? This cannot be undone."));
    }
    if (type == u"products") {
        return pick(Command::tr("&Delete Product\u2026"),
                    Command::tr("Delete the product on the server"),
                    Command::tr("Delete the product %1 on the server? This cannot be undone."));
    }
    if (type == u"policies") {
        return pick(Command::tr("&Delete Policy\u2026"),
                    Command::tr("Delete the policy on the server"),
                    Command::tr("Delete the policy %1 on the server? This cannot be undone."));
    }
    if (type == u"entitlements") {
        return pick(Command::tr("&Delete Entitlement\u2026"),
                    Command::tr("Delete the entitlement on the server"),
                    Command::tr("Delete the entitlement %1 on the server? This cannot be undone."));
    }
    if (type == u"releases") {
        return pick(Command::tr("&Delete Release\u2026"),
                    Command::tr("Delete the release on the server"),
                    Command::tr("Delete the release %1 on the server? This cannot be undone."));
    }
    if (type == u"artifacts") {
        return pick(Command::tr("&Delete Artifact\u2026"),
                    Command::tr("Delete the artifact on the server"),
                    Command::tr("Delete the artifact %1 on the server? This cannot be undone."));
    }
    return pick(Command::tr("&Delete\u2026"),
                Command::tr("Delete on the server"),
                Command::tr("Delete %1 on the server? This cannot be undone."));
}

} // namespace

// ---- ActionCommand ----

ActionCommand::ActionCommand(CommandContext &context, Spec spec, QObject *parent)
    : Command(context, spec.type, Selection::Many, parent)
    , m_spec(std::move(spec))
{
    setup(m_spec.objectName, m_spec.text, m_spec.shortcut, m_spec.statusTip);
}

bool ActionCommand::appliesTo(const api::Resource &resource) const
{
    return Command::appliesTo(resource) && (!m_spec.applies || m_spec.applies(resource));
}

void ActionCommand::run(const QList<api::Resource> &selection)
{
    if (m_spec.confirm
        && !MessageBox::confirm(m_context.dialogParent(),
                                QString(m_spec.text).remove(QLatin1Char('&')).remove(QStringLiteral("\u2026")),
                                m_spec.confirm(namesOf(selection)),
                                m_spec.confirmButton)) {
        return;
    }
    sendEach(selection, m_spec.request, m_spec.done);
}

// ---- DeleteCommand ----

DeleteCommand::DeleteCommand(CommandContext &context, const QString &type, QObject *parent)
    : Command(context, type, Selection::Many, parent)
{
    if (type == u"machines") {
        setup(QStringLiteral("deactivateMachine"),
              tr("&Deactivate Machine\u2026"),
              QKeySequence::Delete,
              tr("Deactivate the machine, freeing its seat on the license"));
    } else {
        setup(QStringLiteral("delete_%1").arg(type),
              deleteSentence(type, Sentence::DeleteAction),
              QKeySequence::Delete,
              deleteSentence(type, Sentence::DeleteToolTip));
    }
}

void DeleteCommand::run(const QList<api::Resource> &selection)
{
    const QString names = namesOf(selection);
    QString text;
    QString button;
    if (type() == u"machines") {
        text = tr("Deactivate %1? The machine is removed from its license and its seat becomes free; the software on "
                  "it stops validating until it is activated again.")
                   .arg(names);
        button = tr("Deactivate");
    } else if (type() == u"licenses") {
        text = tr("Delete %1? The license, its machines and its tokens are deleted on the server; software using "
                  "the key stops validating. This cannot be undone.")
                   .arg(names);
        button = tr("Delete");
    } else {
        text = deleteSentence(type(), Sentence::DeleteQuestion).arg(names);
        button = tr("Delete");
    }
    if (!MessageBox::confirm(m_context.dialogParent(),
                             action()->text().remove(QLatin1Char('&')).remove(u'\u2026'),
                             text,
                             button)) {
        return;
    }
    const bool machines = type() == u"machines";
    destroyEach(selection, [machines](int count) {
        return machines ? tr("Deactivated %n machine(s).", nullptr, count) : tr("Deleted %n item(s).", nullptr, count);
    });
}

// ---- CopyKeyCommand ----

CopyKeyCommand::CopyKeyCommand(CommandContext &context, QObject *parent)
    : Command(context, QStringLiteral("licenses"), Selection::Many, parent)
{
    setup(QStringLiteral("copyKey"),
          tr("&Copy Key"),
          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
          tr("Copy the license key to the clipboard"));
    setChangesServer(false);
}

void CopyKeyCommand::run(const QList<api::Resource> &selection)
{
    QStringList keys;
    for (const api::Resource &license : selection) {
        keys << license.stringAttribute(QStringLiteral("key"));
    }
    QGuiApplication::clipboard()->setText(keys.join(QLatin1Char('\n')));
    m_context.showResult(tr("Copied %n key(s).", nullptr, int(keys.size())));
}

// ---- ValidateCommand ----

ValidateCommand::ValidateCommand(CommandContext &context, QObject *parent)
    : Command(context, QStringLiteral("licenses"), Selection::One, parent)
{
    setup(QStringLiteral("validateLicense"),
          tr("&Validate\u2026"),
          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K),
          tr("Validate the license as the customer's software would, and see why it fails"));
    setChangesServer(false);
}

void ValidateCommand::run(const QList<api::Resource> &selection)
{
    const api::Resource license = selection.constFirst();
    auto *dialog = new QDialog(m_context.dialogParent());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("validateDialog"));
    dialog->setWindowTitle(tr("Validate %1").arg(resourceLabel(license)));
    auto *fingerprint = new QLineEdit(dialog);
    fingerprint->setObjectName(QStringLiteral("validateFingerprint"));
    fingerprint->setPlaceholderText(tr("Optional: a machine fingerprint"));
    auto *entitlements = new QLineEdit(dialog);
    entitlements->setObjectName(QStringLiteral("validateEntitlements"));
    entitlements->setPlaceholderText(tr("Optional: entitlement codes, separated by commas"));
    auto *product = new QCheckBox(tr("Require its product"), dialog);
    product->setObjectName(QStringLiteral("validateProduct"));
    auto *policy = new QCheckBox(tr("Require its policy"), dialog);
    policy->setObjectName(QStringLiteral("validatePolicy"));
    auto *result = new QLabel(dialog);
    result->setObjectName(QStringLiteral("validateResult"));
    result->setWordWrap(true);
    result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QPushButton *validate = buttons->addButton(tr("&Validate"), QDialogButtonBox::ActionRole);
    validate->setObjectName(QStringLiteral("validateButton"));
    validate->setDefault(true);
    auto *form = new QFormLayout(dialog);
    form->addRow(tr("Fingerprint:"), fingerprint);
    form->addRow(tr("Entitlements:"), entitlements);
    form->addRow(QString(), product);
    form->addRow(QString(), policy);
    form->addRow(result);
    form->addRow(buttons);
    dialog->resize(520, dialog->sizeHint().height());
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);

    QPointer<ValidateCommand> self(this);
    connect(validate, &QPushButton::clicked, dialog, [=, this] {
        Workspace *workspace = m_context.workspace();
        if (!workspace) {
            return;
        }
        QJsonObject scope;
        if (!fingerprint->text().trimmed().isEmpty()) {
            scope.insert(QStringLiteral("fingerprint"), fingerprint->text().trimmed());
        }
        QJsonArray codes;
        for (const QString &code : entitlements->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            codes.append(code.trimmed());
        }
        if (!codes.isEmpty()) {
            scope.insert(QStringLiteral("entitlements"), codes);
        }
        if (product->isChecked()) {
            scope.insert(QStringLiteral("product"), license.relatedId(QStringLiteral("product")));
        }
        if (policy->isChecked()) {
            scope.insert(QStringLiteral("policy"), license.relatedId(QStringLiteral("policy")));
        }
        validate->setEnabled(false);
        result->setText(tr("Validating\u2026"));
        // The verdict is in the answer's meta (valid, code, detail), so the client is asked directly; a validation
        // changes nothing that the cache keeps.
        api::ApiReply *reply = workspace->client()->send(api::requests::validate(license.id(), scope), dialog);
        connect(reply, &api::ApiReply::finished, dialog, [self, reply, result, validate] {
            reply->deleteLater();
            validate->setEnabled(true);
            if (!reply->ok()) {
                result->setText(reply->error().userMessage());
            } else {
                const QJsonObject meta = reply->document().meta();
                const QString code = meta.value(QStringLiteral("code")).toString();
                const bool valid = meta.value(QStringLiteral("valid")).toBool();
                QString explanation = api::ApiError::validationMessage(code);
                if (explanation.isEmpty()) {
                    explanation = meta.value(QStringLiteral("detail")).toString();
                }
                result->setText(
                    valid ? tr("<b>Valid</b> (%1). %2").arg(code.toHtmlEscaped(), explanation.toHtmlEscaped())
                          : tr("<b>Not valid</b> (%1). %2").arg(code.toHtmlEscaped(), explanation.toHtmlEscaped()));
            }
            if (self) {
                Q_EMIT self->finished(reply->ok());
            }
        });
    });
    dialog->show();
}

// ---- ChangeRelationshipCommand ----

ChangeRelationshipCommand::ChangeRelationshipCommand(CommandContext &context,
                                                     const QString &type,
                                                     const QString &relationship,
                                                     const QString &targetType,
                                                     QObject *parent)
    : Command(context, type, Selection::Many, parent)
    , m_relationship(relationship)
    , m_targetType(targetType)
{
    const QString name = QStringLiteral("change%1%2").arg(relationship.left(1).toUpper(), relationship.mid(1));
    if (relationship == u"policy") {
        setup(name, tr("Change &Policy\u2026"), {}, tr("Move the license to another policy of its product"));
    } else if (relationship == u"owner") {
        setup(name,
              tr("Change &Owner\u2026"),
              {},
              type == u"machines" ? tr("Give the machine another owner") : tr("Give the license another owner"));
    } else {
        setup(name,
              tr("Change &Group\u2026"),
              {},
              type == u"machines" ? tr("Move the machine to another group") : tr("Move the license to another group"));
    }
}

void ChangeRelationshipCommand::run(const QList<api::Resource> &selection)
{
    Workspace *workspace = m_context.workspace();
    QSet<QString> products;
    if (m_relationship == u"policy") {
        for (const api::Resource &resource : selection) {
            products.insert(resource.relatedId(QStringLiteral("product")));
        }
        // Keygen moves a license only to a policy of its own product.
        if (products.size() > 1) {
            m_context.showError(tr("The selected licenses belong to different products. A license can only move to "
                                   "a policy of its own product: select licenses of one product."));
            return;
        }
    }
    PickResourceDialog picker(workspace->cache(), m_targetType, false, m_context.dialogParent());
    picker.setWindowTitle(QString(action()->text()).remove(QLatin1Char('&')).remove(u'\u2026'));
    picker.setAllowNone(m_relationship != u"policy");
    if (!products.isEmpty() && !products.constBegin()->isEmpty()) {
        picker.setFilters({{QStringLiteral("product"), cache::Filter::Op::Equals, *products.constBegin()}});
    }
    if (picker.exec() != QDialog::Accepted || picker.selectedIds().isEmpty() || m_context.workspace() != workspace) {
        return;
    }
    const QString target = picker.selectedIds().constFirst();
    const QString relationship = m_relationship;
    const QString targetType = m_targetType;
    sendEach(
        selection,
        [relationship, targetType, target](const api::Resource &resource) {
        return api::requests::change(resource.type(),
                                     resource.id(),
                                     relationship,
                                     target.isEmpty() ? api::ResourceIdentifier{}
                                                      : api::ResourceIdentifier{targetType, target});
        },
        [](int count) {
        return tr("Changed %n item(s).", nullptr, count);
    });
}

// ---- AttachCommand ----

AttachCommand::AttachCommand(
    CommandContext &context, const QString &relationship, const QString &targetType, bool detach, QObject *parent)
    : Command(context, QStringLiteral("licenses"), Selection::One, parent)
    , m_relationship(relationship)
    , m_targetType(targetType)
    , m_detach(detach)
{
    if (relationship == u"entitlements") {
        setup(detach ? QStringLiteral("detachEntitlements") : QStringLiteral("attachEntitlements"),
              detach ? tr("Detach &Entitlements\u2026") : tr("Attach &Entitlements\u2026"));
    } else {
        setup(detach ? QStringLiteral("detachUsers") : QStringLiteral("attachUsers"),
              detach ? tr("Detach &Users\u2026") : tr("Attach &Users\u2026"));
    }
}

void AttachCommand::run(const QList<api::Resource> &selection)
{
    Workspace *workspace = m_context.workspace();
    PickResourceDialog picker(workspace->cache(), m_targetType, true, m_context.dialogParent());
    picker.setWindowTitle(QString(action()->text()).remove(QLatin1Char('&')).remove(u'\u2026'));
    if (picker.exec() != QDialog::Accepted || picker.selectedIds().isEmpty() || m_context.workspace() != workspace) {
        return;
    }
    QList<api::ResourceIdentifier> members;
    for (const QString &id : picker.selectedIds()) {
        members.append({m_targetType, id});
    }
    const QString relationship = m_relationship;
    const bool detach = m_detach;
    sendEach(
        selection,
        [relationship, members, detach](const api::Resource &license) {
        return detach ? api::requests::detach(license.type(), license.id(), relationship, members)
                      : api::requests::attach(license.type(), license.id(), relationship, members);
        },
        [this, detach, count = int(members.size()), license = selection.constFirst().id()](int) {
        // The license's own record does not change: fetch it again so its counts are current.
        if (Workspace *current = m_context.workspace()) {
            current->syncEngine()->refreshOne(QStringLiteral("licenses"), license);
        }
        return detach ? tr("Detached %n item(s).", nullptr, count) : tr("Attached %n item(s).", nullptr, count);
    });
}

// ---- The commands of each page ----

namespace {

ActionCommand::Spec licenseAction(const QString &objectName,
                                  const QString &text,
                                  const QString &action,
                                  const QString &statusTip,
                                  std::function<QString(int)> done)
{
    ActionCommand::Spec spec;
    spec.type = QStringLiteral("licenses");
    spec.objectName = objectName;
    spec.text = text;
    spec.statusTip = statusTip;
    spec.request = [action](const api::Resource &license) {
        return api::requests::action(license.type(), license.id(), action);
    };
    spec.done = std::move(done);
    return spec;
}

} // namespace

QList<Command *> createCommands(CommandContext &context, const QString &type, QObject *parent)
{
    QList<Command *> commands;
    const auto add = [&](ActionCommand::Spec spec) {
        commands << new ActionCommand(context, std::move(spec), parent);
    };
    if (NewResourceDialog::supportedTypes().contains(type)) {
        commands << new NewResourceCommand(context, type, parent) << nullptr;
    }
    if (type == u"licenses") {
        commands << new CopyKeyCommand(context, parent) << new ValidateCommand(context, parent) << nullptr;

        ActionCommand::Spec suspend = licenseAction(QStringLiteral("suspendLicense"),
                                                    Command::tr("&Suspend\u2026"),
                                                    QStringLiteral("suspend"),
                                                    Command::tr(
                                                        "Suspend the license: it stops validating until reinstated"),
                                                    [](int n) {
            return Command::tr("Suspended %n license(s).", nullptr, n);
        });
        suspend.shortcut = QKeySequence(Qt::CTRL | Qt::Key_U);
        suspend.applies = [](const api::Resource &license) {
            return !license.boolAttribute(QStringLiteral("suspended"));
        };
        suspend.confirm = [](const QString &names) {
            return Command::tr("Suspend %1? Software using it stops validating (code SUSPENDED) until the license is "
                               "reinstated.")
                .arg(names);
        };
        suspend.confirmButton = Command::tr("Suspend");
        add(suspend);

        ActionCommand::Spec reinstate = licenseAction(QStringLiteral("reinstateLicense"),
                                                      Command::tr("&Reinstate"),
                                                      QStringLiteral("reinstate"),
                                                      Command::tr("Lift the suspension"),
                                                      [](int n) {
            return Command::tr("Reinstated %n license(s).", nullptr, n);
        });
        reinstate.shortcut = QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U);
        reinstate.applies = [](const api::Resource &license) {
            return license.boolAttribute(QStringLiteral("suspended"));
        };
        add(reinstate);

        ActionCommand::Spec renew = licenseAction(QStringLiteral("renewLicense"),
                                                  Command::tr("Re&new\u2026"),
                                                  QStringLiteral("renew"),
                                                  Command::tr("Extend the expiry by the policy's duration"),
                                                  [](int n) {
            return Command::tr("Renewed %n license(s).", nullptr, n);
        });
        renew.confirm = [](const QString &names) {
            return Command::tr("Renew %1? Each expiry moves on by its policy's duration.").arg(names);
        };
        renew.confirmButton = Command::tr("Renew");
        add(renew);

        ActionCommand::Spec revoke;
        revoke.type = type;
        revoke.objectName = QStringLiteral("revokeLicense");
        revoke.text = Command::tr("Re&voke\u2026");
        revoke.statusTip = Command::tr("Revoke the license: it is deleted and can never validate again");
        revoke.request = [](const api::Resource &license) {
            return api::requests::revokeLicense(license.id());
        };
        revoke.confirm = [](const QString &names) {
            return Command::tr("Revoke %1? The license is deleted on the server with its machines; this cannot be "
                               "undone.")
                .arg(names);
        };
        revoke.confirmButton = Command::tr("Revoke");
        revoke.done = [](int n) {
            return Command::tr("Revoked %n license(s).", nullptr, n);
        };
        add(revoke);

        add(licenseAction(QStringLiteral("checkInLicense"),
                          Command::tr("Check &In"),
                          QStringLiteral("check-in"),
                          Command::tr("Record a check-in, as the customer's software does"),
                          [](int n) {
            return Command::tr("Checked in %n license(s).", nullptr, n);
        }));
        commands << nullptr;
        add(licenseAction(QStringLiteral("incrementUsage"),
                          Command::tr("&Increment Usage"),
                          QStringLiteral("increment-usage"),
                          Command::tr("Count one more use"),
                          [](int n) {
            return Command::tr("Counted one more use on %n license(s).", nullptr, n);
        }));
        add(licenseAction(QStringLiteral("decrementUsage"),
                          Command::tr("&Decrement Usage"),
                          QStringLiteral("decrement-usage"),
                          Command::tr("Count one use less"),
                          [](int n) {
            return Command::tr("Counted one use less on %n license(s).", nullptr, n);
        }));
        ActionCommand::Spec reset = licenseAction(QStringLiteral("resetUsage"),
                                                  Command::tr("Reset &Usage\u2026"),
                                                  QStringLiteral("reset-usage"),
                                                  Command::tr("Set the use count to 0"),
                                                  [](int n) {
            return Command::tr("Reset the uses of %n license(s).", nullptr, n);
        });
        reset.confirm = [](const QString &names) {
            return Command::tr("Set the use count of %1 back to 0?").arg(names);
        };
        reset.confirmButton = Command::tr("Reset");
        add(reset);
        commands << nullptr;
        commands
            << new ChangeRelationshipCommand(context,
                                             type,
                                             QStringLiteral("policy"),
                                             QStringLiteral("policies"),
                                             parent)
            << new ChangeRelationshipCommand(context, type, QStringLiteral("owner"), QStringLiteral("users"), parent)
            << new ChangeRelationshipCommand(context, type, QStringLiteral("group"), QStringLiteral("groups"), parent)
            << new AttachCommand(context, QStringLiteral("entitlements"), QStringLiteral("entitlements"), false, parent)
            << new AttachCommand(context, QStringLiteral("entitlements"), QStringLiteral("entitlements"), true, parent)
            << new AttachCommand(context, QStringLiteral("users"), QStringLiteral("users"), false, parent)
            << new AttachCommand(context, QStringLiteral("users"), QStringLiteral("users"), true, parent) << nullptr;
    } else if (type == u"machines") {
        ActionCommand::Spec reset;
        reset.type = type;
        reset.objectName = QStringLiteral("resetHeartbeat");
        reset.text = Command::tr("Reset &Heartbeat");
        reset.statusTip = Command::tr("Forget the machine's heartbeat: it must ping again");
        reset.request = [](const api::Resource &machine) {
            return api::requests::action(machine.type(), machine.id(), QStringLiteral("reset"));
        };
        reset.done = [](int n) {
            return Command::tr("Reset the heartbeat of %n machine(s).", nullptr, n);
        };
        add(reset);
        commands
            << new ChangeRelationshipCommand(context, type, QStringLiteral("owner"), QStringLiteral("users"), parent)
            << new ChangeRelationshipCommand(context, type, QStringLiteral("group"), QStringLiteral("groups"), parent)
            << nullptr;
    } else if (type == u"releases") {
        ActionCommand::Spec publish;
        publish.type = type;
        publish.objectName = QStringLiteral("publishRelease");
        publish.text = Command::tr("&Publish");
        publish.statusTip = Command::tr("Make the release available to licensees");
        publish.request = [](const api::Resource &release) {
            return api::requests::action(release.type(), release.id(), QStringLiteral("publish"));
        };
        publish.applies = [](const api::Resource &release) {
            return release.stringAttribute(QStringLiteral("status")) != u"PUBLISHED";
        };
        publish.done = [](int n) {
            return Command::tr("Published %n release(s).", nullptr, n);
        };
        add(publish);
        ActionCommand::Spec yank = publish;
        yank.objectName = QStringLiteral("yankRelease");
        yank.text = Command::tr("&Yank\u2026");
        yank.statusTip = Command::tr("Withdraw the release: licensees no longer see it");
        yank.request = [](const api::Resource &release) {
            return api::requests::action(release.type(), release.id(), QStringLiteral("yank"));
        };
        yank.applies = [](const api::Resource &release) {
            return release.stringAttribute(QStringLiteral("status")) == u"PUBLISHED";
        };
        yank.confirm = [](const QString &names) {
            return Command::tr("Yank %1? Licensees can no longer see or download it.").arg(names);
        };
        yank.confirmButton = Command::tr("Yank");
        yank.done = [](int n) {
            return Command::tr("Yanked %n release(s).", nullptr, n);
        };
        add(yank);
        commands << nullptr;
    }
    commands << new DeleteCommand(context, type, parent);
    return commands;
}

} // namespace keydesk
