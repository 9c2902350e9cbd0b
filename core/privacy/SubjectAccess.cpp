// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "privacy/SubjectAccess.h"

#include "access/Permissions.h"
#include "access/Session.h"
#include "access/StudentScope.h"
#include "common/Logging.h"
#include "letters/LetterRenderer.h"
#include "letters/Letterhead.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/SealedFile.h"
#include "storage/Transaction.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlRecord>

namespace md {

namespace {

QString sql(const char *text)
{
    return QString::fromLatin1(text);
}

} // namespace

const QList<SubjectAccessSection> &SubjectAccess::sections()
{
    // clang-format off
    static const QList<SubjectAccessSection> all = {
        {QStringLiteral("record"), QT_TRANSLATE_NOOP("md::SubjectAccess", "Student record"), QStringLiteral("student"),
         sql("SELECT * FROM students WHERE id = ?"), {}},
        {QStringLiteral("priority_flags"), QT_TRANSLATE_NOOP("md::SubjectAccess", "Priority flags"), {},
         sql("SELECT f.code, f.label FROM student_flags sf JOIN priority_flags f ON f.code = sf.flag WHERE sf.student_id = ?"), {}},
        {QStringLiteral("parents"), QT_TRANSLATE_NOOP("md::SubjectAccess", "Parents and carers"), QStringLiteral("parent"),
         sql("SELECT * FROM parents WHERE student_id = ? ORDER BY id"), {}},
        {QStringLiteral("mentoring_groups"), QT_TRANSLATE_NOOP("md::SubjectAccess", "Mentor assignments"), {},
         sql("SELECT g.*, u.display_name AS mentor FROM mentoring_groups g LEFT JOIN users u ON u.id = g.mentor_id "
             "WHERE g.student_id = ?"), {}},
        {QStringLiteral("courses"), QT_TRANSLATE_NOOP("md::SubjectAccess", "Courses"), {},
         sql("SELECT c.*, cs.* FROM course_students cs JOIN courses c ON c.id = cs.course_id WHERE cs.student_id = ?"), {}},
        {QStringLiteral("timetable"), QT_TRANSLATE_NOOP("md::SubjectAccess", "Lesson timetable"), {},
         sql("SELECT * FROM lesson_timetable WHERE student_id = ? ORDER BY day, period"), {}},
        {QStringLiteral("referrals"), QT_TRANSLATE_NOOP("md::SubjectAccess", "Referrals"), QStringLiteral("referral"),
         sql("SELECT * FROM referrals WHERE student_id = ? ORDER BY id"), {}},
        {QStringLiteral("hub_agenda"), QT_TRANSLATE_NOOP("md::SubjectAccess", "Assessment hub agenda items"), {},
         sql("SELECT a.* FROM hub_agenda a JOIN referrals r ON r.id = a.referral_id WHERE r.student_id = ?"), {}},
        {QStringLiteral("hub_decisions"), QT_TRANSLATE_NOOP("md::SubjectAccess", "Assessment hub decisions"),
         QStringLiteral("hub_decision"),
         sql("SELECT d.* FROM hub_decisions d JOIN referrals r ON r.id = d.referral_id WHERE r.student_id = ? ORDER BY d.id"), {}},
        {QStringLiteral("interventions"), QT_TRANSLATE_NOOP("md::SubjectAccess", "Interventions"), QStringLiteral("intervention"),
         sql("SELECT * FROM interventions WHERE student_id = ? ORDER BY id"), {}},
        {QStringLiteral("criteria_evidence"), QT_TRANSLATE_NOOP("md::SubjectAccess", "Evidence against the provision criteria"), {},
         sql("SELECT e.* FROM criteria_evidence e WHERE e.referral_id IN (SELECT id FROM referrals WHERE student_id = ?) "
             "OR e.intervention_id IN (SELECT id FROM interventions WHERE student_id = ?)"), {}},
        {QStringLiteral("intervention_reviews"), QT_TRANSLATE_NOOP("md::SubjectAccess", "Intervention reviews"), {},
         sql("SELECT v.* FROM intervention_reviews v JOIN interventions i ON i.id = v.intervention_id WHERE i.student_id = ?"), {}},
        {QStringLiteral("keyworkers"), QT_TRANSLATE_NOOP("md::SubjectAccess", "Keyworkers"), {},
         sql("SELECT k.*, u.display_name AS keyworker FROM keyworker_allocations k JOIN interventions i ON i.id = k.intervention_id "
             "LEFT JOIN users u ON u.id = k.mentor_id WHERE i.student_id = ?"), {}},
        {QStringLiteral("mentoring_cases"), QT_TRANSLATE_NOOP("md::SubjectAccess", "Mentoring cases"), QStringLiteral("mentoring_case"),
         sql("SELECT * FROM mentoring_cases WHERE student_id = ? ORDER BY id"), {}},
        {QStringLiteral("objectives"), QT_TRANSLATE_NOOP("md::SubjectAccess", "Intervention objectives"),
         QStringLiteral("mentoring_objective"), sql("SELECT * FROM mentoring_objectives WHERE student_id = ? ORDER BY id"), {}},
        {QStringLiteral("targets"), QT_TRANSLATE_NOOP("md::SubjectAccess", "SMART targets"), QStringLiteral("smart_target"),
         sql("SELECT * FROM smart_targets WHERE student_id = ? ORDER BY id"), {}},
        {QStringLiteral("target_progress"), QT_TRANSLATE_NOOP("md::SubjectAccess", "Progress notes on targets"), {},
         sql("SELECT p.* FROM target_progress p JOIN smart_targets t ON t.id = p.target_id WHERE t.student_id = ?"), {}},
        {QStringLiteral("sessions"), QT_TRANSLATE_NOOP("md::SubjectAccess", "1:1 sessions"), QStringLiteral("mentoring_session"),
         sql("SELECT * FROM mentoring_sessions WHERE student_id = ? ORDER BY session_date, id"), {}},
        {QStringLiteral("session_drafts"), QT_TRANSLATE_NOOP("md::SubjectAccess", "Unsaved session notes"), {},
         sql("SELECT d.* FROM session_drafts d JOIN mentoring_sessions s ON s.id = d.session_id WHERE s.student_id = ?"), {}},
        {QStringLiteral("log_entries"), QT_TRANSLATE_NOOP("md::SubjectAccess", "Mentoring log entries"), QStringLiteral("mentoring_entry"),
         sql("SELECT * FROM mentoring_entries WHERE student_id = ? AND kind <> 'contact' ORDER BY occurred_on, id"), {}},
        {QStringLiteral("contacts"), QT_TRANSLATE_NOOP("md::SubjectAccess", "Contacts with parents, teachers and agencies"),
         QStringLiteral("mentoring_entry"),
         sql("SELECT * FROM mentoring_entries WHERE student_id = ? AND kind = 'contact' ORDER BY occurred_on, id"), {}},
        {QStringLiteral("checkins"), QT_TRANSLATE_NOOP("md::SubjectAccess", "Daily check-ins"), QStringLiteral("mentoring_checkin"),
         sql("SELECT * FROM mentoring_checkins WHERE student_id = ? ORDER BY checked_on"), {}},
        {QStringLiteral("learner_feedback"), QT_TRANSLATE_NOOP("md::SubjectAccess", "Feedback the student gave about mentoring"), {},
         sql("SELECT * FROM learner_feedback WHERE student_id = ? ORDER BY id"), {}},
        {QStringLiteral("letters"), QT_TRANSLATE_NOOP("md::SubjectAccess", "Letters"), QStringLiteral("letter"),
         sql("SELECT l.*, (SELECT GROUP_CONCAT(parent_id) FROM letter_recipients r WHERE r.letter_id = l.id) AS recipient_parent_ids "
             "FROM letters l WHERE l.student_id = ? ORDER BY l.id"), {}},
        // Capabilities add their sections here.
        {QStringLiteral("behaviour"), QT_TRANSLATE_NOOP("md::SubjectAccess", "Behaviour"), QStringLiteral("behaviour_event"),
         sql("SELECT e.*, c.name AS category FROM behaviour_events e LEFT JOIN behaviour_categories c ON c.id = e.category_id "
             "WHERE e.student_id = ? ORDER BY e.occurred_at, e.id"), {}},
        {QStringLiteral("assessments"), QT_TRANSLATE_NOOP("md::SubjectAccess", "Course assessments"), {},
         sql("SELECT c.name AS course, a.* FROM course_assessments a JOIN courses c ON c.id = a.course_id WHERE a.student_id = ?"), {}},
        {QStringLiteral("ilps"), QT_TRANSLATE_NOOP("md::SubjectAccess", "Individual learning plans"), QStringLiteral("ilp_plan"),
         sql("SELECT * FROM ilp_plans WHERE student_id = ? ORDER BY valid_from, id"), {}},
        {QStringLiteral("ilp_fields"), QT_TRANSLATE_NOOP("md::SubjectAccess", "What the learning plans say"),
         QStringLiteral("ilp_plan_field"),
         sql("SELECT f.* FROM ilp_plan_fields f JOIN ilp_plans p ON p.id = f.plan_id WHERE p.student_id = ? ORDER BY f.plan_id, f.position"), {}},
        {QStringLiteral("midterm_reviews"), QT_TRANSLATE_NOOP("md::SubjectAccess", "Midterm reviews"), {},
         sql("SELECT r.name AS review, r.review_date, e.* FROM ilp_review_entries e JOIN ilp_reviews r ON r.id = e.review_id "
             "WHERE e.student_id = ? ORDER BY r.review_date"), {}},
        {QStringLiteral("course_activity"), QT_TRANSLATE_NOOP("md::SubjectAccess", "Course data: activity"), {},
         sql("SELECT * FROM report_activity WHERE student_id = ? ORDER BY week_start, course_id"), {}},
        {QStringLiteral("course_progress"), QT_TRANSLATE_NOOP("md::SubjectAccess", "Course data: progress"), {},
         sql("SELECT * FROM report_progress WHERE student_id = ? ORDER BY course_id, task"), {}},
        {QStringLiteral("course_grades"), QT_TRANSLATE_NOOP("md::SubjectAccess", "Course data: grades"), {},
         sql("SELECT * FROM report_grades WHERE student_id = ? ORDER BY graded_on, course_id"), {}},
        {QStringLiteral("weekly_attendance"), QT_TRANSLATE_NOOP("md::SubjectAccess", "Attendance by week"), {},
         sql("SELECT * FROM report_attendance WHERE student_id = ? ORDER BY week_start"), {}},
    };
    // clang-format on
    return all;
}

QString SubjectAccessSection::sqlFor(const Dialect &dialect) const
{
    static const QRegularExpression groupConcat(QStringLiteral("GROUP_CONCAT\\(([^()]*)\\)"));
    if (dialect.engine() == Engine::SQLite)
        return sql;
    QString out = sql;
    QRegularExpressionMatch m;
    while ((m = groupConcat.match(out)).hasMatch())
        out.replace(m.capturedStart(), m.capturedLength(), dialect.groupConcat(m.captured(1)));
    return out;
}

namespace {

QJsonValue toJson(const QVariant &v, const QString &column)
{
    if (v.isNull())
        return QJsonValue::Null;
    if (column == QLatin1String("restricted"))
        return v.toInt() != 0;
    if (column == QLatin1String("password_hash"))
        return QJsonValue::Null;
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return v.toLongLong();
    case QMetaType::Double:
        return v.toDouble();
    case QMetaType::QByteArray:
        return QString::fromLatin1(v.toByteArray().toBase64());
    default:
        return v.toString();
    }
}

Result<QJsonArray> rowsOf(Database &db, const QString &statement, qint64 studentId, QList<qint64> *ids)
{
    Query q(db, statement);
    for (qsizetype i = 0, n = statement.count(QLatin1Char('?')); i < n; ++i)
        q.bind(studentId);
    if (Status s = q.exec(); !s)
        return s.error();
    QJsonArray rows;
    while (q.next()) {
        const QSqlRecord rec = q.raw().record();
        QJsonObject row;
        for (int c = 0; c < rec.count(); ++c)
            row.insert(rec.fieldName(c), toJson(rec.value(c), rec.fieldName(c)));
        if (ids && rec.indexOf(QStringLiteral("id")) >= 0)
            ids->append(rec.value(QStringLiteral("id")).toLongLong());
        rows.append(row);
    }
    return rows;
}

bool tableExists(Database &db, const QString &table)
{
    return db.connection().tables().contains(table);
}

} // namespace

Result<QJsonObject> SubjectAccess::exportStudent(Database &db, const Session &session, qint64 studentId)
{
    if (Status s = Permissions::require(session, Action::ExportSubjectAccess); !s)
        return s.error();
    if (Status s = StudentScope::check(db, session, Action::ExportSubjectAccess, studentId); !s)
        return s.error();
    QJsonObject out;
    QHash<QString, QList<qint64>> auditIds; // audit entity -> ids of its rows in this export
    auditIds[QStringLiteral("student")].append(studentId);
    for (const SubjectAccessSection &section : sections()) {
        if (!section.requiresTable.isEmpty() && !tableExists(db, section.requiresTable)) {
            out.insert(section.key, QJsonArray());
            continue;
        }
        QList<qint64> ids;
        auto rows = rowsOf(db, section.sqlFor(db.dialect()), studentId, section.auditEntity.isEmpty() ? nullptr : &ids);
        if (!rows)
            return rows.error();
        if (section.key == QLatin1String("record")) {
            if (rows->isEmpty())
                return Error::notFound(tr("There is no student with that id."));
            out.insert(section.key, rows->first());
        } else {
            out.insert(section.key, *rows);
        }
        if (!section.auditEntity.isEmpty())
            auditIds[section.auditEntity].append(ids);
    }

    // The audit entries about the student and every record above, oldest first.
    QJsonArray audit;
    {
        QStringList conditions;
        QVariantList binds;
        for (auto it = auditIds.cbegin(); it != auditIds.cend(); ++it) {
            if (it.value().isEmpty())
                continue;
            QStringList marks;
            binds << it.key();
            for (qint64 id : it.value()) {
                marks << QStringLiteral("?");
                binds << id;
            }
            conditions << QStringLiteral("(entity = ? AND entity_id IN (%1))").arg(marks.join(QLatin1Char(',')));
        }
        Query q(db, QStringLiteral("SELECT id, at, username, action, entity, entity_id, field, old_value, new_value "
                                   "FROM audit_log WHERE ")
                        + conditions.join(QStringLiteral(" OR ")) + QStringLiteral(" ORDER BY id"));
        for (const QVariant &b : std::as_const(binds))
            q.bind(b);
        if (Status s = q.exec(); !s)
            return s.error();
        while (q.next()) {
            const QSqlRecord rec = q.raw().record();
            QJsonObject row;
            for (int c = 0; c < rec.count(); ++c)
                row.insert(rec.fieldName(c), toJson(rec.value(c), rec.fieldName(c)));
            audit.append(row);
        }
    }
    out.insert(QStringLiteral("audit"), audit);

    const QString now = isoNow();
    QJsonObject about{{QStringLiteral("kind"), QStringLiteral("subject access export")},
                      {QStringLiteral("format_version"), 1},
                      {QStringLiteral("generated_at"), now},
                      {QStringLiteral("generated_by"), session.username()},
                      {QStringLiteral("student_id"), studentId}};
    out.insert(QStringLiteral("export"), about);

    Transaction tx(db);
    if (!tx.ok())
        return tx.error();
    AuditLog log(db, session.actor());
    if (Status s = log.record(QStringLiteral("export"), QStringLiteral("student"), studentId, QStringLiteral("subject access"),
                              {}, QString::number(out.size() - 2) + QStringLiteral(" sections"));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    qCInfo(lcStorage) << "subject access export made for student id" << studentId;
    return out;
}

QString SubjectAccess::toHtml(const QJsonObject &exported)
{
    const QJsonObject record = exported.value(QStringLiteral("record")).toObject();
    const QString name = record.value(QStringLiteral("legal_forename")).toString() + QLatin1Char(' ')
                         + record.value(QStringLiteral("legal_surname")).toString();
    QString html;
    html += QStringLiteral("<h1>%1</h1>").arg(tr("Subject access export: %1").arg(name.toHtmlEscaped()));
    const QJsonObject about = exported.value(QStringLiteral("export")).toObject();
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Everything Mentor Desk holds on this student, made on %1 by %2. Entries marked RESTRICTED are "
                        "safeguarding records.")
                         .arg(about.value(QStringLiteral("generated_at")).toString().toHtmlEscaped(),
                              about.value(QStringLiteral("generated_by")).toString().toHtmlEscaped()));
    const auto table = [](const QJsonObject &row) -> QString {
        QString t = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">");
        if (row.value(QStringLiteral("restricted")).toBool())
            t += QStringLiteral("<tr><td colspan=\"2\"><b>%1</b></td></tr>").arg(tr("RESTRICTED"));
        for (auto it = row.constBegin(); it != row.constEnd(); ++it) {
            if (it.value().isNull() || it.key() == QLatin1String("restricted"))
                continue;
            const QString value = it.value().isString() ? it.value().toString() : it.value().toVariant().toString();
            t += QStringLiteral("<tr><td width=\"30%\">%1</td><td>%2</td></tr>")
                     .arg(it.key().toHtmlEscaped(), value.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
        }
        return t + QStringLiteral("</table><p></p>");
    };
    html += QStringLiteral("<h2>%1</h2>").arg(tr("Student record"));
    html += table(record);
    QList<std::pair<QString, QString>> headed;
    for (const SubjectAccessSection &s : sections())
        if (s.key != QLatin1String("record"))
            headed.append({s.key, tr(s.heading)});
    headed.append({QStringLiteral("audit"), tr("Audit entries about this student")});
    for (const auto &[key, heading] : headed) {
        const QJsonArray rows = exported.value(key).toArray();
        html += QStringLiteral("<h2>%1 (%2)</h2>").arg(heading.toHtmlEscaped()).arg(rows.size());
        if (rows.isEmpty()) {
            html += QStringLiteral("<p>%1</p>").arg(tr("None held."));
            continue;
        }
        for (const QJsonValue &row : rows)
            html += table(row.toObject());
    }
    return html;
}

Status SubjectAccess::writeFiles(Database &db, const QJsonObject &exported, const QString &jsonPath, const QString &pdfPath,
                                 const QString &passphrase)
{
    // Written in place, or beside the target and sealed into it; the unsealed copy never stays.
    const auto finish = [&passphrase](const QString &written, const QString &target) -> Status {
        if (passphrase.isEmpty())
            return {};
        const Status s = SealedFile::seal(written, target, passphrase);
        QFile::remove(written);
        return s;
    };
    if (!passphrase.isEmpty())
        if (Status s = SealedFile::checkPassphrase(passphrase); !s)
            return s;
    if (!jsonPath.isEmpty()) {
        const QString path = passphrase.isEmpty() ? jsonPath : jsonPath + QStringLiteral(".part");
        QSaveFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return Error::io(tr("%1 could not be written: %2").arg(jsonPath, f.errorString()));
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        f.write(QJsonDocument(exported).toJson(QJsonDocument::Indented));
        if (!f.commit())
            return Error::io(tr("%1 could not be written (is the disk full?): %2").arg(jsonPath, f.errorString()));
        if (Status s = finish(path, jsonPath); !s)
            return s;
    }
    if (!pdfPath.isEmpty()) {
        auto head = LetterheadStore(db).current();
        if (!head)
            return head.error();
        const QString path = passphrase.isEmpty() ? pdfPath : pdfPath + QStringLiteral(".part");
        RenderLetter doc{toHtml(exported), std::make_shared<const Letterhead>(*head), {}};
        LetterRenderer renderer;
        auto summary = renderer.renderPdf(path, {doc}, {}, tr("Subject access export"));
        if (!summary)
            return summary.error();
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        if (Status s = finish(path, pdfPath); !s)
            return s;
    }
    return {};
}

} // namespace md
