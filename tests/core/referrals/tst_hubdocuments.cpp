// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReferralFixture.h"

#include "interventions/InterventionStore.h"
#include "referrals/HubDocuments.h"

#include <QTextDocument>

using namespace md;
using md::test::ReferralFixture;

class TestHubDocuments : public QObject
{
    Q_OBJECT

private:
    struct Meeting
    {
        qint64 id = 0;
        qint64 plannedDecision = 0;
        qint64 planned = 0;
        qint64 watched = 0;
        qint64 undecided = 0;
    };

    // A meeting with one planned intervention, one referral monitored and one left undecided.
    static Meeting meeting(ReferralFixture &f)
    {
        Meeting m;
        m.planned = f.refer(f.teacher, f.ada);
        m.watched = f.refer(f.teacher, f.bo);
        m.undecided = f.refer(f.teacher, f.cy);
        m.id = f.toHub(m.planned);
        f.toHub(m.watched);
        f.toHub(m.undecided);
        QList<HubAttendee> attendees{{QStringLiteral("Pat Example"), QStringLiteral("AP Inclusion")},
                                     {QString(), QStringLiteral("Director of Learning")}};
        if (!HubStore(f.db()).updateMeeting(f.lead, m.id, attendees, QStringLiteral("Quorate."),
                                            HubStore(f.db()).meetingUnchecked(m.id)->rowVersion))
            qWarning("updateMeeting failed");
        HubDecisionInput in;
        in.referralId = m.planned;
        in.meetingId = m.id;
        in.kind = HubDecisionKind::PlannedIntervention;
        in.provisionTypeId = f.typeId("anger_management");
        in.criteriaIds = f.firstCriterion("anger_management");
        in.keyworkerId = f.mentor.userId();
        in.externalSupport = QStringLiteral("School nurse");
        in.objectives = {QStringLiteral("Use the calm-down plan")};
        auto done = HubStore(f.db()).decide(f.lead, in);
        m.plannedDecision = done ? done->decisionId : 0;
        in = {};
        in.referralId = m.watched;
        in.meetingId = m.id;
        in.kind = HubDecisionKind::MonitorAndReview;
        if (!HubStore(f.db()).decide(f.lead, in))
            qWarning("monitor failed");
        return m;
    }

    static QString plain(const QString &html)
    {
        QTextDocument doc;
        doc.setHtml(html);
        return doc.toPlainText();
    }

private Q_SLOTS:
    void minutesListAttendeesDecisionsAndWhatWasCarriedOver()
    {
        ReferralFixture f;
        const Meeting m = meeting(f);
        auto html = HubDocuments(f.db()).minutesHtml(f.lead, m.id);
        QVERIFY2(html, qPrintable(html.error().message));
        const QString text = plain(*html);
        QVERIFY(text.contains(QStringLiteral("Minutes of the assessment hub")));
        QVERIFY(text.contains(QStringLiteral("Pat Example, AP Inclusion")));
        QVERIFY(text.contains(QStringLiteral("Quorate.")));
        QVERIFY(text.contains(QStringLiteral("Ada Quill")));
        QVERIFY(text.contains(
            QStringLiteral("Planned intervention: Anger management programme (stage 2), keyworker m.one")));
        QVERIFY(text.contains(QStringLiteral("External support: School nurse")));
        QVERIFY(text.contains(QStringLiteral("Monitor and review: Director of learning")));
        QVERIFY(text.contains(QStringLiteral("Not decided: carried to the next meeting")));
        QVERIFY(!HubDocuments(f.db()).minutesHtml(f.mentor, m.id));
    }

    void minutesListTheReviewsDoneAtTheMeeting()
    {
        ReferralFixture f;
        const Meeting m = meeting(f);
        QVERIFY(HubStore(f.db()).markHeld(f.lead, m.id, f.today.addDays(7)));
        auto plannedIntervention = InterventionStore(f.db()).list(f.lead, {});
        const qint64 interventionId = plannedIntervention->first().id;
        QVERIFY(InterventionStore(f.db()).start(f.lead, interventionId, f.today.addDays(8)));
        auto later = HubStore(f.db()).scheduleMeeting(f.lead, f.today.addDays(60), {});
        QVERIFY(later);
        ReviewInput r;
        r.interventionId = interventionId;
        r.meetingId = *later;
        r.reviewedOn = f.today.addDays(60);
        r.progress = QStringLiteral("Fewer incidents.");
        r.impact = QStringLiteral("Two behaviour points this half term, down from nine.");
        r.result = ReviewResult::Continue;
        r.nextReviewOn = f.today.addDays(120);
        QVERIFY(InterventionStore(f.db()).review(f.lead, r));
        const QString text = plain(*HubDocuments(f.db()).minutesHtml(f.lead, *later));
        QVERIFY(text.contains(QStringLiteral("Interventions reviewed")));
        QVERIFY(text.contains(QStringLiteral("Two behaviour points this half term, down from nine.")));
        QVERIFY(text.contains(QStringLiteral("Continue")));
        // The monitored and undecided referrals came onto this meeting's agenda.
        QVERIFY(text.contains(QStringLiteral("Bo Reed")));
        QVERIFY(text.contains(QStringLiteral("Cy Stone")));
    }

    void actionPlanIsWrittenForEachRecipient()
    {
        ReferralFixture f;
        const Meeting m = meeting(f);
        auto ids = HubDocuments(f.db()).plannedDecisions(f.lead, m.id);
        QCOMPARE(*ids, QList<qint64>{m.plannedDecision});
        HubDocuments docs(f.db());
        const QString parents = plain(*docs.actionPlanHtml(f.lead, m.plannedDecision, PlanRecipient::Parents));
        QVERIFY(parents.contains(QStringLiteral("Dear Ms Quill,")));
        QVERIFY(parents.contains(QStringLiteral("m.one, the keyworker, will contact you")));
        QVERIFY(parents.contains(QStringLiteral("Use the calm-down plan")));
        QVERIFY(!parents.contains(QStringLiteral("Repeated outbursts"))); // the referral's wording stays internal
        const QString tutor = plain(*docs.actionPlanHtml(f.lead, m.plannedDecision, PlanRecipient::Tutor));
        QVERIFY(tutor.contains(QStringLiteral("To the form tutor of 8A")));
        QVERIFY(tutor.contains(QStringLiteral("External support\tSchool nurse")) ||
                tutor.contains(QStringLiteral("School nurse")));
        const QString referrer = plain(*docs.actionPlanHtml(f.lead, m.plannedDecision, PlanRecipient::Referrer));
        QVERIFY(referrer.contains(QStringLiteral("Your referral of Ada Quill")));
        QVERIFY(referrer.contains(QStringLiteral("To t.one.")));
        auto monitored = HubStore::selectDecisions(f.db(), QStringLiteral("hd.referral_id = ?"), {m.watched});
        auto none = docs.actionPlanHtml(f.lead, monitored->first().id, PlanRecipient::Tutor);
        QVERIFY(!none);
        QVERIFY(none.error().message.contains(QStringLiteral("Only a planned intervention")));
    }

    void bulletinListsNewActionsWithoutSensitiveDetail()
    {
        ReferralFixture f;
        Query sen(f.db(), QStringLiteral("UPDATE students SET sen_status = 'E', ehc_plan = 1 WHERE id = ?"));
        sen.bind(f.ada);
        QVERIFY(sen.exec());
        const Meeting m = meeting(f);
        auto text = HubDocuments(f.db()).bulletinText(f.lead, m.id);
        QVERIFY(text);
        QVERIFY(text->contains(QStringLiteral("Ada Quill (8A): keyworker m.one")));
        QVERIFY(text->contains(QStringLiteral("Bo Reed (9C): being monitored")));
        QVERIFY(!text->contains(QStringLiteral("Cy Stone")));
        for (const char *sensitive : {"Anger", "anger", "Behaviour", "outbursts", "EHC", "SEN", "Seating"})
            QVERIFY2(!text->contains(QLatin1String(sensitive)), sensitive);
    }

    void pdfIsWrittenWhole()
    {
        ReferralFixture f;
        const Meeting m = meeting(f);
        const QString path = f.t.dir() + QStringLiteral("/minutes.pdf");
        QVERIFY(
            HubDocuments::writePdf(*HubDocuments(f.db()).minutesHtml(f.lead, m.id), path, QStringLiteral("Minutes")));
        const QByteArray bytes = test::fileBytes(path);
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.size() > 1000);
        auto bad = HubDocuments::writePdf(QStringLiteral("<p>x</p>"), f.t.dir() + QStringLiteral("/no/such/dir/x.pdf"),
                                          QStringLiteral("x"));
        QVERIFY(!bad);
        QCOMPARE(bad.error().kind, Error::Kind::Io);
    }

    void registerPrintsEveryRowWithOutcome()
    {
        ReferralFixture f;
        meeting(f);
        auto rows = InterventionStore(f.db()).list(f.lead, {});
        const QString text =
            plain(HubDocuments::registerHtml(*rows, QStringLiteral("Test School"), f.today, QStringLiteral("Stage 2")));
        QVERIFY(text.contains(QStringLiteral("Mentoring register")));
        QVERIFY(text.contains(QStringLiteral("Ada Quill")));
        QVERIFY(text.contains(QStringLiteral("Anger management programme")));
        QVERIFY(text.contains(QStringLiteral("1. Use the calm-down plan")));
    }
};

QTEST_MAIN(TestHubDocuments)
#include "tst_hubdocuments.moc"
