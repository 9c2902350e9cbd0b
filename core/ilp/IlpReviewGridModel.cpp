// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ilp/IlpReviewGridModel.h"

#include "ilp/IlpReviewStore.h"

namespace md {

IlpReviewGridModel::IlpReviewGridModel(Database &db, Session session, QObject *parent)
    : QAbstractTableModel(parent), m_db(db), m_session(std::move(session))
{
}

Status IlpReviewGridModel::load(qint64 reviewId)
{
    IlpReviewStore store(m_db);
    beginResetModel();
    m_entries.clear();
    m_review = IlpReview();
    if (reviewId > 0) {
        auto review = store.get(m_session, reviewId);
        auto entries = review ? store.entries(m_session, reviewId) : Result<QList<IlpReviewEntry>>(review.error());
        if (review && entries) {
            m_review = *review;
            m_entries = *entries;
        }
        endResetModel();
        if (!review)
            return review.error();
        if (!entries)
            return entries.error();
        return {};
    }
    endResetModel();
    return {};
}

Status IlpReviewGridModel::refreshReview()
{
    const bool wasLocked = m_review.locked;
    auto review = IlpReviewStore(m_db).get(m_session, m_review.id);
    if (!review)
        return review.error();
    m_review = *review;
    if (wasLocked != m_review.locked)
        Q_EMIT lockChanged(m_review.locked);
    return {};
}

Status IlpReviewGridModel::assessRows(const QList<int> &rows, const QString &assessment)
{
    QList<IlpReviewEntry> changed;
    for (int r : rows) {
        if (r < 0 || r >= m_entries.size())
            continue;
        IlpReviewEntry e = m_entries.at(r);
        e.assessment = assessment;
        changed << e;
    }
    auto versions = IlpReviewStore(m_db).assess(m_session, m_review.id, changed);
    if (!versions) {
        Q_EMIT saveFailed(versions.error().message);
        return versions.error();
    }
    int i = 0;
    for (int r : rows) {
        if (r < 0 || r >= m_entries.size())
            continue;
        m_entries[r].assessment = assessment;
        m_entries[r].version = versions->at(i++);
        Q_EMIT dataChanged(index(r, AssessmentColumn), index(r, AssessmentColumn));
    }
    if (Status s = refreshReview(); !s)
        return s;
    Q_EMIT saved(int(changed.size()));
    return {};
}

int IlpReviewGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int IlpReviewGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IlpReviewGridModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const IlpReviewEntry &e = m_entries.at(index.row());
    if (role == ScaleRole)
        return m_review.scale;
    if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case StudentColumn:
            return e.studentName;
        case GroupColumn:
            return e.tutorGroup;
        case AssessmentColumn:
            return e.assessment;
        case CommentColumn:
            return e.comment;
        case SelfAssessmentColumn:
            return e.selfAssessment;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == SelfAssessmentColumn)
        return tr("The student's own self-assessment, as they gave it.");
    return {};
}

bool IlpReviewGridModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= m_entries.size())
        return false;
    IlpReviewEntry e = m_entries.at(index.row());
    const QString text = value.toString();
    IlpReviewStore store(m_db);
    if (index.column() == SelfAssessmentColumn) {
        if (text == e.selfAssessment)
            return true;
        auto v = store.setSelfAssessment(m_session, m_review.id, e.studentId, text, e.version);
        if (!v) {
            Q_EMIT saveFailed(v.error().message);
            return false;
        }
        m_entries[index.row()].selfAssessment = text;
        m_entries[index.row()].version = *v;
    } else if (index.column() == AssessmentColumn || index.column() == CommentColumn) {
        if (index.column() == AssessmentColumn)
            e.assessment = text;
        else
            e.comment = text;
        auto v = store.assess(m_session, m_review.id, {e});
        if (!v) {
            Q_EMIT saveFailed(v.error().message);
            return false;
        }
        e.version = v->first();
        m_entries[index.row()] = e;
        if (Status s = refreshReview(); !s)
            Q_EMIT saveFailed(s.error().message);
    } else {
        return false;
    }
    Q_EMIT dataChanged(index, index);
    Q_EMIT saved(1);
    return true;
}

Qt::ItemFlags IlpReviewGridModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return f;
    if (index.column() == CommentColumn || index.column() == SelfAssessmentColumn ||
        (index.column() == AssessmentColumn && !m_review.scale.isEmpty()))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant IlpReviewGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StudentColumn:
        return tr("Student");
    case GroupColumn:
        return tr("Group");
    case AssessmentColumn:
        return tr("Assessment");
    case CommentColumn:
        return tr("Comment");
    case SelfAssessmentColumn:
        return tr("Self-assessment");
    }
    return {};
}

} // namespace md
