// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mentors/MentorQualityStore.h"

#include "access/Session.h"
#include "access/StudentScope.h"
#include "mentors/MentorCatalogue.h"
#include "mentors/MentorDetails.h"
#include "mentors/MentorsLogging.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/RecordConflict.h"
#include "storage/Transaction.h"

#include <QLocale>
#include <QSet>

namespace md {

namespace {
// The first problem as the message, the rest as details.
Error firstOf(QStringList problems)
{
    const QString first = problems.takeFirst();
    return Error::invalid(first, problems);
}

bool isCode(const QList<MentorOption> &options, const QString &code)
{
    return !code.isEmpty() && MentorCatalogue::findCode(options, code) == code;
}
} // namespace

Status MentorQualityStore::requireFor(const Session &session, Action action, qint64 mentorId) const
{
    const Scopes scopes = Permissions::scopes(session, action);
    if (scopes.testFlag(ScopeKind::Organisation))
        return {};
    if (scopes.testFlag(ScopeKind::AssignedLearners)) {
        if (session.userId() == mentorId && mentorId != 0)
            return {};
        return Error::forbidden(tr("You may only %1 for yourself: the lead mentor sees the whole team.")
                                    .arg(Permissions::describe(action)));
    }
    return Permissions::require(session, action);
}

Status MentorQualityStore::requireMentor(qint64 mentorId) const
{
    Query q(m_db, QStringLiteral("SELECT (SELECT COUNT(*) FROM mentor_profiles WHERE user_id = ?) + "
                                 "(SELECT COUNT(*) FROM user_roles WHERE user_id = ? AND role = 'mentor')"));
    q.bind(mentorId).bind(mentorId);
    auto n = q.scalar();
    if (!n)
        return n.error();
    if (n->toInt() == 0)
        return Error::notFound(tr("There is no mentor with id %1.").arg(mentorId));
    return {};
}

Result<qint64> MentorQualityStore::addDevelopment(const Session &session, const DevelopmentRecord &r,
                                                  const QDate &today)
{
    if (!isCode(MentorCatalogue::developmentKinds(), r.kind))
        return Error::invalid(tr("Select whether this is a supervision meeting or CPD"));
    if (Status s = requireFor(session, r.kind == QLatin1String("cpd") ? Action::RecordCpd : Action::RecordMentorQuality,
                              r.mentorId);
        !s)
        return s.error();
    QStringList problems;
    if (!r.heldOn.isValid())
        problems << tr("Enter the date");
    else if (r.heldOn > today)
        problems << tr("The date must be today or in the past");
    const QString topic = r.topic.simplified();
    if (topic.isEmpty())
        problems << tr("Enter a topic");
    else if (topic.size() > MentorQualityStore::kMaxChecklistItem)
        problems << tr("Keep the topic to %1 characters or fewer").arg(kMaxChecklistItem);
    if (!(r.hours > 0 && r.hours <= 100))
        problems << tr("Enter the hours, more than 0 and no more than 100");
    if (r.notes.size() > MentorRules::kMaxTextLength)
        problems << tr("Keep the notes to %1 characters or fewer").arg(MentorRules::kMaxTextLength);
    if (!problems.isEmpty())
        return firstOf(problems);
    if (Status s = requireMentor(r.mentorId); !s)
        return s.error();

    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Query q(m_db, QStringLiteral("INSERT INTO mentor_development (mentor_id, kind, held_on, topic, hours, notes, "
                                 "recorded_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.bind(r.mentorId)
        .bind(r.kind)
        .bind(r.heldOn)
        .bind(topic)
        .bind(r.hours)
        .bindNullable(r.notes.trimmed())
        .bind(session.username())
        .bind(isoNow());
    auto id = q.scalar();
    if (!id)
        return id.error();
    AuditLog audit(m_db, session.actor());
    if (Status s = audit.created(QStringLiteral("mentor_development"), id->toLongLong(),
                                 QStringLiteral("%1 for mentor %2").arg(r.kind).arg(r.mentorId));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id->toLongLong();
}

Result<QList<DevelopmentRecord>> MentorQualityStore::development(const Session &session, qint64 mentorId) const
{
    if (Status s = requireFor(session, Action::ViewMentorQuality, mentorId); !s)
        return s.error();
    Query q(m_db, QStringLiteral("SELECT id, mentor_id, kind, held_on, topic, hours, notes, recorded_by "
                                 "FROM mentor_development WHERE mentor_id = ? ORDER BY held_on DESC, id DESC"));
    q.bind(mentorId);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<DevelopmentRecord> out;
    while (q.next())
        out.append(
            {q.id(0), q.id(1), q.string(2), q.date(3), q.string(4), q.value(5).toDouble(), q.string(6), q.string(7)});
    return out;
}

Result<QStringList> MentorQualityStore::checklist() const
{
    Query q(m_db, QStringLiteral("SELECT item FROM observation_checklist ORDER BY position, id"));
    if (Status s = q.exec(); !s)
        return s.error();
    QStringList items;
    while (q.next())
        items.append(q.string(0));
    return items;
}

Status MentorQualityStore::setChecklist(const Session &session, const QStringList &raw)
{
    if (Status s = Permissions::require(session, Action::EditObservationChecklist); !s)
        return s;
    QStringList items;
    QSet<QString> seen;
    QStringList problems;
    for (int i = 0; i < raw.size(); ++i) {
        const QString item = raw.at(i).simplified();
        if (item.isEmpty())
            continue;
        if (item.size() > kMaxChecklistItem)
            problems << tr("Item %1 is longer than %2 characters: shorten it").arg(i + 1).arg(kMaxChecklistItem);
        else if (seen.contains(item.toLower()))
            problems << tr("Item %1 repeats an earlier item: remove one of them").arg(i + 1);
        seen.insert(item.toLower());
        items.append(item);
    }
    if (items.isEmpty())
        problems.prepend(tr("Enter at least one item for the observation checklist"));
    if (!problems.isEmpty())
        return firstOf(problems);
    auto old = checklist();
    if (!old)
        return old.error();
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Query clear(m_db);
    if (Status s = clear.exec(QStringLiteral("DELETE FROM observation_checklist")); !s)
        return s;
    Query add(m_db, QStringLiteral("INSERT INTO observation_checklist (position, item) VALUES (?, ?)"));
    for (int i = 0; i < items.size(); ++i) {
        add.bind(i + 1).bind(items.at(i));
        if (Status s = add.exec(); !s)
            return s;
    }
    AuditLog audit(m_db, session.actor());
    if (Status s = audit.changed(QStringLiteral("observation_checklist"), 0, QStringLiteral("items"),
                                 old->join(QLatin1Char('\n')), items.join(QLatin1Char('\n')));
        !s)
        return s;
    return tx.commit();
}

Result<qint64> MentorQualityStore::addObservation(const Session &session, const Observation &o, const QDate &today)
{
    if (Status s = requireFor(session, Action::RecordMentorQuality, o.mentorId); !s)
        return s.error();
    QStringList problems;
    if (!o.observedOn.isValid())
        problems << tr("Enter the date of the observation");
    else if (o.observedOn > today)
        problems << tr("The date of the observation must be today or in the past");
    if (!isCode(MentorCatalogue::observationSettings(), o.setting))
        problems << tr("Select what was observed");
    if (o.items.isEmpty())
        problems << tr("The observation has no checklist items: ask the lead mentor to set up the checklist");
    for (int i = 0; i < o.items.size(); ++i)
        if (!isCode(MentorCatalogue::judgements(), o.items.at(i).judgement)) {
            problems << tr("Select a judgement for every item on the checklist (item %1 has none)").arg(i + 1);
            break;
        }
    if (o.strengths.size() > MentorRules::kMaxTextLength || o.development.size() > MentorRules::kMaxTextLength)
        problems << tr("Keep each comment to %1 characters or fewer").arg(MentorRules::kMaxTextLength);
    if (!problems.isEmpty())
        return firstOf(problems);
    if (Status s = requireMentor(o.mentorId); !s)
        return s.error();

    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Query q(m_db, QStringLiteral("INSERT INTO mentor_observations (mentor_id, observed_on, setting, observer, "
                                 "strengths, development, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.bind(o.mentorId)
        .bind(o.observedOn)
        .bind(o.setting)
        .bind(session.username())
        .bindNullable(o.strengths.trimmed())
        .bindNullable(o.development.trimmed())
        .bind(isoNow());
    auto id = q.scalar();
    if (!id)
        return id.error();
    Query item(m_db, QStringLiteral("INSERT INTO mentor_observation_items (observation_id, position, item, judgement) "
                                    "VALUES (?, ?, ?, ?)"));
    for (int i = 0; i < o.items.size(); ++i) {
        item.bind(id->toLongLong()).bind(i + 1).bind(o.items.at(i).item).bind(o.items.at(i).judgement);
        if (Status s = item.exec(); !s)
            return s.error();
    }
    AuditLog audit(m_db, session.actor());
    if (Status s = audit.created(QStringLiteral("mentor_observation"), id->toLongLong(),
                                 QStringLiteral("mentor %1, %2 items").arg(o.mentorId).arg(o.items.size()));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id->toLongLong();
}

Result<QList<Observation>> MentorQualityStore::observations(const Session &session, qint64 mentorId) const
{
    if (Status s = requireFor(session, Action::ViewMentorQuality, mentorId); !s)
        return s.error();
    Query q(m_db, QStringLiteral("SELECT id, mentor_id, observed_on, setting, observer, strengths, development "
                                 "FROM mentor_observations WHERE mentor_id = ? ORDER BY observed_on DESC, id DESC"));
    q.bind(mentorId);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<Observation> out;
    QHash<qint64, qsizetype> index;
    while (q.next()) {
        out.append({q.id(0), q.id(1), q.date(2), q.string(3), q.string(4), q.string(5), q.string(6), {}});
        index.insert(out.last().id, out.size() - 1);
    }
    Query items(m_db, QStringLiteral("SELECT i.observation_id, i.item, i.judgement FROM mentor_observation_items i "
                                     "JOIN mentor_observations o ON o.id = i.observation_id WHERE o.mentor_id = ? "
                                     "ORDER BY i.observation_id, i.position"));
    items.bind(mentorId);
    if (Status s = items.exec(); !s)
        return s.error();
    while (items.next())
        if (const auto at = index.constFind(items.id(0)); at != index.cend())
            out[*at].items.append({items.string(1), items.string(2)});
    return out;
}

Result<qint64> MentorQualityStore::addFeedback(const Session &session, const LearnerFeedback &f, const QDate &today)
{
    // A mentor records feedback about their own mentoring only (the lead mentor's for anyone).
    if (Status s = requireFor(session, Action::RecordLearnerFeedback, f.mentorId); !s)
        return s.error();
    if (Status s = StudentScope::check(m_db, session, Action::RecordLearnerFeedback, f.studentId); !s)
        return s.error();
    if (Status s = requireMentor(f.mentorId); !s)
        return s.error();
    QStringList problems;
    if (!f.collectedOn.isValid())
        problems << tr("Enter the date the feedback was collected");
    else if (f.collectedOn > today)
        problems << tr("The date the feedback was collected must be today or in the past");
    const QList<MentorOption> questions = MentorCatalogue::feedbackQuestions();
    for (int i = 0; i < MentorCatalogue::kFeedbackQuestions; ++i)
        if (f.ratings.at(std::size_t(i)) < 1 || f.ratings.at(std::size_t(i)) > 5)
            problems << tr("Answer \u201c%1\u201d from 1 to 5").arg(questions.at(i).label);
    if (f.comment.size() > MentorRules::kMaxTextLength)
        problems << tr("Keep the comment to %1 characters or fewer").arg(MentorRules::kMaxTextLength);
    if (!problems.isEmpty())
        return firstOf(problems);
    Query mentored(m_db,
                   QStringLiteral("SELECT COUNT(*) FROM mentoring_groups WHERE mentor_id = ? AND student_id = ?"));
    mentored.bind(f.mentorId).bind(f.studentId);
    auto n = mentored.scalar();
    if (!n)
        return n.error();
    if (n->toInt() == 0)
        return Error::invalid(tr("This student has never been in this mentor's group, so they cannot give feedback "
                                 "about them."));

    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Query q(m_db, QStringLiteral("INSERT INTO learner_feedback (mentor_id, student_id, collected_on, listens, "
                                 "helps_targets, feels_safe, helps_lessons, would_recommend, comment, recorded_by, "
                                 "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.bind(f.mentorId).bind(f.studentId).bind(f.collectedOn);
    for (int rating : f.ratings)
        q.bind(rating);
    q.bindNullable(f.comment.trimmed()).bind(session.username()).bind(isoNow());
    auto id = q.scalar();
    if (!id)
        return id.error();
    // Feedback is pupil data: audited against the student.
    AuditLog audit(m_db, session.actor());
    if (Status s = audit.created(QStringLiteral("learner_feedback"), id->toLongLong(),
                                 QStringLiteral("student %1, mentor %2").arg(f.studentId).arg(f.mentorId));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id->toLongLong();
}

Result<QList<LearnerFeedback>> MentorQualityStore::feedback(const Session &session, qint64 mentorId) const
{
    if (Status s = requireFor(session, Action::ViewMentorQuality, mentorId); !s)
        return s.error();
    Query q(m_db, QStringLiteral("SELECT f.id, f.mentor_id, f.student_id, "
                                 "COALESCE(s.preferred_forename, s.legal_forename) || ' ' || "
                                 "COALESCE(s.preferred_surname, s.legal_surname), f.collected_on, f.listens, "
                                 "f.helps_targets, f.feels_safe, f.helps_lessons, f.would_recommend, f.comment, "
                                 "f.recorded_by FROM learner_feedback f JOIN students s ON s.id = f.student_id "
                                 "WHERE f.mentor_id = ? ORDER BY f.collected_on DESC, f.id DESC"));
    q.bind(mentorId);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<LearnerFeedback> out;
    while (q.next()) {
        LearnerFeedback f;
        f.id = q.id(0);
        f.mentorId = q.id(1);
        f.studentId = q.id(2);
        f.studentName = q.string(3);
        f.collectedOn = q.date(4);
        for (int i = 0; i < 5; ++i)
            f.ratings[std::size_t(i)] = q.integer(5 + i);
        f.comment = q.string(10);
        f.recordedBy = q.string(11);
        out.append(f);
    }
    return out;
}

Result<QList<std::pair<qint64, QString>>> MentorQualityStore::feedbackStudents(const Session &session,
                                                                               qint64 mentorId) const
{
    if (Status s = requireFor(session, Action::RecordLearnerFeedback, mentorId); !s)
        return s.error();
    const StudentScope scope = StudentScope::of(session, Action::RecordLearnerFeedback);
    Query q(m_db, QStringLiteral("SELECT s.id, COALESCE(s.preferred_forename, s.legal_forename) || ' ' || "
                                 "COALESCE(s.preferred_surname, s.legal_surname) FROM students s "
                                 "WHERE s.date_left IS NULL AND s.id IN (SELECT g.student_id FROM mentoring_groups g "
                                 "WHERE g.mentor_id = ? AND g.ended_on IS NULL) AND ") +
                      scope.condition + QStringLiteral(" ORDER BY s.legal_surname, s.legal_forename, s.id"));
    q.bind(mentorId);
    for (const QVariant &v : scope.binds)
        q.bind(v);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<std::pair<qint64, QString>> out;
    while (q.next())
        out.append({q.id(0), q.string(1)});
    return out;
}

Error MentorQualityStore::staleReview(const PerformanceReviewRecord &mine, const PerformanceReviewRecord &stored,
                                       int yourVersion) const
{
    RecordConflict c;
    c.entity = QStringLiteral("mentor_review");
    c.id = stored.id;
    c.recordLabel = tr("Performance review, %1").arg(mine.term.label());
    c.yourVersion = yourVersion;
    c.storedVersion = stored.rowVersion;
    const auto overall = [](const QString &code) {
        return MentorCatalogue::labelOf(MentorCatalogue::overallJudgements(), code);
    };
    const auto date = [](const QDate &d) { return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : QString(); };
    c.add(tr("Date of the review"), date(mine.reviewedOn), date(stored.reviewedOn));
    c.add(tr("Overall judgement"), overall(mine.overall), overall(stored.overall));
    c.add(tr("Strengths"), mine.strengths.trimmed(), stored.strengths);
    c.add(tr("Areas for development"), mine.developmentAreas.trimmed(), stored.developmentAreas);
    c.add(tr("Objectives"), mine.objectives.trimmed(), stored.objectives);
    c.add(tr("Mentor's comments"), mine.mentorComments.trimmed(), stored.mentorComments);
    return RecordConflicts::staleWrite(m_db, c);
}

Result<qint64> MentorQualityStore::saveReview(const Session &session, const PerformanceReviewRecord &r,
                                              const QDate &today, std::optional<int> expectedVersion)
{
    if (Status s = requireFor(session, Action::RecordMentorQuality, r.mentorId); !s)
        return s.error();
    QStringList problems;
    if (!r.reviewedOn.isValid())
        problems << tr("Enter the date of the review");
    else if (r.reviewedOn > today)
        problems << tr("The date of the review must be today or in the past");
    if (!isCode(MentorCatalogue::overallJudgements(), r.overall))
        problems << tr("Select an overall judgement");
    for (const QString *text : {&r.strengths, &r.developmentAreas, &r.objectives, &r.mentorComments})
        if (text->size() > MentorRules::kMaxTextLength) {
            problems << tr("Keep each answer to %1 characters or fewer").arg(MentorRules::kMaxTextLength);
            break;
        }
    if (r.term.schoolYear < 2000 || r.term.schoolYear > 2200)
        problems << tr("Select the term the review covers");
    if (!problems.isEmpty())
        return firstOf(problems);
    if (Status s = requireMentor(r.mentorId); !s)
        return s.error();

    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto before = review(session, r.mentorId, r.term);
    if (!before)
        return before.error();
    const int stored = before->has_value() ? (*before)->rowVersion : 0;
    if (expectedVersion && *expectedVersion != stored)
        return staleReview(r, before->value_or(PerformanceReviewRecord()), *expectedVersion);
    // The WHERE keeps a review saved elsewhere between the read above and this write (PostgreSQL
    // reads committed data) from being overwritten: no row comes back, and that is a conflict.
    Query q(m_db, QStringLiteral(
                      "INSERT INTO mentor_reviews (mentor_id, school_year, term, reviewed_on, reviewer, overall, "
                      "strengths, development_areas, objectives, mentor_comments, updated_at) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                      "ON CONFLICT (mentor_id, school_year, term) DO UPDATE SET reviewed_on = excluded.reviewed_on, "
                      "reviewer = excluded.reviewer, overall = excluded.overall, strengths = excluded.strengths, "
                      "development_areas = excluded.development_areas, objectives = excluded.objectives, "
                      "mentor_comments = excluded.mentor_comments, updated_at = excluded.updated_at, "
                      "row_version = mentor_reviews.row_version + 1 WHERE mentor_reviews.row_version = ? "
                      "RETURNING id"));
    q.bind(r.mentorId)
        .bind(r.term.schoolYear)
        .bind(r.term.code())
        .bind(r.reviewedOn)
        .bind(session.username())
        .bind(r.overall)
        .bindNullable(r.strengths.trimmed())
        .bindNullable(r.developmentAreas.trimmed())
        .bindNullable(r.objectives.trimmed())
        .bindNullable(r.mentorComments.trimmed())
        .bind(isoNow())
        .bind(stored);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next()) {
        tx.rollback();
        auto now = review(session, r.mentorId, r.term);
        if (!now)
            return now.error();
        return staleReview(r, now->value_or(PerformanceReviewRecord()), stored);
    }
    const qint64 newId = q.value(0).toLongLong();
    q.finish();
    AuditLog audit(m_db, session.actor());
    Status logged =
        before->has_value()
            ? audit.changed(QStringLiteral("mentor_review"), newId, QStringLiteral("overall"),
                            (*before)->overall, r.overall)
            : audit.created(
                  QStringLiteral("mentor_review"), newId,
                  QStringLiteral("mentor %1, %2 %3").arg(r.mentorId).arg(r.term.code()).arg(r.term.schoolYear));
    if (!logged)
        return logged.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return newId;
}

Result<std::optional<PerformanceReviewRecord>> MentorQualityStore::review(const Session &session, qint64 mentorId,
                                                                          const ReviewTerm &term) const
{
    if (Status s = requireFor(session, Action::ViewMentorQuality, mentorId); !s)
        return s.error();
    Query q(m_db, QStringLiteral("SELECT id, reviewed_on, reviewer, overall, strengths, development_areas, objectives, "
                                 "mentor_comments, row_version FROM mentor_reviews WHERE mentor_id = ? AND "
                                 "school_year = ? AND term = ?"));
    q.bind(mentorId).bind(term.schoolYear).bind(term.code());
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return std::optional<PerformanceReviewRecord>();
    PerformanceReviewRecord r;
    r.id = q.id(0);
    r.mentorId = mentorId;
    r.term = term;
    r.reviewedOn = q.date(1);
    r.reviewer = q.string(2);
    r.overall = q.string(3);
    r.strengths = q.string(4);
    r.developmentAreas = q.string(5);
    r.objectives = q.string(6);
    r.mentorComments = q.string(7);
    r.rowVersion = q.integer(8);
    q.finish();
    return std::optional<PerformanceReviewRecord>(r);
}

Result<QHash<qint64, MentorQualityStore::TeamSummary>>
MentorQualityStore::teamSummary(const Session &session, const QDate &from, const QDate &today) const
{
    if (Status s = Permissions::require(session, Action::ViewMentorTeam); !s)
        return s.error();
    QHash<qint64, TeamSummary> out;
    Query q(m_db, QStringLiteral("SELECT mentor_id, "
                                 "MAX(CASE WHEN kind = 'supervision' AND held_on <= ? THEN held_on END), "
                                 "SUM(CASE WHEN kind = 'cpd' AND held_on >= ? AND held_on <= ? THEN hours ELSE 0 END) "
                                 "FROM mentor_development GROUP BY mentor_id"));
    q.bind(today).bind(from).bind(today);
    if (Status s = q.exec(); !s)
        return s.error();
    while (q.next())
        out.insert(q.id(0), {q.date(1), q.value(2).toDouble()});
    return out;
}

} // namespace md
