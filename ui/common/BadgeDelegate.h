// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace md::ui {

// Draws a list of short texts (the model's badges role) as rounded badges. Each badge is its
// text, so colour is never the only signal.
class BadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    BadgeDelegate(int badgesRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_role;
};

} // namespace md::ui
