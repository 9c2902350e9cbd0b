// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "privacy/Retention.h"

#include "access/Permissions.h"
#include "access/Session.h"
#include "common/Logging.h"
#include "privacy/SubjectAccess.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/Transaction.h"

#include <QFileInfo>
#include <QHash>
#include <QSqlRecord>

namespace md {

namespace {

// One table a kind erases: the audit log's entity name for its rows and how to find one
// student's rows. Listed children first; rows below them go by ON DELETE CASCADE.
struct Part
{
    const char *auditEntity;
    const char *table;
    const char *idsForStudent; // SELECT id ... WHERE ... = ? (the student's id)
};

struct KindDef
{
    const char *key;
    const char *label; // context md::Retention
    RetentionRule rule;
    QList<Part> parts;
    const char *requiresTable = nullptr; // a capability's table; the kind is skipped without it
};

const QList<KindDef> &kinds()
{
    // clang-format off
    static const QList<KindDef> all = {
        {"mentoring", QT_TRANSLATE_NOOP("md::Retention", "Mentoring records (log, sessions, targets, contacts)"),
         {QStringLiteral("mentoring"), 25, RetentionBasis::Birth},
         {{"mentoring_entry", "mentoring_entries", "SELECT id FROM mentoring_entries WHERE student_id = ?"},
          {"mentoring_checkin", "mentoring_checkins", "SELECT id FROM mentoring_checkins WHERE student_id = ?"},
          {"mentoring_session", "mentoring_sessions", "SELECT id FROM mentoring_sessions WHERE student_id = ?"},
          {"smart_target", "smart_targets", "SELECT id FROM smart_targets WHERE student_id = ?"},
          {"mentoring_objective", "mentoring_objectives", "SELECT id FROM mentoring_objectives WHERE student_id = ?"},
          {"mentoring_case", "mentoring_cases", "SELECT id FROM mentoring_cases WHERE student_id = ?"},
          {"learner_feedback", "learner_feedback", "SELECT id FROM learner_feedback WHERE student_id = ?"}}},
        {"referrals", QT_TRANSLATE_NOOP("md::Retention", "Referrals, hub decisions and interventions"),
         {QStringLiteral("referrals"), 25, RetentionBasis::Birth},
         {{"hub_decision", "hub_decisions", "SELECT d.id FROM hub_decisions d JOIN referrals r ON r.id = d.referral_id WHERE r.student_id = ?"},
          {"intervention", "interventions", "SELECT id FROM interventions WHERE student_id = ?"},
          {"referral", "referrals", "SELECT id FROM referrals WHERE student_id = ?"}}},
        {"letters", QT_TRANSLATE_NOOP("md::Retention", "Letters to parents"),
         {QStringLiteral("letters"), 6, RetentionBasis::Left},
         {{"letter", "letters", "SELECT id FROM letters WHERE student_id = ?"}}},
        {"behaviour", QT_TRANSLATE_NOOP("md::Retention", "Behaviour events"),
         {QStringLiteral("behaviour"), 25, RetentionBasis::Birth},
         {{"behaviour_event", "behaviour_events", "SELECT id FROM behaviour_events WHERE student_id = ?"}}},
        {"ilps", QT_TRANSLATE_NOOP("md::Retention", "Individual learning plans"),
         {QStringLiteral("ilps"), 25, RetentionBasis::Birth},
         {{"ilp_plan", "ilp_plans", "SELECT id FROM ilp_plans WHERE student_id = ?"}}},
        {"student", QT_TRANSLATE_NOOP("md::Retention", "The whole record of a student who has left"),
         {QStringLiteral("student"), 25, RetentionBasis::Birth},
         {{"student", "students", "SELECT id FROM students WHERE id = ? AND date_left IS NOT NULL"}}},
    };
    // clang-format on
    return all;
}

const KindDef *findKind(const QString &key)
{
    for (const KindDef &k : kinds())
        if (QLatin1String(k.key) == key)
            return &k;
    return nullptr;
}

QString basisCode(RetentionBasis b)
{
    return b == RetentionBasis::Birth ? QStringLiteral("birth") : QStringLiteral("left");
}

bool available(Database &db, const KindDef &k)
{
    return !k.requiresTable || db.connection().tables().contains(QLatin1String(k.requiresTable));
}

} // namespace

QList<RetentionRule> Retention::defaults()
{
    QList<RetentionRule> out;
    for (const KindDef &k : kinds())
        out << k.rule;
    return out;
}

QString Retention::label(const QString &kind)
{
    const KindDef *k = findKind(kind);
    return k ? tr(k->label) : kind;
}

QString Retention::describe(const RetentionRule &rule)
{
    return rule.basis == RetentionBasis::Birth ? tr("until the student is %n year(s) old", nullptr, rule.years)
                                               : tr("%n year(s) after the student left", nullptr, rule.years);
}

Result<QList<RetentionRule>> Retention::rules(Database &db)
{
    QHash<QString, RetentionRule> saved;
    Query q(db, QStringLiteral("SELECT kind, years, basis FROM retention_rules"));
    if (Status s = q.exec(); !s)
        return s.error();
    while (q.next())
        saved.insert(q.string(0), {q.string(0), q.integer(1),
                                   q.string(2) == QLatin1String("left") ? RetentionBasis::Left : RetentionBasis::Birth});
    QList<RetentionRule> out;
    for (const KindDef &k : kinds())
        if (available(db, k))
            out << saved.value(QLatin1String(k.key), k.rule);
    return out;
}

Status Retention::setRule(Database &db, const Session &session, const RetentionRule &rule)
{
    if (Status s = Permissions::require(session, Action::ReviewRetention); !s)
        return s;
    if (!findKind(rule.kind))
        return Error::invalid(tr("There is no kind of record called \"%1\".").arg(rule.kind));
    if (rule.years < 1 || rule.years > 100)
        return Error::invalid(tr("A retention period is between 1 and 100 years (not %1).").arg(rule.years));
    Transaction tx(db);
    if (!tx.ok())
        return tx.error();
    Query del(db, QStringLiteral("DELETE FROM retention_rules WHERE kind = ?"));
    del.bind(rule.kind);
    if (Status s = del.exec(); !s)
        return s;
    Query ins(db, QStringLiteral("INSERT INTO retention_rules (kind, years, basis, updated_at) VALUES (?, ?, ?, ?)"));
    ins.bind(rule.kind).bind(rule.years).bind(basisCode(rule.basis)).bind(isoNow());
    if (Status s = ins.exec(); !s)
        return s;
    AuditLog audit(db, session.actor());
    if (Status s = audit.changed(QStringLiteral("retention_rule"), 0, rule.kind, QString(), describe(rule)); !s)
        return s;
    return tx.commit();
}

Result<QList<RetentionDue>> Retention::review(Database &db, const Session &session, const QDate &today)
{
    if (Status s = Permissions::require(session, Action::ReviewRetention); !s)
        return s.error();
    auto all = rules(db);
    if (!all)
        return all.error();
    QList<RetentionDue> out;
    for (const RetentionRule &rule : std::as_const(*all)) {
        const KindDef *k = findKind(rule.kind);
        const QString cutoff = isoDate(today.addYears(-rule.years));
        const QString column = rule.basis == RetentionBasis::Birth ? QStringLiteral("s.date_of_birth")
                                                                   : QStringLiteral("s.date_left");
        QStringList counts;
        for (const Part &p : k->parts)
            counts << QStringLiteral("(SELECT COUNT(*) FROM (%1) x)")
                          .arg(QString::fromLatin1(p.idsForStudent).replace(QLatin1Char('?'), QStringLiteral("s.id")));
        Query q(db, QStringLiteral("SELECT s.id, s.upn, s.legal_forename || ' ' || s.legal_surname, %1, %2 "
                                   "FROM students s WHERE %2 IS NOT NULL AND %2 <= ? ORDER BY %2, s.id")
                        .arg(counts.join(QStringLiteral(" + ")), column));
        q.bind(cutoff);
        if (Status s = q.exec(); !s)
            return s.error();
        while (q.next()) {
            if (q.integer(3) == 0)
                continue;
            const QDate from = QDate::fromString(q.string(4).left(10), Qt::ISODate);
            out.append({rule.kind, q.id(0), q.string(1), q.string(2), q.integer(3), from.addYears(rule.years)});
        }
    }
    return out;
}

Result<ErasureSummary> Retention::erase(Database &db, const Session &session, const QList<RetentionDue> &items,
                                        const QDate &today)
{
    if (Status s = Permissions::require(session, Action::ReviewRetention); !s)
        return s.error();
    // Only what is really due today may go, whatever the caller passes.
    auto due = review(db, session, today);
    if (!due)
        return due.error();
    QSet<std::pair<QString, qint64>> allowed;
    for (const RetentionDue &d : std::as_const(*due))
        allowed.insert({d.kind, d.studentId});
    for (const RetentionDue &d : items)
        if (!allowed.contains({d.kind, d.studentId}))
            return Error::conflict(tr("Student id %1's %2 are not past their retention period; nothing was erased.")
                                       .arg(d.studentId)
                                       .arg(label(d.kind).toLower()));
    auto all = rules(db);
    if (!all)
        return all.error();
    QHash<QString, RetentionRule> ruleOf;
    for (const RetentionRule &r : std::as_const(*all))
        ruleOf.insert(r.kind, r);

    ErasureSummary summary;
    summary.bytesBefore = QFileInfo(db.location()).size();
    if (const QString secureDelete = db.dialect().secureDeleteOn(); !secureDelete.isEmpty()) {
        Query secure(db, secureDelete);
        if (Status s = secure.exec(); !s)
            return s.error();
    }
    Transaction tx(db);
    if (!tx.ok())
        return tx.error();
    AuditLog audit(db, session.actor());
    QList<std::pair<QString, qint64>> erased;
    for (const RetentionDue &d : items) {
        const KindDef *k = findKind(d.kind);
        int count = 0;
        if (d.kind == QLatin1String("student")) {
            // Everything about the student goes with the record (ON DELETE CASCADE): first note
            // every record the subject access export knows, so their audit entries lose their
            // values too.
            for (const SubjectAccessSection &section : SubjectAccess::sections()) {
                if (section.auditEntity.isEmpty()
                    || (!section.requiresTable.isEmpty() && !db.connection().tables().contains(section.requiresTable)))
                    continue;
                Query rows(db, section.sqlFor(db.dialect()));
                for (qsizetype i = 0, n = section.sql.count(QLatin1Char('?')); i < n; ++i)
                    rows.bind(d.studentId);
                if (Status s = rows.exec(); !s)
                    return s.error();
                const int idColumn = rows.raw().record().indexOf(QStringLiteral("id"));
                while (idColumn >= 0 && rows.next())
                    erased.append({section.auditEntity, rows.id(idColumn)});
            }
        }
        for (const Part &p : k->parts) {
            Query ids(db, QString::fromLatin1(p.idsForStudent));
            ids.bind(d.studentId);
            if (Status s = ids.exec(); !s)
                return s.error();
            QList<qint64> rows;
            while (ids.next())
                rows << ids.id(0);
            Query del(db, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(QLatin1String(p.table)));
            for (qint64 id : std::as_const(rows)) {
                del.bind(id);
                if (Status s = del.exec(); !s)
                    return s.error();
                erased.append({QLatin1String(p.auditEntity), id});
                ++count;
            }
        }
        summary.records += count;
        const RetentionRule rule = ruleOf.value(d.kind);
        if (Status s = audit.record(QStringLiteral("erase"), d.kind == QLatin1String("student") ? QStringLiteral("student")
                                                                                                 : QStringLiteral("retention"),
                                    d.studentId, d.kind, QString(),
                                    tr("%n record(s) erased under the rule: kept %1", nullptr, count).arg(describe(rule)));
            !s)
            return s.error();
    }
    auto redacted = AuditLog::redact(db, erased);
    if (!redacted)
        return redacted.error();
    summary.auditRedacted = *redacted;
    if (Status s = tx.commit(); !s)
        return s.error();
    // Nothing of it may stay in free pages or in the write-ahead log.
    for (const QString &sql : db.dialect().reclaimFreedSpace()) {
        Query q(db, sql);
        if (Status s = q.exec(); !s)
            return s.error();
    }
    summary.bytesAfter = QFileInfo(db.location()).size();
    qCInfo(lcStorage) << "retention erasure:" << summary.records << "records," << summary.auditRedacted
                      << "audit entries blanked";
    return summary;
}

} // namespace md
