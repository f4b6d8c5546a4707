#include "app/api/jsontext.h"

#include <array>
#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>

namespace keydesk::api {

namespace {

constexpr int kMaxDepth = 512;

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexValue(char c)
{
    return c >= '0' && c <= '9' ? c - '0'
         : c >= 'a' && c <= 'f' ? c - 'a' + 10
         : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                : -1;
}

// The bytes that end a plain run in a string: the quote, a backslash, control characters, and the lead bytes of UTF-8
// sequences (checked one by one).
constexpr auto kSpecial = [] {
    std::array<bool, 256> special{};
    for (int c = 0; c < 0x20; ++c) {
        special[size_t(c)] = true;
    }
    for (int c = 0x80; c < 0x100; ++c) {
        special[size_t(c)] = true;
    }
    special['"'] = true;
    special['\\'] = true;
    return special;
}();

// Whether any of the 8 bytes of `word` is one kSpecial marks (exactly: no byte is missed, none is falsely reported).
// Strings are most of a page of Keygen's JSON (ids, keys, links, timestamps): eight bytes a step instead of one.
bool hasSpecialByte(quint64 word)
{
    constexpr quint64 ones = 0x0101010101010101ULL;
    constexpr quint64 highs = 0x8080808080808080ULL;
    // Per byte: a zero byte of v sets its high bit in (v - ones) & ~v, a byte below n in (v - n·ones) & ~v.
    const auto hasZero = [](quint64 v) {
        return (v - ones) & ~v & highs;
    };
    const quint64 control = (word - ones * 0x20) & ~word & highs;
    return (control | hasZero(word ^ (ones * '"')) | hasZero(word ^ (ones * '\\')) | (word & highs)) != 0;
}

// A whole number within 64 bits, as QJsonValue::toInteger() accepts a double.
std::optional<qint64> wholeNumber(double value)
{
    constexpr double limit = 9223372036854775808.0; // 2^63
    if (!(value >= -limit && value < limit) || std::trunc(value) != value) {
        return std::nullopt;
    }
    return qint64(value);
}

class Reader
{
public:
    Reader(const char *begin, const char *end, std::vector<JsonText::Node> &nodes)
        : m_begin(begin)
        , m_at(begin)
        , m_end(end)
        , m_nodes(nodes)
    {
    }

    bool document()
    {
        skipSpace();
        if (!value(0)) {
            return false;
        }
        skipSpace();
        return m_at == m_end;
    }

private:
    void skipSpace()
    {
        while (m_at < m_end && isSpace(*m_at)) {
            ++m_at;
        }
    }

    qint32 offset() const { return qint32(m_at - m_begin); }

    size_t open(JsonText::Kind kind)
    {
        m_nodes.push_back({kind, false, offset(), 0, 0});
        return m_nodes.size() - 1;
    }

    void close(size_t index)
    {
        m_nodes[index].end = offset();
        m_nodes[index].next = qint32(m_nodes.size());
    }

    bool literal(const char *word, JsonText::Kind kind)
    {
        const size_t length = std::strlen(word);
        if (size_t(m_end - m_at) < length || std::memcmp(m_at, word, length) != 0) {
            return false;
        }
        const size_t node = open(kind);
        m_at += length;
        close(node);
        return true;
    }

    bool string()
    {
        const size_t node = open(JsonText::Kind::String);
        ++m_at; // the opening quote
        bool escaped = false;
        while (m_at < m_end) {
            // Most bytes are plain: skip them eight at a time, then a table lookup each.
            while (m_end - m_at >= 8) {
                quint64 word;
                std::memcpy(&word, m_at, sizeof word);
                if (hasSpecialByte(word)) {
                    break;
                }
                m_at += 8;
            }
            while (m_at < m_end && !kSpecial[static_cast<unsigned char>(*m_at)]) {
                ++m_at;
            }
            if (m_at == m_end) {
                break;
            }
            const auto c = static_cast<unsigned char>(*m_at);
            if (c == '"') {
                ++m_at;
                m_nodes[node].escaped = escaped;
                close(node);
                return true;
            }
            if (c < 0x20) {
                return false;
            }
            if (c >= 0x80) {
                if (!utf8Sequence()) {
                    return false;
                }
                continue;
            }
            if (c == '\\') {
                escaped = true;
                if (m_end - m_at < 2) {
                    return false;
                }
                const char kind = m_at[1];
                if (kind == 'u') {
                    if (m_end - m_at < 6) {
                        return false;
                    }
                    for (int i = 2; i < 6; ++i) {
                        if (hexValue(m_at[i]) < 0) {
                            return false;
                        }
                    }
                    m_at += 6;
                    continue;
                }
                if (!std::strchr("\"\\/bfnrt", kind) || kind == 0) {
                    return false;
                }
                m_at += 2;
                continue;
            }
            ++m_at;
        }
        return false;
    }

    // Past one UTF-8 sequence of two to four bytes at m_at: the lead byte says how many continuation bytes follow; no
    // overlong forms, no surrogates, nothing above U+10FFFF.
    bool utf8Sequence()
    {
        const auto c = static_cast<unsigned char>(*m_at);
        const int extra = c >= 0xf0 && c <= 0xf4 ? 3 : c >= 0xe0 && c < 0xf0 ? 2 : c >= 0xc2 && c < 0xe0 ? 1 : -1;
        if (extra < 0 || m_end - m_at <= extra) {
            return false;
        }
        for (int k = 1; k <= extra; ++k) {
            if ((static_cast<unsigned char>(m_at[k]) & 0xc0) != 0x80) {
                return false;
            }
        }
        const auto next = static_cast<unsigned char>(m_at[1]);
        if ((c == 0xe0 && next < 0xa0) || (c == 0xed && next > 0x9f) || (c == 0xf0 && next < 0x90)
            || (c == 0xf4 && next > 0x8f)) {
            return false;
        }
        m_at += extra + 1;
        return true;
    }

    bool number()
    {
        const size_t node = open(JsonText::Kind::Number);
        if (m_at < m_end && *m_at == '-') {
            ++m_at;
        }
        if (m_at == m_end || !isDigit(*m_at)) {
            return false;
        }
        if (*m_at == '0') {
            ++m_at;
        } else {
            while (m_at < m_end && isDigit(*m_at)) {
                ++m_at;
            }
        }
        if (m_at < m_end && *m_at == '.') {
            ++m_at;
            if (m_at == m_end || !isDigit(*m_at)) {
                return false;
            }
            while (m_at < m_end && isDigit(*m_at)) {
                ++m_at;
            }
        }
        if (m_at < m_end && (*m_at == 'e' || *m_at == 'E')) {
            ++m_at;
            if (m_at < m_end && (*m_at == '+' || *m_at == '-')) {
                ++m_at;
            }
            if (m_at == m_end || !isDigit(*m_at)) {
                return false;
            }
            while (m_at < m_end && isDigit(*m_at)) {
                ++m_at;
            }
        }
        close(node);
        return true;
    }

    bool container(int depth, bool object)
    {
        if (depth >= kMaxDepth) {
            return false;
        }
        const size_t node = open(object ? JsonText::Kind::Object : JsonText::Kind::Array);
        const char closing = object ? '}' : ']';
        ++m_at;
        skipSpace();
        if (m_at < m_end && *m_at == closing) {
            ++m_at;
            close(node);
            return true;
        }
        for (;;) {
            if (object) {
                if (m_at == m_end || *m_at != '"' || !string()) {
                    return false;
                }
                skipSpace();
                if (m_at == m_end || *m_at != ':') {
                    return false;
                }
                ++m_at;
                skipSpace();
            }
            if (!value(depth + 1)) {
                return false;
            }
            skipSpace();
            if (m_at == m_end) {
                return false;
            }
            if (*m_at == ',') {
                ++m_at;
                skipSpace();
                continue;
            }
            if (*m_at != closing) {
                return false;
            }
            ++m_at;
            close(node);
            return true;
        }
    }

    bool value(int depth)
    {
        if (m_at == m_end) {
            return false;
        }
        switch (*m_at) {
        case '{':
            return container(depth, true);
        case '[':
            return container(depth, false);
        case '"':
            return string();
        case 't':
            return literal("true", JsonText::Kind::True);
        case 'f':
            return literal("false", JsonText::Kind::False);
        case 'n':
            return literal("null", JsonText::Kind::Null);
        default:
            return number();
        }
    }

    const char *m_begin;
    const char *m_at;
    const char *m_end;
    std::vector<JsonText::Node> &m_nodes;
};

} // namespace

bool JsonText::parse(QByteArrayView text)
{
    m_nodes.clear();
    m_text = text.data();
    if (text.size() >= std::numeric_limits<qint32>::max()) {
        return false;
    }
    Reader reader(text.data(), text.data() + text.size(), m_nodes);
    if (!reader.document()) {
        m_nodes.clear();
        return false;
    }
    return true;
}

QByteArrayView JsonText::text(int index) const
{
    const Node &node = (*this)[index];
    return QByteArrayView(m_text + node.begin, node.end - node.begin);
}

QByteArrayView JsonText::chars(int index) const
{
    const Node &node = (*this)[index];
    return QByteArrayView(m_text + node.begin + 1, node.end - node.begin - 2);
}

QString JsonText::string(int index) const
{
    const QByteArrayView raw = chars(index);
    if (!(*this)[index].escaped) {
        return QString::fromUtf8(raw);
    }
    // Plain runs as UTF-8, escapes as the characters they stand for (surrogate pairs stay pairs in UTF-16).
    QString value;
    value.reserve(raw.size());
    qsizetype run = 0;
    for (qsizetype i = 0; i < raw.size();) {
        if (raw[i] != '\\') {
            ++i;
            continue;
        }
        value += QString::fromUtf8(raw.sliced(run, i - run));
        const char kind = raw[i + 1];
        switch (kind) {
        case 'b':
            value += QLatin1Char('\b');
            break;
        case 'f':
            value += QLatin1Char('\f');
            break;
        case 'n':
            value += QLatin1Char('\n');
            break;
        case 'r':
            value += QLatin1Char('\r');
            break;
        case 't':
            value += QLatin1Char('\t');
            break;
        case 'u': {
            char16_t unit = 0;
            for (int h = 2; h < 6; ++h) {
                unit = char16_t(unit << 4 | hexValue(raw[i + h]));
            }
            value += QChar(unit);
            i += 4;
            break;
        }
        default: // " \ /
            value += QLatin1Char(kind);
        }
        i += 2;
        run = i;
    }
    value += QString::fromUtf8(raw.sliced(run));
    return value;
}

bool JsonText::equals(int index, QLatin1StringView value) const
{
    if ((*this)[index].kind != Kind::String) {
        return false;
    }
    if ((*this)[index].escaped) {
        return string(index) == value;
    }
    const QByteArrayView raw = chars(index);
    return raw.size() == value.size() && std::memcmp(raw.data(), value.data(), size_t(raw.size())) == 0;
}

int JsonText::member(int object, QLatin1StringView key) const
{
    if ((*this)[object].kind != Kind::Object) {
        return -1;
    }
    // A key written twice counts as QJsonDocument reads it: the last one.
    int found = -1;
    for (int k = object + 1; k < (*this)[object].next; k = (*this)[k + 1].next) {
        if (equals(k, key)) {
            found = k + 1;
        }
    }
    return found;
}

std::optional<qint64> JsonText::toInteger(int index) const
{
    if ((*this)[index].kind != Kind::Number) {
        return std::nullopt;
    }
    const QByteArrayView raw = text(index);
    qint64 value = 0;
    const auto result = std::from_chars(raw.data(), raw.data() + raw.size(), value);
    if (result.ec == std::errc() && result.ptr == raw.data() + raw.size()) {
        return value;
    }
    return wholeNumber(toDouble(index));
}

double JsonText::toDouble(int index) const
{
    if ((*this)[index].kind != Kind::Number) {
        return 0;
    }
    const QByteArrayView raw = text(index);
    double value = 0;
    const auto result = std::from_chars(raw.data(), raw.data() + raw.size(), value);
    if (result.ec == std::errc::result_out_of_range) {
        // Beyond a double's range: QJsonDocument reads such a number as infinite (or zero when tiny).
        const bool negative = raw.startsWith('-');
        const bool tiny = raw.contains("e-") || raw.contains("E-");
        return tiny     ? 0.0
             : negative ? -std::numeric_limits<double>::infinity()
                        : std::numeric_limits<double>::infinity();
    }
    return value;
}

} // namespace keydesk::api
