#pragma once

#include <QWidget>

class QDateTime;
class QFormLayout;
class QLabel;

namespace keydesk {

struct Inspection;

// The facts a support person reads first — who, what, until when, and how far the file can be trusted — as a
// form. Value labels are named "fact_<id>" (fact_licenseId, fact_name, …), hold the whole value in the
// "value" property (long ones are elided on screen) and can be copied.
class LicenseFactsView final : public QWidget
{
    Q_OBJECT

public:
    explicit LicenseFactsView(QWidget *parent = nullptr);

    // `source` says where the input came from (a path, or "Pasted text").
    void showInspection(const Inspection &inspection, const QString &source);
    void clear();

    // The text shown for a fact ("licenseId", "name", "expiry", …); empty when the row is not shown.
    QString fact(const QString &id) const;

private:
    enum class Look {
        Plain,
        Code, // identifiers and keys: monospace, so 0/O and l/1 can be told apart; one line, elided if long
        Path, // one line, elided in the middle if long
    };

    void addSection(const QString &title);
    void addFact(const QString &id,
                 const QString &label,
                 const QString &value,
                 Look look = Look::Plain,
                 const QString &toolTip = {});
    QString describeInstant(const QDateTime &when, const QDateTime &now) const;

    QFormLayout *m_form;
};

} // namespace keydesk
