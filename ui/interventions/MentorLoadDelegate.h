// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace md::ui {

// Draws a mentor of the allocation board: name and grade, a bar of the caseload against capacity,
// and the same figures in words ("6 of 8 students · SEN keyworker 1 of 1 · full"), so colour is
// never the only signal.
class MentorLoadDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace md::ui
