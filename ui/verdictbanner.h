#pragma once

#include <QFrame>

class QLabel;

namespace keydesk {

struct Inspection;

// The coloured strip at the top of the inspector: the verdict in one sentence and the reasons behind it.
class VerdictBanner final : public QFrame
{
    Q_OBJECT
    // "empty", "valid", "warning", "invalid" or "error": what the colour says, for tests and style sheets.
    Q_PROPERTY(QString state READ state)
    // The engine's verdict id ("valid", "tampered", …); empty unless an inspection is shown.
    Q_PROPERTY(QString verdict READ verdict)
    Q_PROPERTY(QStringList reasonIds READ reasonIds)
    // Everything the banner says, as plain text: the headline, then one reason per line.
    Q_PROPERTY(QString text READ text)

public:
    explicit VerdictBanner(QWidget *parent = nullptr);

    void showInspection(const Inspection &inspection);
    // A problem before any inspection could run (the file cannot be read …).
    void showError(const QString &headline, const QString &detail);
    void clear();

    QString state() const { return m_state; }

    QString verdict() const { return m_verdict; }

    QStringList reasonIds() const { return m_reasonIds; }

    QString text() const;

private:
    enum class Tone {
        Good,
        Caution,
        Bad,
    };

    void present(Tone tone, const QString &headline, const QStringList &lines, const QList<Tone> &lineTones);

    QLabel *m_icon;
    QLabel *m_headline;
    QLabel *m_details;
    QString m_state = QStringLiteral("empty");
    QString m_verdict;
    QStringList m_reasonIds;
    QString m_plainHeadline;
    QStringList m_plainLines;
};

} // namespace keydesk
