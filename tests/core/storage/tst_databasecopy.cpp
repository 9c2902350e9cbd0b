// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"

#include "demo/DemoSchool.h"
#include "storage/DatabaseCopy.h"
#include "storage/Query.h"

#include <QtTest>

using namespace md;

// Moving a whole database between engines (migrate-to / migrate-from). On SQLite alone the copy
// goes file to file; with a test server (the _pg run) it goes through mentordesk-cli to the
// server and back, and the two files must agree table by table.
class TestDatabaseCopy : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_school;

    QMap<QString, QString> checksums(Database &db)
    {
        QMap<QString, QString> out;
        auto tables = DatabaseCopy::tablesInDependencyOrder(db);
        if (!tables)
            return out;
        for (const QString &t : *tables) {
            qint64 rows = 0;
            auto sum = DatabaseCopy::checksum(db, t, &rows);
            out.insert(t, sum ? *sum + QLatin1Char('/') + QString::number(rows) : QStringLiteral("failed"));
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_school = m_dir.filePath(QStringLiteral("school.sqlite"));
        auto db = Database::openSqlite(m_school);
        QVERIFY(db);
        DemoOptions options;
        options.students = 40;
        options.seed = 7;
        options.today = QDate(2026, 11, 23);
        auto summary = DemoSchool::generate(**db, options);
        QVERIFY2(summary, qPrintable(summary.error().message));
    }

    void parentsComeBeforeTheTablesReferringToThem()
    {
        auto db = Database::openSqlite(m_school);
        QVERIFY(db);
        auto tables = DatabaseCopy::tablesInDependencyOrder(**db);
        QVERIFY(tables);
        QVERIFY(!tables->contains(QStringLiteral("schema_migrations")));
        QVERIFY(tables->indexOf(QStringLiteral("users")) < tables->indexOf(QStringLiteral("user_roles")));
        QVERIFY(tables->indexOf(QStringLiteral("students")) < tables->indexOf(QStringLiteral("parents")));
        QVERIFY(tables->indexOf(QStringLiteral("students")) < tables->indexOf(QStringLiteral("mentoring_groups")));
    }

    void checksumSeesAChangedValue()
    {
        test::TestDatabase t;
        const qint64 id = t.addStudent(1, QStringLiteral("Ada"), QStringLiteral("Example"));
        qint64 rows = 0;
        auto before = DatabaseCopy::checksum(t.db(), QStringLiteral("students"), &rows);
        QVERIFY(before);
        QCOMPARE(rows, qint64(1));
        Query change(t.db(), QStringLiteral("UPDATE students SET tutor_group = ? WHERE id = ?"));
        change.bind(QStringLiteral("8B")).bind(id);
        QVERIFY(change.exec());
        auto after = DatabaseCopy::checksum(t.db(), QStringLiteral("students"));
        QVERIFY(after);
        QVERIFY(*before != *after);
    }

    void roundTripKeepsEveryTable()
    {
        test::TestDatabase target;
        QVERIFY(target.isValid());
        auto source = Database::openSqlite(m_school);
        QVERIFY(source);
        const QMap<QString, QString> original = checksums(**source);
        const int students = original.value(QStringLiteral("students")).section(QLatin1Char('/'), 1).toInt();
        QVERIFY(students >= 40);
        const QString back = m_dir.filePath(QStringLiteral("back.sqlite"));
        QFile::remove(back);
        if (test::TestDatabase::onPostgres()) {
            source->reset();
            // migrate-to the test server's database, then migrate-from it into a new file.
            const auto to = test::runCli({QStringLiteral("--database"), m_school, QStringLiteral("--url"), target.path(),
                                          QStringLiteral("migrate-to")});
            QVERIFY2(to.code == 0, qPrintable(to.err));
            QVERIFY2(to.out.contains(QLatin1String("every count and checksum matches")), qPrintable(to.out));
            const auto from = test::runCli({QStringLiteral("--database"), back, QStringLiteral("--url"), target.path(),
                                            QStringLiteral("migrate-from"), QStringLiteral("--format"), QStringLiteral("csv")});
            QVERIFY2(from.code == 0, qPrintable(from.err));
            QVERIFY2(from.out.contains(QStringLiteral("students,%1,%1,").arg(students)), qPrintable(from.out));
            QVERIFY(!from.out.contains(QLatin1String("DIFFERENT")));
            // New rows on the server take ids after the copied ones.
            const qint64 added = target.addStudent(9001, QStringLiteral("New"), QStringLiteral("Arrival"));
            QVERIFY(added > 0);
            Query max(target.db(), QStringLiteral("SELECT COUNT(*) FROM students WHERE id < ?"));
            max.bind(added);
            QCOMPARE(max.scalar()->toInt(), students);
        } else {
            auto checks = DatabaseCopy::copy(**source, target.db());
            QVERIFY2(checks, qPrintable(checks.error().message));
            for (const TableCopyCheck &c : *checks)
                QVERIFY2(c.matches(), qPrintable(c.table));
            auto file = Database::openSqlite(back);
            QVERIFY(file);
            auto again = DatabaseCopy::copy(target.db(), **file);
            QVERIFY2(again, qPrintable(again.error().message));
        }
        auto copy = Database::openSqlite(back);
        QVERIFY(copy);
        const QMap<QString, QString> returned = checksums(**copy);
        QCOMPARE(returned.keys(), original.keys());
        for (auto it = original.cbegin(); it != original.cend(); ++it)
            QVERIFY2(returned.value(it.key()) == it.value(), qPrintable(it.key()));
    }

    void refusesATargetThatHoldsData()
    {
        test::TestDatabase target;
        target.addStudent(5, QStringLiteral("Already"), QStringLiteral("Here"));
        auto source = Database::openSqlite(m_school);
        QVERIFY(source);
        auto checks = DatabaseCopy::copy(**source, target.db());
        QVERIFY(!checks);
        QVERIFY2(checks.error().message.contains(QLatin1String("copies only into an empty database")),
                 qPrintable(checks.error().message));
        Query count(target.db(), QStringLiteral("SELECT COUNT(*) FROM students"));
        QCOMPARE(count.scalar()->toInt(), 1);
    }

    void cliNeedsAServerUrl()
    {
        const auto run = test::runCli({QStringLiteral("--database"), m_school, QStringLiteral("migrate-to")});
        QCOMPARE(run.code, 2);
        QVERIFY(run.err.contains(QLatin1String("--url")));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseCopy)
#include "tst_databasecopy.moc"
