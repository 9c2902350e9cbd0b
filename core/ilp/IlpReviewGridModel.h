// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/Session.h"
#include "common/Result.h"
#include "ilp/IlpTypes.h"

#include <QAbstractTableModel>

namespace md {

class Database;

// The assessment grid of one midterm review: a row per student on the course with the teacher's
// assessment (from the scale) and comment and the student's self-assessment beside them. Every
// edit is saved at once (reference 001, 9.2: "feedback is saved automatically"); several rows can
// be given the same assessment in one step.
class IlpReviewGridModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        StudentColumn,
        GroupColumn,
        AssessmentColumn,
        CommentColumn,
        SelfAssessmentColumn,
        ColumnCount
    };
    static constexpr int ScaleRole = Qt::UserRole + 1; // the scale, for the assessment editor

    IlpReviewGridModel(Database &db, Session session, QObject *parent = nullptr);

    Status load(qint64 reviewId);
    qint64 reviewId() const { return m_review.id; }
    const IlpReview &review() const { return m_review; }
    const QList<IlpReviewEntry> &entries() const { return m_entries; }
    // Gives every listed row the assessment, in one transaction.
    Status assessRows(const QList<int> &rows, const QString &assessment);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void saved(int rows);
    void saveFailed(const QString &message);
    // The scale locked or unlocked (the first assessment locks it).
    void lockChanged(bool locked);

private:
    Status refreshReview();

    Database &m_db;
    Session m_session;
    IlpReview m_review;
    QList<IlpReviewEntry> m_entries;
};

} // namespace md
