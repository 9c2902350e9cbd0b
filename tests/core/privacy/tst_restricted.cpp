// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"

#include "mentoring/LogEntryStore.h"
#include "mentoring/TimelineModel.h"
#include "privacy/Restricted.h"
#include "privacy/SubjectAccess.h"
#include "referrals/ReferralStore.h"
#include "storage/Query.h"

#include <QJsonArray>
#include <QtTest>

using namespace md;

namespace {
const QString kSecret = QStringLiteral("disclosure made to the mentor on the stairs");
}

class TestRestricted : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void restrictedLogEntryIsReadOnlyByAuthorLeadAndHead()
    {
        test::TestDatabase t;
        const qint64 student = t.addStudent(1, QStringLiteral("Ada"), QStringLiteral("Quill"));
        const Session author = t.addUser(QStringLiteral("m.author"), {Role::Mentor});
        const Session colleague = t.addUser(QStringLiteral("m.colleague"), {Role::Mentor});
        const Session lead = t.addUser(QStringLiteral("l.lead"), {Role::LeadMentor});
        const Session head = t.addUser(QStringLiteral("h.head"), {Role::Headteacher});
        t.assignMentor(author.userId(), student);

        LogEntryStore store(t.db());
        LogEntry e;
        e.studentId = student;
        e.kind = EntryKind::Note;
        e.occurredOn = QDate::currentDate();
        e.body = kSecret;
        e.restricted = true;
        auto id = store.add(author, e);
        QVERIFY2(id, id ? "" : qPrintable(id.error().message));

        for (const Session &reader : {author, lead, head}) {
            auto got = store.get(reader, *id);
            QVERIFY(got);
            QVERIFY(!got->hidden);
            QCOMPARE(got->body, kSecret);
        }
        // The student moves to another mentor, who reads the log but not the restricted entry.
        t.assignMentor(colleague.userId(), student);
        auto hidden = store.get(colleague, *id);
        QVERIFY(hidden);
        QVERIFY(hidden->hidden);
        QVERIFY(hidden->body.isEmpty());
        auto listed = store.forStudent(colleague, student);
        QVERIFY(listed);
        QCOMPARE(listed->size(), 1);
        QVERIFY(listed->first().body.isEmpty());

        // The colleague can neither change nor delete it; the author can.
        LogEntry edit = *hidden;
        edit.body = QStringLiteral("overwritten");
        const Status refused = store.update(colleague, edit);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::Forbidden);
        QVERIFY(!store.remove(colleague, *id));
        QCOMPARE(store.get(lead, *id)->body, kSecret);

        // The timeline shows that there is one, and nothing of it.
        TimelineModel timeline;
        QVERIFY(timeline.load(t.db(), colleague, student));
        QCOMPARE(timeline.rowCount(), 1);
        QCOMPARE(timeline.data(timeline.index(0, TimelineModel::SummaryColumn)).toString(), Restricted::label());
        QVERIFY(timeline.load(t.db(), lead, student));
        QVERIFY(timeline.data(timeline.index(0, TimelineModel::SummaryColumn)).toString().contains(QStringLiteral("disclosure")));

        // The audit log, which administrators read, never holds the content.
        Query audit(t.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE new_value LIKE '%disclosure%' "
                                           "OR old_value LIKE '%disclosure%'"));
        QCOMPARE(audit.scalar()->toInt(), 0);

        // The subject access export includes it, marked.
        auto sar = SubjectAccess::exportStudent(t.db(), head, student);
        QVERIFY(sar);
        const QJsonObject row = sar->value(QStringLiteral("log_entries")).toArray().first().toObject();
        QCOMPARE(row.value(QStringLiteral("restricted")).toBool(), true);
        QCOMPARE(row.value(QStringLiteral("body")).toString(), kSecret);
        QVERIFY(SubjectAccess::toHtml(*sar).contains(QStringLiteral("RESTRICTED")));
    }

    void restrictedReferralIsBlankForOtherReaders()
    {
        test::TestDatabase t;
        const qint64 student = t.addStudent(1, QStringLiteral("Ada"), QStringLiteral("Quill"));
        const Session teacher = t.addUser(QStringLiteral("t.teacher"), {Role::Teacher});
        const Session mentor = t.addUser(QStringLiteral("m.mentor"), {Role::Mentor});
        const Session lead = t.addUser(QStringLiteral("l.lead"), {Role::LeadMentor});
        const Session admin = t.addUser(QStringLiteral("a.admin"), {Role::Administrator});
        t.enrol(teacher.userId(), student);
        t.assignMentor(mentor.userId(), student);
        ReferralStore store(t.db());
        NewReferral n;
        n.studentId = student;
        n.concern = Concern::SocialEmotional;
        n.description = kSecret;
        n.tried = QStringLiteral("talked at break");
        n.restricted = true;
        auto id = store.create(teacher, n);
        QVERIFY2(id, id ? "" : qPrintable(id.error().message));
        QCOMPARE(store.get(teacher, *id)->description, kSecret);
        QCOMPARE(store.get(lead, *id)->description, kSecret);
        for (const Session &other : {mentor, admin}) {
            auto r = store.get(other, *id);
            QVERIFY(r);
            QVERIFY(r->hidden);
            QVERIFY(r->description.isEmpty());
            QVERIFY(r->tried.isEmpty());
            auto all = store.list(other, {});
            QVERIFY(all);
            QCOMPARE(all->size(), 1);
            QVERIFY(all->first().hidden);
            QVERIFY(all->first().description.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestRestricted)
#include "tst_restricted.moc"
