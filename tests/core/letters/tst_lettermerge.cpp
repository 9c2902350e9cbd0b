// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Merge fields: the catalogue, every field's value, missing data, unknown and broken fields,
// and who a letter is addressed to. Runs without a GUI: merging must work in the demo generator.
#include "LetterFixtures.h"

#include "access/Session.h"
#include "letters/LetterMerger.h"
#include "letters/MergeFields.h"
#include "letters/Recipients.h"

#include <QTextCursor>
#include <QTextDocument>

using namespace md;
using namespace md::test;

namespace {

struct Merge
{
    Merge(TestDatabase &db, Session who, Student s, Recipient to, Letterhead head,
          LetterType letterType = LetterType::Mentoring)
        : t(db), session(std::move(who)), student(std::move(s)), recipient(std::move(to)), letterhead(std::move(head)),
          type(letterType)
    {
    }

    TestDatabase &t;
    Session session;
    Student student;
    Recipient recipient;
    Letterhead letterhead;
    LetterType type = LetterType::Mentoring;
    MergeCache cache;

    Result<LetterMerger::Merged> run(const QString &html, const QString &reference = QStringLiteral("L-000042"))
    {
        const MergeContext ctx{t.db(),    session,    student, recipient, type, QDate(2027, 3, 4),
                               reference, letterhead, cache};
        return LetterMerger::merge(html, ctx);
    }
    QString value(const QString &key)
    {
        auto m = run(QStringLiteral("{{") + key + QStringLiteral("}}"));
        return m ? m->html : QStringLiteral("<error: %1>").arg(m.error().fullText());
    }
};

} // namespace

class TestLetterMerge : public QObject
{
    Q_OBJECT

private:
    // Siân's family in the database, her mentor (keyworker) signed in as the sender.
    struct World
    {
        TestDatabase t;
        Family family;
        Session mentor;
        Student student;
        QList<Parent> parents;
        Letterhead letterhead;
    };

    std::unique_ptr<World> world()
    {
        auto w = std::make_unique<World>();
        const Session m = w->t.addUser(QStringLiteral("m.one"), {Role::Mentor});
        setMentorProfile(w->t, m.userId(), QStringLiteral("advanced_learning_mentor"),
                         QStringLiteral("n.osullivan@school.example.org"));
        w->mentor = Session(m.userId(), m.username(), QStringLiteral("Niamh Ó Súilleabháin"), m.roles());
        w->family = addFamily(w->t, 1);
        w->t.assignMentor(m.userId(), w->family.student);
        saveLetterhead(w->t);
        w->letterhead = *LetterheadStore(w->t.db()).current();
        w->letterhead.logoPng = QByteArray("not empty");
        StudentStore store(w->t.db());
        w->student = *store.get(w->mentor, w->family.student);
        w->parents = *store.parents(w->mentor, w->family.student);
        return w;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void catalogueHasUniqueWellFormedKeysWithLabels()
    {
        const MergeFieldRegistry &r = MergeFieldRegistry::instance();
        QVERIFY(r.size() >= 20);
        QSet<QString> keys;
        for (const MergeField *f : r.fields()) {
            QVERIFY2(!keys.contains(f->key), qPrintable(f->key));
            keys.insert(f->key);
            QVERIFY2(QRegularExpression(QStringLiteral("^[a-z][a-z0-9_]*(\\.[a-z0-9_]+)+$")).match(f->key).hasMatch(),
                     qPrintable(f->key));
            QVERIFY(!f->labelText().isEmpty());
            QVERIFY(!f->groupLabel().isEmpty());
            QVERIFY(f->resolve);
        }
        // Type-specific fields are offered only for their types.
        QVERIFY(r.find(QStringLiteral("attendance.figure"))->allows(LetterType::Attendance));
        QVERIFY(!r.find(QStringLiteral("attendance.figure"))->allows(LetterType::Behaviour));
        QVERIFY(!r.find(QStringLiteral("mentoring.keyworker"))->allows(LetterType::Attendance));
        QVERIFY(r.find(QStringLiteral("student.forename"))->allows(LetterType::Assessment));
    }

    void registryAcceptsAFieldAddedByAnotherCapabilityAndRefusesADuplicateKey()
    {
        MergeFieldRegistry r;
        registerCoreMergeFields(r);
        const int before = r.size();
        r.add({QStringLiteral("behaviour.points"),
               "Behaviour",
               "Points this term",
               FieldKind::Text,
               {LetterType::Behaviour},
               [](const MergeContext &) { return FieldValue(QStringLiteral("-12")); }});
        QCOMPARE(r.size(), before + 1);
        r.add({QStringLiteral("behaviour.points"), "Behaviour", "Again", FieldKind::Text, {}, [](const MergeContext &) {
                   return FieldValue();
               }});
        QCOMPARE(r.size(), before + 1);
        QVERIFY(
            LetterMerger::checkMessages(QStringLiteral("{{behaviour.points}}"), LetterType::Behaviour, r).isEmpty());
        QCOMPARE(LetterMerger::checkMessages(QStringLiteral("{{behaviour.points}}"), LetterType::Attendance, r).size(),
                 1);
        // The application's own registry does not know it: no table of another capability is assumed.
        QVERIFY(!MergeFieldRegistry::instance().find(QStringLiteral("behaviour.points")));
    }

    void mergesEveryFieldForAStudentWithAccentsAndApostrophes()
    {
        auto w = world();
        Merge m{w->t, w->mentor, w->student, Recipients::parents({w->parents.at(0)}), w->letterhead};
        QCOMPARE(m.value(QStringLiteral("student.forename")), QStringLiteral("Siân"));
        QCOMPARE(m.value(QStringLiteral("student.surname")), QStringLiteral("O'Connor-Ní Bhriain"));
        QCOMPARE(m.value(QStringLiteral("student.full_name")), QStringLiteral("Siân O'Connor-Ní Bhriain"));
        QCOMPARE(m.value(QStringLiteral("student.legal_name")), QStringLiteral("Siân O'Connor-Ní Bhriain"));
        QCOMPARE(m.value(QStringLiteral("student.year")), QStringLiteral("Year 9"));
        QCOMPARE(m.value(QStringLiteral("student.tutor_group")), QStringLiteral("9B"));
        QCOMPARE(m.value(QStringLiteral("student.date_of_birth")), QStringLiteral("4 May 2012"));
        QCOMPARE(m.value(QStringLiteral("recipient.name")), QStringLiteral("Mrs Aoife O'Connor-Ní Bhriain"));
        QCOMPARE(m.value(QStringLiteral("recipient.salutation")), QStringLiteral("Dear Mrs O'Connor-Ní Bhriain"));
        QCOMPARE(m.value(QStringLiteral("recipient.address")),
                 QStringLiteral("12 Bóthar na Trá<br />Eastmere<br />NX2 4RT"));
        QCOMPARE(m.value(QStringLiteral("school.name")), QStringLiteral("Northgate Academy"));
        QCOMPARE(m.value(QStringLiteral("school.address")), QStringLiteral("Academy Way<br />Northgate<br />NX1 4AQ"));
        QCOMPARE(m.value(QStringLiteral("school.contact")), QStringLiteral("Telephone 020 7946 0100"));
        QVERIFY(m.value(QStringLiteral("school.logo")).startsWith(QStringLiteral("<img src=\"md-letterhead:logo\"")));
        QCOMPARE(m.value(QStringLiteral("letter.date")), QStringLiteral("4 March 2027"));
        QCOMPARE(m.value(QStringLiteral("letter.reference")), QStringLiteral("L-000042"));
        QCOMPARE(m.value(QStringLiteral("sender.name")), QStringLiteral("Niamh Ó Súilleabháin"));
        QCOMPARE(m.value(QStringLiteral("sender.role")), QStringLiteral("Advanced learning mentor"));
        QCOMPARE(m.value(QStringLiteral("sender.email")), QStringLiteral("n.osullivan@school.example.org"));
        QCOMPARE(m.value(QStringLiteral("attendance.figure")), QStringLiteral("87.5%"));
        QCOMPARE(m.value(QStringLiteral("mentoring.keyworker")), QStringLiteral("Niamh Ó Súilleabháin"));
        QCOMPARE(m.value(QStringLiteral("mentoring.keyworker_role")), QStringLiteral("Advanced learning mentor"));
        QCOMPARE(m.value(QStringLiteral("mentoring.keyworker_email")),
                 QStringLiteral("n.osullivan@school.example.org"));
        QCOMPARE(m.value(QStringLiteral("mentoring.started_on")), QStringLiteral("1 September 2026"));
    }

    void everyRegisteredFieldHasAValueForACompleteRecord()
    {
        // A field added to the catalogue without data behind it shows up here.
        auto w = world();
        for (LetterType type : LetterTerms::allTypes()) {
            Merge m{w->t, w->mentor, w->student, Recipients::parents({w->parents.at(0)}), w->letterhead, type};
            for (const MergeField *f : MergeFieldRegistry::instance().fields(type)) {
                auto merged = m.run(f->token());
                QVERIFY2(merged, qPrintable(f->key));
                QVERIFY2(merged->missing.isEmpty(), qPrintable(f->key));
                QVERIFY2(!merged->html.trimmed().isEmpty(), qPrintable(f->key));
            }
        }
    }

    void mergeKeepsTheTemplateAroundFieldsAndEscapesValues()
    {
        auto w = world();
        w->student.legalSurname = QStringLiteral("Smith & <Jones>");
        Merge m{w->t, w->mentor, w->student, Recipients::student(w->student, w->parents), w->letterhead};
        auto merged = m.run(QStringLiteral("<p><b>{{ student.legal_name }}</b>, {{student.year}}.</p>"));
        QVERIFY(merged);
        QCOMPARE(merged->html, QStringLiteral("<p><b>Siân Smith &amp; &lt;Jones&gt;</b>, Year 9.</p>"));
        QVERIFY(merged->missing.isEmpty());
    }

    void missingDataBecomesAMarkedGapNeverABlank()
    {
        auto w = world();
        Student bare = w->student;
        bare.tutorGroup.clear();
        bare.attendance.reset();
        bare.yearGroup = 0;
        bare.dateOfBirth = QDate();
        Parent noAddress = w->parents.at(0);
        noAddress.address.clear();
        Merge m{w->t, w->mentor, bare, Recipients::parents({noAddress}), w->letterhead, LetterType::Attendance};
        auto merged = m.run(
            QStringLiteral("<p>{{student.forename}} in {{student.tutor_group}} ({{student.year}}) "
                           "attended {{attendance.figure}}. {{recipient.address}} {{student.date_of_birth}}</p>"));
        QVERIFY(merged);
        QCOMPARE(merged->missing, (QStringList{QStringLiteral("Tutor group"), QStringLiteral("Year group"),
                                               QStringLiteral("Attendance this year (%)"),
                                               QStringLiteral("Postal address"), QStringLiteral("Date of birth")}));
        QVERIFY(merged->html.contains(LetterMerger::missingMarker(QStringLiteral("Tutor group")).toHtmlEscaped()));
        QVERIFY(merged->html.contains(QStringLiteral("Siân in ")));
        // A gap is never silently empty: the letter cannot be issued until it is filled.
        QCOMPARE(LetterMerger::issueBlockers(merged->html).size(), 5);
    }

    void keyworkerIsMissingForAStudentWithNoMentor()
    {
        auto w = world();
        Query end(w->t.db(), QStringLiteral("UPDATE mentoring_groups SET ended_on = '2026-10-01'"));
        QVERIFY(end.exec());
        Merge m{w->t, w->mentor, w->student, Recipients::student(w->student, w->parents), w->letterhead};
        auto merged = m.run(QStringLiteral("{{mentoring.keyworker}} {{mentoring.started_on}}"));
        QVERIFY(merged);
        QCOMPARE(merged->missing,
                 (QStringList{QStringLiteral("Keyworker (mentor)"), QStringLiteral("Mentoring started on")}));
    }

    void theCommandLineSystemUserSignsNothing()
    {
        auto w = world();
        Merge m{w->t, Session::system(), w->student, Recipients::student(w->student, w->parents), w->letterhead};
        auto merged = m.run(QStringLiteral("{{sender.name}}, {{sender.role}}"));
        QVERIFY(merged);
        QCOMPARE(merged->missing, (QStringList{QStringLiteral("Sender's name"), QStringLiteral("Sender's role")}));
    }

    void previewReferenceIsMarkedAsPreview()
    {
        auto w = world();
        Merge m{w->t, w->mentor, w->student, Recipients::student(w->student, w->parents), w->letterhead};
        auto merged = m.run(QStringLiteral("{{letter.reference}}"), QString());
        QVERIFY(merged);
        QCOMPARE(merged->html, QStringLiteral("L-PREVIEW"));
    }

    void unknownFieldIsRefusedWithItsName()
    {
        auto w = world();
        Merge m{w->t, w->mentor, w->student, Recipients::student(w->student, w->parents), w->letterhead};
        auto merged = m.run(QStringLiteral("<p>Dear {{student.shoe_size}} and {{Student.Forename}}</p>"));
        QVERIFY(!merged);
        QCOMPARE(merged.error().kind, Error::Kind::Invalid);
        QCOMPARE(merged.error().details.size(), 2);
        QVERIFY(merged.error().details.at(0).contains(QStringLiteral("{{student.shoe_size}}")));
        QVERIFY(merged.error().details.at(1).contains(QStringLiteral("did you mean {{student.forename}}")));
    }

    void fieldOfAnotherTypeIsRefused()
    {
        const QStringList p =
            LetterMerger::checkMessages(QStringLiteral("{{mentoring.keyworker}}"), LetterType::Attendance);
        QCOMPARE(p.size(), 1);
        QVERIFY2(p.first().contains(QStringLiteral("cannot be used in attendance letters")), qPrintable(p.first()));
        QVERIFY(
            LetterMerger::checkMessages(QStringLiteral("{{mentoring.keyworker}}"), LetterType::Mentoring).isEmpty());
    }

    void brokenAndEmptyFieldsAreRefused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("problems");
        QTest::newRow("unclosed") << QStringLiteral("Dear {{recipient.salutation,") << 1;
        QTest::newRow("split by formatting") << QStringLiteral("{{student.<b>forename</b>}}") << 2;
        QTest::newRow("stray closing") << QStringLiteral("Hello }} there") << 1;
        QTest::newRow("empty") << QStringLiteral("{{ }}") << 1;
        QTest::newRow("fine") << QStringLiteral("{{student.forename}} {and} {single}") << 0;
    }

    void brokenAndEmptyFieldsAreRefused()
    {
        QFETCH(QString, text);
        QFETCH(int, problems);
        QCOMPARE(LetterMerger::checkMessages(text, LetterType::Attendance).size(), problems);
    }

    void normalisingGivesEachFieldOneFormat()
    {
        QTextDocument doc;
        doc.setPlainText(QStringLiteral("Dear {{student.forename}}"));
        QTextCursor c(&doc);
        c.setPosition(13);
        c.setPosition(20, QTextCursor::KeepAnchor);
        QTextCharFormat bold;
        bold.setFontWeight(QFont::Bold);
        c.mergeCharFormat(bold);
        // Bold in the middle splits the field in the HTML...
        QVERIFY(!LetterMerger::checkMessages(doc.toHtml(), LetterType::Attendance).isEmpty());
        QCOMPARE(LetterMerger::normaliseFieldFormats(doc), 1);
        // ...and one format for the whole field mends it.
        QVERIFY(LetterMerger::checkMessages(doc.toHtml(), LetterType::Attendance).isEmpty());
        QCOMPARE(LetterMerger::normaliseFieldFormats(doc), 0);
    }

    void eachParentWithResponsibilityGetsTheirOwnLetter()
    {
        auto w = world();
        QStringList problems;
        const QList<Recipient> r = Recipients::forStudent(w->student, w->parents, {true, false, false}, &problems);
        QCOMPARE(r.size(), 2); // the step-father has no parental responsibility
        QCOMPARE(r.at(0).addressee, QStringLiteral("Mrs Aoife O'Connor-Ní Bhriain"));
        QCOMPARE(r.at(0).salutation, QStringLiteral("Dear Mrs O'Connor-Ní Bhriain"));
        QCOMPARE(r.at(0).addressLines, (QStringList{QStringLiteral("12 Bóthar na Trá"), QStringLiteral("Eastmere"),
                                                    QStringLiteral("NX2 4RT")}));
        QCOMPARE(r.at(1).addressee, QStringLiteral("Mr Seán O'Connor-Ní Bhriain"));
        QCOMPARE(r.at(1).parentIds, QList<qint64>{w->family.father});
        QVERIFY(problems.isEmpty());
    }

    void parentsAtOneAddressMayShareALetter()
    {
        auto w = world();
        // Same house, spelt the same apart from punctuation and line breaks.
        w->parents[1].address = QStringLiteral("12 Bóthar na Trá\nEastmere\nNX2 4RT");
        const QList<Recipient> shared = Recipients::forStudent(w->student, w->parents, {true, false, true}, nullptr);
        QCOMPARE(shared.size(), 1);
        QCOMPARE(shared.first().addressee, QStringLiteral("Mrs and Mr O'Connor-Ní Bhriain"));
        QCOMPARE(shared.first().salutation, QStringLiteral("Dear Mrs and Mr O'Connor-Ní Bhriain"));
        QCOMPARE(shared.first().parentIds, (QList<qint64>{w->family.mother, w->family.father}));
        // Different surnames: each named in full.
        w->parents[1].surname = QStringLiteral("Byrne");
        const QList<Recipient> named = Recipients::forStudent(w->student, w->parents, {true, false, true}, nullptr);
        QCOMPARE(named.first().addressee, QStringLiteral("Mrs Aoife O'Connor-Ní Bhriain and Mr Seán Byrne"));
        QCOMPARE(named.first().salutation, QStringLiteral("Dear Mrs O'Connor-Ní Bhriain and Mr Byrne"));
        // Living apart: one letter each even when sharing is allowed.
        w->parents[1].address = QStringLiteral("3 Mill Lane, Thornley End, NX9 2JG");
        QCOMPARE(Recipients::forStudent(w->student, w->parents, {true, false, true}, nullptr).size(), 2);
    }

    void studentLetterIsAddressedToTheStudentAtHome()
    {
        auto w = world();
        const QList<Recipient> r = Recipients::forStudent(w->student, w->parents, {false, true, false}, nullptr);
        QCOMPARE(r.size(), 1);
        QCOMPARE(r.first().kind, RecipientKind::Student);
        QCOMPARE(r.first().addressee, QStringLiteral("Siân O'Connor-Ní Bhriain"));
        QCOMPARE(r.first().salutation, QStringLiteral("Dear Siân"));
        QCOMPARE(r.first().addressLines.first(), QStringLiteral("12 Bóthar na Trá"));
    }

    void noParentWithResponsibilityIsReported()
    {
        auto w = world();
        for (Parent &p : w->parents)
            p.parentalResponsibility = false;
        QStringList problems;
        QVERIFY(Recipients::forStudent(w->student, w->parents, {true, false, false}, &problems).isEmpty());
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().contains(QStringLiteral("no parent or carer with parental responsibility")));
    }
};

QTEST_GUILESS_MAIN(TestLetterMerge)
#include "tst_lettermerge.moc"
