#pragma once

// Access to ../shared/vectors: Keygen-produced and labelled synthetic license files, keys and signatures.

#include "app/licensing/publickeys.h"

#include <QDir>
#include <QFile>
#include <QString>
#include <QTest>

namespace keydesk::test {

inline QString vectorsDir()
{
    return QStringLiteral(KEYDESK_VECTORS_DIR);
}

inline QString vectorPath(const QString &vector, const QString &file)
{
    return vectorsDir() + QLatin1Char('/') + vector + QLatin1Char('/') + file;
}

inline bool hasVectorFile(const QString &vector, const QString &file)
{
    return QFile::exists(vectorPath(vector, file));
}

inline QByteArray readVector(const QString &vector, const QString &file)
{
    QFile f(vectorPath(vector, file));
    if (!f.open(QIODevice::ReadOnly)) {
        qFatal("missing vector file %s", qPrintable(f.fileName()));
    }
    return f.readAll();
}

// Every public key the vector folder holds (public_key.*), parsed.
inline QList<crypto::PublicKey> vectorPublicKeys(const QString &vector)
{
    QList<crypto::PublicKey> keys;
    const QStringList files = QDir(vectorsDir() + QLatin1Char('/') + vector)
                                  .entryList({QStringLiteral("public_key.*")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        QString error;
        const QList<crypto::PublicKey> parsed = parsePublicKeys(readVector(vector, file), &error);
        if (parsed.isEmpty()) {
            qFatal("cannot parse %s: %s", qPrintable(file), qPrintable(error));
        }
        keys += parsed;
    }
    return keys;
}

// The folders of one kind of vector: those holding `marker` (license.lic, machine.lic, scheme.txt …).
inline QStringList vectorFoldersWith(const QString &marker)
{
    QStringList found;
    for (const QString &group : {QStringLiteral("keygen"), QStringLiteral("synthetic")}) {
        const QDir dir(vectorsDir() + QLatin1Char('/') + group);
        for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            if (QFile::exists(dir.filePath(name + QLatin1Char('/') + marker))) {
                found.append(group + QLatin1Char('/') + name);
            }
        }
    }
    return found;
}

} // namespace keydesk::test
