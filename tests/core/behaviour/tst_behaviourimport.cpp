// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BehaviourFixture.h"

#include "behaviour/BehaviourImporter.h"

#include <QBuffer>

using namespace md;
using md::test::BehaviourFixture;

namespace {
Result<ImportSummary> importText(BehaviourFixture &f, const Session &as, const QString &text)
{
    QByteArray bytes = text.toUtf8();
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    return BehaviourImporter::importFile(f.db(), as, buffer, QStringLiteral("events.csv"));
}

int events(BehaviourFixture &f)
{
    return BehaviourStore(f.db()).count(f.head, {}).value();
}
} // namespace

class TestBehaviourImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void importsRowsWithDefaultsAndOneAuditRow()
    {
        BehaviourFixture f;
        const QString yesterday = QDate::currentDate().addDays(-1).toString(Qt::ISODate);
        const QString ukDate = QDate::currentDate().addDays(-2).toString(QStringLiteral("dd/MM/yyyy"));
        const QString csv =
            QStringLiteral("upn,DATE,Time,Category,Points,Course,Place,Description,Action taken,Recorded by\n"
                           "%1,%2,14:05,Disruption,,Year 8 Maths,,Talking,Verbal warning,t.one\n"
                           "%3,%4 09:30,,good work,3,,Library,Helped,,\n"
                           "%5,%2T13:00,,Fighting,-4,,Field,\"Pushing, shoving\",On report,h.one@example.com\n")
                .arg(f.upn(f.ada), yesterday, f.upn(f.bo), ukDate, f.upn(f.cy));
        Query email(f.db(), QStringLiteral("UPDATE users SET email = 'h.one@example.com' WHERE username = 'h.one'"));
        QVERIFY(email.exec());
        const int auditBefore = f.auditRows(QStringLiteral("behaviour_events"));
        auto summary = importText(f, f.head, csv);
        QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().fullText()));
        QCOMPARE(summary->rows, 3);
        QCOMPARE(summary->created, 3);
        QCOMPARE(f.auditRows(QStringLiteral("behaviour_events")), auditBefore + 1);
        QCOMPARE(f.auditRows(QStringLiteral("behaviour_event")), 0); // no row per event
        auto rows = BehaviourStore(f.db()).list(f.head, {}, 10).value();
        QCOMPARE(rows.size(), 3);
        QHash<qint64, BehaviourEvent> byStudent;
        for (const BehaviourEvent &e : rows)
            byStudent.insert(e.studentId, e);
        QCOMPARE(byStudent.value(f.ada).points, -1); // the category's default
        QCOMPARE(byStudent.value(f.ada).courseName, QStringLiteral("Year 8 Maths"));
        QCOMPARE(byStudent.value(f.ada).recordedBy, f.teacher.userId());
        QCOMPARE(behaviourTimeCode(byStudent.value(f.ada).occurredAt), yesterday + QStringLiteral("T14:05"));
        QCOMPARE(byStudent.value(f.bo).points, 3);
        QCOMPARE(byStudent.value(f.bo).place, QStringLiteral("Library"));
        QCOMPARE(byStudent.value(f.bo).recordedBy, f.head.userId()); // blank: the importer
        QCOMPARE(byStudent.value(f.bo).occurredAt.time(), QTime(9, 30));
        QCOMPARE(byStudent.value(f.cy).description, QStringLiteral("Pushing, shoving"));
        QCOMPARE(byStudent.value(f.cy).recordedBy, f.head.userId());
        QCOMPARE(byStudent.value(f.cy).points, -4);
    }

    void listsEveryBadLineAndImportsNothing()
    {
        BehaviourFixture f;
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        const QString future = QDate::currentDate().addDays(3).toString(Qt::ISODate);
        const QString csv = QStringLiteral("UPN,Date,Time,Category,Points,Recorded by\n"
                                           "%1,%2,10:00,Disruption,,\n"         // fine
                                           "X999,%2,10:00,Disruption,,\n"       // line 3: unknown UPN
                                           "%1,31/02/2026,10:00,Disruption,,\n" // line 4: no such date
                                           "%1,%3,10:00,Disruption,,\n"         // line 5: future
                                           "%1,%2,25:00,Disruption,,\n"         // line 6: bad time
                                           "%1,%2,10:00,Sleeping,,\n"           // line 7: unknown category
                                           "%1,%2,10:00,Disruption,2,\n"        // line 8: wrong sign
                                           "%1,%2,10:00,Disruption,,nobody\n")  // line 9: unknown recorder
                                .arg(f.upn(f.ada), today, future);
        auto summary = importText(f, f.head, csv);
        QVERIFY(!summary);
        const Error &e = summary.error();
        QCOMPARE(e.kind, Error::Kind::Invalid);
        QVERIFY2(e.message.contains(QStringLiteral("events.csv")), qPrintable(e.message));
        QVERIFY2(e.message.contains(QStringLiteral("nothing was imported")), qPrintable(e.message));
        QCOMPARE(e.details.size(), 7);
        QVERIFY(e.details.at(0).startsWith(QStringLiteral("line 3: UPN 'X999'")));
        QVERIFY2(e.details.at(1).startsWith(QStringLiteral("line 4: Date '31/02/2026' is not a date")),
                 qPrintable(e.details.at(1)));
        QVERIFY(e.details.at(2).contains(QStringLiteral("in the future")));
        QVERIFY(e.details.at(3).startsWith(QStringLiteral("line 6: Time '25:00'")));
        QVERIFY(e.details.at(4).contains(QStringLiteral("Category 'Sleeping'")));
        QVERIFY2(e.details.at(5).contains(QStringLiteral("negative category")), qPrintable(e.details.at(5)));
        QVERIFY(e.details.at(6).contains(QStringLiteral("Recorded by 'nobody'")));
        QCOMPARE(events(f), 0);
    }

    void refusesMissingColumnsAndWrongWidth()
    {
        BehaviourFixture f;
        auto missing = importText(f, f.head, QStringLiteral("UPN,Time\n%1,10:00\n").arg(f.upn(f.ada)));
        QVERIFY(!missing);
        QVERIFY2(missing.error().fullText().contains(QStringLiteral("Date")), qPrintable(missing.error().fullText()));
        QVERIFY(missing.error().fullText().contains(QStringLiteral("Category")));
        auto wide = importText(f, f.head,
                               QStringLiteral("UPN,Date,Category\n%1,%2,Disruption,extra\n")
                                   .arg(f.upn(f.ada), QDate::currentDate().toString(Qt::ISODate)));
        QVERIFY(!wide);
        QVERIFY(wide.error().details.value(0).startsWith(QStringLiteral("line 2: it has 4 fields")));
        auto empty = importText(f, f.head, QString());
        QVERIFY(!empty);
        QVERIFY(empty.error().message.contains(QStringLiteral("is empty")));
        QCOMPARE(events(f), 0);
    }

    void onlyTheWholeSchoolMayImport()
    {
        BehaviourFixture f;
        const QString csv = QStringLiteral("UPN,Date,Category\n%1,%2,Disruption\n")
                                .arg(f.upn(f.ada), QDate::currentDate().toString(Qt::ISODate));
        for (const Session *s : {&f.teacher, &f.mentor}) {
            auto r = importText(f, *s, csv);
            QVERIFY(!r);
            QCOMPARE(r.error().kind, Error::Kind::Forbidden);
        }
        MD_VERIFY_OK(importText(f, f.lead, csv));
        QCOMPARE(events(f), 1);
    }

    void bulkImportKeepsEveryCharacterAndRebuildsTheIndexes()
    {
        BehaviourFixture f;
        const QString day = QDate::currentDate().addDays(-1).toString(Qt::ISODate);
        QString csv = QStringLiteral("UPN,Date,Time,Category,Description,Place,Recorded by\n");
        // Quotes, a backslash, a tab, a line break, accents and an emoji: the bulk path sends rows
        // to SQLite as JSON, so each must come back exactly.
        const QString tricky = QStringLiteral("He said \"no\" \\ then\tleft\nthe room. Élan 😀");
        QString quoted = tricky;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        csv += QStringLiteral("%1,%2,08:59,Disruption,\"%3\",,t.one\n").arg(f.upn(f.ada), day, quoted);
        constexpr int kRows = 25000;
        for (int i = 1; i < kRows; ++i)
            csv += QStringLiteral("%1,%2,%3:00,Good work,Row %4,Hall,\n")
                       .arg(f.upn(i % 2 ? f.bo : f.cy), day)
                       .arg(9 + i % 6, 2, 10, QLatin1Char('0'))
                       .arg(i);
        auto summary = importText(f, f.head, csv);
        MD_VERIFY_OK(summary);
        QCOMPARE(summary->created, kRows);
        QCOMPARE(events(f), kRows);
        BehaviourFilter onlyAda;
        onlyAda.studentId = f.ada;
        const QList<BehaviourEvent> ada = BehaviourStore(f.db()).list(f.head, onlyAda, 10).value();
        QCOMPARE(ada.size(), 1);
        QCOMPARE(ada.first().description, tricky);
        QCOMPARE(ada.first().place, QString());
        QCOMPARE(ada.first().points, -1);
        QCOMPARE(ada.first().recordedBy, f.teacher.userId());
        QCOMPARE(behaviourTimeCode(ada.first().occurredAt), day + QStringLiteral("T08:59"));
        BehaviourFilter onlyCy;
        onlyCy.studentId = f.cy;
        QCOMPARE(BehaviourStore(f.db()).count(f.head, onlyCy).value(), (kRows - 1) / 2); // even rows from 2
        const bool onPostgres = f.db().engine() == Engine::PostgreSQL;
        Query indexes(f.db(), onPostgres ? QStringLiteral("SELECT COUNT(*) FROM pg_indexes WHERE schemaname = current_schema() "
                                                          "AND tablename = 'behaviour_events' AND indexname IN "
                                                          "('behaviour_events_when', 'behaviour_events_student', "
                                                          "'behaviour_events_recorder', 'behaviour_events_category')")
                                         : QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND "
                                                          "tbl_name = 'behaviour_events' AND name LIKE 'behaviour_events_%'"));
        QCOMPARE(indexes.scalar().value().toInt(), BehaviourWriter::indexDefinitions().size());
        indexes.finish();
        if (!onPostgres) {
            Query cache(f.db(), QStringLiteral("PRAGMA cache_size"));
            QCOMPARE(cache.scalar().value().toInt(), -16384); // back to the connection's own (Database)
        }
    }

    void manyProblemsAreCappedInTheList()
    {
        BehaviourFixture f;
        QString csv = QStringLiteral("UPN,Date,Category\n");
        for (int i = 0; i < BehaviourImporter::kMaxListedProblems + 5; ++i)
            csv += QStringLiteral("NOPE,2020-01-01,Disruption\n");
        auto r = importText(f, f.head, csv);
        QVERIFY(!r);
        QCOMPARE(r.error().details.size(), BehaviourImporter::kMaxListedProblems + 1);
        QVERIFY(r.error().details.last().contains(QStringLiteral("5 more lines")));
    }
};

QTEST_GUILESS_MAIN(TestBehaviourImport)
#include "tst_behaviourimport.moc"
