// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "mentors/MentorQuality.h"

#include <QAbstractTableModel>

namespace md {

class Database;
class Session;

// One mentor's quality-assurance records as a table, newest first: their supervision and CPD,
// their observations (with each one's checklist score) or their learner feedback (with each
// questionnaire's average).
class MentorQualityModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Kind
    {
        Development,
        Observations,
        Feedback,
    };
    static constexpr int RecordIdRole = Qt::UserRole + 1;

    explicit MentorQualityModel(Kind kind, QObject *parent = nullptr);

    Kind kind() const { return m_kind; }
    Status load(Database &db, const Session &session, qint64 mentorId);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const QList<DevelopmentRecord> &development() const { return m_development; }
    const QList<Observation> &observations() const { return m_observations; }
    const QList<LearnerFeedback> &feedback() const { return m_feedback; }

private:
    Kind m_kind;
    QList<DevelopmentRecord> m_development;
    QList<Observation> m_observations;
    QList<LearnerFeedback> m_feedback;
};

} // namespace md
