// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "students/StudentStore.h"

#include "access/Permissions.h"
#include "access/Session.h"
#include "access/StudentScope.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace md {

namespace {

const QLatin1String kColumns(
    "SELECT s.id, s.upn, s.legal_surname, s.legal_forename, s.preferred_forename, s.preferred_surname, "
    "s.date_of_birth, s.gender, s.year_group, s.tutor_group, s.sen_status, s.ehc_plan, s.semh, s.pupil_premium, "
    "s.looked_after, s.attendance, s.date_left, s.row_version, mg.mentor_id, u.display_name "
    "FROM students s "
    "LEFT JOIN mentoring_groups mg ON mg.student_id = s.id AND mg.ended_on IS NULL "
    "LEFT JOIN users u ON u.id = mg.mentor_id ");

Student readStudent(Query &q)
{
    Student s;
    s.id = q.id(0);
    s.upn = q.string(1);
    s.legalSurname = q.string(2);
    s.legalForename = q.string(3);
    s.preferredForename = q.string(4);
    s.preferredSurname = q.string(5);
    s.dateOfBirth = q.date(6);
    s.gender = q.string(7);
    s.yearGroup = q.integer(8);
    s.tutorGroup = q.string(9);
    s.senStatus = senStatusFromCode(q.string(10)).value_or(SenStatus::None);
    s.ehcPlan = q.flag(11);
    s.semh = q.flag(12);
    s.pupilPremium = q.flag(13);
    s.lookedAfter = q.flag(14);
    if (!q.value(15).isNull())
        s.attendance = q.value(15).toDouble();
    s.dateLeft = q.date(16);
    s.rowVersion = q.integer(17);
    return s;
}

// The translation context of this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(md::StudentStore)
};

} // namespace

Result<QList<StudentRow>> StudentStore::select(const Session &session, const QString &where, const QVariantList &binds,
                                               bool includeLeavers) const
{
    if (Status s = Permissions::require(session, Action::ViewStudents); !s)
        return s.error();
    const StudentScope scope = StudentScope::of(session, Action::ViewStudents);
    QString sql = kColumns + QStringLiteral("WHERE ") + scope.condition;
    if (!where.isEmpty())
        sql += QStringLiteral(" AND ") + where;
    if (!includeLeavers)
        sql += QStringLiteral(" AND s.date_left IS NULL");
    sql += QStringLiteral(" ORDER BY s.legal_surname, s.legal_forename, s.id");
    Query q(m_db, sql);
    for (const QVariant &v : scope.binds)
        q.bind(v);
    for (const QVariant &v : binds)
        q.bind(v);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<StudentRow> rows;
    QHash<qint64, qsizetype> index;
    while (q.next()) {
        StudentRow row;
        row.student = readStudent(q);
        row.mentorId = q.id(18);
        row.mentorName = q.string(19);
        index.insert(row.student.id, rows.size());
        rows.append(row);
    }
    q.finish();
    if (rows.isEmpty())
        return rows;
    // Flags in one pass rather than one query per student.
    Query f(m_db, QStringLiteral("SELECT sf.student_id, pf.code, pf.label FROM student_flags sf "
                                 "JOIN priority_flags pf ON pf.code = sf.flag ORDER BY pf.label"));
    if (Status s = f.exec(); !s)
        return s.error();
    while (f.next()) {
        const auto it = index.constFind(f.id(0));
        if (it != index.constEnd()) {
            rows[*it].student.priorityFlags.append(f.string(1));
            rows[*it].student.priorityFlagLabels.append(f.string(2));
        }
    }
    return rows;
}

Result<QList<StudentRow>> StudentStore::list(const Session &session, bool includeLeavers) const
{
    return select(session, QString(), {}, includeLeavers);
}

Result<Student> StudentStore::get(const Session &session, qint64 id) const
{
    auto rows = select(session, QStringLiteral("s.id = ?"), {id}, true);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error::notFound(Tr::tr("That student is not in your group or on your courses, or no longer exists."));
    return rows->first().student;
}

Result<Student> StudentStore::getByUpn(const Session &session, const QString &upn) const
{
    auto rows = select(session, QStringLiteral("s.upn = ?"), {upn}, true);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error::notFound(Tr::tr("No student with UPN %1 is in your group or on your courses.").arg(upn));
    return rows->first().student;
}

Result<qint64> StudentStore::save(const Session &session, const Student &student)
{
    if (Status s = Permissions::require(session, Action::EditStudents); !s)
        return s.error();
    if (student.id > 0)
        if (Status s = StudentScope::check(m_db, session, Action::EditStudents, student.id); !s)
            return s.error();
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    qint64 id = 0;
    {
        StudentWriter writer(m_db, session.actor());
        auto outcome = writer.upsertByUpn(student, &id);
        if (!outcome)
            return outcome.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<QList<Parent>> StudentStore::parents(const Session &session, qint64 studentId) const
{
    if (Status s = StudentScope::check(m_db, session, Action::ViewParentContacts, studentId); !s)
        return s.error();
    Query q(m_db, QStringLiteral("SELECT id, student_id, title, forename, surname, relationship, parental_responsibility, "
                                 "phone, email, address, contact_preference, priority FROM parents "
                                 "WHERE student_id = ? ORDER BY priority, id"));
    q.bind(studentId);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<Parent> out;
    while (q.next()) {
        Parent p;
        p.id = q.id(0);
        p.studentId = q.id(1);
        p.title = q.string(2);
        p.forename = q.string(3);
        p.surname = q.string(4);
        p.relationship = q.string(5);
        p.parentalResponsibility = q.flag(6);
        p.phone = q.string(7);
        p.email = q.string(8);
        p.address = q.string(9);
        p.contactPreference = q.string(10);
        p.priority = q.integer(11);
        out.append(p);
    }
    return out;
}

Result<QHash<QString, QString>> StudentStore::priorityFlags() const
{
    Query q(m_db, QStringLiteral("SELECT code, label FROM priority_flags"));
    if (Status s = q.exec(); !s)
        return s.error();
    QHash<QString, QString> out;
    while (q.next())
        out.insert(q.string(0), q.string(1));
    return out;
}

// ---------------------------------------------------------------------------------------------

StudentWriter::StudentWriter(Database &db, const Actor &actor)
    : m_db(db), m_audit(db, actor), m_find(db), m_insert(db), m_update(db), m_parent(db)
{
}

namespace {

struct FieldValue
{
    const char *name;
    QVariant value;
};

QList<FieldValue> fieldsOf(const Student &s)
{
    return {
        {"legal_surname", s.legalSurname},
        {"legal_forename", s.legalForename},
        {"preferred_forename", s.preferredForename.isEmpty() ? QVariant() : QVariant(s.preferredForename)},
        {"preferred_surname", s.preferredSurname.isEmpty() ? QVariant() : QVariant(s.preferredSurname)},
        {"date_of_birth", s.dateOfBirth.isValid() ? QVariant(isoDate(s.dateOfBirth)) : QVariant()},
        {"gender", s.gender.isEmpty() ? QVariant() : QVariant(s.gender)},
        {"year_group", s.yearGroup > 0 ? QVariant(s.yearGroup) : QVariant()},
        {"tutor_group", s.tutorGroup.isEmpty() ? QVariant() : QVariant(s.tutorGroup)},
        {"sen_status", toCode(s.senStatus)},
        {"ehc_plan", int(s.ehcPlan)},
        {"semh", int(s.semh)},
        {"pupil_premium", int(s.pupilPremium)},
        {"looked_after", int(s.lookedAfter)},
        {"attendance", s.attendance ? QVariant(*s.attendance) : QVariant()},
        {"date_left", s.dateLeft.isValid() ? QVariant(isoDate(s.dateLeft)) : QVariant()},
    };
}

// The values of fieldsOf(), in its order, bound straight from the student (no QVariant per value:
// the import binds 10,000 rows of them). fieldsOf() stays the one list of names.
int bindFields(SqliteStatement &statement, int column, const Student &s)
{
    statement.bind(column++, QStringView(s.legalSurname));
    statement.bind(column++, QStringView(s.legalForename));
    statement.bindNullable(column++, s.preferredForename);
    statement.bindNullable(column++, s.preferredSurname);
    if (s.dateOfBirth.isValid())
        statement.bind(column++, isoDate(s.dateOfBirth));
    else
        statement.bindNull(column++);
    statement.bindNullable(column++, s.gender);
    if (s.yearGroup > 0)
        statement.bind(column++, s.yearGroup);
    else
        statement.bindNull(column++);
    statement.bindNullable(column++, s.tutorGroup);
    statement.bind(column++, toCode(s.senStatus));
    statement.bind(column++, int(s.ehcPlan));
    statement.bind(column++, int(s.semh));
    statement.bind(column++, int(s.pupilPremium));
    statement.bind(column++, int(s.lookedAfter));
    if (s.attendance)
        statement.bind(column++, *s.attendance);
    else
        statement.bindNull(column++);
    if (s.dateLeft.isValid())
        statement.bind(column++, isoDate(s.dateLeft));
    else
        statement.bindNull(column++);
    return column;
}

QString auditText(const QVariant &v)
{
    return v.isNull() ? QString() : v.toString();
}

} // namespace

Status StudentWriter::prepareStatements()
{
    if (m_find.isPrepared() || m_fastFind.isPrepared())
        return {};
    QStringList names;
    for (const FieldValue &f : fieldsOf(Student()))
        names << QString::fromLatin1(f.name);
    const QString find = QStringLiteral("SELECT id, ") + names.join(QStringLiteral(", ")) + QStringLiteral(" FROM students WHERE upn = ?");
    const QStringList marks(names.size() + 3, QStringLiteral("?"));
    const QString insert = QStringLiteral("INSERT INTO students (upn, ") + names.join(QStringLiteral(", "))
        + QStringLiteral(", created_at, updated_at) VALUES (") + marks.join(QStringLiteral(", ")) + QLatin1Char(')');
    QStringList sets;
    for (const QString &n : std::as_const(names))
        sets << n + QStringLiteral(" = ?");
    const QString update = QStringLiteral("UPDATE students SET ") + sets.join(QStringLiteral(", "))
        + QStringLiteral(", updated_at = ?, row_version = row_version + 1 WHERE id = ?");
    if (sqlite3 *handle = sqliteHandle(m_db)) {
        m_fast = true;
        if (Status s = m_fastFind.prepare(handle, find); !s)
            return s;
        if (Status s = m_fastInsert.prepare(handle, insert); !s)
            return s;
        return m_fastUpdate.prepare(handle, update);
    }
    if (Status s = m_find.prepare(find); !s)
        return s;
    if (Status s = m_insert.prepare(insert + QStringLiteral(" RETURNING id")); !s)
        return s;
    return m_update.prepare(update);
}

Result<StudentWriter::Outcome> StudentWriter::upsertByUpn(const Student &student, qint64 *idOut, Upn upn)
{
    if (Status s = prepareStatements(); !s)
        return s.error();

    const auto created = [&](qint64 newId) -> Result<Outcome> {
        if (idOut)
            *idOut = newId;
        if (Status s = writeFlags(newId, student.priorityFlags); !s)
            return s.error();
        if (Status s = m_audit.created(QStringLiteral("student"), newId, student.upn); !s)
            return s.error();
        return Outcome::Created;
    };
    const auto insertFast = [&]() -> Status {
        const QString now = isoNow();
        m_fastInsert.bind(1, student.upn);
        int column = bindFields(m_fastInsert, 2, student);
        m_fastInsert.bind(column++, now);
        m_fastInsert.bind(column, now);
        return m_fastInsert.exec();
    };

    // A UPN the caller saw nowhere is inserted without looking it up first (a tenth of an import's
    // time on SQLite). Should it have been stored since, the UNIQUE index refuses the row, SQLite
    // undoes that one statement, and the student is looked up and updated as usual.
    if (m_fast && upn == Upn::New) {
        if (Status s = insertFast(); s)
            return created(m_fastInsert.lastInsertId());
        else if (!m_fastInsert.failedOnUniqueness())
            return s.error();
    }

    const QList<FieldValue> fields = fieldsOf(student);
    // The stored values of the student with this UPN, if there is one.
    qint64 id = 0;
    QVariantList old;
    if (m_fast) {
        m_fastFind.bind(1, student.upn);
        if (m_fastFind.next()) {
            id = m_fastFind.id(0);
            for (int i = 0; i < fields.size(); ++i)
                old.append(m_fastFind.value(i + 1));
            m_fastFind.reset();
        } else if (!m_fastFind.status()) {
            return m_fastFind.status().error();
        }
    } else {
        m_find.bind(student.upn);
        if (Status s = m_find.exec(); !s)
            return s.error();
        if (m_find.next()) {
            id = m_find.id(0);
            for (int i = 0; i < fields.size(); ++i)
                old.append(m_find.value(i + 1));
        }
        m_find.finish();
    }

    if (id == 0) {
        if (m_fast) {
            if (Status s = insertFast(); !s)
                return s.error();
            return created(m_fastInsert.lastInsertId());
        }
        const QString now = isoNow();
        m_insert.bind(student.upn);
        for (const FieldValue &f : fields)
            m_insert.bind(f.value);
        m_insert.bind(now).bind(now);
        auto inserted = m_insert.scalar();
        if (!inserted)
            return inserted.error();
        return created(inserted->toLongLong());
    }

    if (idOut)
        *idOut = id;
    QList<std::pair<QString, std::pair<QString, QString>>> changes;
    for (int i = 0; i < fields.size(); ++i) {
        const QVariant &before = old.at(i);
        const QString oldText = auditText(before);
        QString newText = auditText(fields[i].value);
        // Numbers read back from SQLite may differ only in form (98 vs 98.0).
        bool numericSame = false;
        if (!before.isNull() && !fields[i].value.isNull()) {
            bool a = false;
            bool b = false;
            const double x = oldText.toDouble(&a);
            const double y = newText.toDouble(&b);
            numericSame = a && b && qFuzzyCompare(x + 1.0, y + 1.0);
        }
        if (before.isNull() != fields[i].value.isNull() || (oldText != newText && !numericSame))
            changes.append({QString::fromLatin1(fields[i].name), {oldText, newText}});
    }
    if (changes.isEmpty())
        return Outcome::Unchanged;
    if (m_fast) {
        const QString now = isoNow();
        int column = 1;
        for (const FieldValue &f : fields)
            m_fastUpdate.bind(column++, f.value);
        m_fastUpdate.bind(column++, now);
        m_fastUpdate.bind(column, id);
        if (Status s = m_fastUpdate.exec(); !s)
            return s.error();
    } else {
        for (const FieldValue &f : fields)
            m_update.bind(f.value);
        m_update.bind(isoNow()).bind(id);
        if (Status s = m_update.exec(); !s)
            return s.error();
    }
    for (const auto &c : changes)
        if (Status s = m_audit.changed(QStringLiteral("student"), id, c.first, c.second.first, c.second.second); !s)
            return s.error();
    return Outcome::Updated;
}

Status StudentWriter::writeFlags(qint64 id, const QStringList &flags)
{
    for (const QString &flag : flags) {
        Query q(m_db, QStringLiteral("INSERT INTO student_flags (student_id, flag) VALUES (?, ?) ON CONFLICT DO NOTHING"));
        q.bind(id).bind(flag);
        if (Status s = q.exec(); !s)
            return s;
    }
    return {};
}

Status StudentWriter::ensurePriorityFlag(const QString &code, const QString &label)
{
    Query q(m_db, QStringLiteral("INSERT INTO priority_flags (code, label) VALUES (?, ?) ON CONFLICT (code) DO NOTHING"));
    q.bind(code).bind(label);
    return q.exec();
}

Result<qint64> StudentWriter::addParent(const Parent &p)
{
    if (!m_parent.isPrepared()) {
        if (Status s = m_parent.prepare(QStringLiteral(
                "INSERT INTO parents (student_id, title, forename, surname, relationship, parental_responsibility, "
                "phone, email, address, contact_preference, priority) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
            !s)
            return s.error();
    }
    m_parent.bind(p.studentId)
        .bindNullable(p.title)
        .bindNullable(p.forename)
        .bind(p.surname)
        .bindNullable(p.relationship)
        .bind(p.parentalResponsibility)
        .bindNullable(p.phone)
        .bindNullable(p.email)
        .bindNullable(p.address)
        .bindNullable(p.contactPreference)
        .bind(p.priority);
    auto id = m_parent.scalar();
    if (!id)
        return id.error();
    if (Status s = m_audit.created(QStringLiteral("parent"), id->toLongLong(), QString()); !s)
        return s.error();
    return id->toLongLong();
}

} // namespace md
