// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "assessments/AssessmentRosterModel.h"

#include "access/Permissions.h"
#include "assessments/AssessmentService.h"

namespace md {

AssessmentRosterModel::AssessmentRosterModel(QObject *parent) : QAbstractTableModel(parent) {}

void AssessmentRosterModel::setSource(Database &db, const Session &session)
{
    m_db = &db;
    m_session = session;
}

Status AssessmentRosterModel::load(qint64 courseId)
{
    if (!m_db)
        return Error::invalid(tr("The assessments have no database to read."));
    AssessmentService service(*m_db);
    beginResetModel();
    m_courseId = courseId;
    m_rows.clear();
    m_scale.clear();
    m_editable = false;
    Status status;
    if (courseId > 0) {
        auto rows = service.roster(m_session, courseId);
        auto scale = service.gradingScale(courseId);
        auto stage = service.stage(courseId);
        if (!rows || !scale || !stage) {
            m_error = !rows ? rows.error() : !scale ? scale.error() : stage.error();
            status = m_error;
        } else {
            m_rows = std::move(*rows);
            m_scale = *scale;
            // What the service would accept; it checks again on every edit.
            m_editable = Permissions::allows(m_session, Action::EditAssessments) &&
                         *stage != AssessmentStage::Complete && *stage != AssessmentStage::Approved;
        }
    }
    endResetModel();
    return status;
}

int AssessmentRosterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AssessmentRosterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AssessmentRosterModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const CourseAssessment &a = m_rows.at(index.row());
    if (role == StudentIdRole)
        return a.studentId;
    if (role == ScaleRole)
        return m_scale;
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case StudentColumn:
        return a.studentName;
    case UpnColumn:
        return a.studentUpn;
    case GradeColumn:
        return a.grade;
    case CommentColumn:
        return a.comment;
    }
    return {};
}

bool AssessmentRosterModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || !m_db || index.row() >= m_rows.size())
        return false;
    if (index.column() != GradeColumn && index.column() != CommentColumn)
        return false;
    CourseAssessment a = m_rows.at(index.row());
    if (index.column() == GradeColumn)
        a.grade = value.toString().trimmed();
    else
        a.comment = value.toString().trimmed();
    AssessmentService service(*m_db);
    const auto write = [&](int version) {
        return service.setAssessment(m_session, m_courseId, a.studentId, a.grade, a.comment, version);
    };
    if (Status s = m_versionedWrite ? m_versionedWrite(a.rowVersion, write) : write(a.rowVersion); !s) {
        m_error = s.error();
        Q_EMIT editRefused(s.error().message);
        return false;
    }
    // Saved, possibly over a co-teacher's version the user chose to overwrite: hold the new one.
    if (auto version = service.assessmentVersion(m_courseId, a.studentId))
        a.rowVersion = *version;
    if (index.row() >= m_rows.size() || m_rows.at(index.row()).studentId != a.studentId)
        return true; // reloaded meanwhile
    m_rows[index.row()] = a;
    Q_EMIT dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    return true;
}

Qt::ItemFlags AssessmentRosterModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (m_editable && (index.column() == GradeColumn || index.column() == CommentColumn))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant AssessmentRosterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StudentColumn:
        return tr("Student");
    case UpnColumn:
        return tr("UPN");
    case GradeColumn:
        return tr("Grade");
    case CommentColumn:
        return tr("Comment");
    }
    return {};
}

} // namespace md
