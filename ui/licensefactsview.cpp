#include "ui/licensefactsview.h"

#include "app/licensing/inspection.h"

#include <QClipboard>
#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMenu>

namespace keydesk {

namespace {

// Singular and plural are separate source strings so English reads right without a .qm file.
QString days(int count)
{
    return count == 1 ? LicenseFactsView::tr("%n day", nullptr, count)
                      : LicenseFactsView::tr("%n days", nullptr, count);
}

QString describeDuration(qint64 seconds)
{
    constexpr qint64 Day = 24 * 60 * 60;
    constexpr qint64 Hour = 60 * 60;
    if (seconds > 0 && seconds % Day == 0) {
        return days(static_cast<int>(seconds / Day));
    }
    if (seconds > 0 && seconds % Hour == 0) {
        const int hours = static_cast<int>(seconds / Hour);
        return hours == 1 ? LicenseFactsView::tr("%n hour", nullptr, hours)
                          : LicenseFactsView::tr("%n hours", nullptr, hours);
    }
    if (seconds >= Day) {
        // Keygen's "1 month" TTL is 2629746 s: say the exact number, and roughly what it means.
        return LicenseFactsView::tr("%1 seconds (about %2)")
            .arg(QLocale().toString(seconds), days(static_cast<int>((seconds + Day / 2) / Day)));
    }
    const int count = static_cast<int>(seconds);
    return count == 1 ? LicenseFactsView::tr("%n second", nullptr, count)
                      : LicenseFactsView::tr("%n seconds", nullptr, count);
}

QString kindName(ArtifactKind kind)
{
    switch (kind) {
    case ArtifactKind::LicenseFile:
        return LicenseFactsView::tr("License file");
    case ArtifactKind::MachineFile:
        return LicenseFactsView::tr("Machine file");
    case ArtifactKind::LicenseKey:
        return LicenseFactsView::tr("Signed license key");
    case ArtifactKind::Unknown:
        break;
    }
    return LicenseFactsView::tr("Not recognised");
}

QString shortFingerprint(const QString &fingerprint)
{
    return fingerprint.size() > 16 ? fingerprint.left(16) + QChar(0x2026) : fingerprint;
}

// "Pro Annual (7de54d1f-…)", or whichever of the two is known.
QString nameAndId(const QString &name, const QString &id)
{
    if (name.isEmpty()) {
        return id;
    }
    if (id.isEmpty()) {
        return name;
    }
    return LicenseFactsView::tr("%1 (%2)").arg(name, id);
}

// A value that must stay on one line (an id, a key, a path) and may be longer than the pane is wide: it is
// elided in the middle, shown whole in the tooltip, and copied whole. Never forces a horizontal scroll bar.
class OneLineLabel final : public QLabel
{
public:
    OneLineLabel(const QString &text, QWidget *parent)
        : QLabel(parent)
        , m_fullText(text)
    {
        setTextFormat(Qt::PlainText);
        setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        setContextMenuPolicy(Qt::DefaultContextMenu);
        elide();
    }

    QSize minimumSizeHint() const override
    {
        return {fontMetrics().averageCharWidth() * 8, QLabel::minimumSizeHint().height()};
    }

    QSize sizeHint() const override
    {
        return {fontMetrics().horizontalAdvance(m_fullText) + 2, QLabel::sizeHint().height()};
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QLabel::resizeEvent(event);
        elide();
    }

    void contextMenuEvent(QContextMenuEvent *event) override
    {
        QMenu menu(this);
        menu.addAction(LicenseFactsView::tr("Copy"), this, [this] {
            QGuiApplication::clipboard()->setText(m_fullText);
        });
        menu.exec(event->globalPos());
    }

    void keyPressEvent(QKeyEvent *event) override
    {
        if (event->matches(QKeySequence::Copy) && text() != m_fullText) {
            QGuiApplication::clipboard()->setText(m_fullText);
            return;
        }
        QLabel::keyPressEvent(event);
    }

private:
    void elide()
    {
        const QString shown = fontMetrics().elidedText(m_fullText, Qt::ElideMiddle, width());
        if (shown != text()) {
            setText(shown);
        }
        const bool elided = shown != m_fullText;
        // Selecting part of an elided text would copy the ellipsis, so whole-value copy is the only way then.
        setTextInteractionFlags(elided ? Qt::TextInteractionFlags(Qt::NoTextInteraction)
                                       : Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        setFocusPolicy(Qt::ClickFocus);
    }

    QString m_fullText;
};

} // namespace

LicenseFactsView::LicenseFactsView(QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout(this))
{
    m_form->setObjectName(QStringLiteral("factsForm"));
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    m_form->setFormAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_form->setHorizontalSpacing(12);
    m_form->setVerticalSpacing(6);
}

void LicenseFactsView::clear()
{
    while (m_form->rowCount() > 0) {
        m_form->removeRow(0);
    }
}

QString LicenseFactsView::fact(const QString &id) const
{
    const auto *label = findChild<QLabel *>(QStringLiteral("fact_") + id);
    return label ? label->property("value").toString() : QString();
}

void LicenseFactsView::addSection(const QString &title)
{
    auto *label = new QLabel(title, this);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    // Space above every section but the first, so the form reads as groups.
    label->setContentsMargins(0, m_form->rowCount() > 0 ? 10 : 0, 0, 2);
    m_form->addRow(label);
}

void LicenseFactsView::addFact(
    const QString &id, const QString &label, const QString &value, Look look, const QString &toolTip)
{
    if (value.isEmpty()) {
        return;
    }
    QLabel *valueLabel = nullptr;
    if (look == Look::Plain || value.contains(QLatin1Char('\n'))) {
        valueLabel = new QLabel(value, this);
        valueLabel->setTextFormat(Qt::PlainText);
        valueLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        valueLabel->setWordWrap(true);
        valueLabel->setToolTip(toolTip);
    } else {
        valueLabel = new OneLineLabel(value, this);
        valueLabel->setToolTip(toolTip.isEmpty() ? value : toolTip);
    }
    valueLabel->setObjectName(QStringLiteral("fact_") + id);
    valueLabel->setProperty("value", value); // the whole value, however it is shown
    if (look == Look::Code) {
        valueLabel->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    }
    auto *name = new QLabel(label, this);
    name->setBuddy(valueLabel);
    m_form->addRow(name, valueLabel);
}

QString LicenseFactsView::describeInstant(const QDateTime &when, const QDateTime &now) const
{
    return tr("%1 (%2)").arg(when.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")),
                             Inspector::describeDistance(now, when));
}

void LicenseFactsView::showInspection(const Inspection &inspection, const QString &source)
{
    clear();
    const QDateTime now = inspection.checkedAt.isValid() ? inspection.checkedAt : QDateTime::currentDateTimeUtc();
    const auto localTime = [](const QDateTime &when) {
        return QLocale().toString(when.toLocalTime(), QLocale::LongFormat);
    };
    const LicenseFacts &facts = inspection.facts;

    addSection(tr("Authenticity"));
    addFact(QStringLiteral("source"), tr("Source:"), source, Look::Path);
    addFact(QStringLiteral("kind"), tr("Kind:"), kindName(inspection.kind));
    if (inspection.kind == ArtifactKind::LicenseKey) {
        QString scheme = inspection.scheme ? keySchemeName(*inspection.scheme) : inspection.algorithm;
        if (inspection.scheme && inspection.schemeDetected) {
            scheme = tr("%1 (detected)").arg(scheme);
        }
        addFact(QStringLiteral("algorithm"), tr("Scheme:"), scheme, Look::Code);
    } else {
        addFact(QStringLiteral("algorithm"), tr("Algorithm:"), inspection.algorithm, Look::Code);
    }
    if (inspection.kind != ArtifactKind::Unknown) {
        QString signature;
        switch (inspection.signature) {
        case SignatureStatus::Verified:
            signature = tr("Verified with public key %1").arg(shortFingerprint(inspection.publicKeyFingerprint));
            break;
        case SignatureStatus::Mismatch:
            signature = inspection.publicKeyFingerprint.isEmpty()
                          ? tr("Does not match the public key")
                          : tr("Does not match public key %1").arg(shortFingerprint(inspection.publicKeyFingerprint));
            break;
        case SignatureStatus::NotChecked:
            signature = tr("Not checked");
            break;
        }
        addFact(QStringLiteral("signature"),
                tr("Signature:"),
                signature,
                Look::Plain,
                inspection.publicKeyFingerprint.isEmpty()
                    ? QString()
                    : tr("SHA-256 of the public key: %1").arg(inspection.publicKeyFingerprint));

        QString content;
        if (!inspection.encrypted) {
            content = inspection.decrypted ? tr("Not encrypted") : QString();
        } else {
            content = inspection.decrypted ? tr("Encrypted, decrypted") : tr("Encrypted, not decrypted");
        }
        addFact(QStringLiteral("content"), tr("Content:"), content);
    }
    if (inspection.issued) {
        addFact(QStringLiteral("issued"),
                tr("Issued:"),
                describeInstant(*inspection.issued, now),
                Look::Plain,
                localTime(*inspection.issued));
    }
    if (inspection.kind == ArtifactKind::LicenseFile || inspection.kind == ArtifactKind::MachineFile) {
        if (inspection.expiry) {
            addFact(QStringLiteral("fileExpiry"),
                    tr("File expires:"),
                    describeInstant(*inspection.expiry, now),
                    Look::Plain,
                    localTime(*inspection.expiry));
        } else if (inspection.meta.contains(QLatin1String("expiry"))) {
            addFact(QStringLiteral("fileExpiry"), tr("File expires:"), tr("Never (no time-to-live)"));
        }
        if (inspection.ttl) {
            addFact(QStringLiteral("ttl"), tr("Time-to-live:"), describeDuration(*inspection.ttl));
        }
    }

    const bool hasLicense = !facts.licenseId.isEmpty() || !facts.key.isEmpty() || !facts.name.isEmpty();
    if (hasLicense) {
        addSection(tr("License"));
        addFact(QStringLiteral("licenseId"), tr("ID:"), facts.licenseId, Look::Code);
        addFact(QStringLiteral("name"), tr("Name:"), facts.name);
        addFact(QStringLiteral("key"), tr("Key:"), facts.key, Look::Code);
        addFact(QStringLiteral("status"), tr("Status:"), facts.status);
        if (facts.expiry) {
            addFact(QStringLiteral("expiry"),
                    tr("Expires:"),
                    describeInstant(*facts.expiry, now),
                    Look::Plain,
                    localTime(*facts.expiry));
        } else if (inspection.decrypted) {
            addFact(QStringLiteral("expiry"), tr("Expires:"), tr("Never"));
        }
        addFact(QStringLiteral("policy"), tr("Policy:"), nameAndId(facts.policyName, facts.policyId));
        addFact(QStringLiteral("product"), tr("Product:"), nameAndId(facts.productName, facts.productId));
        QString owner = facts.ownerName;
        if (!facts.ownerEmail.isEmpty()) {
            owner = owner.isEmpty() ? facts.ownerEmail : tr("%1 <%2>").arg(owner, facts.ownerEmail);
        }
        addFact(QStringLiteral("owner"), tr("Owner:"), owner.isEmpty() ? facts.ownerId : owner);
        addFact(QStringLiteral("entitlements"), tr("Entitlements:"), facts.entitlements.join(QStringLiteral(", ")));
        QString machines;
        if (facts.machineCount >= 0) {
            if (facts.maxMachinesKnown && facts.maxMachines >= 0) {
                machines = tr("%1 of %2").arg(facts.machineCount).arg(facts.maxMachines);
            } else if (facts.maxMachinesKnown) {
                machines = tr("%1 (no limit)").arg(facts.machineCount);
            } else {
                machines = QString::number(facts.machineCount);
            }
        } else if (facts.maxMachinesKnown) {
            machines = facts.maxMachines >= 0 ? tr("at most %1").arg(facts.maxMachines) : tr("no limit");
        }
        addFact(QStringLiteral("machines"), tr("Machines:"), machines);
        addFact(QStringLiteral("machineFingerprints"),
                tr("Fingerprints:"),
                facts.machineFingerprints.join(QLatin1Char('\n')),
                Look::Code);
    }

    if (!facts.machineId.isEmpty() || !facts.machineFingerprint.isEmpty()) {
        addSection(tr("Machine"));
        addFact(QStringLiteral("machineId"), tr("ID:"), facts.machineId, Look::Code);
        addFact(QStringLiteral("machineFingerprint"), tr("Fingerprint:"), facts.machineFingerprint, Look::Code);
        addFact(QStringLiteral("machineName"), tr("Name:"), facts.machineName);
        addFact(QStringLiteral("machineHostname"), tr("Hostname:"), facts.machineHostname);
        addFact(QStringLiteral("machinePlatform"), tr("Platform:"), facts.machinePlatform);
    }

    if (!facts.accountId.isEmpty()) {
        addSection(tr("Account"));
        addFact(QStringLiteral("accountId"), tr("ID:"), facts.accountId, Look::Code);
    }
}

} // namespace keydesk
