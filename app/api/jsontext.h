#pragma once

// JSON text read in place: one pass over the bytes gives a flat list of nodes (values, and the keys of objects)
// that point into the text, without building a QString or a QJsonObject per value. For the hot paths that only
// look at a resource and copy most of it on (the cache writing a sync's pages); everything else uses QJsonDocument.
//
// Nodes are in document order. A container's members follow it: for an object, key and value alternately. Every
// node knows where its subtree ends (`next`), so walking siblings skips nested values:
//
//   for (int key = object + 1; key < json[object].next; key = json[key + 1].next) { value = key + 1 … }
//   for (int item = array + 1; item < json[array].next; item = json[item].next) { … }

#include <QByteArrayView>
#include <QLatin1StringView>
#include <QString>

#include <optional>
#include <vector>

namespace keydesk::api {

class JsonText final
{
public:
    enum class Kind : quint8 {
        Null,
        False,
        True,
        Number,
        String,
        Array,
        Object,
    };

    struct Node
    {
        Kind kind = Kind::Null;
        bool escaped = false; // a string with backslash escapes
        qint32 begin = 0;     // the token's first byte (a string's opening quote)
        qint32 end = 0;       // after its last byte (a container's closing bracket)
        qint32 next = 0;      // the node after this one's subtree
    };

    // Reads one JSON value (RFC 8259, surrounded by whitespace at most): every escape known, no control character
    // in a string, valid UTF-8. False when the text is not such JSON (Qt's reader is more lenient: it takes "\x"
    // and raw control characters), is nested deeper than 512 levels or larger than 2 GiB. The text must
    // outlive the reads below. Reusing one JsonText reuses its memory.
    bool parse(QByteArrayView text);

    int size() const { return int(m_nodes.size()); }

    const Node &operator[](int index) const { return m_nodes[size_t(index)]; }

    // The node's text as written: a string with its quotes and escapes, a container whole.
    QByteArrayView text(int index) const;
    // A string's characters between the quotes, escapes as written.
    QByteArrayView chars(int index) const;
    // A string's value.
    QString string(int index) const;
    // Whether a string's value is `value` (ASCII).
    bool equals(int index, QLatin1StringView value) const;
    // The value of an object's member (of a key written twice, the last, as QJsonDocument keeps), or -1.
    int member(int object, QLatin1StringView key) const;

    // A number as QJsonDocument reads it: toInteger() as QJsonValue::toInteger() answers (an integer written
    // within 64 bits, or a double that is a whole number within 64 bits; nullopt otherwise), toDouble() as
    // QJsonValue::toDouble().
    std::optional<qint64> toInteger(int index) const;
    double toDouble(int index) const;

private:
    std::vector<Node> m_nodes;
    const char *m_text = nullptr;
};

} // namespace keydesk::api
