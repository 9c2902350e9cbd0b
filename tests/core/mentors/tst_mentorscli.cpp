// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// mentordesk-cli mentors and mentors add: the same rules and messages as the add-mentor flow.
#include "TestDatabase.h"

#include "cli/CliCommands.h"
#include "mentors/MentorOutbox.h"
#include "school/SchoolSettings.h"
#include "storage/Query.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace md;

namespace {

using Run = test::CliRun;

Run runTool(const QStringList &args)
{
    return test::runCli(args);
}

QStringList adaArgs()
{
    return {QStringLiteral("--first"),     QStringLiteral("Ada"),
            QStringLiteral("--last"),      QStringLiteral("Quill"),
            QStringLiteral("--trn"),       QStringLiteral("1234567"),
            QStringLiteral("--email"),     QStringLiteral("ada@example.com"),
            QStringLiteral("--subject"),   QStringLiteral("Mathematics"),
            QStringLiteral("--age-range"), QStringLiteral("11 to 16"),
            QStringLiteral("--key-stage"), QStringLiteral("Key stage 3")};
}

// `args` without the option `name` and its value.
QStringList without(QStringList args, const QString &name)
{
    const qsizetype at = args.indexOf(name);
    args.remove(at, 2);
    return args;
}

QStringList with(QStringList args, const QString &name, const QString &value)
{
    args[args.indexOf(name) + 1] = value;
    return args;
}

} // namespace

class TestMentorsCli : public QObject
{
    Q_OBJECT

private:
    QString m_path;
    std::unique_ptr<test::TestDatabase> m_db;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_db = std::make_unique<test::TestDatabase>();
        m_db->addUser(QStringLiteral("lead"), {Role::LeadMentor, Role::Mentor});
        m_db->addUser(QStringLiteral("m.one"), {Role::Mentor});
        m_path = m_db->path();
        m_db->close();
    }

    void addsAMentorAndShowsTheFirstPasswordOnce()
    {
        const Run r = runTool(QStringList{QStringLiteral("--database"), m_path, QStringLiteral("--user"),
                                          QStringLiteral("lead"), QStringLiteral("mentors"), QStringLiteral("add")} +
                              adaArgs());
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("Added Ada Quill as a mentor with the username a.quill.")));
        QVERIFY(r.out.contains(QStringLiteral("First password (shown only now")));
        QVERIFY(r.out.contains(QStringLiteral("in the outbox (message 1)")));

        const Run list = runTool({QStringLiteral("--database"), m_path, QStringLiteral("mentors"),
                                  QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(list.code, 0);
        const QJsonArray rows = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QCOMPARE(rows.size(), 3); // lead, m.one and the new mentor
        QJsonObject ada;
        for (const QJsonValue &v : rows)
            if (v.toObject().value(QStringLiteral("username")).toString() == QLatin1String("a.quill"))
                ada = v.toObject();
        QCOMPARE(ada.value(QStringLiteral("name")).toString(), QStringLiteral("Ada Quill"));
        QCOMPARE(ada.value(QStringLiteral("trn")).toString(), QStringLiteral("1234567"));
        QCOMPARE(ada.value(QStringLiteral("subject")).toString(), QStringLiteral("Mathematics"));
        QCOMPARE(ada.value(QStringLiteral("age_range")).toString(), QStringLiteral("11 to 16"));
        QCOMPARE(ada.value(QStringLiteral("key_stage")).toString(), QStringLiteral("Key stage 3"));
        QCOMPARE(ada.value(QStringLiteral("grade")).toString(), QStringLiteral("Learning mentor"));
        QCOMPARE(ada.value(QStringLiteral("caseload")).toString(), QStringLiteral("0"));
        QCOMPARE(ada.value(QStringLiteral("capacity")).toString(), QStringLiteral("8"));
        QCOMPARE(ada.value(QStringLiteral("status")).toString(), QStringLiteral("Not assigned to any students"));

        const Run table = runTool({QStringLiteral("--database"), m_path, QStringLiteral("mentors")});
        QCOMPARE(table.code, 0);
        QVERIFY(table.out.startsWith(QStringLiteral("Username")));
        QVERIFY(table.out.contains(QStringLiteral("a.quill")));
    }

    void eachMissingOptionGetsTheFlowsMessage_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("message");
        QTest::newRow("first") << QStringLiteral("--first") << QStringLiteral("Enter a first name");
        QTest::newRow("last") << QStringLiteral("--last") << QStringLiteral("Enter a last name");
        QTest::newRow("trn") << QStringLiteral("--trn") << QStringLiteral("Enter a teacher reference number (TRN)");
        QTest::newRow("email") << QStringLiteral("--email") << QStringLiteral("Enter an email address");
        QTest::newRow("subject") << QStringLiteral("--subject") << QStringLiteral("Select a subject");
        QTest::newRow("age range") << QStringLiteral("--age-range") << QStringLiteral("Select an age range");
        QTest::newRow("key stage") << QStringLiteral("--key-stage") << QStringLiteral("Select a key stage");
    }

    void eachMissingOptionGetsTheFlowsMessage()
    {
        QFETCH(QString, option);
        QFETCH(QString, message);
        const Run r = runTool(
            QStringList{QStringLiteral("--database"), m_path, QStringLiteral("mentors"), QStringLiteral("add")} +
            without(adaArgs(), option));
        QCOMPARE(r.code, 1);
        QCOMPARE(r.err, message + QLatin1Char('\n'));
        QVERIFY(r.out.isEmpty());
    }

    void wrongAnswersGetClearMessagesAndTheChoices()
    {
        Run r = runTool(
            QStringList{QStringLiteral("--database"), m_path, QStringLiteral("mentors"), QStringLiteral("add")} +
            with(with(adaArgs(), QStringLiteral("--email"), QStringLiteral("ada@")), QStringLiteral("--trn"),
                 QStringLiteral("12")));
        QCOMPARE(r.code, 1);
        QCOMPARE(r.err, QStringLiteral("Enter a teacher reference number (TRN) that is 7 digits, like 1234567\n"
                                       "Enter an email address in the correct format, like name@example.com\n"));
        r = runTool(
            QStringList{QStringLiteral("--database"), m_path, QStringLiteral("mentors"), QStringLiteral("add")} +
            with(adaArgs(), QStringLiteral("--subject"), QStringLiteral("Primary with science")));
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.startsWith(
            QStringLiteral("Select a subject from the list of secondary subjects\n  Subjects: Ancient Greek, ")));
        // Key stage 2 only with middle years, by label or code.
        r = runTool(
            QStringList{QStringLiteral("--database"), m_path, QStringLiteral("mentors"), QStringLiteral("add")} +
            with(adaArgs(), QStringLiteral("--key-stage"), QStringLiteral("ks2")));
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.startsWith(
            QStringLiteral("Key stage 2 is only offered with the age range '7 to 14 - middle years'")));
        r = runTool(
            QStringList{QStringLiteral("--database"), m_path, QStringLiteral("mentors"), QStringLiteral("add")} +
            with(with(adaArgs(), QStringLiteral("--key-stage"), QStringLiteral("Key stage 2")),
                 QStringLiteral("--age-range"), QStringLiteral("7 to 14 - middle years")));
        QCOMPARE(r.code, 0);
    }

    void aMentorMayNotAddMentors()
    {
        const Run r = runTool(QStringList{QStringLiteral("--database"), m_path, QStringLiteral("--user"),
                                          QStringLiteral("m.one"), QStringLiteral("mentors"), QStringLiteral("add")} +
                              adaArgs());
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.startsWith(QStringLiteral("You may not add, change or remove mentors")));
        const Run list = runTool({QStringLiteral("--database"), m_path, QStringLiteral("--user"),
                                  QStringLiteral("m.one"), QStringLiteral("mentors")});
        QCOMPARE(list.code, 1);
    }

    void aPrimarySchoolTakesPrimaryAnswers()
    {
        {
            auto db = Database::open(m_path);
            QVERIFY(db);
            QVERIFY(SchoolSettings(**db).setValueUnchecked(SchoolSettings::kPhase, QStringLiteral("primary")));
        }
        Run r = runTool(
            QStringList{QStringLiteral("--database"), m_path, QStringLiteral("mentors"), QStringLiteral("add")} +
            adaArgs());
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("Select a subject from the list of primary subject specialisms")));
        QVERIFY(r.err.contains(QStringLiteral("Select an age range from the list for a primary school")));
        r = runTool(
            QStringList{QStringLiteral("--database"), m_path, QStringLiteral("mentors"), QStringLiteral("add")} +
            with(with(with(adaArgs(), QStringLiteral("--subject"), QStringLiteral("primary_mathematics")),
                      QStringLiteral("--age-range"), QStringLiteral("5 to 11")),
                 QStringLiteral("--key-stage"), QStringLiteral("Key stage 1")));
        QCOMPARE(r.code, 0);
    }

    void helpListsEveryOption()
    {
        const Run r = runTool({QStringLiteral("mentors"), QStringLiteral("add"), QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        for (const QString &option :
             {QStringLiteral("--first"), QStringLiteral("--last"), QStringLiteral("--trn"), QStringLiteral("--email"),
              QStringLiteral("--subject"), QStringLiteral("--age-range"), QStringLiteral("--key-stage")})
            QVERIFY2(r.out.contains(option), qPrintable(option));
        QCOMPARE(runTool({QStringLiteral("mentors"), QStringLiteral("--format"), QStringLiteral("xml"),
                          QStringLiteral("--database"), m_path})
                     .code,
                 1);
    }
};

QTEST_GUILESS_MAIN(TestMentorsCli)
#include "tst_mentorscli.moc"
