// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "assessments/CourseCatalogue.h"

#include "access/Permissions.h"
#include "assessments/AssessmentService.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/Transaction.h"
#include "students/StudentNames.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <tuple>

namespace md {

namespace {
const QLatin1String kCourse("course");

const char *const kCourseSelect =
    "SELECT c.id, c.name, c.subject, c.year_group, c.term_id, t.name, t.completed_at, c.grading_scale, "
    "(SELECT COUNT(*) FROM course_students cs JOIN students s ON s.id = cs.student_id "
    " WHERE cs.course_id = c.id AND s.date_left IS NULL), "
    "(SELECT COUNT(*) FROM course_assessments ca WHERE ca.course_id = c.id AND ca.grade IS NOT NULL) "
    "FROM courses c LEFT JOIN terms t ON t.id = c.term_id ";

AssessmentCourse courseFrom(const Query &q)
{
    AssessmentCourse c;
    c.id = q.id(0);
    c.name = q.string(1);
    c.subject = q.string(2);
    c.yearGroup = q.integer(3);
    c.termId = q.id(4);
    c.termName = q.string(5);
    c.termComplete = !q.value(6).isNull() && !q.string(6).isEmpty();
    c.gradingScale = q.string(7).split(QLatin1Char('|'), Qt::SkipEmptyParts);
    c.enrolled = q.integer(8);
    c.assessed = q.integer(9);
    return c;
}
} // namespace

QList<std::pair<QString, QStringList>> CourseCatalogue::gradingScalePresets()
{
    return {
        {tr("GCSE 9 to 1"), QStringList{QStringLiteral("9"), QStringLiteral("8"), QStringLiteral("7"),
                                        QStringLiteral("6"), QStringLiteral("5"), QStringLiteral("4"),
                                        QStringLiteral("3"), QStringLiteral("2"), QStringLiteral("1")}},
        {tr("A* to E"), QStringList{QStringLiteral("A*"), QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"),
                                    QStringLiteral("D"), QStringLiteral("E")}},
        {tr("Greater depth to emerging"),
         QStringList{tr("Greater depth"), tr("Secure"), tr("Developing"), tr("Emerging")}},
        {tr("Distinction to pass"), QStringList{tr("Distinction"), tr("Merit"), tr("Pass"), tr("Not yet")}},
    };
}

Result<AssessmentCourse> CourseCatalogue::load(qint64 id) const
{
    Query q(m_db, QString::fromLatin1(kCourseSelect) + QStringLiteral("WHERE c.id = ?"));
    q.bind(id);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error::notFound(tr("That course no longer exists."));
    AssessmentCourse c = courseFrom(q);
    q.finish();
    Query t(m_db,
            QStringLiteral("SELECT u.id, u.display_name FROM course_teachers ct JOIN users u ON u.id = ct.user_id "
                           "WHERE ct.course_id = ? ORDER BY u.display_name"));
    t.bind(id);
    if (Status s = t.exec(); !s)
        return s.error();
    while (t.next()) {
        c.teacherIds.append(t.id(0));
        c.teacherNames.append(t.string(1));
    }
    return c;
}

Result<QList<AssessmentCourse>> CourseCatalogue::courses(const Session &session, qint64 termId) const
{
    if (Status s = Permissions::require(session, Action::ManageTerms); !s)
        return s.error();
    QString where;
    if (termId > 0)
        where = QStringLiteral("WHERE c.term_id = ? ");
    else if (termId < 0)
        where = QStringLiteral("WHERE c.term_id IS NULL ");
    Query q(m_db, QString::fromLatin1(kCourseSelect) + where + QStringLiteral("ORDER BY c.year_group, c.name, c.id"));
    if (termId > 0)
        q.bind(termId);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<AssessmentCourse> out;
    QHash<qint64, qsizetype> rowOf;
    while (q.next()) {
        rowOf.insert(q.id(0), out.size());
        out.append(courseFrom(q));
    }
    Query t(m_db, QStringLiteral("SELECT ct.course_id, u.id, u.display_name FROM course_teachers ct "
                                 "JOIN users u ON u.id = ct.user_id ORDER BY u.display_name"));
    if (Status s = t.exec(); !s)
        return s.error();
    while (t.next()) {
        const auto it = rowOf.constFind(t.id(0));
        if (it == rowOf.constEnd())
            continue;
        out[*it].teacherIds.append(t.id(1));
        out[*it].teacherNames.append(t.string(2));
    }
    return out;
}

Result<AssessmentCourse> CourseCatalogue::course(const Session &session, qint64 id) const
{
    if (Status s = Permissions::require(session, Action::ManageTerms); !s)
        return s.error();
    return load(id);
}

Status CourseCatalogue::checkDraft(const AssessmentCourseDraft &draft) const
{
    const QString name = draft.name.simplified();
    if (name.isEmpty())
        return Error::invalid(tr("A course needs a name."));
    if (name.size() > kMaxNameLength || draft.subject.simplified().size() > kMaxNameLength)
        return Error::invalid(tr("A course's name and subject may be at most %1 characters long.").arg(kMaxNameLength));
    if (draft.yearGroup < 0 || draft.yearGroup > 14)
        return Error::invalid(tr("Year group %1 is out of range (from 1 to 14, or none).").arg(draft.yearGroup));
    if (draft.termId > 0) {
        auto t = AssessmentService(m_db).term(draft.termId);
        if (!t)
            return t.error();
    }
    return {};
}

Status CourseCatalogue::checkUnlocked(const AssessmentCourse &course) const
{
    if (course.termComplete)
        return Error::conflict(
            tr("%1 is complete: its courses and their assessments are locked and nobody may change them.")
                .arg(course.termName));
    return {};
}

Result<qint64> CourseCatalogue::createCourse(const Session &session, const AssessmentCourseDraft &draft,
                                             const QStringList &gradingScale)
{
    if (Status s = Permissions::require(session, Action::ManageTerms); !s)
        return s.error();
    if (Status s = checkDraft(draft); !s)
        return s.error();
    if (draft.termId > 0) {
        auto t = AssessmentService(m_db).term(draft.termId);
        if (t && t->isComplete())
            return Error::conflict(tr("%1 is complete: no course can be added to it.").arg(t->name));
    }
    const QString name = draft.name.simplified();
    Query same(m_db, QStringLiteral("SELECT COUNT(*) FROM courses WHERE LOWER(name) = LOWER(?) AND "
                                    "COALESCE(term_id, 0) = ?"));
    same.bind(name).bind(draft.termId);
    auto n = same.scalar();
    if (!n)
        return n.error();
    if (n->toInt() > 0)
        return Error::conflict(tr("There is already a course called \"%1\" in that term.").arg(name));
    QStringList scale;
    for (const QString &g : gradingScale)
        scale << g.simplified();
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Query q(m_db, QStringLiteral("INSERT INTO courses (name, subject, year_group, term_id, created_at) "
                                 "VALUES (?, ?, ?, ?, ?) RETURNING id"));
    q.bind(name).bindNullable(draft.subject.simplified());
    q.bind(draft.yearGroup > 0 ? QVariant(draft.yearGroup) : QVariant(QMetaType(QMetaType::Int)));
    q.bind(draft.termId > 0 ? QVariant(draft.termId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.bind(isoNow());
    auto id = q.scalar();
    if (!id)
        return id.error();
    AuditLog audit(m_db, session.actor());
    if (Status s = audit.created(kCourse, id->toLongLong(), name); !s)
        return s.error();
    if (!scale.isEmpty())
        // Checked and audited by the service, inside this transaction (a savepoint).
        if (Status s = AssessmentService(m_db).setGradingScale(session, id->toLongLong(), scale); !s)
            return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id->toLongLong();
}

Status CourseCatalogue::updateCourse(const Session &session, qint64 id, const AssessmentCourseDraft &draft)
{
    if (Status s = Permissions::require(session, Action::ManageTerms); !s)
        return s;
    auto old = load(id);
    if (!old)
        return old.error();
    if (Status s = checkUnlocked(*old); !s)
        return s;
    if (Status s = checkDraft(draft); !s)
        return s;
    const QString name = draft.name.simplified();
    const QString subject = draft.subject.simplified();
    if (draft.termId != old->termId) {
        if (old->assessed > 0)
            return Error::conflict(tr("Students have been assessed on %1 in %2: the course stays in that term.")
                                       .arg(old->name, old->termName));
        if (draft.termId > 0) {
            auto t = AssessmentService(m_db).term(draft.termId);
            if (!t)
                return t.error();
            if (t->isComplete())
                return Error::conflict(tr("%1 is complete: no course can be added to it.").arg(t->name));
        }
    }
    Query same(m_db, QStringLiteral("SELECT COUNT(*) FROM courses WHERE LOWER(name) = LOWER(?) AND "
                                    "COALESCE(term_id, 0) = ? AND id <> ?"));
    same.bind(name).bind(draft.termId).bind(id);
    auto n = same.scalar();
    if (!n)
        return n.error();
    if (n->toInt() > 0)
        return Error::conflict(tr("There is already a course called \"%1\" in that term.").arg(name));
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Query q(m_db, QStringLiteral("UPDATE courses SET name = ?, subject = ?, year_group = ?, term_id = ? WHERE id = ?"));
    q.bind(name).bindNullable(subject);
    q.bind(draft.yearGroup > 0 ? QVariant(draft.yearGroup) : QVariant(QMetaType(QMetaType::Int)));
    q.bind(draft.termId > 0 ? QVariant(draft.termId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.bind(id);
    if (Status s = q.exec(); !s)
        return s;
    AuditLog audit(m_db, session.actor());
    const auto number = [](qint64 v) { return v > 0 ? QString::number(v) : QString(); };
    const std::tuple<const char *, QString, QString> changes[] = {
        {"name", old->name, name},
        {"subject", old->subject, subject},
        {"year_group", number(old->yearGroup), number(draft.yearGroup)},
        {"term_id", number(old->termId), number(draft.termId)},
    };
    for (const auto &[field, before, after] : changes)
        if (before != after)
            if (Status s = audit.changed(kCourse, id, QString::fromLatin1(field), before, after); !s)
                return s;
    return tx.commit();
}

Result<QList<std::pair<qint64, QString>>> CourseCatalogue::teacherChoices(const Session &session) const
{
    if (Status s = Permissions::require(session, Action::ManageTerms); !s)
        return s.error();
    Query q(m_db, QStringLiteral("SELECT DISTINCT u.id, u.display_name FROM users u JOIN user_roles r ON "
                                 "r.user_id = u.id WHERE r.role = 'teacher' ORDER BY u.display_name"));
    if (Status s = q.exec(); !s)
        return s.error();
    QList<std::pair<qint64, QString>> out;
    while (q.next())
        out.append({q.id(0), q.string(1)});
    return out;
}

Status CourseCatalogue::setTeachers(const Session &session, qint64 id, const QList<qint64> &teacherIds)
{
    if (Status s = Permissions::require(session, Action::ManageTerms); !s)
        return s;
    auto old = load(id);
    if (!old)
        return old.error();
    if (Status s = checkUnlocked(*old); !s)
        return s;
    auto choices = teacherChoices(session);
    if (!choices)
        return choices.error();
    QHash<qint64, QString> teachers;
    for (const auto &[tid, name] : std::as_const(*choices))
        teachers.insert(tid, name);
    QList<qint64> wanted;
    for (qint64 tid : teacherIds) {
        if (wanted.contains(tid))
            continue;
        if (!teachers.contains(tid)) {
            Query who(m_db, QStringLiteral("SELECT display_name FROM users WHERE id = ?"));
            who.bind(tid);
            auto name = who.scalar();
            if (!name || !name->isValid())
                return Error::notFound(tr("One of the chosen teachers no longer exists."));
            return Error::invalid(tr("%1 does not hold the Teacher role: give them the role in Staff and roles "
                                     "before choosing them for a course.")
                                      .arg(name->toString()));
        }
        wanted.append(tid);
    }
    const QSet<qint64> before(old->teacherIds.cbegin(), old->teacherIds.cend());
    const QSet<qint64> after(wanted.cbegin(), wanted.cend());
    if (before == after)
        return {};
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Query del(m_db, QStringLiteral("DELETE FROM course_teachers WHERE course_id = ?"));
    del.bind(id);
    if (Status s = del.exec(); !s)
        return s;
    Query add(m_db, QStringLiteral("INSERT INTO course_teachers (course_id, user_id) VALUES (?, ?)"));
    for (qint64 tid : std::as_const(wanted)) {
        add.bind(id).bind(tid);
        if (Status s = add.exec(); !s)
            return s;
    }
    QStringList oldIds, newIds;
    for (qint64 tid : old->teacherIds)
        oldIds << QString::number(tid);
    for (qint64 tid : std::as_const(wanted))
        newIds << QString::number(tid);
    AuditLog audit(m_db, session.actor());
    if (Status s = audit.changed(kCourse, id, QStringLiteral("teachers"), oldIds.join(QLatin1Char(',')),
                                 newIds.join(QLatin1Char(',')));
        !s)
        return s;
    return tx.commit();
}

Result<QList<AssessmentCourseStudent>> CourseCatalogue::students(const Session &session, qint64 courseId) const
{
    if (Status s = Permissions::require(session, Action::ManageTerms); !s)
        return s.error();
    Query q(m_db, QStringLiteral("SELECT s.id, s.upn, s.legal_surname, s.legal_forename, s.preferred_forename, "
                                 "s.tutor_group, (SELECT COUNT(*) FROM course_assessments ca WHERE ca.course_id = "
                                 "cs.course_id AND ca.student_id = s.id AND ca.grade IS NOT NULL) "
                                 "FROM course_students cs JOIN students s ON s.id = cs.student_id "
                                 "WHERE cs.course_id = ? AND s.date_left IS NULL "
                                 "ORDER BY s.legal_surname, s.legal_forename, s.id"));
    q.bind(courseId);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<AssessmentCourseStudent> out;
    while (q.next()) {
        AssessmentCourseStudent st;
        st.id = q.id(0);
        st.upn = q.string(1);
        st.name = listName(q.string(2), q.string(3), q.string(4));
        st.tutorGroup = q.string(5);
        st.assessed = q.integer(6) > 0;
        out.append(st);
    }
    return out;
}

Result<int> CourseCatalogue::enrol(const Session &session, qint64 courseId, const QList<qint64> &studentIds)
{
    if (Status s = Permissions::require(session, Action::ManageTerms); !s)
        return s.error();
    auto course = load(courseId);
    if (!course)
        return course.error();
    if (Status s = checkUnlocked(*course); !s)
        return s.error();
    Query known(m_db, QStringLiteral("SELECT COUNT(*) FROM students WHERE id = ? AND date_left IS NULL"));
    Query there(m_db, QStringLiteral("SELECT COUNT(*) FROM course_students WHERE course_id = ? AND student_id = ?"));
    QList<qint64> toAdd;
    for (qint64 sid : studentIds) {
        if (toAdd.contains(sid))
            continue;
        known.bind(sid);
        auto k = known.scalar();
        if (!k)
            return k.error();
        if (k->toInt() == 0)
            return Error::notFound(tr("One of the students chosen is no longer on the school's roll."));
        there.bind(courseId).bind(sid);
        auto t = there.scalar();
        if (!t)
            return t.error();
        if (t->toInt() == 0)
            toAdd.append(sid);
    }
    if (toAdd.isEmpty())
        return 0;
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Query add(m_db, QStringLiteral("INSERT INTO course_students (course_id, student_id) VALUES (?, ?)"));
    AuditLog audit(m_db, session.actor());
    for (qint64 sid : std::as_const(toAdd)) {
        add.bind(courseId).bind(sid);
        if (Status s = add.exec(); !s)
            return s.error();
        // Ids only: who is on which course is pupil data.
        if (Status s = audit.record(QStringLiteral("enrol"), kCourse, courseId, QStringLiteral("student"), QString(),
                                    QString::number(sid));
            !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return int(toAdd.size());
}

Result<int> CourseCatalogue::enrolGroup(const Session &session, qint64 courseId, const QString &tutorGroup)
{
    if (Status s = Permissions::require(session, Action::ManageTerms); !s)
        return s.error();
    Query q(m_db, QStringLiteral("SELECT id FROM students WHERE tutor_group = ? AND date_left IS NULL ORDER BY id"));
    q.bind(tutorGroup);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<qint64> ids;
    while (q.next())
        ids.append(q.id(0));
    if (ids.isEmpty())
        return Error::notFound(tr("Tutor group %1 has no current students.").arg(tutorGroup));
    return enrol(session, courseId, ids);
}

Status CourseCatalogue::unenrol(const Session &session, qint64 courseId, const QList<qint64> &studentIds)
{
    if (Status s = Permissions::require(session, Action::ManageTerms); !s)
        return s;
    auto course = load(courseId);
    if (!course)
        return course.error();
    if (Status s = checkUnlocked(*course); !s)
        return s;
    Query graded(m_db, QStringLiteral("SELECT COUNT(*) FROM course_assessments WHERE course_id = ? AND student_id = ? "
                                      "AND grade IS NOT NULL"));
    for (qint64 sid : studentIds) {
        graded.bind(courseId).bind(sid);
        auto n = graded.scalar();
        if (!n)
            return n.error();
        if (n->toInt() > 0)
            return Error::conflict(tr("A student chosen has already been assessed on %1: their grade is part of the "
                                      "course's assessments, so they stay on it.")
                                       .arg(course->name));
    }
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Query del(m_db, QStringLiteral("DELETE FROM course_students WHERE course_id = ? AND student_id = ?"));
    Query delAssessment(m_db, QStringLiteral("DELETE FROM course_assessments WHERE course_id = ? AND student_id = ?"));
    AuditLog audit(m_db, session.actor());
    for (qint64 sid : studentIds) {
        del.bind(courseId).bind(sid);
        if (Status s = del.exec(); !s)
            return s;
        if (del.numRowsAffected() == 0)
            continue;
        // A comment without a grade goes with the student.
        delAssessment.bind(courseId).bind(sid);
        if (Status s = delAssessment.exec(); !s)
            return s;
        if (Status s = audit.record(QStringLiteral("unenrol"), kCourse, courseId, QStringLiteral("student"),
                                    QString::number(sid), QString());
            !s)
            return s;
    }
    return tx.commit();
}

Result<QStringList> CourseCatalogue::tutorGroups(const Session &session) const
{
    if (Status s = Permissions::require(session, Action::ManageTerms); !s)
        return s.error();
    Query q(m_db, QStringLiteral("SELECT tutor_group, MIN(year_group) FROM students WHERE tutor_group IS NOT NULL AND "
                                 "tutor_group <> '' AND date_left IS NULL GROUP BY tutor_group ORDER BY 2, 1"));
    if (Status s = q.exec(); !s)
        return s.error();
    QStringList out;
    while (q.next())
        out.append(q.string(0));
    return out;
}

// --- models --------------------------------------------------------------------------------------

AssessmentCourseModel::AssessmentCourseModel(QObject *parent) : QAbstractTableModel(parent) {}

void AssessmentCourseModel::setSource(Database &db, const Session &session)
{
    m_db = &db;
    m_session = session;
}

Status AssessmentCourseModel::load(qint64 termId)
{
    if (!m_db)
        return Error::invalid(tr("The course list has no database to read."));
    m_termId = termId;
    auto rows = CourseCatalogue(*m_db).courses(m_session, termId);
    beginResetModel();
    m_rows = rows ? *rows : QList<AssessmentCourse>();
    endResetModel();
    if (!rows)
        return rows.error();
    return {};
}

int AssessmentCourseModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AssessmentCourseModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int AssessmentCourseModel::rowOf(qint64 courseId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == courseId)
            return i;
    return -1;
}

QVariant AssessmentCourseModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const AssessmentCourse &c = m_rows.at(index.row());
    switch (role) {
    case CourseIdRole:
        return c.id;
    case Qt::ForegroundRole:
        return c.termComplete ? QVariant(QBrush(QColor(0x6b, 0x6b, 0x6b))) : QVariant();
    case Qt::ToolTipRole:
        return c.termComplete ? tr("%1 is complete: this course is locked.").arg(c.termName) : QVariant();
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case NameColumn:
            return c.name;
        case YearColumn:
            return c.yearGroup > 0 ? QString::number(c.yearGroup) : QString();
        case TermColumn:
            return c.termId > 0 ? c.termName : tr("No term");
        case TeachersColumn:
            return c.teacherNames.join(QStringLiteral(", "));
        case StudentsColumn:
            return c.assessed > 0 ? tr("%1 (%2 assessed)").arg(c.enrolled).arg(c.assessed)
                                  : QString::number(c.enrolled);
        case ScaleColumn:
            return c.gradingScale.join(QStringLiteral(", "));
        }
        return {};
    }
    return {};
}

QVariant AssessmentCourseModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Course");
    case YearColumn:
        return tr("Year");
    case TermColumn:
        return tr("Term");
    case TeachersColumn:
        return tr("Teachers");
    case StudentsColumn:
        return tr("Students");
    case ScaleColumn:
        return tr("Grading scale");
    }
    return {};
}

AssessmentTermModel::AssessmentTermModel(QObject *parent) : QAbstractTableModel(parent) {}

void AssessmentTermModel::setSource(Database &db)
{
    m_db = &db;
}

Status AssessmentTermModel::load()
{
    if (!m_db)
        return Error::invalid(tr("The term list has no database to read."));
    AssessmentService service(*m_db);
    auto rows = service.terms();
    auto counts = service.courseCounts();
    auto current = service.currentTerm();
    beginResetModel();
    m_rows = rows ? *rows : QList<AssessmentTerm>();
    m_courseCounts = counts ? *counts : QHash<qint64, int>();
    m_current = current && *current ? (*current)->id : 0;
    endResetModel();
    if (!rows)
        return rows.error();
    if (!counts)
        return counts.error();
    return {};
}

int AssessmentTermModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AssessmentTermModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int AssessmentTermModel::rowOf(qint64 termId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == termId)
            return i;
    return -1;
}

QVariant AssessmentTermModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const AssessmentTerm &t = m_rows.at(index.row());
    switch (role) {
    case TermIdRole:
        return t.id;
    case Qt::FontRole:
        if (t.id == m_current) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case NameColumn:
            return t.id == m_current ? tr("%1 (current)").arg(t.name) : t.name;
        case StartsColumn:
            return QLocale().toString(t.startsOn, QLocale::ShortFormat);
        case EndsColumn:
            return QLocale().toString(t.endsOn, QLocale::ShortFormat);
        case CoursesColumn:
            return m_courseCounts.value(t.id);
        case StatusColumn:
            return t.isComplete() ? tr("Complete: assessments locked") : tr("Open");
        }
        return {};
    }
    return {};
}

QVariant AssessmentTermModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Term");
    case StartsColumn:
        return tr("Starts");
    case EndsColumn:
        return tr("Ends");
    case CoursesColumn:
        return tr("Courses");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

} // namespace md
