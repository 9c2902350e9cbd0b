// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The bulk writers' path on SQLite's C API: values stored exactly as QSqlQuery stores them, errors
// that name the statement and never a value, and audit entries in the one hash chain.
#include "TestDatabase.h"

#include "storage/AuditLog.h"
#include "storage/BulkAuditLog.h"
#include "storage/Query.h"
#include "storage/SqliteStatement.h"
#include "storage/Transaction.h"

#include <QCryptographicHash>
#include <QtTest>

using namespace md;

class TestSqliteStatement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void handleIsAvailableOnSqlite()
    {
        test::TestDatabase t;
        QVERIFY(sqliteHandle(t.db()) != nullptr);
    }

    void storesValuesAsQSqlQueryDoes()
    {
        test::TestDatabase t;
        QVERIFY(Query(t.db()).exec(QStringLiteral("CREATE TABLE v (a, b, c, d, e, f, g)")));
        SqliteStatement insert;
        QVERIFY(insert.prepare(sqliteHandle(t.db()), QStringLiteral("INSERT INTO v VALUES (?, ?, ?, ?, ?, ?, ?)")));
        const QString text = QStringLiteral("Zoë O'Brien, \"quoted\"");
        insert.bind(1, text);
        insert.bind(2, QString());            // null string: NULL
        insert.bind(3, QStringLiteral(""));   // empty string: ''
        insert.bindNullable(4, QStringLiteral("")); // empty, nullable: NULL
        insert.bind(5, QVariant(94.5));
        insert.bind(6, QVariant(qint64(1) << 40));
        insert.bind(7, QVariant(true));
        QVERIFY(insert.exec());
        QCOMPARE(insert.lastInsertId(), qint64(1));

        Query q(t.db(), QStringLiteral("SELECT a, b IS NULL, c, c IS NULL, d IS NULL, e, typeof(e), f, g FROM v"));
        QVERIFY(q.exec());
        QVERIFY(q.next());
        QCOMPARE(q.string(0), text);
        QVERIFY(q.flag(1));
        QCOMPARE(q.string(2), QString());
        QVERIFY(!q.flag(3));
        QVERIFY(q.flag(4));
        QCOMPARE(q.value(5).toDouble(), 94.5);
        QCOMPARE(q.string(6), QStringLiteral("real"));
        QCOMPARE(q.id(7), qint64(1) << 40);
        QCOMPARE(q.integer(8), 1);
    }

    void readsRowsBackAsQSqlQueryDoes()
    {
        test::TestDatabase t;
        QVERIFY(Query(t.db()).exec(QStringLiteral("CREATE TABLE v (a, b, c, d)")));
        QVERIFY(Query(t.db()).exec(QStringLiteral("INSERT INTO v VALUES (7, 98.0, 'Ünïcode', NULL)")));
        SqliteStatement select;
        QVERIFY(select.prepare(sqliteHandle(t.db()), QStringLiteral("SELECT a, b, c, d FROM v WHERE a = ?")));
        select.bind(1, 7);
        QVERIFY(select.next());
        QCOMPARE(select.value(0), QVariant(qint64(7)));
        QCOMPARE(select.value(1).toString(), QStringLiteral("98"));
        QCOMPARE(select.string(2), QStringLiteral("Ünïcode"));
        QVERIFY(select.isNull(3));
        QVERIFY(!select.value(3).isValid());
        QVERIFY(!select.next());
        QVERIFY(select.status());
        // Reset and bound again, it runs again.
        select.bind(1, 8);
        QVERIFY(!select.next());
        QVERIFY(select.status());
    }

    void refusalNamesTheStatementButNoValue()
    {
        test::TestDatabase t;
        QVERIFY(Query(t.db()).exec(QStringLiteral("CREATE TABLE u (x TEXT UNIQUE)")));
        SqliteStatement insert;
        QVERIFY(insert.prepare(sqliteHandle(t.db()), QStringLiteral("INSERT INTO u (x) VALUES (?)")));
        const QString secret = QStringLiteral("A123456789012");
        insert.bind(1, secret);
        QVERIFY(insert.exec());
        insert.bind(1, secret);
        const Status s = insert.exec();
        QVERIFY(!s);
        QVERIFY2(s.error().message.contains(QLatin1String("INSERT INTO u")), qPrintable(s.error().message));
        QVERIFY2(!s.error().message.contains(secret), qPrintable(s.error().message));
        // The statement is usable after a failure.
        insert.bind(1, QStringLiteral("another"));
        QVERIFY(insert.exec());
    }

    // Text is encoded into the statement's own buffers: a temporary string may be bound, every
    // parameter keeps its own value, and characters of two to four bytes survive.
    void bindsTemporariesAndAnyText()
    {
        test::TestDatabase t;
        QVERIFY(Query(t.db()).exec(QStringLiteral("CREATE TABLE w (a, b, c)")));
        SqliteStatement insert;
        QVERIFY(insert.prepare(sqliteHandle(t.db()), QStringLiteral("INSERT INTO w VALUES (?, ?, ?)")));
        const QStringList values{QStringLiteral("Siân Ŵyn"), QStringLiteral("Zoë – 日本 – 😀"), QStringLiteral("x").repeated(5000)};
        for (int row = 0; row < 3; ++row) {
            insert.bind(1, QString(values.at(row)));                       // a temporary
            insert.bind(2, QVariant(values.at((row + 1) % 3)));             // through a temporary QVariant
            insert.bind(3, QStringLiteral("row %1").arg(row));               // built in the call
            QVERIFY(insert.exec());
        }
        Query q(t.db(), QStringLiteral("SELECT a, b, c, length(a) FROM w ORDER BY rowid"));
        QVERIFY(q.exec());
        for (int row = 0; row < 3; ++row) {
            QVERIFY(q.next());
            QCOMPARE(q.string(0), values.at(row));
            QCOMPARE(q.string(1), values.at((row + 1) % 3));
            QCOMPARE(q.string(2), QStringLiteral("row %1").arg(row));
        }
        // SQLite counts characters: the text was stored as UTF-8, not as bytes of UTF-16.
        Query length(t.db(), QStringLiteral("SELECT length(a), typeof(a) FROM w WHERE rowid = 2"));
        QVERIFY(length.exec());
        QVERIFY(length.next());
        QCOMPARE(length.integer(0), int(values.at(1).size()) - 1); // the emoji is two UTF-16 units, one character
        QCOMPARE(length.string(1), QStringLiteral("text"));
    }

    void tellsAUniquenessFailureFromOthers()
    {
        test::TestDatabase t;
        QVERIFY(Query(t.db()).exec(QStringLiteral("CREATE TABLE k (x TEXT UNIQUE, y TEXT NOT NULL)")));
        SqliteStatement insert;
        QVERIFY(insert.prepare(sqliteHandle(t.db()), QStringLiteral("INSERT INTO k (x, y) VALUES (?, ?)")));
        insert.bind(1, QStringLiteral("a"));
        insert.bind(2, QStringLiteral("b"));
        QVERIFY(insert.exec());
        QVERIFY(!insert.failedOnUniqueness());
        QVERIFY(!insert.exec()); // the same x again
        QVERIFY(insert.failedOnUniqueness());
        insert.bind(1, QStringLiteral("c"));
        insert.bind(2, QString()); // NULL into NOT NULL: refused, but not for uniqueness
        QVERIFY(!insert.exec());
        QVERIFY(!insert.failedOnUniqueness());
        insert.bind(2, QStringLiteral("d"));
        QVERIFY(insert.exec());
        QVERIFY(!insert.failedOnUniqueness());
    }

    void badStatementIsAnErrorNotACrash()
    {
        test::TestDatabase t;
        SqliteStatement bad;
        const Status s = bad.prepare(sqliteHandle(t.db()), QStringLiteral("SELECT nothing FROM nowhere"));
        QVERIFY(!s);
        QVERIFY(!bad.isPrepared());
        QVERIFY(!bad.exec());
        QVERIFY(!bad.next());
        QVERIFY(!bad.status());
    }

    // The chain's hash is what QCryptographicHash computed before, so existing files still verify.
    void hashIsTheChainsSha256()
    {
        const QStringList parts{QStringLiteral("0000"), QStringLiteral("2026-11-23T10:00:00.000Z"), QStringLiteral("7"),
                                QStringLiteral("a.mentor"), QStringLiteral("update"), QStringLiteral("student"),
                                QStringLiteral("42"), QStringLiteral("legal_surname"), QStringLiteral("Ōkubo"),
                                QString()};
        QCryptographicHash h(QCryptographicHash::Sha256);
        for (const QString &p : parts) {
            const QByteArray bytes = p.toUtf8();
            h.addData(QByteArray::number(bytes.size()));
            h.addData(QByteArrayView(":"));
            h.addData(bytes);
        }
        QCOMPARE(BulkAuditLog::hashOf(parts[0], parts[1], 7, parts[3], parts[4], parts[5], 42, parts[7], parts[8], parts[9]),
                 QString::fromLatin1(h.result().toHex()));
        // A digest worked out outside Qt (Python's hashlib over the same length-prefixed parts),
        // and a value long enough to need the hashing buffer to grow, with characters of 2-3 bytes.
        QCOMPARE(BulkAuditLog::hashOf(QString(64, QLatin1Char('0')), QStringLiteral("2026-12-05T02:00:00.000Z"), 7,
                                      QStringLiteral("mentor1"), QStringLiteral("create"), QStringLiteral("student"), 42,
                                      QString(), QString(), QStringLiteral("Ŵyn – Ω")),
                 QStringLiteral("0dcb6f29ace43c6570a8a09acccc27bcaafcb5e3afc59b7b5a9f76e196d5b248"));
        const QString longValue = QStringLiteral("ŵ–").repeated(50'000);
        QCryptographicHash longHash(QCryptographicHash::Sha256);
        for (const QString &p : {QStringLiteral("abc"), QStringLiteral("t"), QStringLiteral("-1"), QStringLiteral("u"),
                                 QStringLiteral("a"), QStringLiteral("e"), QStringLiteral("0"), QStringLiteral("f"),
                                 longValue, QStringLiteral("n")}) {
            const QByteArray bytes = p.toUtf8();
            longHash.addData(QByteArray::number(bytes.size()));
            longHash.addData(QByteArrayView(":"));
            longHash.addData(bytes);
        }
        QCOMPARE(BulkAuditLog::hashOf(QStringLiteral("abc"), QStringLiteral("t"), -1, QStringLiteral("u"), QStringLiteral("a"),
                                      QStringLiteral("e"), 0, QStringLiteral("f"), longValue, QStringLiteral("n")),
                 QString::fromLatin1(longHash.result().toHex()));
    }

    void bulkAndPlainAuditShareOneChain()
    {
        test::TestDatabase t;
        {
            Transaction tx(t.db());
            AuditLog plain(t.db(), Actor{1, QStringLiteral("a")});
            BulkAuditLog bulk(t.db(), Actor{0, QStringLiteral("cli")});
            QVERIFY(plain.created(QStringLiteral("student"), 1, QStringLiteral("x")));
            QVERIFY(bulk.created(QStringLiteral("student"), 2, QStringLiteral("y")));
            QVERIFY(bulk.changed(QStringLiteral("student"), 2, QStringLiteral("f"), QString(), QStringLiteral("2")));
            QVERIFY(plain.changed(QStringLiteral("student"), 1, QStringLiteral("f"), QStringLiteral("1"), QString()));
            QVERIFY(tx.commit());
        }
        BulkAuditLog outside(t.db(), Actor{3, QStringLiteral("c")});
        QVERIFY(outside.created(QStringLiteral("student"), 3, QStringLiteral("z")));
        auto chain = AuditLog::verifyChain(t.db());
        QVERIFY(chain);
        QCOMPARE(*chain, qint64(0));
        Query q(t.db(), QStringLiteral("SELECT user_id IS NULL, old_value IS NULL, new_value FROM audit_log "
                                       "WHERE entity_id = 2 AND action = 'update'"));
        QVERIFY(q.exec());
        QVERIFY(q.next());
        QVERIFY(q.flag(0)); // user 0 (the command line) is stored as NULL, as AuditLog does
        QVERIFY(q.flag(1));
        QCOMPARE(q.string(2), QStringLiteral("2"));
    }

    void rolledBackBulkAuditLeavesNoRow()
    {
        test::TestDatabase t;
        {
            Transaction tx(t.db());
            BulkAuditLog bulk(t.db(), Actor{1, QStringLiteral("a")});
            QVERIFY(bulk.created(QStringLiteral("student"), 1, QStringLiteral("x")));
        }
        Query q(t.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'student'"));
        QCOMPARE(q.scalar().value().toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSqliteStatement)
#include "tst_sqlitestatement.moc"
