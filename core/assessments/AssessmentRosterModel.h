// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/Session.h"
#include "assessments/AssessmentTypes.h"
#include "common/Result.h"

#include <QAbstractTableModel>

#include <functional>

namespace md {

class Database;

// One course's students with their grade and comment, for the teacher assessing them. Grade and
// comment are editable while the workflow lets the teacher edit; every edit goes through
// AssessmentService (which refuses edits after completion, approval or the term's end).
class AssessmentRosterModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        StudentColumn,
        UpnColumn,
        GradeColumn,
        CommentColumn,
        ColumnCount
    };
    enum DataRole
    {
        StudentIdRole = Qt::UserRole + 1,
        ScaleRole, // the course's grades, for the editor
    };

    explicit AssessmentRosterModel(QObject *parent = nullptr);
    void setSource(Database &db, const Session &session);
    Status load(qint64 courseId);
    qint64 courseId() const { return m_courseId; }
    const QStringList &scale() const { return m_scale; }
    bool isEditable() const { return m_editable; }
    const Error &lastError() const { return m_error; }

    // How an edit is saved. By default straight through the service at the version read (a
    // co-teacher's save meanwhile is refused as a stale write); an editor sets a hook that runs
    // `write` through ConflictDialog::save, so both versions are shown and the user chooses.
    using VersionedWrite = std::function<Status(int version, const std::function<Status(int version)> &write)>;
    void setVersionedWrite(VersionedWrite hook) { m_versionedWrite = std::move(hook); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void editRefused(const QString &message);

private:
    Database *m_db = nullptr;
    Session m_session;
    qint64 m_courseId = 0;
    QStringList m_scale;
    bool m_editable = false;
    QList<CourseAssessment> m_rows;
    VersionedWrite m_versionedWrite;
    Error m_error;
};

} // namespace md
