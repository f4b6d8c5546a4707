// Seeding demo data: seedDemoData() writing N licenses (with their users, groups, machines, catalog) into a
// temporary file database, against a baseline of bare prepared INSERTs of the same rows — the same types, counts and
// average sizes, but constant JSON — in the same run. The ratio says what generating the data costs on top of
// SQLite. Target (issue 3): 1,000,000 licenses within 3 minutes on the 2-core machine.
//
//   bench_seed                   1,000,000 licenses (a few minutes, about 2 GB of temporary disk)
//   bench_seed --licenses N      N licenses
//   bench_seed --quick           20,000 licenses: checks that it runs (CTest, label "benchmark")
//   bench_seed --dir DIR         put the databases in DIR instead of the system's temporary directory
//   bench_seed --verbose         progress every 100,000 licenses

#include "app/licensing/crypto.h"
#include "app/sandbox/demodata.h"
#include "app/sandbox/sandboxstore.h"
#include "tests/benchmarks/benchreport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUuid>
#include <QVariant>

#include <cstdio>
#include <memory>

using namespace keydesk;
using namespace keydesk::bench;
using namespace keydesk::sandbox;

namespace {

qint64 fileSize(const QString &path)
{
    return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
}

struct TypeShape
{
    QString type;
    qint64 rows = 0;
    int attributes = 0; // average bytes
    int links = 0;
    int alias = 0;
};

// What the seed wrote, per type: the baseline writes rows of the same shape.
QList<TypeShape> shapes(const SandboxStore &store)
{
    QList<TypeShape> list;
    QSqlQuery query(store.database());
    query.exec(QStringLiteral("SELECT type, COUNT(*), AVG(LENGTH(attributes)), AVG(LENGTH(links)), "
                              "AVG(COALESCE(LENGTH(alias), 0)) FROM resources GROUP BY type ORDER BY MIN(seq)"));
    while (query.next()) {
        list.append({query.value(0).toString(),
                     query.value(1).toLongLong(),
                     int(query.value(2).toDouble()),
                     int(query.value(3).toDouble()),
                     int(query.value(4).toDouble())});
    }
    return list;
}

QString randomHex(QRandomGenerator &random, int digits)
{
    static const char alphabet[] = "0123456789abcdef";
    QString text(digits, Qt::Uninitialized);
    quint64 word = 0;
    for (int i = 0; i < digits; ++i) {
        if (i % 16 == 0) {
            word = random.generate64();
        }
        text[i] = QLatin1Char(alphabet[word & 0xF]);
        word >>= 4;
    }
    return text;
}

// Bare prepared INSERTs of the same rows: random ids and aliases (so the indexes grow alike), constant JSON of the
// average size, one transaction, the same page cache and index strategy as the seed (from 50,000 licenses on, the
// secondary indexes are dropped during the load and built at the end).
double baseline(const QString &path, const QString &accountId, const QList<TypeShape> &types, bool bulk, QString *error)
{
    SandboxStore store;
    if (!store.open(path, error)) {
        return -1;
    }
    QSqlDatabase db = store.database();
    QSqlQuery pragma(db);
    pragma.exec(QStringLiteral("PRAGMA cache_size = -262144"));
    QRandomGenerator random(7);
    QElapsedTimer timer;
    timer.start();
    db.transaction();
    QStringList indexes;
    if (bulk) {
        QSqlQuery schema(db);
        schema.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = "
                                   "'resources' AND sql IS NOT NULL"));
        QStringList names;
        while (schema.next()) {
            names.append(schema.value(0).toString());
            indexes.append(schema.value(1).toString());
        }
        schema.finish();
        for (const QString &name : std::as_const(names)) {
            schema.exec(QStringLiteral("DROP INDEX \"%1\"").arg(name));
        }
    }
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO resources (id, account_id, type, created, updated, alias, attributes, "
                                  "links) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    const QVariant account(accountId);
    const QVariant time(QStringLiteral("2025-03-14T09:26:53.589Z"));
    for (const TypeShape &shape : types) {
        const QVariant type(shape.type);
        const QByteArray attributes = "{\"a\":\"" + QByteArray(qMax(0, shape.attributes - 8), 'x') + "\"}";
        // A relationship id where the seed has one, so that the json_extract index does the same work.
        const QByteArray links = shape.links > 10
                                   ? "{\"license\":\"" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + '"'
                                         + QByteArray(qMax(0, shape.links - 50), ' ') + '}'
                                   : QByteArray("{}");
        for (qint64 i = 0; i < shape.rows; ++i) {
            const QString id = randomHex(random, 8) + QLatin1Char('-') + randomHex(random, 4) + QLatin1Char('-')
                             + randomHex(random, 4) + QLatin1Char('-') + randomHex(random, 4) + QLatin1Char('-')
                             + randomHex(random, 12);
            insert.bindValue(0, id);
            insert.bindValue(1, account);
            insert.bindValue(2, type);
            insert.bindValue(3, time);
            insert.bindValue(4, time);
            insert.bindValue(5, shape.alias > 0 ? QVariant(randomHex(random, shape.alias)) : QVariant());
            insert.bindValue(6, attributes);
            insert.bindValue(7, links);
            if (!insert.exec()) {
                *error = insert.lastError().text();
                db.rollback();
                return -1;
            }
        }
    }
    insert.finish();
    for (const QString &index : std::as_const(indexes)) {
        QSqlQuery(db).exec(index);
    }
    db.commit();
    return double(timer.nsecsElapsed()) / 1e9;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    qint64 licenses = 1000000;
    if (arguments.contains(QStringLiteral("--quick"))) {
        licenses = 20000;
    }
    const qsizetype licensesAt = arguments.indexOf(QStringLiteral("--licenses"));
    if (licensesAt > 0 && licensesAt + 1 < arguments.size()) {
        licenses = arguments.at(licensesAt + 1).toLongLong();
    }
    const bool verbose = arguments.contains(QStringLiteral("--verbose"));
    const qsizetype dirAt = arguments.indexOf(QStringLiteral("--dir"));
    std::unique_ptr<QTemporaryDir> dir = dirAt > 0 && dirAt + 1 < arguments.size() ? std::make_unique<QTemporaryDir>(
                                             arguments.at(dirAt + 1) + QStringLiteral("/bench_seed-XXXXXX"))
                                                                                   : std::make_unique<QTemporaryDir>();
    if (!dir->isValid()) {
        std::fprintf(stderr, "cannot create a temporary directory\n");
        return 1;
    }

    const QString seedPath = dir->filePath(QStringLiteral("seed.sqlite"));
    QString error;
    double seedSeconds = 0;
    QList<TypeShape> types;
    DemoDataCounts counts;
    Account account;
    {
        SandboxStore store;
        if (!store.open(seedPath, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        const QString now = timestamp();
        account = {newUuid(),
                   QStringLiteral("bench"),
                   QStringLiteral("Benchmark"),
                   now,
                   now,
                   crypto::PrivateKey::generate(crypto::KeyType::Ed25519).pem(),
                   crypto::PrivateKey::generate(crypto::KeyType::Rsa).pem(),
                   crypto::PrivateKey::generate(crypto::KeyType::EcdsaP256).pem()};
        store.insertAccount(account);

        QElapsedTimer timer;
        timer.start();
        const auto progress = [&](qint64 done) {
            if (verbose && done % 100000 == 0) {
                out() << "  " << done << " licenses, " << QString::number(timer.elapsed() / 1000.0, 'f', 1) << " s"
                      << Qt::endl;
            }
        };
        if (!seedDemoData(store, account, licenses, &error, progress, &counts)) {
            std::fprintf(stderr, "seeding failed: %s\n", qPrintable(error));
            return 1;
        }
        seedSeconds = double(timer.nsecsElapsed()) / 1e9;
        types = shapes(store);
        QSqlQuery(store.database()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }

    qint64 rows = 0;
    out() << "rows written, per type (average attributes JSON):\n";
    for (const TypeShape &shape : std::as_const(types)) {
        rows += shape.rows;
        out() << "  " << shape.type.leftJustified(13) << QString::number(shape.rows).rightJustified(9) << "  "
              << shape.attributes << " bytes\n";
    }
    const qint64 size = fileSize(seedPath);
    out() << "seed: " << licenses << " licenses, " << rows << " rows in " << QString::number(seedSeconds, 'f', 2)
          << " s: " << qint64(double(licenses) / seedSeconds) << " licenses/s, " << qint64(double(rows) / seedSeconds)
          << " rows/s\n";
    out() << "database: " << QString::number(double(size) / 1048576.0, 'f', 1) << " MiB, "
          << (licenses > 0 ? size / licenses : 0) << " bytes per license (all rows)\n";
    out().flush();

    const double baseSeconds = baseline(dir->filePath(QStringLiteral("baseline.sqlite")),
                                        account.id,
                                        types,
                                        licenses >= 50000,
                                        &error);
    if (baseSeconds < 0) {
        std::fprintf(stderr, "baseline failed: %s\n", qPrintable(error));
        return 1;
    }
    out() << "baseline: " << rows << " bare prepared INSERTs in " << QString::number(baseSeconds, 'f', 2)
          << " s: " << qint64(double(rows) / baseSeconds) << " rows/s\n";
    out() << "seed/baseline time ratio: " << QString::number(seedSeconds / baseSeconds, 'f', 2) << '\n';
    out() << "target: 1,000,000 licenses within 180 s"
          << (licenses == 1000000 ? (seedSeconds <= 180 ? QStringLiteral(" (met)") : QStringLiteral(" (missed)"))
                                  : QString())
          << Qt::endl;
    return 0;
}
