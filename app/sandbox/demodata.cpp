#include "app/sandbox/demodata.h"

#include "app/licensing/clock.h"
#include "app/licensing/issuing.h"
#include "app/sandbox/resourcespec.h"
#include "app/sandbox/sandboxstore.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVarLengthArray>
#include <QVariant>
#include <queue>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <functional>
#include <limits>
#include <optional>
#include <vector>

namespace keydesk::sandbox {

namespace {

constexpr quint32 kDataSeed = 42;
constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
constexpr qint64 kHistoryDays = 1096; // three years of sales before today
constexpr qint64 kProgressEvery = 10000;
constexpr qint64 kMaxSignedKeys = 4000; // an RSA signature costs about a millisecond
constexpr qint64 kBulkLicenses = 50000; // from here on, secondary indexes are built after the rows are in
constexpr const char *kEnDash = "\xe2\x80\x93";

// ---- Randomness, ids, timestamps --------------------------------------------------------------------------------

// QRandomGenerator with the draws the generator needs; seeded, so that the same seed gives the same data.
class Random
{
public:
    explicit Random(quint32 seed)
        : m_generator(seed)
    {
    }

    quint64 next64() { return m_generator.generate64(); }

    int below(qsizetype n) { return n <= 1 ? 0 : int(m_generator.bounded(quint32(n))); }

    qint64 below64(qint64 n) { return n <= 1 ? 0 : m_generator.bounded(n); }

    double uniform() { return m_generator.generateDouble(); }

    bool chance(double p) { return uniform() < p; }

    template <typename List>
    const auto &pick(const List &list)
    {
        return list[below(qsizetype(std::size(list)))];
    }

private:
    QRandomGenerator m_generator;
};

using Id = std::array<char, 36>;

// A version 4 UUID drawn from `random`, so that ids are reproducible.
Id makeId(Random &random)
{
    static const char hex[] = "0123456789abcdef";
    const quint64 high = (random.next64() & ~quint64(0xF000)) | 0x4000;
    const quint64 low = (random.next64() & 0x3FFFFFFFFFFFFFFFULL) | 0x8000000000000000ULL;
    Id id;
    int out = 0;
    for (int i = 0; i < 32; ++i) {
        if (i == 8 || i == 12 || i == 16 || i == 20) {
            id[out++] = '-';
        }
        const quint64 word = i < 16 ? high : low;
        id[out++] = hex[(word >> ((15 - i % 16) * 4)) & 0xF];
    }
    return id;
}

QByteArrayView view(const Id &id)
{
    return QByteArrayView(id.data(), qsizetype(id.size()));
}

QString text(const Id &id)
{
    return QString::fromLatin1(id.data(), qsizetype(id.size()));
}

// Lower-case hex digits drawn from `random`.
QByteArray hex(Random &random, int digits)
{
    static const char alphabet[] = "0123456789abcdef";
    QByteArray out(digits, Qt::Uninitialized);
    quint64 word = 0;
    for (int i = 0; i < digits; ++i) {
        if (i % 16 == 0) {
            word = random.next64();
        }
        out[i] = alphabet[word & 0xF];
        word >>= 4;
    }
    return out;
}

QByteArray timestampText(qint64 ms)
{
    return keygenTimestampText(ms);
}

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

// Keygen's calendar arithmetic (a month is a calendar month), on milliseconds.
qint64 addDuration(qint64 ms, qint64 seconds)
{
    return addKeygenDuration(utc(ms), seconds).toMSecsSinceEpoch();
}

int yearOf(qint64 ms)
{
    return timestampText(ms).left(4).toInt();
}

// ---- JSON written by hand ---------------------------------------------------------------------------------------

void appendString(QByteArray &out, QByteArrayView text)
{
    out += '"';
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (c != '"' && c != '\\' && uchar(c) >= 0x20) {
            continue;
        }
        out.append(text.sliced(start, i - start));
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else {
            char escaped[8];
            std::snprintf(escaped, sizeof escaped, "\\u%04x", unsigned(uchar(c)));
            out.append(escaped);
        }
        start = i + 1;
    }
    out.append(text.sliced(start));
    out += '"';
}

void appendNumber(QByteArray &out, qint64 value)
{
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, result.ptr - buffer);
}

QByteArray number(qint64 value, int width = 0)
{
    QByteArray out;
    appendNumber(out, value);
    while (out.size() < width) {
        out.prepend('0');
    }
    return out;
}

// A value as QJsonDocument writes it (the store's own format).
QByteArray jsonText(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

// Writes one flat JSON object, members in the order given.
class ObjectWriter
{
public:
    explicit ObjectWriter(QByteArray &out)
        : m_out(out)
    {
        m_out += '{';
    }

    ObjectWriter &string(const char *name, QByteArrayView value)
    {
        key(name);
        appendString(m_out, value);
        return *this;
    }

    ObjectWriter &id(const char *name, const Id *id)
    {
        key(name);
        if (id) {
            m_out += '"';
            m_out.append(view(*id));
            m_out += '"';
        } else {
            m_out += "null";
        }
        return *this;
    }

    ObjectWriter &number(const char *name, qint64 value)
    {
        key(name);
        appendNumber(m_out, value);
        return *this;
    }

    ObjectWriter &raw(const char *name, QByteArrayView json)
    {
        key(name);
        m_out.append(json);
        return *this;
    }

    void finish() { m_out += '}'; }

private:
    void key(const char *name)
    {
        if (!m_first) {
            m_out += ',';
        }
        m_first = false;
        m_out += '"';
        m_out += name;
        m_out += "\":";
    }

    QByteArray &m_out;
    bool m_first = true;
};

// The attributes JSON of one resource type as the store keeps it: every attribute of the spec with its default
// unless set, then `metadata`. Built by hand because a million QJsonObjects would dominate the seed's time.
class AttributeRow
{
public:
    explicit AttributeRow(const QList<AttributeSpec> &attributes)
    {
        for (const AttributeSpec &attribute : attributes) {
            m_names.append(attribute.name);
            m_prefixes.append(QByteArray('"' + attribute.name.toUtf8() + "\":"));
            m_defaults.append(jsonText(attribute.defaultValue));
        }
        m_spans.resize(m_names.size());
        clear();
    }

    // The attribute's position, or -1 when the spec has no such attribute (its value is then dropped).
    int slot(const char *name) const { return int(m_names.indexOf(QLatin1String(name))); }

    void clear()
    {
        m_values.clear();
        std::fill(m_spans.begin(), m_spans.end(), std::pair<qsizetype, qsizetype>(-1, -1));
    }

    void setRaw(int slot, QByteArrayView json)
    {
        set(slot, [&](QByteArray &out) {
            out.append(json);
        });
    }

    void setString(int slot, QByteArrayView value)
    {
        set(slot, [&](QByteArray &out) {
            appendString(out, value);
        });
    }

    void setNumber(int slot, qint64 value)
    {
        set(slot, [&](QByteArray &out) {
            appendNumber(out, value);
        });
    }

    void setBool(int slot, bool value) { setRaw(slot, value ? QByteArrayView("true") : QByteArrayView("false")); }

    void setTime(int slot, std::optional<qint64> ms)
    {
        set(slot, [&](QByteArray &out) {
            if (ms) {
                out += '"';
                out += timestampText(*ms);
                out += '"';
            } else {
                out += "null";
            }
        });
    }

    QByteArray build(QByteArrayView metadata) const
    {
        QByteArray out;
        out.reserve(m_values.size() + metadata.size() + 40 * m_names.size());
        out += '{';
        for (qsizetype i = 0; i < m_names.size(); ++i) {
            if (i > 0) {
                out += ',';
            }
            out += m_prefixes.at(i);
            const auto [start, end] = m_spans.at(i);
            if (start >= 0) {
                out.append(m_values.constData() + start, end - start);
            } else {
                out += m_defaults.at(i);
            }
        }
        out += ",\"metadata\":";
        out.append(metadata);
        out += '}';
        return out;
    }

private:
    template <typename Write>
    void set(int slot, Write write)
    {
        if (slot < 0) {
            return;
        }
        const qsizetype start = m_values.size();
        write(m_values);
        m_spans[slot] = {start, m_values.size()};
    }

    QStringList m_names;
    QList<QByteArray> m_prefixes; // "name":
    QList<QByteArray> m_defaults;
    std::vector<std::pair<qsizetype, qsizetype>> m_spans; // into m_values; -1: the default
    QByteArray m_values;
};

// Attributes of the types that have no spec yet (wire formats §5). When resourcespec.cpp gains a spec for the type,
// the seed follows that one.
QList<AttributeSpec> attributesOf(const QString &type)
{
    for (const ResourceSpec *spec : allResourceSpecs()) {
        if (spec->type == type) {
            QList<AttributeSpec> shown = spec->attributes;
            shown.removeIf([](const AttributeSpec &attribute) {
                return attribute.hidden;
            });
            return shown;
        }
    }
    if (type == QLatin1String("releases")) {
        return {{QStringLiteral("name")},
                {QStringLiteral("description")},
                {QStringLiteral("channel"), QJsonValue::Null, true},
                {QStringLiteral("status"), QStringLiteral("DRAFT")},
                {QStringLiteral("tag")},
                {QStringLiteral("version"), QJsonValue::Null, true},
                {QStringLiteral("semver"), QJsonValue::Null, false, false},
                {QStringLiteral("backdated")},
                {QStringLiteral("yanked"), QJsonValue::Null, false, false}};
    }
    if (type == QLatin1String("artifacts")) {
        return {{QStringLiteral("filename"), QJsonValue::Null, true},
                {QStringLiteral("filetype")},
                {QStringLiteral("filesize")},
                {QStringLiteral("platform")},
                {QStringLiteral("arch")},
                {QStringLiteral("signature")},
                {QStringLiteral("checksum")},
                {QStringLiteral("status"), QStringLiteral("WAITING"), false, false}};
    }
    return {};
}

// ---- Who buys: names, companies, places -------------------------------------------------------------------------

// What an e-mail address makes of a name: "Jürgen" -> "jurgen", "Øystein" -> "oystein", "O'Brien" -> "obrien".
QByteArray asciiSlug(QByteArrayView utf8)
{
    const QString decomposed = QString::fromUtf8(utf8).normalized(QString::NormalizationForm_KD).toLower();
    QByteArray slug;
    for (const QChar c : decomposed) {
        const char16_t u = c.unicode();
        if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9')) {
            slug += char(u);
            continue;
        }
        switch (u) {
        case u'ø':
            slug += 'o';
            break;
        case u'ł':
            slug += 'l';
            break;
        case u'ß':
            slug += "ss";
            break;
        case u'æ':
            slug += "ae";
            break;
        case u'œ':
            slug += "oe";
            break;
        case u'ı':
            slug += 'i';
            break;
        case u'đ':
            slug += 'd';
            break;
        default: // combining marks, spaces, apostrophes
            break;
        }
    }
    return slug;
}

struct Region
{
    QByteArray tld;
    int weight = 1;
    QList<QByteArray> legalForms;
    QList<QByteArray> cities; // as they appear in host names
    QList<QByteArray> mailDomains;
    QList<QByteArray> firstNames;
    QList<QByteArray> lastNames;
    QList<QByteArray> firstSlugs; // the names as e-mail addresses spell them
    QList<QByteArray> lastSlugs;
};

// Where customers are, how many of them (weight), and what they are called; lists are separated by '|'.
struct RegionDef
{
    const char *tld;
    int weight;
    const char *legalForms;
    const char *cities;
    const char *mailDomains;
    const char *firstNames;
    const char *lastNames;
};

// clang-format off
const RegionDef kRegions[] = {
    {".com", 18, "Inc.|LLC|Corp.", "newyork|austin|seattle|chicago|boston|denver|sanjose|atlanta",
     "gmail.com|outlook.com|yahoo.com|icloud.com",
     "James|Emily|Michael|Olivia|David|Ashley|Chris|Jessica|Daniel|Megan|Ryan|Sarah|Tyler|Lauren|Brandon|Rachel",
     "Smith|Johnson|Williams|Brown|Jones|Miller|Davis|Garcia|Rodriguez|Wilson|Martinez|Anderson|Taylor|Thomas|Moore|"
     "Jackson"},
    {".de", 15, "GmbH|AG|GmbH & Co. KG|UG", "berlin|munich|hamburg|cologne|frankfurt|stuttgart|leipzig|dresden",
     "gmx.de|web.de|t-online.de|gmail.com",
     "Lena|Jonas|Anna|Lukas|Sophie|Felix|Marie|Maximilian|Laura|Paul|Hannah|Niklas|Julia|Tobias|Katrin|Jürgen|Sabine|"
     "Björn",
     "Müller|Schmidt|Schneider|Fischer|Weber|Meyer|Wagner|Becker|Schulz|Hoffmann|Koch|Richter|Klein|Wolf|Schröder|"
     "Neumann|Braun|Zimmermann|Krüger|Hartmann"},
    {".co.uk", 8, "Ltd|PLC|LLP", "london|manchester|leeds|bristol|edinburgh|glasgow", "gmail.com|outlook.com|btinternet.com",
     "Oliver|Amelia|Harry|Isla|George|Poppy|Jack|Freya|Charlie|Imogen|Alfie|Evie",
     "Taylor|Davies|Evans|Roberts|Walker|Wright|Thompson|Hughes|Edwards|Green|Hall|Wood|O'Brien|Clarke"},
    {".fr", 7, "SAS|SARL|S.A.", "paris|lyon|marseille|toulouse|nantes|lille|bordeaux", "orange.fr|free.fr|gmail.com",
     "Camille|Léa|Hugo|Chloé|Louis|Manon|Lucas|Inès|Théo|Élodie|Mathis|Zoé|Antoine|Céline",
     "Martin|Bernard|Dubois|Robert|Richard|Petit|Durand|Leroy|Moreau|Lefèvre|Garnier|Rousseau|Fontaine|Girard"},
    {".es", 5, "S.L.|S.A.", "madrid|barcelona|valencia|sevilla|bilbao|malaga", "gmail.com|hotmail.es|telefonica.net",
     "Lucía|Hugo|Martina|Pablo|Sofía|Álvaro|Carmen|Javier|Paula|Sergio|Marta|Adrián",
     "García|Fernández|González|Rodríguez|López|Martínez|Sánchez|Pérez|Gómez|Ruiz|Díaz|Moreno|Muñoz|Jiménez"},
    {".it", 5, "S.r.l.|S.p.A.", "milano|roma|torino|bologna|napoli|firenze", "libero.it|gmail.com|virgilio.it",
     "Giulia|Alessandro|Francesca|Lorenzo|Chiara|Matteo|Sara|Davide|Elena|Federico|Martina|Riccardo",
     "Rossi|Russo|Ferrari|Esposito|Bianchi|Romano|Colombo|Ricci|Marino|Greco|Bruno|Gallo|Conti|De Luca"},
    {".pl", 5, "Sp. z o.o.|S.A.", "warszawa|krakow|wroclaw|gdansk|poznan|lodz", "wp.pl|onet.pl|gmail.com",
     "Zofia|Jakub|Julia|Kacper|Maja|Szymon|Aleksandra|Mateusz|Natalia|Paweł|Katarzyna|Łukasz",
     "Nowak|Kowalski|Wiśniewski|Wójcik|Kowalczyk|Kamiński|Lewandowski|Zieliński|Szymański|Woźniak|Dąbrowski|Kozłowski"},
    {".nl", 4, "B.V.|N.V.", "amsterdam|rotterdam|utrecht|eindhoven|denhaag", "ziggo.nl|kpnmail.nl|gmail.com",
     "Daan|Emma|Sem|Julia|Lucas|Tess|Milan|Sanne|Bram|Fleur|Thijs|Lotte",
     "de Jong|Jansen|de Vries|van den Berg|van Dijk|Bakker|Visser|Smit|Meijer|de Boer|Mulder|Bos"},
    {".se", 3, "AB", "stockholm|goteborg|malmo|uppsala", "telia.com|gmail.com|outlook.com",
     "Astrid|Erik|Ingrid|Lars|Freja|Magnus|Sigrid|Nils|Linnea|Karin|Anders|Elsa",
     "Andersson|Johansson|Karlsson|Nilsson|Eriksson|Larsson|Lindqvist|Bergström|Åberg|Lindgren|Sjöberg|Holm"},
    {".dk", 2, "ApS|A/S", "copenhagen|aarhus|odense|aalborg", "gmail.com|outlook.dk|mail.dk",
     "Søren|Mette|Rasmus|Freja|Mads|Ida|Frederik|Sofie|Magnus|Anne|Kasper|Line",
     "Jensen|Nielsen|Hansen|Pedersen|Andersen|Christensen|Larsen|Sørensen|Rasmussen|Jørgensen|Madsen|Kristensen"},
    {".in", 7, "Pvt. Ltd.|LLP", "bangalore|pune|hyderabad|chennai|mumbai|delhi", "gmail.com|yahoo.co.in|rediffmail.com",
     "Aarav|Priya|Vivaan|Ananya|Arjun|Diya|Rohan|Kavya|Aditya|Isha|Rahul|Sneha|Vikram|Neha",
     "Sharma|Patel|Singh|Kumar|Gupta|Reddy|Iyer|Nair|Mehta|Joshi|Rao|Chatterjee|Desai|Banerjee"},
    {".jp", 5, "K.K.|Co., Ltd.", "tokyo|osaka|nagoya|fukuoka|sapporo|kyoto", "gmail.com|yahoo.co.jp|docomo.ne.jp",
     "Haruto|Yui|Sota|Hina|Ren|Sakura|Yuto|Aoi|Takumi|Mei|Kenji|Yuki",
     "Sato|Suzuki|Takahashi|Tanaka|Watanabe|Ito|Yamamoto|Nakamura|Kobayashi|Kato|Yoshida|Yamada"},
    {".cn", 4, "Co., Ltd.", "shanghai|shenzhen|beijing|hangzhou|chengdu|guangzhou", "qq.com|163.com|gmail.com",
     "Wei|Fang|Jing|Lei|Min|Hao|Xiu|Yang|Na|Jun|Mei|Tao",
     "Wang|Li|Zhang|Liu|Chen|Yang|Huang|Zhao|Wu|Zhou|Xu|Sun"},
    {".com.br", 4, "Ltda.|S.A.", "saopaulo|rio|curitiba|portoalegre|recife|belohorizonte",
     "gmail.com|uol.com.br|hotmail.com",
     "Miguel|Alice|Arthur|Helena|Gael|Laura|Heitor|Valentina|Davi|Luíza|João|Beatriz",
     "Silva|Santos|Oliveira|Souza|Rodrigues|Ferreira|Alves|Pereira|Lima|Gomes|Costa|Ribeiro"},
    {".com.tr", 3, "A.Ş.|Ltd. Şti.", "istanbul|ankara|izmir|bursa|antalya", "gmail.com|hotmail.com|yandex.com.tr",
     "Yusuf|Zeynep|Eymen|Elif|Ömer|Defne|Mustafa|Ayşe|Emir|Ecrin|Mehmet|Selin",
     "Yılmaz|Kaya|Demir|Şahin|Çelik|Yıldız|Yıldırım|Öztürk|Aydın|Özdemir|Arslan|Doğan"},
    {".com.ng", 2, "Ltd", "lagos|abuja|ibadan|portharcourt", "gmail.com|yahoo.com",
     "Chinedu|Ngozi|Emeka|Aisha|Tunde|Folake|Ibrahim|Chioma|Segun|Amaka",
     "Okafor|Adeyemi|Eze|Bello|Okonkwo|Adebayo|Nwosu|Balogun|Obi|Ogunleye"},
};

// clang-format on

const QList<Region> &regions()
{
    static const QList<Region> list = [] {
        QList<Region> regions;
        for (const RegionDef &def : kRegions) {
            Region region;
            region.tld = def.tld;
            region.weight = def.weight;
            region.legalForms = QByteArray(def.legalForms).split('|');
            region.cities = QByteArray(def.cities).split('|');
            region.mailDomains = QByteArray(def.mailDomains).split('|');
            region.firstNames = QByteArray(def.firstNames).split('|');
            region.lastNames = QByteArray(def.lastNames).split('|');
            for (const QByteArray &name : std::as_const(region.firstNames)) {
                region.firstSlugs.append(asciiSlug(name));
            }
            for (const QByteArray &name : std::as_const(region.lastNames)) {
                region.lastSlugs.append(asciiSlug(name));
            }
            regions.append(region);
        }
        return regions;
    }();
    return list;
}

const QList<QByteArray> kCompanyWords{"Nordwind",   "Bluefin",     "Alpenglow",  "Kestrel",   "Meridian",
                                      "Solaris",    "Brightline",  "Ironbark",   "Lumen",     "Vantage",
                                      "Cobalt",     "Harbor",      "Evergreen",  "Polaris",   "Granite",
                                      "Silverleaf", "Redwood",     "Summit",     "Orbital",   "Tidewater",
                                      "Falcon",     "Aurora",      "Beacon",     "Cascade",   "Helios",
                                      "Nimbus",     "Oakridge",    "Pinnacle",   "Riverside", "Sterling",
                                      "Trident",    "Vertex",      "Westwind",   "Zenith",    "Sonnenberg",
                                      "Fjord",      "Tundra",      "Koru",       "Sakura",    "Andes",
                                      "Lighthouse", "Copperfield", "Blackthorn", "Seabright", "Kingsbridge",
                                      "Maplewood"};

const QList<QByteArray> kIndustries{"Logistics",    "Engineering", "Architects", "Media",         "Robotics",
                                    "Analytics",    "Systems",     "Design",     "Dynamics",      "Software",
                                    "Consulting",   "Labs",        "Studios",    "Manufacturing", "Energy",
                                    "Health",       "Capital",     "Automotive", "Biotech",       "Games",
                                    "Construction", "Print",       "Aerospace",  "Marine"};

const QList<QByteArray> kResellers{"SoftwareOne", "Bechtle", "Insight", "CDW", "Crayon", "Comparex"};
const QList<QByteArray> kTrialSources{"website-trial", "partner-referral", "webinar", "app-store"};

// ---- What is sold: the catalog ----------------------------------------------------------------------------------

enum Platform {
    MacOs = 1,
    Windows = 2,
    Linux = 4
};

struct ProductDef
{
    const char *name;
    const char *code;
    const char *fileStem; // artifact file names
    const char *url;
    const char *distribution;
    int platforms;
    int firstMajor;        // 0 with calendarVersions: the year
    bool calendarVersions; // 2024.3.1
    int sizeMb;            // a typical installer
    int retiredAfterDays;  // releases stop this many days into the history; 0: still released
};

// clang-format off
const ProductDef kProducts[] = {
    // name, code, file stem, url, distribution, platforms, first major, calendar versions, MB, retired after days
    {"Atlas CAD", "atlas-cad", "AtlasCAD", "https://atlas-cad.example.com", "LICENSED", MacOs | Windows | Linux,
     0, true, 820, 0},
    {"Nordlicht Studio", "nordlicht-studio", "NordlichtStudio", "https://nordlicht.example.com", "LICENSED",
     MacOs | Windows, 5, false, 410, 0},
    {"Helix Build Server", "helix-build", "helix-build-server", "https://helix.example.com", "LICENSED",
     Linux | Windows, 1, false, 95, 0},
    {"Pixelmint Photo", "pixelmint", "Pixelmint", "https://pixelmint.example.com", "LICENSED", MacOs | Windows,
     9, false, 260, 0},
    {"Ledgerly", "ledgerly", "Ledgerly", "https://ledgerly.example.com", "LICENSED", Windows | MacOs,
     14, false, 180, 0},
    {"Quill SDK", "quill-sdk", "quill-sdk", "https://quill.example.com", "OPEN", Linux | MacOs | Windows,
     0, false, 24, 0},
    {"Atlas CAD 2019 (legacy)", "atlas-cad-2019", "AtlasCAD2019", "https://atlas-cad.example.com/2019", "CLOSED",
     Windows, 2019, false, 540, 240},
};

// clang-format on

// A policy: its attributes as "name=value" pairs (true/false, integers, else strings), and how often business and
// private customers buy it.
struct PolicyDef
{
    const char *name;
    const char *plan; // in license names
    int product;
    const char *attributes;
    int businessWeight;
    int privateWeight;
    bool trial = false;
    bool perSeat = false; // licenses carry their own maxMachines (seats bought)
};

// clang-format off
const PolicyDef kPolicies[] = {
    {"Atlas CAD Trial (14 days)", "Atlas CAD Trial", 0,
     "duration=1209600 expirationStrategy=REVOKE_ACCESS authenticationStrategy=LICENSE requireFingerprintScope=true",
     3, 9, true},
    {"Atlas CAD Perpetual", "Atlas CAD Perpetual", 0,
     "authenticationStrategy=LICENSE machineUniquenessStrategy=UNIQUE_PER_POLICY", 3, 6},
    {"Atlas CAD Annual Subscription", "Atlas CAD Annual", 0,
     "duration=31556952 floating=true maxMachines=2 renewalBasis=FROM_NOW_IF_EXPIRED", 8, 6},
    {"Atlas CAD Enterprise Floating", "Atlas CAD Enterprise", 0,
     "duration=31556952 floating=true maxMachines=20 maxUsers=20 overageStrategy=ALLOW_1_25X_OVERAGE strict=true "
     "protected=true machineLeasingStrategy=PER_USER", 5, 0},
    {"Nordlicht Studio Monthly", "Nordlicht Studio Monthly", 1,
     "duration=2629746 floating=true maxMachines=2", 4, 12},
    {"Nordlicht Studio Annual", "Nordlicht Studio Annual", 1,
     "duration=31556952 floating=true maxMachines=3 maxUsers=3", 6, 7},
    {"Nordlicht Studio Trial (30 days)", "Nordlicht Studio Trial", 1,
     "duration=2592000 expirationStrategy=REVOKE_ACCESS", 2, 8, true},
    {"Nordlicht Studio Education", "Nordlicht Studio Education", 1,
     "duration=31556952 protected=true transferStrategy=RESET_EXPIRY", 1, 3},
    {"Helix Build Agents (heartbeat, deactivate dead)", "Helix Build Agents", 2,
     "duration=31556952 floating=true maxMachines=8 overageStrategy=ALLOW_2X_OVERAGE requireHeartbeat=true "
     "heartbeatDuration=600 heartbeatCullStrategy=DEACTIVATE_DEAD heartbeatResurrectionStrategy=NO_REVIVE", 4, 0},
    {"Helix Build Agents (heartbeat, keep dead)", "Helix Build Agents Plus", 2,
     "duration=31556952 floating=true maxMachines=16 requireHeartbeat=true heartbeatDuration=3600 "
     "heartbeatCullStrategy=KEEP_DEAD heartbeatResurrectionStrategy=ALWAYS_REVIVE", 3, 0},
    {"Helix Build Server (key pool)", "Helix Build Server", 2,
     "usePool=true floating=true maxMachines=4", 1, 0},
    {"Pixelmint Photo Node-locked", "Pixelmint Photo", 3,
     "machineUniquenessStrategy=UNIQUE_PER_PRODUCT machineMatchingStrategy=MATCH_MOST", 2, 10},
    {"Pixelmint Photo Lab (2-week check-in)", "Pixelmint Photo Lab", 3,
     "duration=31556952 requireCheckIn=true checkInInterval=week checkInIntervalCount=2", 2, 1},
    {"Ledgerly Business Subscription", "Ledgerly Business", 4,
     "duration=31556952 floating=true maxMachines=10 maxUsers=25 authenticationStrategy=MIXED", 9, 1, false, true},
    {"Ledgerly Metered API (10,000 calls a month)", "Ledgerly API", 4,
     "duration=2629746 floating=true maxMachines=4 maxUses=10000", 2, 1},
    {"Quill SDK Ed25519 (offline keys)", "Quill SDK", 5,
     "scheme=ED25519_SIGN floating=true maxMachines=4 authenticationStrategy=LICENSE", 0, 0},
    {"Quill SDK ECDSA P-256 (annual)", "Quill SDK Annual", 5,
     "duration=31556952 scheme=ECDSA_P256_SIGN", 0, 0},
    {"Quill SDK RSA-PSS", "Quill SDK RSA", 5,
     "scheme=RSA_2048_PKCS1_PSS_SIGN_V2 floating=true maxMachines=3", 0, 0},
    {"Quill SDK JWT (RS256)", "Quill SDK JWT", 5,
     "duration=31556952 scheme=RSA_2048_JWT_RS256 floating=true maxMachines=4", 0, 0},
    {"Atlas CAD 2019 Perpetual (legacy)", "Atlas CAD 2019", 6,
     "protected=true", 1, 1},
};

const char *const kEntitlements[][2] = {
    {"Cloud Sync", "CLOUD_SYNC"},           {"Priority Support", "PRIORITY_SUPPORT"},
    {"PDF Export", "PDF_EXPORT"},           {"Plugin SDK", "PLUGIN_SDK"},
    {"Offline Mode", "OFFLINE_MODE"},       {"Team Administration", "TEAM_ADMIN"},
    {"REST API Access", "API_ACCESS"},      {"Beta Channel", "BETA_CHANNEL"},
    {"Render Farm Nodes", "RENDER_FARM"},   {"Single Sign-On", "SSO"},
    {"Long-Term Support Updates", "LTS_UPDATES"}, {"Version 2024 Access", "ACCESS_V2024"},
};

// What each policy includes (entitlement codes, in the order of kPolicies): its licenses have these through it.
const char *const kPolicyEntitlements[] = {
    "PDF_EXPORT",                                                   // Atlas CAD Trial
    "PDF_EXPORT OFFLINE_MODE LTS_UPDATES",                          // Atlas CAD Perpetual
    "CLOUD_SYNC PDF_EXPORT PLUGIN_SDK",                             // Atlas CAD Annual
    "CLOUD_SYNC PDF_EXPORT PLUGIN_SDK TEAM_ADMIN SSO PRIORITY_SUPPORT", // Atlas CAD Enterprise Floating
    "CLOUD_SYNC PDF_EXPORT",                                        // Nordlicht Studio Monthly
    "CLOUD_SYNC PDF_EXPORT PLUGIN_SDK",                             // Nordlicht Studio Annual
    "PDF_EXPORT",                                                   // Nordlicht Studio Trial
    "CLOUD_SYNC PDF_EXPORT",                                        // Nordlicht Studio Education
    "API_ACCESS RENDER_FARM",                                       // Helix Build Agents (deactivate dead)
    "API_ACCESS RENDER_FARM PRIORITY_SUPPORT",                      // Helix Build Agents (keep dead)
    "API_ACCESS",                                                   // Helix Build Server (key pool)
    "OFFLINE_MODE PDF_EXPORT",                                      // Pixelmint Photo Node-locked
    "OFFLINE_MODE TEAM_ADMIN",                                      // Pixelmint Photo Lab
    "CLOUD_SYNC TEAM_ADMIN SSO API_ACCESS",                         // Ledgerly Business Subscription
    "API_ACCESS",                                                   // Ledgerly Metered API
    "OFFLINE_MODE",                                                 // Quill SDK Ed25519
    "OFFLINE_MODE LTS_UPDATES",                                     // Quill SDK ECDSA P-256
    "OFFLINE_MODE",                                                 // Quill SDK RSA-PSS
    "OFFLINE_MODE API_ACCESS",                                      // Quill SDK JWT
    "LTS_UPDATES",                                                  // Atlas CAD 2019 Perpetual (legacy)
};
static_assert(std::size(kPolicyEntitlements) == std::size(kPolicies));

// What is sold on top of a license: an add-on attached to the license itself (one its policy does not include).
const char *const kAddOns[] = {"PRIORITY_SUPPORT", "BETA_CHANNEL", "RENDER_FARM", "LTS_UPDATES", "ACCESS_V2024", "SSO"};
// clang-format on

const char *const kPatchNotes[] = {
    "Fixes a crash when opening large projects.",
    "Security update: the bundled OpenSSL is updated.",
    "Faster start-up; fixes printing on Windows.",
    "Fixes license activation behind authenticating proxies.",
    "Stability fixes for the latest macOS.",
    "Fixes high memory use during long sessions.",
    "Corrects rounding in exported reports.",
    "Restores the German and Japanese translations.",
};

QJsonObject parseAttributes(const char *pairs)
{
    QJsonObject attributes;
    for (const QByteArray &pair : QByteArray(pairs).split(' ')) {
        const qsizetype equals = pair.indexOf('=');
        if (equals <= 0) {
            continue;
        }
        const QString name = QString::fromLatin1(pair.left(equals));
        const QByteArray value = pair.mid(equals + 1);
        bool isNumber = false;
        const qint64 n = value.toLongLong(&isNumber);
        if (value == "true" || value == "false") {
            attributes.insert(name, value == "true");
        } else if (isNumber) {
            attributes.insert(name, double(n));
        } else {
            attributes.insert(name, QString::fromLatin1(value));
        }
    }
    return attributes;
}

std::optional<qint64> integer(const QJsonValue &value)
{
    return value.isDouble() ? std::optional<qint64>(qint64(value.toDouble())) : std::nullopt;
}

// ---- The seed ---------------------------------------------------------------------------------------------------

struct ProductInfo
{
    Id id;
    const ProductDef *def = nullptr;
    qint64 created = 0;
};

struct PolicyInfo
{
    Id id;
    const PolicyDef *def = nullptr;
    int product = 0;
    std::optional<qint64> duration;
    std::optional<qint64> maxMachines;
    double overage = 1; // how far the machine count may exceed maxMachines
    std::optional<KeyScheme> scheme;
    bool requireHeartbeat = false;
    qint64 heartbeatDuration = 600;
    bool keepDead = false;
    qint64 checkInSeconds = 0; // 0: no check-in required
    std::optional<qint64> maxUses;
    std::optional<qint64> maxUsers;
    bool floating = false;
    std::vector<int> entitlements;                   // indexes into the seeded entitlements
    QList<QPair<int, QByteArray>> licenseAttributes; // license attribute slot -> the policy's value as JSON
};

struct Customer
{
    QByteArray company; // empty: a private customer
    QByteArray domain;
    QByteArray customerId;
    int region = 0;
    int group = -1;
    int primaryPolicy = 0;
    int licenses = 0;
    std::vector<int> users;
};

struct User
{
    Id id;
    QByteArray email;
    int customer = 0;
    int firstName = 0;
};

// A machine to be activated later than its license: machines are written in the order they were created.
struct PendingMachine
{
    qint64 created = 0;
    qint64 order = 0;
    Id license = {};
    std::optional<qint64> licenseExpiry = {};
    int policy = 0;
    int customer = 0;
    int user = 0;
    int group = -1;

    bool operator>(const PendingMachine &other) const
    {
        return created != other.created ? created > other.created : order > other.order;
    }
};

struct ReleasePlan
{
    Id id;
    int product = 0;
    qint64 created = 0;
    qint64 updated = 0;
    int major = 0;
    int minor = 0;
    int patch = 0;
    QByteArray channel = {};
    int prereleaseNumber = 0;
    QByteArray status = "PUBLISHED";
    std::optional<qint64> yanked = {};
    QByteArray tag = {};

    QByteArray version() const
    {
        QByteArray v = number(major) + '.' + number(minor) + '.' + number(patch);
        if (channel != "stable") {
            v += '-' + channel + '.' + number(prereleaseNumber);
        }
        return v;
    }
};

struct ArtifactPlan
{
    Id id;
    int release = 0;
    qint64 created = 0;
    QByteArray filename = {};
    QByteArray filetype = {};
    QByteArray platform = {};
    QByteArray arch = {};
    QByteArray status = "UPLOADED";
};

class DemoSeeder
{
public:
    DemoSeeder(SandboxStore &store,
               const Account &account,
               qint64 licenses,
               const std::function<void(qint64)> &progress,
               const Clock &clock);

    bool run(QString *error, DemoDataCounts *counts);

private:
    bool fail(const QString &message)
    {
        if (m_error.isEmpty()) {
            m_error = message;
        }
        return false;
    }

    bool insertRow(const QVariant &type,
                   const Id &id,
                   qint64 created,
                   qint64 updated,
                   QByteArrayView alias,
                   const QByteArray &attributes,
                   const QByteArray &links);
    bool insertSpecified(const ResourceSpec &spec,
                         const Id &id,
                         qint64 created,
                         const QJsonObject &given,
                         const QJsonObject &links,
                         StoredResource *stored = nullptr);

    bool seedProducts();
    bool seedPolicies();
    bool seedEntitlements();
    bool seedPolicyEntitlements();
    bool seedReleases();
    bool seedLicenses();
    bool attachToLicense(const Id &license,
                         qint64 created,
                         const PolicyInfo &policy,
                         const Customer &customer,
                         int owner,
                         std::optional<qint64> maxMachines);
    bool insertJoin(const QVariant &type,
                    qint64 created,
                    const char *firstLink,
                    const Id &first,
                    const char *secondLink,
                    const Id &second);

    struct Term
    {
        std::optional<qint64> expiry;
        qint64 updated = 0; // the last renewal, or the creation
    };

    bool seedLicense(qint64 created, bool signedScheme);
    int buyer(qint64 created);
    int owner(int customer, qint64 created);
    Term term(const PolicyInfo &policy, qint64 created);
    std::optional<QByteArray> signedKey(
        const PolicyInfo &policy, const Id &licenseId, const User &user, qint64 created, std::optional<qint64> expiry);
    QByteArray licenseMetadata(const Customer &customer, const PolicyInfo &policy, qint64 created);
    bool insertMachine(const PendingMachine &machine);
    bool flushMachines(qint64 until);

    int newCustomer(qint64 created);
    int newUser(int customer, qint64 created);
    int pickRegion();
    int pickPolicy(bool business, bool trials);
    QByteArray plainKey();
    QByteArray licenseStatus(bool suspended,
                             std::optional<qint64> expiry,
                             qint64 created,
                             std::initializer_list<std::optional<qint64>> activity) const;

    SandboxStore &m_store;
    const Account &m_account;
    const qint64 m_licenseTarget;
    const std::function<void(qint64)> &m_progress;

    Random m_random{kDataSeed};      // what the data says
    Random m_catalog{kDataSeed + 1}; // the catalog's own stream, so that changing it leaves the licenses alone
    Random m_ids;                    // the ids, which follow the account
    // Add-on entitlements and team members: streams of their own, so that the licenses, users and machines stay what
    // they were before licenses had them.
    Random m_joins{kDataSeed + 2};
    Random m_joinIds;
    QSqlQuery m_insert;
    QString m_error;
    DemoDataCounts m_counts;

    qint64 m_now = 0;   // heartbeats and statuses are judged against the real time
    qint64 m_today = 0; // UTC midnight: the day's data is the same whenever it is seeded
    qint64 m_start = 0; // the first license
    qint64 m_catalogStart = 0;

    crypto::PrivateKey m_ed25519;
    crypto::PrivateKey m_ecdsa;
    crypto::PrivateKey m_rsa;

    const QVariant m_accountId;
    const QVariant m_groupsType{QStringLiteral("groups")};
    const QVariant m_usersType{QStringLiteral("users")};
    const QVariant m_licensesType{QStringLiteral("licenses")};
    const QVariant m_machinesType{QStringLiteral("machines")};
    const QVariant m_releasesType{QStringLiteral("releases")};
    const QVariant m_artifactsType{QStringLiteral("artifacts")};
    const QVariant m_licenseUsersType{QStringLiteral("license-users")};
    const QVariant m_licenseEntitlementsType{QStringLiteral("license-entitlements")};
    const QVariant m_policyEntitlementsType{QStringLiteral("policy-entitlements")};

    QList<ProductInfo> m_products;
    QList<PolicyInfo> m_policies;
    QList<int> m_signedPolicies;
    std::vector<Id> m_entitlements;              // in the order of kEntitlements
    QHash<QByteArray, int> m_entitlementsByCode; // code -> index
    std::vector<Customer> m_customers;
    std::vector<User> m_users;
    std::vector<Id> m_groups;
    std::vector<int> m_licenseCustomers; // who bought each license so far: repeat buyers are drawn from it
    QSet<QByteArray> m_emails;
    QHash<QByteArray, int> m_domains;
    std::priority_queue<PendingMachine, std::vector<PendingMachine>, std::greater<>> m_pending;
    qint64 m_machineOrder = 0;
    qint64 m_orderNumber = 118000;
    int m_regionWeights = 0;

    AttributeRow m_groupRow{attributesOf(QStringLiteral("groups"))};
    AttributeRow m_userRow{attributesOf(QStringLiteral("users"))};
    AttributeRow m_licenseRow{attributesOf(QStringLiteral("licenses"))};
    AttributeRow m_machineRow{attributesOf(QStringLiteral("machines"))};
    AttributeRow m_releaseRow{attributesOf(QStringLiteral("releases"))};
    AttributeRow m_artifactRow{attributesOf(QStringLiteral("artifacts"))};
};

quint32 seedFor(const QString &accountId)
{
    // FNV-1a: the ids of an account are the same on every run, and differ between accounts.
    quint32 hash = 2166136261u;
    for (const char c : accountId.toUtf8()) {
        hash = (hash ^ quint8(c)) * 16777619u;
    }
    return hash;
}

DemoSeeder::DemoSeeder(SandboxStore &store,
                       const Account &account,
                       qint64 licenses,
                       const std::function<void(qint64)> &progress,
                       const Clock &clock)
    : m_store(store)
    , m_account(account)
    , m_licenseTarget(licenses)
    , m_progress(progress)
    , m_ids(seedFor(account.id))
    , m_joinIds(seedFor(account.id) ^ 0x5eed)
    , m_accountId(account.id)
{
    m_now = clock.now().toMSecsSinceEpoch();
    m_today = m_now - m_now % kDay;
    m_start = m_today - kHistoryDays * kDay;
    m_catalogStart = m_start - 120 * kDay;
    for (const Region &region : regions()) {
        m_regionWeights += region.weight;
    }
}

bool DemoSeeder::run(QString *error, DemoDataCounts *counts)
{
    auto finish = [&](bool ok) {
        if (!ok && error) {
            *error = m_error;
        }
        if (counts) {
            *counts = ok ? m_counts : DemoDataCounts();
        }
        return ok;
    };
    if (m_licenseTarget < 0 || m_licenseTarget > kMaxDemoLicenses) {
        return finish(
            fail(QStringLiteral("the number of demo licenses must be between 0 and %1").arg(kMaxDemoLicenses)));
    }
    if (hasDemoData(m_store, m_account)) {
        return finish(fail(QStringLiteral("the account %1 already has licenses or demo data; seeding again would "
                                          "duplicate them")
                               .arg(m_account.slug)));
    }
    m_ed25519 = crypto::PrivateKey::fromPem(m_account.ed25519PrivatePem);
    m_ecdsa = crypto::PrivateKey::fromPem(m_account.ecdsaPrivatePem);
    m_rsa = crypto::PrivateKey::fromPem(m_account.rsaPrivatePem);
    if (m_ed25519.isNull() || m_ecdsa.isNull() || m_rsa.isNull()) {
        return finish(fail(QStringLiteral("the signing keys of the account %1 cannot be read").arg(m_account.slug)));
    }

    QSqlDatabase db = m_store.database();
    // A large page cache while the id index of millions of rows grows; the connection's own size afterwards.
    QSqlQuery pragma(db);
    QString cacheSize = QStringLiteral("-2000");
    if (pragma.exec(QStringLiteral("PRAGMA cache_size")) && pragma.next()) {
        cacheSize = pragma.value(0).toString();
    }
    pragma.finish();
    pragma.exec(QStringLiteral("PRAGMA cache_size = -262144"));

    bool ok = db.transaction();
    if (!ok) {
        fail(db.lastError().text());
    }
    if (ok) {
        m_insert = QSqlQuery(db);
        ok = m_insert.prepare(QStringLiteral("INSERT INTO resources (id, account_id, type, created, updated, alias, "
                                             "attributes, links) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        if (!ok) {
            fail(m_insert.lastError().text());
        }
        // A large seed loads the rows without the secondary indexes and builds them at the end: sorting millions
        // of keys once is far cheaper than inserting them one by one into B-trees that outgrow the page cache. The
        // indexes are read from the schema, so they stay whatever SandboxStore defines.
        QStringList indexes;
        if (ok && m_licenseTarget >= kBulkLicenses) {
            QSqlQuery schema(db);
            ok = schema.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                                            "tbl_name = 'resources' AND sql IS NOT NULL"));
            QStringList names;
            while (ok && schema.next()) {
                names.append(schema.value(0).toString());
                indexes.append(schema.value(1).toString());
            }
            schema.finish();
            for (const QString &index : std::as_const(names)) {
                ok = ok && schema.exec(QStringLiteral("DROP INDEX \"%1\"").arg(index));
            }
            if (!ok) {
                fail(schema.lastError().text());
            }
        }
        ok = ok && seedProducts() && seedPolicies() && seedEntitlements() && seedPolicyEntitlements() && seedReleases()
          && seedLicenses();
        m_insert.finish();
        m_insert = QSqlQuery();
        QSqlQuery rebuild(db);
        for (const QString &index : std::as_const(indexes)) {
            if (ok && !rebuild.exec(index)) {
                ok = fail(rebuild.lastError().text());
            }
        }
        if (ok && !db.commit()) {
            ok = fail(db.lastError().text());
        }
        if (!ok) {
            db.rollback();
        }
    }
    pragma.exec(QStringLiteral("PRAGMA cache_size = ") + cacheSize);
    return finish(ok);
}

bool DemoSeeder::insertRow(const QVariant &type,
                           const Id &id,
                           qint64 created,
                           qint64 updated,
                           QByteArrayView alias,
                           const QByteArray &attributes,
                           const QByteArray &links)
{
    // The same bindings as SandboxStore::insertResource: text columns as text, the JSON as it writes it.
    m_insert.bindValue(0, text(id));
    m_insert.bindValue(1, m_accountId);
    m_insert.bindValue(2, type);
    m_insert.bindValue(3, QString::fromLatin1(timestampText(created)));
    m_insert.bindValue(4, QString::fromLatin1(timestampText(updated)));
    m_insert.bindValue(5, alias.isEmpty() ? QVariant() : QVariant(QString::fromUtf8(alias)));
    m_insert.bindValue(6, attributes);
    m_insert.bindValue(7, links);
    if (!m_insert.exec()) {
        return fail(m_insert.lastError().text());
    }
    return true;
}

// A resource written the way the server's create does: the spec's defaults, the given attributes, the spec's own
// derivations and checks, the alias. For the few rows of the catalog.
bool DemoSeeder::insertSpecified(const ResourceSpec &spec,
                                 const Id &id,
                                 qint64 created,
                                 const QJsonObject &given,
                                 const QJsonObject &links,
                                 StoredResource *stored)
{
    StoredResource resource;
    resource.id = text(id);
    resource.accountId = m_account.id;
    resource.type = spec.type;
    resource.created = resource.updated = QString::fromLatin1(timestampText(created));
    for (const AttributeSpec &attribute : spec.attributes) {
        resource.attributes.insert(attribute.name, attribute.defaultValue);
    }
    resource.attributes.insert(QStringLiteral("metadata"), QJsonObject());
    for (auto it = given.constBegin(); it != given.constEnd(); ++it) {
        resource.attributes.insert(it.key(), it.value());
    }
    resource.links = links;
    if (spec.prepare) {
        if (const QString problem = spec.prepare(resource, m_store, true); !problem.isEmpty()) {
            return fail(QStringLiteral("the demo %1 “%2” is not valid: %3")
                            .arg(spec.type,
                                 resource.attributes.value(QStringLiteral("name")).toString(),
                                 problem.section(QLatin1Char('|'), 2)));
        }
    }
    if (!spec.aliasAttribute.isEmpty()) {
        resource.alias = resource.attributes.value(spec.aliasAttribute).toString();
    }
    if (!m_store.insertResource(resource)) {
        return fail(m_store.database().lastError().text());
    }
    if (stored) {
        *stored = resource;
    }
    return true;
}

bool DemoSeeder::seedProducts()
{
    for (const ProductDef &def : kProducts) {
        ProductInfo product{makeId(m_ids), &def, m_catalogStart + qint64(m_products.size()) * 2 * kDay + 9 * kHour};
        QJsonArray platforms;
        for (const auto &[flag, name] :
             {std::pair{MacOs, "macOS"}, std::pair{Windows, "Windows"}, std::pair{Linux, "Linux"}}) {
            if (def.platforms & flag) {
                platforms.append(QLatin1String(name));
            }
        }
        const QJsonObject attributes{{QStringLiteral("name"), QString::fromUtf8(def.name)},
                                     {QStringLiteral("code"), QLatin1String(def.code)},
                                     {QStringLiteral("distributionStrategy"), QLatin1String(def.distribution)},
                                     {QStringLiteral("url"), QLatin1String(def.url)},
                                     {QStringLiteral("platforms"), platforms}};
        if (!insertSpecified(productSpec(), product.id, product.created, attributes, {})) {
            return false;
        }
        m_products.append(product);
        ++m_counts.products;
    }
    return true;
}

bool DemoSeeder::seedPolicies()
{
    static const char *const copied[] = {"scheme",
                                         "encrypted",
                                         "strict",
                                         "floating",
                                         "protected",
                                         "requireHeartbeat",
                                         "requireCheckIn",
                                         "maxMachines",
                                         "maxProcesses",
                                         "maxUsers",
                                         "maxCores",
                                         "maxMemory",
                                         "maxDisk",
                                         "maxUses"};
    qint64 created = m_catalogStart + 20 * kDay;
    for (const PolicyDef &def : kPolicies) {
        created += 5 * kHour + m_catalog.below64(kHour);
        PolicyInfo policy;
        policy.id = makeId(m_ids);
        policy.def = &def;
        policy.product = def.product;
        QJsonObject attributes = parseAttributes(def.attributes);
        attributes.insert(QStringLiteral("name"), QString::fromUtf8(def.name));
        StoredResource stored;
        if (!insertSpecified(policySpec(),
                             policy.id,
                             created,
                             attributes,
                             {{QStringLiteral("product"), text(m_products.at(def.product).id)}},
                             &stored)) {
            return false;
        }
        const QJsonObject &a = stored.attributes;
        policy.duration = integer(a.value(QStringLiteral("duration")));
        policy.maxMachines = integer(a.value(QStringLiteral("maxMachines")));
        const QString overage = a.value(QStringLiteral("overageStrategy")).toString();
        policy.overage = overage == QLatin1String("ALLOW_1_25X_OVERAGE") ? 1.25
                       : overage == QLatin1String("ALLOW_1_5X_OVERAGE")  ? 1.5
                       : overage == QLatin1String("ALLOW_2X_OVERAGE")    ? 2
                                                                         : 1;
        policy.scheme = keySchemeFromName(a.value(QStringLiteral("scheme")).toString());
        policy.requireHeartbeat = a.value(QStringLiteral("requireHeartbeat")).toBool();
        policy.heartbeatDuration = integer(a.value(QStringLiteral("heartbeatDuration"))).value_or(600);
        policy.keepDead = a.value(QStringLiteral("heartbeatCullStrategy")).toString() == QLatin1String("KEEP_DEAD");
        if (a.value(QStringLiteral("requireCheckIn")).toBool()) {
            const QString interval = a.value(QStringLiteral("checkInInterval")).toString();
            const qint64 unit = interval == QLatin1String("day")   ? 86400
                              : interval == QLatin1String("week")  ? 604800
                              : interval == QLatin1String("month") ? 2629746
                                                                   : 31556952;
            policy.checkInSeconds = unit * integer(a.value(QStringLiteral("checkInIntervalCount"))).value_or(1);
        }
        policy.maxUses = integer(a.value(QStringLiteral("maxUses")));
        policy.maxUsers = integer(a.value(QStringLiteral("maxUsers")));
        policy.floating = a.value(QStringLiteral("floating")).toBool();
        for (const char *name : copied) {
            policy.licenseAttributes.append({m_licenseRow.slot(name), jsonText(a.value(QLatin1String(name)))});
        }
        if (policy.scheme) {
            m_signedPolicies.append(int(m_policies.size()));
        }
        m_policies.append(policy);
        ++m_counts.policies;
    }
    return true;
}

bool DemoSeeder::seedEntitlements()
{
    qint64 created = m_catalogStart + 30 * kDay;
    for (const auto &entitlement : kEntitlements) {
        created += 2 * kHour + m_catalog.below64(kHour);
        const Id id = makeId(m_ids);
        if (!insertSpecified(entitlementSpec(),
                             id,
                             created,
                             {{QStringLiteral("name"), QLatin1String(entitlement[0])},
                              {QStringLiteral("code"), QLatin1String(entitlement[1])}},
                             {})) {
            return false;
        }
        m_entitlementsByCode.insert(entitlement[1], int(m_entitlements.size()));
        m_entitlements.push_back(id);
        ++m_counts.entitlements;
    }
    return true;
}

// A join row as the server's attach endpoints write it: no attributes, its two ends and no environment.
bool DemoSeeder::insertJoin(const QVariant &type,
                            qint64 created,
                            const char *firstLink,
                            const Id &first,
                            const char *secondLink,
                            const Id &second)
{
    QByteArray links;
    ObjectWriter(links).id(firstLink, &first).id("environment", nullptr).id(secondLink, &second).finish();
    return insertRow(type, makeId(m_joinIds), created, created, {}, "{}", links);
}

// Each policy's entitlements, attached a day after the catalog's entitlements were made (kPolicyEntitlements).
bool DemoSeeder::seedPolicyEntitlements()
{
    qint64 created = m_catalogStart + 32 * kDay + 10 * kHour;
    for (qsizetype p = 0; p < m_policies.size(); ++p) {
        PolicyInfo &policy = m_policies[p];
        for (const QByteArray &code : QByteArray(kPolicyEntitlements[p]).split(' ')) {
            const int entitlement = m_entitlementsByCode.value(code, -1);
            if (entitlement < 0) {
                return fail(QStringLiteral("the demo policy “%1” names an unknown entitlement %2")
                                .arg(QString::fromUtf8(policy.def->name), QString::fromLatin1(code)));
            }
            created += 3 * kMinute;
            if (!insertJoin(m_policyEntitlementsType,
                            created,
                            "entitlement",
                            m_entitlements[size_t(entitlement)],
                            "policy",
                            policy.id)) {
                return false;
            }
            policy.entitlements.push_back(entitlement);
            ++m_counts.policyEntitlements;
        }
    }
    return true;
}

// Release trains per product: prereleases (dev, alpha, beta, rc) ahead of each minor version, the stable release,
// a few patches; the version being worked on today is a draft. Some releases were yanked; the newest published
// stable release is tagged "latest", the newest beta "beta".
bool DemoSeeder::seedReleases()
{
    std::vector<ReleasePlan> releases;
    for (qsizetype p = 0; p < m_products.size(); ++p) {
        const ProductDef &def = *m_products.at(p).def;
        const qint64 end = def.retiredAfterDays > 0 ? m_start + def.retiredAfterDays * kDay : m_today - kHour;
        qint64 t = m_products.at(p).created + 10 * kDay + m_catalog.below64(kDay);
        int major = def.calendarVersions ? yearOf(t) : def.firstMajor;
        int minor = def.calendarVersions ? 1 : (def.firstMajor == 0 ? 9 : 0);
        int cycle = 0;
        bool more = true;
        qint64 latest = t; // the newest release so far
        auto add = [&](const char *channel, int patch, int prerelease, qint64 gap) {
            t += gap;
            if (t > end) {
                if (def.retiredAfterDays == 0) {
                    // Work in progress: today's draft.
                    ReleasePlan draft{makeId(m_ids),
                                      int(p),
                                      std::max(m_today - kHour - m_catalog.below64(2 * kDay), latest + kMinute)};
                    draft.updated = draft.created;
                    draft.major = major;
                    draft.minor = minor;
                    draft.patch = patch;
                    draft.channel = channel;
                    draft.prereleaseNumber = prerelease;
                    draft.status = "DRAFT";
                    releases.push_back(draft);
                }
                more = false;
                return false;
            }
            ReleasePlan release{makeId(m_ids), int(p), t};
            latest = t;
            release.updated = t;
            release.major = major;
            release.minor = minor;
            release.patch = patch;
            release.channel = channel;
            release.prereleaseNumber = prerelease;
            if (m_catalog.chance(qstrcmp(channel, "stable") == 0 ? 0.02 : 0.07)) {
                release.status = "YANKED";
                release.yanked = std::min(t + kDay + m_catalog.below64(4 * kDay), m_today - kHour);
                release.updated = *release.yanked;
            }
            releases.push_back(release);
            return true;
        };
        while (more) {
            if (cycle % 4 == 1
                && (!add("dev", 0, 1, 3 * kDay + m_catalog.below64(4 * kDay))
                    || !add("dev", 0, 2, 2 * kDay + m_catalog.below64(3 * kDay)))) {
                break;
            }
            int betas = m_catalog.chance(0.7) ? (m_catalog.chance(0.4) ? 2 : 1) : 0;
            if (!add("alpha", 0, 1, 3 * kDay + m_catalog.below64(5 * kDay))) {
                break;
            }
            for (int b = 1; b <= betas && more; ++b) {
                add("beta", 0, b, 4 * kDay + m_catalog.below64(5 * kDay));
            }
            if (!more || (m_catalog.chance(0.8) && !add("rc", 0, 1, 4 * kDay + m_catalog.below64(4 * kDay)))) {
                break;
            }
            if (!add("stable", 0, 0, 3 * kDay + m_catalog.below64(5 * kDay))) {
                break;
            }
            const int patches = m_catalog.below(3);
            for (int patch = 1; patch <= patches && more; ++patch) {
                add("stable", patch, 0, 6 * kDay + m_catalog.below64(20 * kDay));
            }
            if (!more) {
                break;
            }
            t += 25 * kDay + m_catalog.below64(45 * kDay);
            ++cycle;
            if (def.calendarVersions) {
                const int year = yearOf(t);
                minor = year == major ? minor + 1 : 1;
                major = year;
            } else if (def.retiredAfterDays == 0 && minor >= 4 && m_catalog.chance(0.35)) {
                ++major;
                minor = 0;
            } else {
                ++minor;
            }
        }
    }
    // Tags go to the newest published release of their kind, per product.
    for (const char *channel : {"stable", "beta"}) {
        for (qsizetype p = 0; p < m_products.size(); ++p) {
            for (auto it = releases.rbegin(); it != releases.rend(); ++it) {
                if (it->product == p && it->channel == channel && it->status == "PUBLISHED") {
                    it->tag = qstrcmp(channel, "stable") == 0 ? "latest" : "beta";
                    break;
                }
            }
        }
    }
    std::stable_sort(releases.begin(), releases.end(), [](const ReleasePlan &a, const ReleasePlan &b) {
        return a.created < b.created;
    });

    const int name = m_releaseRow.slot("name");
    const int description = m_releaseRow.slot("description");
    const int channel = m_releaseRow.slot("channel");
    const int status = m_releaseRow.slot("status");
    const int tag = m_releaseRow.slot("tag");
    const int version = m_releaseRow.slot("version");
    const int semver = m_releaseRow.slot("semver");
    const int yanked = m_releaseRow.slot("yanked");
    std::vector<ArtifactPlan> artifacts;
    for (int r = 0; r < int(releases.size()); ++r) {
        const ReleasePlan &release = releases.at(r);
        const ProductInfo &product = m_products.at(release.product);
        const QByteArray versionText = release.version();
        m_releaseRow.clear();
        m_releaseRow.setString(name, QByteArray(product.def->name + (' ' + versionText)));
        QByteArray notes;
        if (release.channel == "dev") {
            notes = "Nightly development build. Not for production use.";
        } else if (release.channel != "stable") {
            notes = "Preview of " + QByteArray(product.def->name) + ' ' + number(release.major) + '.'
                  + number(release.minor) + ". Please report problems to support.";
        } else if (release.patch == 0) {
            notes = QByteArray(product.def->name) + ' ' + number(release.major) + '.' + number(release.minor)
                  + ": new features and improvements; see the changelog.";
        } else {
            notes = m_catalog.pick(kPatchNotes);
        }
        m_releaseRow.setString(description, notes);
        m_releaseRow.setString(channel, release.channel);
        m_releaseRow.setString(status, release.status);
        if (release.tag.isEmpty()) {
            m_releaseRow.setRaw(tag, "null");
        } else {
            m_releaseRow.setString(tag, release.tag);
        }
        m_releaseRow.setString(version, versionText);
        QByteArray semverJson;
        ObjectWriter semverObject(semverJson);
        semverObject.number("major", release.major).number("minor", release.minor).number("patch", release.patch);
        if (release.channel == "stable") {
            semverObject.raw("prerelease", "null");
        } else {
            semverObject.string("prerelease", QByteArray(release.channel + '.' + number(release.prereleaseNumber)));
        }
        semverObject.raw("build", "null");
        semverObject.finish();
        m_releaseRow.setRaw(semver, semverJson);
        m_releaseRow.setTime(yanked, release.yanked);
        QByteArray metadata;
        ObjectWriter(metadata).string("commit", hex(m_catalog, 7)).finish();
        QByteArray links;
        ObjectWriter(links).id("product", &product.id).finish();
        if (!insertRow(m_releasesType,
                       release.id,
                       release.created,
                       release.updated,
                       versionText,
                       m_releaseRow.build(metadata),
                       links)) {
            return false;
        }
        ++m_counts.releases;

        // Its files: installers per platform; dev builds only for the first platform.
        struct File
        {
            int platform;
            const char *suffix;
            const char *filetype;
            const char *platformKey;
            const char *arch;
        };

        static const File files[] = {
            {MacOs, "-arm64.dmg", "dmg", "darwin", "arm64"},
            {MacOs, "-x86_64.dmg", "dmg", "darwin", "amd64"},
            {Windows, "-x64.msi", "msi", "windows", "amd64"},
            {Linux, "-linux-amd64.tar.gz", "tar.gz", "linux", "amd64"},
            {Linux, "-linux-arm64.tar.gz", "tar.gz", "linux", "arm64"},
        };
        qint64 at = release.created + 10 * kMinute + m_catalog.below64(30 * kMinute);
        bool first = true;
        for (const File &file : files) {
            if (!(product.def->platforms & file.platform) || (release.channel == "dev" && !first)) {
                continue;
            }
            ArtifactPlan artifact{makeId(m_ids), r, at};
            at += kMinute + m_catalog.below64(4 * kMinute);
            artifact.filename = QByteArray(product.def->fileStem) + '-' + versionText + file.suffix;
            artifact.filetype = file.filetype;
            artifact.platform = file.platformKey;
            artifact.arch = file.arch;
            if (release.status == "DRAFT" && !first) {
                artifact.status = "WAITING";
            } else if (release.channel == "dev" && m_catalog.chance(0.1)) {
                artifact.status = "FAILED";
            }
            first = false;
            artifacts.push_back(artifact);
        }
    }

    std::stable_sort(artifacts.begin(), artifacts.end(), [](const ArtifactPlan &a, const ArtifactPlan &b) {
        return a.created < b.created;
    });
    const int filename = m_artifactRow.slot("filename");
    const int filetype = m_artifactRow.slot("filetype");
    const int filesize = m_artifactRow.slot("filesize");
    const int platform = m_artifactRow.slot("platform");
    const int arch = m_artifactRow.slot("arch");
    const int signature = m_artifactRow.slot("signature");
    const int checksum = m_artifactRow.slot("checksum");
    const int artifactStatus = m_artifactRow.slot("status");
    for (const ArtifactPlan &artifact : artifacts) {
        const ReleasePlan &release = releases.at(artifact.release);
        const ProductInfo &product = m_products.at(release.product);
        m_artifactRow.clear();
        m_artifactRow.setString(filename, artifact.filename);
        m_artifactRow.setString(filetype, artifact.filetype);
        const double growth = 1.0 + 0.04 * (release.created - m_catalogStart) / double(365 * kDay);
        m_artifactRow.setNumber(filesize,
                                qint64(product.def->sizeMb * 1048576.0 * growth * (0.9 + 0.2 * m_catalog.uniform())));
        m_artifactRow.setString(platform, artifact.platform);
        m_artifactRow.setString(arch, artifact.arch);
        // The vendor's SHA-256 of the file, and their Ed25519 signature over it (the account's key).
        const QByteArray digest = crypto::sha256(QByteArray(artifact.filename + view(artifact.id).toByteArray()));
        m_artifactRow.setString(checksum, digest.toBase64());
        m_artifactRow.setString(signature, m_ed25519.sign(crypto::SignatureAlgorithm::Ed25519, digest).toBase64());
        m_artifactRow.setString(artifactStatus, artifact.status);
        QByteArray links;
        ObjectWriter(links).id("release", &release.id).id("product", &product.id).finish();
        if (!insertRow(m_artifactsType,
                       artifact.id,
                       artifact.created,
                       artifact.created + (artifact.status == "UPLOADED" ? 2 * kMinute : 0),
                       artifact.filename,
                       m_artifactRow.build("{}"),
                       links)) {
            return false;
        }
        ++m_counts.artifacts;
    }
    return true;
}

int DemoSeeder::pickRegion()
{
    int draw = m_random.below(m_regionWeights);
    for (int i = 0; i < regions().size(); ++i) {
        draw -= regions().at(i).weight;
        if (draw < 0) {
            return i;
        }
    }
    return 0;
}

int DemoSeeder::pickPolicy(bool business, bool trials)
{
    int total = 0;
    for (const PolicyInfo &policy : std::as_const(m_policies)) {
        if (trials || !policy.def->trial) {
            total += business ? policy.def->businessWeight : policy.def->privateWeight;
        }
    }
    int draw = m_random.below(total);
    for (int i = 0; i < m_policies.size(); ++i) {
        const PolicyDef &def = *m_policies.at(i).def;
        if (trials || !def.trial) {
            draw -= business ? def.businessWeight : def.privateWeight;
            if (draw < 0) {
                return i;
            }
        }
    }
    return 0;
}

// Keygen's plain key (License#generate_key): 32 random hex digits, the last two replaced by "V3", upper case, in
// groups of six.
QByteArray DemoSeeder::plainKey()
{
    QByteArray digits = hex(m_random, 32).toUpper();
    digits[30] = 'V';
    digits[31] = '3';
    QByteArray key;
    key.reserve(37);
    for (int i = 0; i < 32; ++i) {
        if (i > 0 && i % 6 == 0) {
            key += '-';
        }
        key += digits.at(i);
    }
    return key;
}

// The status presentLicense() shows: suspended, expired, expiring within 3 days, inactive after 90 quiet days.
QByteArray DemoSeeder::licenseStatus(bool suspended,
                                     std::optional<qint64> expiry,
                                     qint64 created,
                                     std::initializer_list<std::optional<qint64>> activity) const
{
    if (suspended) {
        return "SUSPENDED";
    }
    if (expiry && *expiry <= m_now) {
        return "EXPIRED";
    }
    if (expiry && *expiry - m_now <= 3 * kDay) {
        return "EXPIRING";
    }
    qint64 latest = created;
    for (const std::optional<qint64> &at : activity) {
        latest = std::max(latest, at.value_or(latest));
    }
    return m_now - latest > 90 * kDay ? "INACTIVE" : "ACTIVE";
}

int DemoSeeder::newCustomer(qint64 created)
{
    Customer customer;
    customer.region = pickRegion();
    customer.customerId = "CUS-" + number(qint64(m_customers.size()) + 1000, 6);
    const Region &region = regions().at(customer.region);
    const bool business = m_random.chance(0.55);
    if (business) {
        const QByteArray &industry = m_random.pick(kIndustries);
        QByteArray stem;
        const double style = m_random.uniform();
        if (style < 0.5) {
            const QByteArray &word = m_random.pick(kCompanyWords);
            customer.company = word + ' ' + industry;
            stem = asciiSlug(word);
        } else {
            const int last = m_random.below(region.lastNames.size());
            customer.company = region.lastNames.at(last);
            stem = region.lastSlugs.at(last);
            if (style > 0.75) {
                const int partner = (last + 1 + m_random.below(region.lastNames.size() - 1)) % region.lastNames.size();
                customer.company += " & " + region.lastNames.at(partner);
                stem += '-' + region.lastSlugs.at(partner);
            }
            customer.company += ' ' + industry;
        }
        customer.company += ' ' + m_random.pick(region.legalForms);
        stem += '-' + industry.toLower();
        const int seen = ++m_domains[stem + region.tld];
        customer.domain = seen == 1 ? QByteArray(stem + region.tld)
                                    : QByteArray(stem + '-' + number(seen) + region.tld);

        if (m_random.chance(0.3)) {
            // Their own group, so that an admin sees the company's users, licenses and machines together.
            const Id id = makeId(m_ids);
            m_groupRow.clear();
            m_groupRow.setString(m_groupRow.slot("name"), customer.company);
            if (m_random.chance(0.3)) {
                static const int machineLimits[] = {50, 100, 250};
                m_groupRow.setNumber(m_groupRow.slot("maxMachines"), m_random.pick(machineLimits));
            }
            QByteArray metadata;
            ObjectWriter(metadata).string("customerId", customer.customerId).finish();
            if (!insertRow(m_groupsType, id, created, created, {}, m_groupRow.build(metadata), "{}")) {
                return -1;
            }
            customer.group = int(m_groups.size());
            m_groups.push_back(id);
            ++m_counts.groups;
        }
    }
    customer.primaryPolicy = pickPolicy(business, false);
    m_customers.push_back(std::move(customer));
    return int(m_customers.size() - 1);
}

int DemoSeeder::newUser(int customerIndex, qint64 created)
{
    Customer &customer = m_customers[customerIndex];
    const Region &region = regions().at(customer.region);
    const int first = m_random.below(region.firstNames.size());
    const int last = m_random.below(region.lastNames.size());
    const QByteArray &firstSlug = region.firstSlugs.at(first);
    const QByteArray &lastSlug = region.lastSlugs.at(last);
    const double style = m_random.uniform();
    QByteArray local;
    QByteArray domain;
    if (!customer.company.isEmpty()) {
        local = style < 0.6  ? QByteArray(firstSlug + '.' + lastSlug)
              : style < 0.85 ? QByteArray(firstSlug.left(1) + '.' + lastSlug)
                             : firstSlug;
        domain = customer.domain;
    } else {
        local = style < 0.4 ? QByteArray(firstSlug + '.' + lastSlug)
              : style < 0.6 ? QByteArray(firstSlug + lastSlug)
              : style < 0.8 ? QByteArray(firstSlug.left(1) + lastSlug)
                            : QByteArray(firstSlug + '_' + lastSlug);
        if (m_random.chance(0.5)) {
            local += number(m_random.chance(0.5) ? 1960 + m_random.below(45) : 1 + m_random.below(99));
        }
        domain = m_random.pick(region.mailDomains);
    }
    QByteArray email = local + '@' + domain;
    for (int attempt = 2; m_emails.contains(email); ++attempt) {
        email = local + number(attempt < 10 ? attempt : m_random.below(100000)) + '@' + domain;
    }
    m_emails.insert(email);

    const Id id = makeId(m_ids);
    m_userRow.clear();
    m_userRow.setString(m_userRow.slot("fullName"),
                        QByteArray(region.firstNames.at(first) + ' ' + region.lastNames.at(last)));
    m_userRow.setString(m_userRow.slot("firstName"), region.firstNames.at(first));
    m_userRow.setString(m_userRow.slot("lastName"), region.lastNames.at(last));
    m_userRow.setString(m_userRow.slot("email"), email);
    QByteArray metadata;
    ObjectWriter(metadata).string("customerId", customer.customerId).finish();
    QByteArray links;
    ObjectWriter(links).id("group", customer.group >= 0 ? &m_groups.at(customer.group) : nullptr).finish();
    if (!insertRow(m_usersType, id, created, created, email, m_userRow.build(metadata), links)) {
        return -1;
    }
    ++m_counts.users;
    m_users.push_back({id, email, customerIndex, first});
    customer.users.push_back(int(m_users.size() - 1));
    return int(m_users.size() - 1);
}

bool DemoSeeder::seedLicenses()
{
    const qint64 n = m_licenseTarget;
    m_licenseCustomers.reserve(size_t(n));
    // About one license in fifty has a signed key (at most kMaxSignedKeys), evenly spread.
    const qint64 signedEvery = std::max<qint64>(50, (n + kMaxSignedKeys - 1) / kMaxSignedKeys);
    const double span = double(m_today - m_start - kMinute);
    for (qint64 i = 0; i < n; ++i) {
        // More sales lately than three years ago: a growing business.
        const double x = (double(i) + m_random.uniform()) / double(n);
        const qint64 created = m_start + qint64(span * std::pow(x, 1.0 / 1.6));
        const bool signedKey = !m_signedPolicies.isEmpty() && i % signedEvery == signedEvery / 2;
        if (!flushMachines(created) || !seedLicense(created, signedKey)) {
            return false;
        }
        if (m_progress && ((i + 1) % kProgressEvery == 0 || i + 1 == n)) {
            m_progress(i + 1);
        }
    }
    return flushMachines(std::numeric_limits<qint64>::max());
}

// Who buys: a new customer, or one who bought before (the more they bought, the likelier: a few big customers hold
// many licenses). Private customers stop at three.
int DemoSeeder::buyer(qint64 created)
{
    if (!m_licenseCustomers.empty() && !m_random.chance(0.2)) {
        const int previous = m_licenseCustomers[size_t(m_random.below64(qint64(m_licenseCustomers.size())))];
        const Customer &customer = m_customers[size_t(previous)];
        if (!customer.company.isEmpty() || customer.licenses < 3) {
            return previous;
        }
    }
    return newCustomer(created);
}

// The license's owner: a private customer's one user, or a colleague at the company, sometimes a new one.
int DemoSeeder::owner(int customerIndex, qint64 created)
{
    const Customer &customer = m_customers[size_t(customerIndex)];
    if (customer.users.empty()
        || (!customer.company.isEmpty() && customer.users.size() < 400 && m_random.chance(0.12))) {
        return newUser(customerIndex, created);
    }
    return customer.users[size_t(m_random.below(qsizetype(customer.users.size())))];
}

// Expiry from the policy's duration in Keygen's calendar arithmetic (null without one). Trials run out once;
// subscriptions renew term after term, some lapsed after a few terms, some are up for renewal within three days.
DemoSeeder::Term DemoSeeder::term(const PolicyInfo &policy, qint64 created)
{
    Term term{std::nullopt, created};
    const double fate = m_random.uniform();
    const qint64 expiringTarget = m_today + kDay + m_random.below64(2 * kDay - kHour);
    const qint64 lapseDraw = m_random.below64(1 << 30);
    const qint64 renewalLead = m_random.below64(3 * kDay); // renewals come a little before the expiry
    if (!policy.duration) {
        return term;
    }
    const qint64 duration = *policy.duration;
    const qint64 firstTerm = addDuration(created, duration);
    if (policy.def->trial) {
        term.expiry = firstTerm;
        return term;
    }
    if (fate < 0.04) {
        // Renewed (from the renewal date) so that the term ends in one to three days.
        const qint64 renewed = addDuration(expiringTarget, -duration);
        if (renewed >= created && renewed < m_today) {
            term.expiry = addDuration(renewed, duration);
            term.updated = renewed;
        } else if (firstTerm > m_today) {
            term.expiry = firstTerm;
        }
    } else if (fate < 0.2) {
        QVarLengthArray<qint64, 64> ends;
        for (qint64 end = firstTerm; end <= m_today && ends.size() < 1000; end = addDuration(end, duration)) {
            ends.append(end);
        }
        if (!ends.isEmpty()) {
            const qsizetype lapsed = qsizetype(lapseDraw % ends.size());
            term.expiry = ends.at(lapsed);
            term.updated = lapsed > 0 ? ends.at(lapsed - 1) - renewalLead : created;
        }
    }
    if (!term.expiry) {
        qint64 previous = created;
        qint64 end = firstTerm;
        while (end <= m_today + 4 * kDay) {
            previous = end;
            end = addDuration(end, duration);
        }
        term.expiry = end;
        if (previous != created) {
            term.updated = std::min(previous - renewalLead, m_today - kHour);
        }
    }
    term.updated = std::max(term.updated, created);
    return term;
}

// A real signed key over Keygen's default dataset, so that Keydesk's inspector verifies it offline.
std::optional<QByteArray> DemoSeeder::signedKey(
    const PolicyInfo &policy, const Id &licenseId, const User &user, qint64 created, std::optional<qint64> expiry)
{
    LicenseKeySeed seed;
    seed.accountId = m_account.id;
    seed.productId = text(m_products.at(policy.product).id);
    seed.policyId = text(policy.id);
    seed.duration = policy.duration;
    seed.userId = text(user.id);
    seed.userEmail = QString::fromUtf8(user.email);
    seed.licenseId = text(licenseId);
    seed.created = utc(created);
    if (expiry) {
        seed.expiry = utc(*expiry);
    }
    seed.jwtId = text(makeId(m_ids));
    const crypto::KeyType keyType = crypto::keyTypeFor(signatureAlgorithmFor(*policy.scheme));
    const crypto::PrivateKey &signer = keyType == crypto::KeyType::Ed25519   ? m_ed25519
                                     : keyType == crypto::KeyType::EcdsaP256 ? m_ecdsa
                                                                             : m_rsa;
    const std::optional<QString> key = issueSignedKey(*policy.scheme, defaultKeyDataset(*policy.scheme, seed), signer);
    if (!key) {
        fail(QStringLiteral("a %1 key could not be signed").arg(keySchemeName(*policy.scheme)));
        return std::nullopt;
    }
    return key->toUtf8();
}

// What a support person searches for: the customer id, the order number, the company; sometimes a purchase order
// or a reseller. A few licenses were made by hand and have none.
QByteArray DemoSeeder::licenseMetadata(const Customer &customer, const PolicyInfo &policy, qint64 created)
{
    QByteArray metadata;
    ObjectWriter meta(metadata);
    if (m_random.uniform() >= 0.07) {
        meta.string("customerId", customer.customerId);
        if (policy.def->trial) {
            meta.string("source", m_random.pick(kTrialSources));
        } else {
            m_orderNumber += 1 + m_random.below(3);
            meta.string("orderNumber", QByteArray("ORD-" + number(yearOf(created)) + '-' + number(m_orderNumber, 6)));
        }
        if (!customer.company.isEmpty()) {
            meta.string("company", customer.company);
            if (m_random.chance(0.15)) {
                meta.string("purchaseOrder", QByteArray("PO-" + number(10000 + m_random.below(90000))));
            }
        }
        if (m_random.chance(0.05)) {
            meta.string("reseller", m_random.pick(kResellers));
        }
    }
    meta.finish();
    return metadata;
}

bool DemoSeeder::seedLicense(qint64 created, bool signedScheme)
{
    const int customerIndex = buyer(created);
    if (customerIndex < 0) {
        return false;
    }
    m_licenseCustomers.push_back(customerIndex);
    const int userIndex = owner(customerIndex, created);
    if (userIndex < 0) {
        return false;
    }
    Customer &customer = m_customers[size_t(customerIndex)];
    const User &user = m_users[size_t(userIndex)];
    const bool business = !customer.company.isEmpty();
    ++customer.licenses;

    int policyIndex = customer.primaryPolicy;
    if (signedScheme) {
        policyIndex = m_random.pick(m_signedPolicies);
    } else if (!m_random.chance(0.7)) {
        policyIndex = pickPolicy(business, true);
    }
    const PolicyInfo &policy = m_policies.at(policyIndex);
    const Term term = this->term(policy, created);
    qint64 updated = term.updated;
    const bool suspended = m_random.chance(0.015);
    if (suspended) {
        updated = std::max(updated, std::min(m_today - kHour, created + m_random.below64(m_today - created)));
    }

    // Activity: validations stop when a license expires; some customers went quiet.
    std::optional<qint64> lastValidated;
    const double activity = m_random.uniform();
    const qint64 ago = m_random.below64(25 * kDay);
    if (term.expiry && *term.expiry <= m_today) {
        lastValidated = *term.expiry - ago;
    } else if (activity < 0.88) {
        lastValidated = m_today - ago;
    } else if (activity < 0.95) {
        lastValidated = m_today - 100 * kDay - 8 * ago;
    }
    if (lastValidated && *lastValidated <= created) {
        lastValidated.reset();
    }
    std::optional<qint64> lastCheckIn;
    std::optional<qint64> nextCheckIn;
    if (policy.checkInSeconds > 0) {
        lastCheckIn = std::max(created, m_today - kHour - m_random.below64(17 * kDay));
        nextCheckIn = addDuration(*lastCheckIn, policy.checkInSeconds);
    }
    std::optional<qint64> lastCheckOut;
    if (m_random.chance(policy.scheme ? 0.4 : 0.05)) {
        lastCheckOut = std::max(created, m_today - kHour - m_random.below64(60 * kDay));
    }
    std::optional<qint64> maxMachines = policy.maxMachines;
    if (policy.def->perSeat) {
        static const int seats[] = {5, 10, 10, 25, 50};
        maxMachines = m_random.pick(seats);
    }

    const Id licenseId = makeId(m_ids);
    const std::optional<QByteArray> key = policy.scheme ? signedKey(policy, licenseId, user, created, term.expiry)
                                                        : std::optional<QByteArray>(plainKey());
    if (!key) {
        return false;
    }
    const QByteArray metadata = licenseMetadata(customer, policy, created);

    m_licenseRow.clear();
    for (const auto &[slot, json] : policy.licenseAttributes) {
        m_licenseRow.setRaw(slot, json);
    }
    if (business && m_random.chance(0.6)) {
        m_licenseRow.setString(m_licenseRow.slot("name"),
                               QByteArray(customer.company + ' ' + kEnDash + ' ' + policy.def->plan));
    }
    m_licenseRow.setString(m_licenseRow.slot("key"), *key);
    m_licenseRow.setTime(m_licenseRow.slot("expiry"), term.expiry);
    m_licenseRow.setString(m_licenseRow.slot("status"),
                           licenseStatus(suspended, term.expiry, created, {lastValidated, lastCheckOut, lastCheckIn}));
    m_licenseRow.setNumber(m_licenseRow.slot("uses"), policy.maxUses ? m_random.below64(*policy.maxUses + 1) : 0);
    m_licenseRow.setBool(m_licenseRow.slot("suspended"), suspended);
    if (maxMachines) {
        m_licenseRow.setNumber(m_licenseRow.slot("maxMachines"), *maxMachines);
    }
    m_licenseRow.setTime(m_licenseRow.slot("lastValidated"), lastValidated);
    m_licenseRow.setTime(m_licenseRow.slot("lastCheckIn"), lastCheckIn);
    m_licenseRow.setTime(m_licenseRow.slot("nextCheckIn"), nextCheckIn);
    m_licenseRow.setTime(m_licenseRow.slot("lastCheckOut"), lastCheckOut);
    QByteArray links;
    ObjectWriter(links)
        .id("policy", &policy.id)
        .id("product", &m_products.at(policy.product).id)
        .id("owner", &user.id)
        .id("group", customer.group >= 0 ? &m_groups.at(size_t(customer.group)) : nullptr)
        .finish();
    if (!insertRow(m_licensesType, licenseId, created, updated, *key, m_licenseRow.build(metadata), links)
        || !attachToLicense(licenseId, created, policy, customer, userIndex, maxMachines)) {
        return false;
    }
    ++m_counts.licenses;

    // Machines, activated over the following months, never beyond the license's limit (with the policy's overage).
    const double activated = policy.def->trial ? 0.5 : policy.scheme ? 0.2 : maxMachines == 1 ? 0.65 : 0.5;
    const double countDraw = m_random.uniform();
    const bool atOverage = m_random.chance(0.03);
    if (!m_random.chance(activated)) {
        return true;
    }
    const qint64 limit = maxMachines.value_or(3);
    int count = 1;
    if (limit > 1) {
        // Most teams use a few seats; some fill them, a few go into overage.
        count = 1 + int(double(std::min<qint64>(limit, 12) - 1) * std::pow(countDraw, 3));
        if (policy.overage > 1 && atOverage) {
            count = int(std::floor(double(limit) * policy.overage));
        }
    }
    const qint64 until = std::min(
        {term.expiry && *term.expiry < m_today ? *term.expiry : m_today - kMinute, created + 180 * kDay});
    const qint64 window = until - created;
    for (int ordinal = 0; ordinal < count && window > kMinute; ++ordinal) {
        const qint64 delay = ordinal == 0 ? std::min(window, 10 * kMinute + m_random.below64(2 * kDay))
                                          : 1 + m_random.below64(window);
        m_pending.push({created + delay,
                        m_machineOrder++,
                        licenseId,
                        term.expiry,
                        policyIndex,
                        customerIndex,
                        userIndex,
                        customer.group});
    }
    return true;
}

// What comes with some licenses when they are bought: an add-on entitlement their policy does not include (about 3
// in 100 paid licenses), and on a company's floating licenses colleagues of the owner as further users (about a
// quarter of them; never beyond the license's maxUsers, which counts the owner).
bool DemoSeeder::attachToLicense(const Id &license,
                                 qint64 created,
                                 const PolicyInfo &policy,
                                 const Customer &customer,
                                 int owner,
                                 std::optional<qint64> maxMachines)
{
    if (!policy.def->trial && m_joins.chance(0.03)) {
        QVarLengthArray<int, 8> offered;
        for (const char *code : kAddOns) {
            const int entitlement = m_entitlementsByCode.value(code, -1);
            if (entitlement >= 0
                && std::find(policy.entitlements.cbegin(), policy.entitlements.cend(), entitlement)
                       == policy.entitlements.cend()) {
                offered.append(entitlement);
            }
        }
        const int count = std::min<int>(int(offered.size()), m_joins.chance(0.2) ? 2 : 1);
        for (int i = 0; i < count; ++i) {
            const int pick = i + m_joins.below(offered.size() - i);
            std::swap(offered[i], offered[pick]);
            if (!insertJoin(m_licenseEntitlementsType,
                            created,
                            "entitlement",
                            m_entitlements[size_t(offered[i])],
                            "license",
                            license)) {
                return false;
            }
            ++m_counts.licenseEntitlements;
        }
    }

    const bool team = !customer.company.isEmpty() && policy.floating && !policy.def->trial
                   && maxMachines.value_or(2) > 1;
    if (team && m_joins.chance(0.25)) {
        std::vector<int> colleagues;
        for (const int user : customer.users) {
            if (user != owner) {
                colleagues.push_back(user);
            }
        }
        int count = std::min<int>(int(colleagues.size()), 1 + m_joins.below(4));
        if (policy.maxUsers) {
            count = std::min<int>(count, int(*policy.maxUsers) - 1);
        }
        for (int i = 0; i < count; ++i) {
            const int pick = i + m_joins.below(qsizetype(colleagues.size()) - i);
            std::swap(colleagues[size_t(i)], colleagues[size_t(pick)]);
            if (!insertJoin(m_licenseUsersType,
                            created,
                            "license",
                            license,
                            "user",
                            m_users[size_t(colleagues[size_t(i)])].id)) {
                return false;
            }
            ++m_counts.licenseUsers;
        }
    }
    return true;
}

bool DemoSeeder::flushMachines(qint64 until)
{
    while (!m_pending.empty() && m_pending.top().created <= until) {
        const PendingMachine machine = m_pending.top();
        m_pending.pop();
        if (!insertMachine(machine)) {
            return false;
        }
    }
    return true;
}

bool DemoSeeder::insertMachine(const PendingMachine &machine)
{
    struct Model
    {
        int platform;
        const char *host;
        const char *name;
    };

    static const Model models[] = {
        {MacOs, "macbook-pro", "MacBook Pro"},
        {MacOs, "macbook-air", "MacBook Air"},
        {MacOs, "imac", "iMac"},
        {MacOs, "mac-studio", "Mac Studio"},
        {Windows, "desktop", "Desktop"},
        {Windows, "xps-15", "XPS 15"},
        {Windows, "thinkpad", "ThinkPad"},
        {Windows, "surface", "Surface Laptop"},
        {Linux, "thinkpad", "ThinkPad"},
        {Linux, "workstation", "Workstation"},
        {Linux, "framework", "Framework Laptop"},
    };
    static const int macCores[] = {8, 10, 12, 16};
    static const int windowsCores[] = {4, 6, 8, 12, 16, 24};
    static const int linuxCores[] = {2, 4, 8, 16, 32};
    static const int memoryGb[] = {8, 16, 16, 32, 32, 64};
    static const int diskGb[] = {256, 512, 512, 1024, 2048};

    const PolicyInfo &policy = m_policies.at(machine.policy);
    const ProductInfo &product = m_products.at(policy.product);
    const Customer &customer = m_customers.at(size_t(machine.customer));
    const Region &region = regions().at(customer.region);
    const User &user = m_users.at(size_t(machine.user));
    const bool business = !customer.company.isEmpty();

    QList<int> platforms;
    for (const int platform : {Windows, MacOs, Linux}) {
        if (product.def->platforms & platform) {
            platforms.append(platform);
        }
    }
    const int platform = m_random.pick(platforms);
    QList<const Model *> fitting;
    for (const Model &model : models) {
        if (model.platform == platform) {
            fitting.append(&model);
        }
    }
    const Model &model = *m_random.pick(fitting);

    const Id id = makeId(m_ids);
    const QByteArray fingerprint = hex(m_random, 32);
    QByteArray hostname;
    QByteArray name;
    if (business) {
        static const QList<QByteArray> buildHosts{"build", "ci-runner", "agent"};
        static const QList<QByteArray> deskHosts{"ws", "lt", "cad", "dev"};
        hostname = m_random.pick(policy.product == 2 ? buildHosts : deskHosts) + '-' + m_random.pick(region.cities)
                 + '-' + number(1 + m_random.below(999), 3);
        if (m_random.chance(0.6)) {
            name = hostname;
        }
    } else {
        hostname = user.email.left(user.email.indexOf('@')).replace('.', '-').replace('_', '-') + '-' + model.host;
        if (m_random.chance(0.7)) {
            name = region.firstNames.at(user.firstName) + "'s " + model.name;
        }
    }
    const int cores = platform == MacOs   ? m_random.pick(macCores)
                    : platform == Windows ? m_random.pick(windowsCores)
                                          : m_random.pick(linuxCores);
    const QByteArray ip = business ? QByteArray("10." + number(1 + customer.region) + '.' + number(m_random.below(256))
                                                + '.' + number(1 + m_random.below(254)))
                                   : QByteArray("192.168." + number(m_random.chance(0.5) ? 1 : 178) + '.'
                                                + number(2 + m_random.below(250)));

    // Heartbeats: alive machines pinged moments ago; dead ones stopped (on keep-dead policies, or with their
    // license's expiry); a few never started.
    std::optional<qint64> lastHeartbeat;
    const double pulse = m_random.uniform();
    const qint64 silence = m_random.below64(45 * kDay);
    if (policy.requireHeartbeat) {
        if (machine.licenseExpiry && *machine.licenseExpiry <= m_today) {
            lastHeartbeat = *machine.licenseExpiry - silence / 20;
        } else if (pulse < (policy.keepDead ? 0.3 : 0.03)) {
            lastHeartbeat = m_today - 2 * kHour - silence;
        } else if (pulse < (policy.keepDead ? 0.35 : 0.08)) {
            lastHeartbeat.reset(); // activated, never pinged
        } else {
            lastHeartbeat = m_now - m_random.below64(policy.heartbeatDuration * kSecond / 3);
        }
        if (lastHeartbeat && *lastHeartbeat < machine.created) {
            lastHeartbeat = machine.created;
        }
    }
    QByteArray heartbeatStatus = "NOT_STARTED";
    if (lastHeartbeat) {
        heartbeatStatus = m_now - *lastHeartbeat > policy.heartbeatDuration * kSecond ? "DEAD" : "ALIVE";
    }

    m_machineRow.clear();
    m_machineRow.setString(m_machineRow.slot("fingerprint"), fingerprint);
    m_machineRow.setNumber(m_machineRow.slot("cores"), cores);
    m_machineRow.setNumber(m_machineRow.slot("memory"), qint64(m_random.pick(memoryGb)) << 30);
    m_machineRow.setNumber(m_machineRow.slot("disk"), qint64(m_random.pick(diskGb)) << 30);
    m_machineRow.setString(m_machineRow.slot("ip"), ip);
    m_machineRow.setString(m_machineRow.slot("hostname"), hostname);
    m_machineRow.setString(m_machineRow.slot("platform"),
                           platform == MacOs     ? "macOS"
                           : platform == Windows ? "Windows"
                                                 : "Linux");
    if (!name.isEmpty()) {
        m_machineRow.setString(m_machineRow.slot("name"), name);
    }
    m_machineRow.setBool(m_machineRow.slot("requireHeartbeat"), policy.requireHeartbeat);
    m_machineRow.setString(m_machineRow.slot("heartbeatStatus"), heartbeatStatus);
    m_machineRow.setNumber(m_machineRow.slot("heartbeatDuration"), policy.heartbeatDuration);
    m_machineRow.setTime(m_machineRow.slot("lastHeartbeat"), lastHeartbeat);
    m_machineRow.setTime(m_machineRow.slot("nextHeartbeat"),
                         lastHeartbeat ? std::optional<qint64>(*lastHeartbeat + policy.heartbeatDuration * kSecond)
                                       : std::nullopt);
    QByteArray links;
    ObjectWriter(links)
        .id("license", &machine.license)
        .id("product", &product.id)
        .id("owner", &user.id)
        .id("group", machine.group >= 0 ? &m_groups.at(size_t(machine.group)) : nullptr)
        .finish();
    if (!insertRow(m_machinesType,
                   id,
                   machine.created,
                   std::max(machine.created, lastHeartbeat.value_or(machine.created)),
                   fingerprint,
                   m_machineRow.build("{}"),
                   links)) {
        return false;
    }
    ++m_counts.machines;
    return true;
}

} // namespace

bool hasDemoData(const SandboxStore &store, const Account &account)
{
    ListQuery licenses;
    licenses.accountId = account.id;
    licenses.type = QStringLiteral("licenses");
    return store.count(licenses) > 0
        || store.resource(account.id, QStringLiteral("products"), QLatin1String(kProducts[0].code)).has_value();
}

bool seedDemoData(SandboxStore &store,
                  const Account &account,
                  qint64 licenses,
                  QString *error,
                  const std::function<void(qint64 done)> &progress,
                  DemoDataCounts *counts,
                  const Clock &clock)
{
    return DemoSeeder(store, account, licenses, progress, clock).run(error, counts);
}

} // namespace keydesk::sandbox
