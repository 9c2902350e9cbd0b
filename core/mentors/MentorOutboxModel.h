// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "mentors/MentorOutbox.h"

#include <QAbstractTableModel>

namespace md {

class Database;
class Session;

// The outbox of messages to mentors, newest first: when, to whom, what about, and whether it has
// been sent (as text, not only a colour).
class MentorOutboxModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        CreatedColumn,
        RecipientColumn,
        SubjectColumn,
        SentColumn,
        ColumnCount
    };
    static constexpr int MessageIdRole = Qt::UserRole + 1;

    explicit MentorOutboxModel(QObject *parent = nullptr);
    Status load(Database &db, const Session &session);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const OutboxMessage &messageAt(int row) const { return m_messages.at(row); }
    int rowOfMessage(qint64 id) const;
    int unsentCount() const;

private:
    QList<OutboxMessage> m_messages;
};

} // namespace md
