// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"

#include "demo/DemoSchool.h"
#include "privacy/SubjectAccess.h"
#include "storage/Query.h"
#include "storage/SealedFile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlRecord>
#include <QtTest>

using namespace md;

class TestSubjectAccess : public QObject
{
    Q_OBJECT

private:
    // The demo student with the most kinds of record, so the export is checked against a student
    // every capability has touched.
    static qint64 busiestStudent(Database &db)
    {
        Query q(db, QStringLiteral(
                        "SELECT s.id FROM students s ORDER BY "
                        "(CASE WHEN EXISTS (SELECT 1 FROM referrals r WHERE r.student_id = s.id) THEN 1 ELSE 0 END) + "
                        "(CASE WHEN EXISTS (SELECT 1 FROM hub_decisions d JOIN referrals r ON r.id = d.referral_id WHERE r.student_id = s.id) THEN 1 ELSE 0 END) + "
                        "(CASE WHEN EXISTS (SELECT 1 FROM interventions i WHERE i.student_id = s.id) THEN 1 ELSE 0 END) + "
                        "(CASE WHEN EXISTS (SELECT 1 FROM mentoring_sessions m WHERE m.student_id = s.id) THEN 1 ELSE 0 END) + "
                        "(CASE WHEN EXISTS (SELECT 1 FROM mentoring_entries e WHERE e.student_id = s.id AND e.kind = 'contact') THEN 1 ELSE 0 END) + "
                        "(CASE WHEN EXISTS (SELECT 1 FROM mentoring_entries e WHERE e.student_id = s.id AND e.kind <> 'contact') THEN 1 ELSE 0 END) + "
                        "(CASE WHEN EXISTS (SELECT 1 FROM smart_targets t WHERE t.student_id = s.id) THEN 1 ELSE 0 END) + "
                        "(CASE WHEN EXISTS (SELECT 1 FROM letters l WHERE l.student_id = s.id) THEN 1 ELSE 0 END) DESC, s.id LIMIT 1"));
        return q.scalar()->toLongLong();
    }

private Q_SLOTS:
    void everyTableWithPupilDataIsInASection()
    {
        test::TestDatabase t;
        QString allSql;
        for (const SubjectAccessSection &s : SubjectAccess::sections())
            allSql += s.sql + QLatin1Char('\n');
        const QStringList tables = t.db().connection().tables();
        QStringList missing;
        for (const QString &table : tables) {
            const QSqlRecord columns = t.db().connection().record(table);
            if (columns.indexOf(QStringLiteral("student_id")) < 0)
                continue;
            const QRegularExpression named(QStringLiteral("\\b%1\\b").arg(table));
            if (!named.match(allSql).hasMatch())
                missing << table;
        }
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("pupil data missing from the export: ") + missing.join(QLatin1Char(','))));
    }

    void exportHoldsEverythingAboutOneStudentAndIsAudited()
    {
        test::TestDatabase t;
        DemoOptions options;
        options.students = 240;
        QVERIFY(DemoSchool::generate(t.db(), options).ok());
        const qint64 id = busiestStudent(t.db());
        const Session head = t.addUser(QStringLiteral("sar.head"), {Role::Headteacher});
        auto exported = SubjectAccess::exportStudent(t.db(), head, id);
        QVERIFY2(exported, exported ? "" : qPrintable(exported.error().message));
        QCOMPARE(exported->value(QStringLiteral("record")).toObject().value(QStringLiteral("id")).toInteger(), id);
        for (const char *key : {"parents", "referrals", "hub_decisions", "interventions", "log_entries", "sessions",
                                "targets", "contacts", "letters", "audit"}) {
            QVERIFY2(exported->value(QLatin1String(key)).isArray(), key);
            QVERIFY2(!exported->value(QLatin1String(key)).toArray().isEmpty(), key);
        }
        // Kinds whose capability has not stored anything for this student are present and empty.
        for (const SubjectAccessSection &s : SubjectAccess::sections())
            QVERIFY2(exported->contains(s.key), qPrintable(s.key));
        // Every row belongs to the student.
        for (const char *key : {"parents", "referrals", "interventions", "sessions", "targets", "letters"})
            for (const QJsonValue &row : exported->value(QLatin1String(key)).toArray())
                QCOMPARE(row.toObject().value(QStringLiteral("student_id")).toInteger(), id);
        // The export is audited, naming the student's id and not their data.
        Query audit(t.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'export' AND entity = 'student' "
                                           "AND entity_id = ? AND username = 'sar.head'"));
        audit.bind(id);
        QCOMPARE(audit.scalar()->toInt(), 1);
    }

    void writesJsonAndPdfOwnerOnlyAndSealedWhenAsked()
    {
        test::TestDatabase t;
        const qint64 id = t.addStudent(1, QStringLiteral("Ada"), QStringLiteral("Quill"));
        const Session admin = t.addUser(QStringLiteral("sar.admin"), {Role::Administrator});
        auto exported = SubjectAccess::exportStudent(t.db(), admin, id);
        QVERIFY(exported);
        const QString json = QDir(t.dir()).filePath(QStringLiteral("sar.json"));
        const QString pdf = QDir(t.dir()).filePath(QStringLiteral("sar.pdf"));
        QVERIFY(SubjectAccess::writeFiles(t.db(), *exported, json, pdf));
        const QJsonDocument back = QJsonDocument::fromJson(test::fileBytes(json));
        QCOMPARE(back.object().value(QStringLiteral("record")).toObject().value(QStringLiteral("legal_surname")).toString(),
                 QStringLiteral("Quill"));
        QVERIFY(test::fileBytes(pdf).startsWith("%PDF"));
        for (const QString &f : {json, pdf})
            QCOMPARE(QFileInfo(f).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFileDevice::Permissions());
        QVERIFY(SubjectAccess::toHtml(*exported).contains(QStringLiteral("Quill")));

        const QString sealed = QDir(t.dir()).filePath(QStringLiteral("sar-sealed.json"));
        QVERIFY(SubjectAccess::writeFiles(t.db(), *exported, sealed, {}, QStringLiteral("a long passphrase")));
        QVERIFY(SealedFile::isSealed(sealed));
        QVERIFY(!test::fileBytes(sealed).contains("Quill"));
        QVERIFY(!QFile::exists(sealed + QStringLiteral(".part")));
        const QString opened = QDir(t.dir()).filePath(QStringLiteral("opened.json"));
        QVERIFY(SealedFile::open(sealed, opened, QStringLiteral("a long passphrase")));
        QCOMPARE(QJsonDocument::fromJson(test::fileBytes(opened)).object().value(QStringLiteral("record")),
                 back.object().value(QStringLiteral("record")));
    }

    void refusedOutsideTheRoleOrScope()
    {
        test::TestDatabase t;
        const qint64 id = t.addStudent(1, QStringLiteral("Ada"), QStringLiteral("Quill"));
        const Session teacher = t.addUser(QStringLiteral("sar.teacher"), {Role::Teacher});
        const Session mentor = t.addUser(QStringLiteral("sar.mentor"), {Role::Mentor});
        for (const Session &s : {teacher, mentor}) {
            auto refused = SubjectAccess::exportStudent(t.db(), s, id);
            QVERIFY(!refused);
            QCOMPARE(refused.error().kind, Error::Kind::Forbidden);
            QVERIFY(!refused.error().message.contains(QStringLiteral("Quill")));
        }
        Query audit(t.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'export'"));
        QCOMPARE(audit.scalar()->toInt(), 0);
    }
};

QTEST_MAIN(TestSubjectAccess)
#include "tst_subjectaccess.moc"
