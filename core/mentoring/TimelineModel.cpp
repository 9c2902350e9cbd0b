// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mentoring/TimelineModel.h"

#include "access/Permissions.h"
#include "access/Session.h"
#include "access/StudentScope.h"
#include "privacy/Restricted.h"
#include "mentoring/MentoringTypes.h"
#include "storage/Database.h"
#include "storage/Query.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace md {

namespace {

// Every kind of row, as one union; the t-columns mean different things per kind (see summary()).
const QLatin1String kUnion(
    "SELECT kind, id, on_date, sort_at, t1, t2, t3, t4, t5, t6, author, hidden FROM ("
    "SELECT 'session' AS kind, ms.id AS id, ms.session_date AS on_date, ms.created_at AS sort_at, ms.status AS t1, "
    "COALESCE(ms.subject, '') AS t2, COALESCE(ms.focus, '') AS t3, CAST(ms.period AS TEXT) AS t4, "
    "COALESCE(CAST(ms.rating AS TEXT), '') AS t5, COALESCE(ms.status_reason, '') AS t6, "
    "COALESCE(u.display_name, '') AS author, 0 AS hidden "
    "FROM mentoring_sessions ms LEFT JOIN users u ON u.id = ms.mentor_id WHERE ms.student_id = ? "
    "UNION ALL "
    "SELECT 'objective', o.id, o.set_on, o.created_at, o.status, o.text, o.source, '', '', '', COALESCE(u.display_name, ''), 0 "
    "FROM mentoring_objectives o LEFT JOIN users u ON u.id = o.created_by WHERE o.student_id = ? "
    "UNION ALL "
    "SELECT 'target', t.id, t.set_on, t.created_at, t.status, t.title, t.due_on, COALESCE(t.closed_on, ''), '', '', "
    "COALESCE(u.display_name, ''), 0 FROM smart_targets t LEFT JOIN users u ON u.id = t.created_by WHERE t.student_id = ? "
    "UNION ALL "
    "SELECT 'check_in', c.id, c.checked_on, c.checked_at, '', COALESCE(c.note, ''), '', '', '', '', "
    "COALESCE(u.display_name, ''), 0 FROM mentoring_checkins c LEFT JOIN users u ON u.id = c.mentor_id WHERE c.student_id = ? "
    "UNION ALL "
    "SELECT e.kind, e.id, e.occurred_on, e.created_at, COALESCE(e.title, ''), e.body, COALESCE(e.action, ''), "
    "COALESCE(e.party, ''), COALESCE(e.method, ''), COALESCE(e.outcome, e.purpose, ''), COALESCE(u.display_name, ''), "
    "CASE WHEN e.restricted = 1 AND ? = 0 AND (e.author_id IS NULL OR e.author_id <> ?) THEN 1 ELSE 0 END "
    "FROM mentoring_entries e LEFT JOIN users u ON u.id = e.author_id WHERE e.student_id = ?"
    ") x");

QString clip(const QString &text, int length = 160)
{
    const QString one = text.simplified();
    return one.size() <= length ? one : one.left(length) + QChar(0x2026);
}

QString joinParts(const QStringList &parts)
{
    QStringList kept;
    for (const QString &p : parts)
        if (!p.isEmpty())
            kept << p;
    return kept.join(QStringLiteral(" \u00b7 "));
}

} // namespace

TimelineModel::TimelineModel(QObject *parent) : QAbstractTableModel(parent) {}

QList<TimelineKind> TimelineModel::allKinds()
{
    return {TimelineKind::Session,     TimelineKind::Objective,  TimelineKind::Target,
            TimelineKind::CheckIn,     TimelineKind::Observation, TimelineKind::BehaviourIntervention,
            TimelineKind::Contact,     TimelineKind::ProgressUpdate, TimelineKind::TermlyReport,
            TimelineKind::Review,      TimelineKind::Note};
}

QString TimelineModel::code(TimelineKind kind)
{
    switch (kind) {
    case TimelineKind::Session:
        return QStringLiteral("session");
    case TimelineKind::Objective:
        return QStringLiteral("objective");
    case TimelineKind::Target:
        return QStringLiteral("target");
    case TimelineKind::CheckIn:
        return QStringLiteral("check_in");
    case TimelineKind::Observation:
        return codeOf(EntryKind::Observation);
    case TimelineKind::BehaviourIntervention:
        return codeOf(EntryKind::BehaviourIntervention);
    case TimelineKind::Contact:
        return codeOf(EntryKind::Contact);
    case TimelineKind::ProgressUpdate:
        return codeOf(EntryKind::ProgressUpdate);
    case TimelineKind::TermlyReport:
        return codeOf(EntryKind::TermlyReport);
    case TimelineKind::Review:
        return codeOf(EntryKind::Review);
    case TimelineKind::Note:
        return codeOf(EntryKind::Note);
    }
    return {};
}

QString TimelineModel::label(TimelineKind kind)
{
    switch (kind) {
    case TimelineKind::Session:
        return tr("1:1 session");
    case TimelineKind::Objective:
        return tr("Objective");
    case TimelineKind::Target:
        return tr("SMART target");
    case TimelineKind::CheckIn:
        return tr("Check-in");
    case TimelineKind::Observation:
        return labelOf(EntryKind::Observation);
    case TimelineKind::BehaviourIntervention:
        return labelOf(EntryKind::BehaviourIntervention);
    case TimelineKind::Contact:
        return labelOf(EntryKind::Contact);
    case TimelineKind::ProgressUpdate:
        return tr("Progress update");
    case TimelineKind::TermlyReport:
        return tr("Termly report");
    case TimelineKind::Review:
        return labelOf(EntryKind::Review);
    case TimelineKind::Note:
        return labelOf(EntryKind::Note);
    }
    return {};
}

void TimelineModel::clear()
{
    beginResetModel();
    m_items.clear();
    endResetModel();
}

Status TimelineModel::load(Database &db, const Session &session, qint64 studentId)
{
    if (Status s = StudentScope::check(db, session, Action::ViewMentoringLog, studentId); !s) {
        clear();
        return s;
    }
    QString sql = kUnion;
    QStringList codes;
    if (!m_kinds.isEmpty() && m_kinds.size() < allKinds().size()) {
        for (TimelineKind k : allKinds())
            if (m_kinds.contains(k))
                codes << code(k);
        QStringList marks;
        marks.fill(QStringLiteral("?"), codes.size());
        sql += QStringLiteral(" WHERE kind IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')');
    }
    sql += QStringLiteral(" ORDER BY on_date DESC, sort_at DESC, id DESC");
    Query q(db, sql);
    for (int i = 0; i < 4; ++i)
        q.bind(studentId);
    q.bind(Permissions::allows(session, Action::ReadRestricted)).bind(session.userId()).bind(studentId);
    for (const QString &c : std::as_const(codes))
        q.bind(c);
    if (Status s = q.exec(); !s) {
        clear();
        return s;
    }
    QHash<QString, TimelineKind> kindOf;
    for (TimelineKind k : allKinds())
        kindOf.insert(code(k), k);
    const QLocale locale;
    QList<TimelineItem> items;
    while (q.next()) {
        TimelineItem it;
        it.kind = kindOf.value(q.string(0), TimelineKind::Note);
        it.id = q.id(1);
        it.on = q.date(2);
        it.by = q.string(10);
        const QString t1 = q.string(4), t2 = q.string(5), t3 = q.string(6), t4 = q.string(7), t5 = q.string(8),
                      t6 = q.string(9);
        if (q.flag(11)) {
            // Restricted and not for this session: that there is one, and nothing of what it says.
            it.summary = Restricted::label();
            it.restricted = true;
            items.append(it);
            continue;
        }
        switch (it.kind) {
        case TimelineKind::Session: {
            const auto status = fromCode<SessionStatus>(t1).value_or(SessionStatus::Planned);
            const auto focus = fromCode<SessionFocus>(t3);
            QString where = tr("Period %1").arg(t4);
            if (!t2.isEmpty())
                where += QStringLiteral(" (%1)").arg(t2);
            const QString state = t6.isEmpty() ? labelOf(status) : tr("%1: %2").arg(labelOf(status), clip(t6, 80));
            it.summary = joinParts({where, state, t5.isEmpty() ? QString() : tr("week rated %1/5").arg(t5),
                                    focus ? labelOf(*focus) : QString()});
            it.attention = status == SessionStatus::Missed;
            break;
        }
        case TimelineKind::Objective: {
            const auto status = fromCode<ObjectiveStatus>(t1).value_or(ObjectiveStatus::Active);
            it.summary = joinParts({clip(t2), status == ObjectiveStatus::Active ? QString() : labelOf(status)});
            break;
        }
        case TimelineKind::Target: {
            const auto status = fromCode<TargetStatus>(t1).value_or(TargetStatus::Active);
            const QDate due = QDate::fromString(t3, Qt::ISODate);
            it.summary = joinParts({clip(t2), tr("due %1").arg(locale.toString(due, QStringLiteral("d MMM"))), labelOf(status)});
            it.attention = status == TargetStatus::NotMet;
            break;
        }
        case TimelineKind::CheckIn:
            it.summary = t2.isEmpty() ? tr("Checked in") : tr("Checked in: %1").arg(clip(t2));
            break;
        case TimelineKind::Contact: {
            const auto party = fromCode<ContactParty>(t4);
            const auto method = fromCode<ContactMethod>(t5);
            const QString who = t1.isEmpty() ? (party ? labelOf(*party) : QString())
                                             : tr("%1 (%2)").arg(party ? labelOf(*party) : QString(), t1);
            it.summary = joinParts({method ? tr("%1 with %2").arg(labelOf(*method), who.toLower().left(1) + who.mid(1)) : who,
                                    clip(t2, 120), t3.isEmpty() ? QString() : tr("follow-up: %1").arg(clip(t3, 60))});
            it.attention = t6 == QLatin1String("concern");
            break;
        }
        case TimelineKind::ProgressUpdate:
        case TimelineKind::Review: {
            const auto outcome = fromCode<EntryOutcome>(t6);
            it.summary = joinParts({outcome ? labelOf(*outcome) : QString(), clip(t2)});
            it.attention = outcome == EntryOutcome::NotOnTrack;
            break;
        }
        case TimelineKind::Observation:
        case TimelineKind::TermlyReport:
            it.summary = joinParts({t1, clip(t2)});
            break;
        case TimelineKind::BehaviourIntervention:
            it.summary = joinParts({clip(t2), t3.isEmpty() ? QString() : tr("action: %1").arg(clip(t3, 80))});
            break;
        case TimelineKind::Note:
            it.summary = joinParts({t1, clip(t2)});
            break;
        }
        items.append(it);
    }
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
    return {};
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimelineItem &it = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return QLocale().toString(it.on, QStringLiteral("ddd d MMM yyyy"));
        case KindColumn:
            return label(it.kind);
        case SummaryColumn:
            return it.summary;
        case ByColumn:
            return it.by;
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == SummaryColumn ? QVariant(it.summary) : QVariant();
    case Qt::ForegroundRole:
        return it.attention && index.column() == SummaryColumn ? QVariant(QBrush(QColor(0xA3, 0x00, 0x00))) : QVariant();
    case KindRole:
        return int(it.kind);
    case ItemIdRole:
        return it.id;
    case DateRole:
        return it.on;
    default:
        return {};
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case KindColumn:
        return tr("What");
    case SummaryColumn:
        return tr("Summary");
    case ByColumn:
        return tr("By");
    }
    return {};
}

} // namespace md
