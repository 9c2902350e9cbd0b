// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReferralFixture.h"

#include "referrals/ReferralImporter.h"

#include <QBuffer>

using namespace md;
using md::test::ReferralFixture;

class TestReferralImport : public QObject
{
    Q_OBJECT

private:
    static Result<ImportSummary> importText(ReferralFixture &f, const QByteArray &text, const Session &as)
    {
        QBuffer buffer;
        buffer.setData(text);
        buffer.open(QIODevice::ReadOnly);
        return ReferralImporter::importFile(f.db(), as, buffer, QStringLiteral("form.csv"));
    }

private Q_SLOTS:
    void importsTheFormsExportAndMatchesReferrersByEmail()
    {
        ReferralFixture f;
        Query email(
            f.db(),
            QStringLiteral("UPDATE users SET email = 't.one@school.example', display_name = 'T. One' WHERE id = ?"));
        email.bind(f.teacher.userId());
        QVERIFY(email.exec());
        auto summary =
            ReferralImporter::importFile(f.db(), f.lead, test::testData(QStringLiteral("referrals/form.csv")));
        QVERIFY2(summary, qPrintable(summary.error().fullText()));
        QCOMPARE(summary->rows, 3);
        QCOMPARE(summary->created, 3);

        ReferralFilter filter;
        filter.sort = ReferralFilter::Sort::Referred;
        filter.order = Qt::AscendingOrder;
        auto list = ReferralStore(f.db()).list(f.lead, filter);
        QCOMPARE(list->size(), 3);
        const Referral &first = list->at(0);
        QCOMPARE(first.studentId, f.ada);
        QCOMPARE(first.referredOn, QDate(2026, 11, 2));
        QCOMPARE(first.referrerId, f.teacher.userId());
        QCOMPARE(first.referrerName, QStringLiteral("T. One"));
        QCOMPARE(first.concern, Concern::Behaviour);
        QCOMPARE(first.description, QStringLiteral("Shouting in lessons, sent out twice this week."));
        QCOMPARE(first.tried, QStringLiteral("Seating plan changed; call home"));
        QCOMPARE(first.suggestedTypeName, QStringLiteral("Anger management programme"));
        QCOMPARE(first.source, ReferralSource::Form);
        QCOMPARE(first.status, ReferralStatus::New);
        QCOMPARE(list->at(1).urgency, Urgency::Urgent);
        QCOMPARE(list->at(1).requestedBy, RequestedBy::Senco);
        QCOMPARE(list->at(1).referrerId, qint64(0));
        QCOMPARE(list->at(2).requestedBy, RequestedBy::DirectorOfLearning);
        QCOMPARE(list->at(2).urgency, Urgency::NonUrgent);
        QCOMPARE(list->at(2).concern, Concern::Attendance);
        // The teacher sees the referral the import recorded in their name.
        QCOMPARE(ReferralStore(f.db()).list(f.teacher, {})->size(), 1);
    }

    void importingTheSameExportAgainSkipsWhatIsAlreadyThere()
    {
        ReferralFixture f;
        const QString path = test::testData(QStringLiteral("referrals/form.csv"));
        QVERIFY(ReferralImporter::importFile(f.db(), f.lead, path));
        auto again = ReferralImporter::importFile(f.db(), f.lead, path);
        QVERIFY(again);
        QCOMPARE(again->created, 0);
        QCOMPARE(again->unchanged, 3);
        QCOMPARE(f.count(QStringLiteral("referrals")), 3);
    }

    void badRowsAreAllListedAndNothingIsImported()
    {
        ReferralFixture f;
        auto result =
            ReferralImporter::importFile(f.db(), f.lead, test::testData(QStringLiteral("referrals/bad-rows.csv")));
        QVERIFY(!result);
        QCOMPARE(result.error().kind, Error::Kind::Invalid);
        QVERIFY(result.error().message.contains(
            QStringLiteral("bad-rows.csv: 13 rows have problems; nothing was imported.")));
        const QStringList d = result.error().details;
        QCOMPARE(d.size(), 13);
        QVERIFY2(
            d.at(0).startsWith(QStringLiteral("line 3: Student UPN: UPN 'Z801200000001' has the wrong check letter")),
            qPrintable(d.at(0)));
        QCOMPARE(d.at(1), QStringLiteral("line 4: Student UPN 'D801200000005' is not a student on the school's roll "
                                         "(import the students first)"));
        QVERIFY(d.at(2).startsWith(QStringLiteral("line 5: Timestamp '31/02/2026 10:07:00' is not a date")));
        QCOMPARE(d.at(3), QStringLiteral("line 6: Timestamp '01/01/2030 10:08:00' is in the future"));
        QVERIFY(d.at(4).startsWith(QStringLiteral("line 7: Area of concern 'Friendship' is not an area of concern")));
        QVERIFY(d.at(5).startsWith(QStringLiteral("line 8: Urgency 'Maybe' is not urgent or non-urgent")));
        QCOMPARE(d.at(6), QStringLiteral("line 9: Description of concern is blank"));
        QVERIFY(d.at(7).startsWith(QStringLiteral("line 10: Your role 'Caretaker' is not a role")));
        QCOMPARE(d.at(8),
                 QStringLiteral("line 11: Intervention in mind 'Yoga' is not an intervention in the provision map"));
        QVERIFY(d.at(9).startsWith(
            QStringLiteral("line 12: Student name 'Zed Zebra' does not match the student with UPN A801200000003")));
        QCOMPARE(d.at(10), QStringLiteral("line 13: it is the same response as line 2"));
        QCOMPARE(d.at(11), QStringLiteral("line 14: Timestamp is blank; Your name is blank"));
        QVERIFY(d.at(12).startsWith(QStringLiteral("line 15: it has")));
        QCOMPARE(f.count(QStringLiteral("referrals")), 0);
    }

    void missingColumnsAreNamed()
    {
        ReferralFixture f;
        auto result = ReferralImporter::importFile(f.db(), f.lead,
                                                   test::testData(QStringLiteral("referrals/missing-columns.csv")));
        QVERIFY(!result);
        QVERIFY2(result.error().message.contains(QStringLiteral("Area of concern")),
                 qPrintable(result.error().fullText()));
        QVERIFY(result.error().message.contains(QStringLiteral("Urgency")));
        QVERIFY(result.error().message.contains(QStringLiteral("nothing was imported")));
    }

    void emptyFileAndMissingFileAreClearErrors()
    {
        ReferralFixture f;
        auto empty = importText(f, QByteArray(), f.lead);
        QVERIFY(!empty);
        QVERIFY(empty.error().message.contains(QStringLiteral("is empty")));
        auto missing = ReferralImporter::importFile(f.db(), f.lead, f.t.dir() + QStringLiteral("/nope.csv"));
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind, Error::Kind::Io);
    }

    void onlyTheRegistersManagersImport()
    {
        ReferralFixture f;
        for (const Session &s : {f.teacher, f.mentor, f.head}) {
            auto refused =
                ReferralImporter::importFile(f.db(), s, test::testData(QStringLiteral("referrals/form.csv")));
            QVERIFY(!refused);
            QCOMPARE(refused.error().kind, Error::Kind::Forbidden);
        }
        QVERIFY(ReferralImporter::importFile(f.db(), f.admin, test::testData(QStringLiteral("referrals/form.csv"))));
    }
};

QTEST_GUILESS_MAIN(TestReferralImport)
#include "tst_referralimport.moc"
