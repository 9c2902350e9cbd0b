// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mentors/MentorOutboxModel.h"

#include <QDateTime>
#include <QLocale>

namespace md {

MentorOutboxModel::MentorOutboxModel(QObject *parent) : QAbstractTableModel(parent) {}

Status MentorOutboxModel::load(Database &db, const Session &session)
{
    auto messages = MentorOutbox(db).list(session);
    if (!messages)
        return messages.error();
    beginResetModel();
    m_messages = *messages;
    endResetModel();
    return {};
}

int MentorOutboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_messages.size());
}

int MentorOutboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int MentorOutboxModel::rowOfMessage(qint64 id) const
{
    for (int i = 0; i < m_messages.size(); ++i)
        if (m_messages.at(i).id == id)
            return i;
    return -1;
}

int MentorOutboxModel::unsentCount() const
{
    int n = 0;
    for (const OutboxMessage &m : m_messages)
        if (!m.sentOn.isValid())
            ++n;
    return n;
}

QVariant MentorOutboxModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_messages.size())
        return {};
    const OutboxMessage &m = m_messages.at(index.row());
    if (role == MessageIdRole)
        return m.id;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    const QLocale locale(QLocale::English, QLocale::UnitedKingdom);
    switch (index.column()) {
    case CreatedColumn:
        return locale.toString(QDateTime::fromString(m.createdAt, Qt::ISODate).toLocalTime(),
                               QStringLiteral("d MMM yyyy HH:mm"));
    case RecipientColumn:
        return m.recipientEmail.isEmpty() ? m.recipientName
                                          : QStringLiteral("%1 <%2>").arg(m.recipientName, m.recipientEmail);
    case SubjectColumn:
        return m.subject;
    case SentColumn:
        return m.sentOn.isValid() ? tr("Sent %1").arg(locale.toString(m.sentOn, QStringLiteral("d MMM yyyy")))
                                  : tr("Not sent yet");
    }
    return {};
}

QVariant MentorOutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CreatedColumn:
        return tr("Written");
    case RecipientColumn:
        return tr("To");
    case SubjectColumn:
        return tr("Subject");
    case SentColumn:
        return tr("Sent");
    }
    return {};
}

} // namespace md
