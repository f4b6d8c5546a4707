#include "ui/verdictbanner.h"

#include "app/licensing/inspection.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace keydesk {

namespace {

struct Palette
{
    const char *background;
    const char *border;
    const char *text;
    const char *accent;
};

// Fixed colours rather than the palette's: the banner must read as green/amber/red in light and dark themes.
constexpr Palette Good{"#e8f5e9", "#43a047", "#1b3d1e", "#2e7d32"};
constexpr Palette Caution{"#fff6e0", "#f0a020", "#4a3300", "#b26a00"};
constexpr Palette Bad{"#fdecea", "#e53935", "#4d1212", "#c62828"};

} // namespace

VerdictBanner::VerdictBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_headline(new QLabel(this))
    , m_details(new QLabel(this))
{
    setObjectName(QStringLiteral("verdictBanner"));
    setFrameShape(QFrame::StyledPanel);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    m_icon->setObjectName(QStringLiteral("verdictIcon"));
    m_icon->setAlignment(Qt::AlignCenter);
    m_icon->setFixedSize(40, 40);

    m_headline->setObjectName(QStringLiteral("verdictHeadline"));
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont headlineFont = m_headline->font();
    headlineFont.setBold(true);
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.2);
    m_headline->setFont(headlineFont);

    m_details->setObjectName(QStringLiteral("verdictReasons"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *text = new QVBoxLayout;
    text->setSpacing(4);
    text->addWidget(m_headline);
    text->addWidget(m_details);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(12);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addLayout(text, 1);

    clear();
}

void VerdictBanner::showInspection(const Inspection &inspection)
{
    const Tone tone = inspection.level() == Severity::Info    ? Tone::Good
                    : inspection.level() == Severity::Warning ? Tone::Caution
                                                              : Tone::Bad;
    m_verdict = verdictId(inspection.verdict);
    m_reasonIds.clear();
    QStringList lines;
    QList<Tone> tones;
    for (const Reason &reason : inspection.reasons) {
        m_reasonIds.append(reasonId(reason.code));
        lines.append(reason.message);
        tones.append(reason.severity == Severity::Info      ? Tone::Good
                     : reason.severity == Severity::Warning ? Tone::Caution
                                                            : Tone::Bad);
    }
    present(tone, inspection.summary(), lines, tones);
}

void VerdictBanner::showError(const QString &headline, const QString &detail)
{
    m_verdict.clear();
    m_reasonIds.clear();
    present(Tone::Bad, headline, detail.isEmpty() ? QStringList() : QStringList{detail}, {Tone::Bad});
    m_state = QStringLiteral("error");
}

void VerdictBanner::clear()
{
    m_state = QStringLiteral("empty");
    m_verdict.clear();
    m_reasonIds.clear();
    m_plainHeadline.clear();
    m_plainLines.clear();
    m_headline->clear();
    m_details->clear();
    setAccessibleName(QString());
    setAccessibleDescription(QString());
    hide();
}

QString VerdictBanner::text() const
{
    QStringList all{m_plainHeadline};
    all += m_plainLines;
    return all.join(QLatin1Char('\n')).trimmed();
}

void VerdictBanner::present(Tone tone, const QString &headline, const QStringList &lines, const QList<Tone> &lineTones)
{
    const Palette &palette = tone == Tone::Good ? Good : tone == Tone::Caution ? Caution : Bad;
    m_state = tone == Tone::Good    ? QStringLiteral("valid")
            : tone == Tone::Caution ? QStringLiteral("warning")
                                    : QStringLiteral("invalid");
    m_plainHeadline = headline;
    m_plainLines = lines;

    setStyleSheet(
        QStringLiteral("QFrame#verdictBanner { background: %1; border: 1px solid %2; border-left: 6px solid %2;"
                       " border-radius: 6px; } QFrame#verdictBanner QLabel { color: %3; background: transparent;"
                       " border: none; }")
            .arg(QLatin1String(palette.background), QLatin1String(palette.border), QLatin1String(palette.text)));

    // A glyph in a disc: no icon theme needed, and it stays legible on every platform.
    const QChar glyph = tone == Tone::Good ? QChar(0x2714) : tone == Tone::Caution ? QChar(u'!') : QChar(0x2716);
    m_icon->setText(glyph);
    m_icon->setStyleSheet(QStringLiteral("QLabel#verdictIcon { background: %1; color: white; border-radius: 20px;"
                                         " font-size: 20px; font-weight: bold; }")
                              .arg(QLatin1String(palette.accent)));

    m_headline->setText(headline);
    QStringList html;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const Tone lineTone = i < lineTones.size() ? lineTones.at(i) : tone;
        const Palette &linePalette = lineTone == Tone::Good ? Good : lineTone == Tone::Caution ? Caution : Bad;
        html.append(QStringLiteral("<span style=\"color:%1\">&#9679;</span>&nbsp;%2")
                        .arg(QLatin1String(linePalette.accent), lines.at(i).toHtmlEscaped()));
    }
    m_details->setText(html.join(QStringLiteral("<br>")));
    m_details->setVisible(!html.isEmpty());

    setAccessibleName(headline);
    setAccessibleDescription(lines.join(QLatin1Char('\n')));
    show();
}

} // namespace keydesk
