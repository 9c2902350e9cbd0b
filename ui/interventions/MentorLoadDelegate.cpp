// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interventions/MentorLoadDelegate.h"

#include "interventions/MentorLoadModel.h"

#include <QApplication>
#include <QPainter>

namespace md::ui {

void MentorLoadDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const QRect r = option.rect.adjusted(8, 4, -8, -4);
    const int line = option.fontMetrics.height();
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorRole textRole = selected ? QPalette::HighlightedText : QPalette::Text;
    painter->save();
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(option.palette.color(textRole));
    const QString name = index.data(Qt::DisplayRole).toString();
    painter->drawText(QRect(r.left(), r.top(), r.width(), line), Qt::AlignLeft | Qt::AlignVCenter, name);
    painter->setFont(option.font);
    const int nameWidth = QFontMetrics(bold).horizontalAdvance(name) + 12;
    painter->drawText(QRect(r.left() + nameWidth, r.top(), r.width() - nameWidth, line),
                      Qt::AlignLeft | Qt::AlignVCenter, index.data(MentorLoadModel::GradeRole).toString());

    const int caseload = index.data(MentorLoadModel::CaseloadRole).toInt();
    const int capacity = std::max(1, index.data(MentorLoadModel::CapacityRole).toInt());
    const QRect bar(r.left(), r.top() + line + 4, std::clamp(r.width() / 3, 80, 220), line - 2);
    painter->setPen(option.palette.color(QPalette::Mid));
    painter->setBrush(option.palette.color(QPalette::Base));
    painter->drawRect(bar.adjusted(0, 0, -1, -1));
    const double share = std::min(1.0, double(caseload) / capacity);
    const QColor fill = caseload > capacity    ? QColor(0xa4, 0x00, 0x0f)
                        : caseload == capacity ? QColor(0xc0, 0x6a, 0x00)
                                               : QColor(0x2e, 0x7d, 0x32);
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawRect(QRect(bar.left() + 1, bar.top() + 1, int((bar.width() - 2) * share), bar.height() - 2));
    // Tick marks, one per place, so the count reads without colour.
    painter->setPen(option.palette.color(QPalette::Mid));
    for (int k = 1; k < capacity; ++k) {
        const int x = bar.left() + (bar.width() * k) / capacity;
        painter->drawLine(x, bar.top(), x, bar.bottom());
    }
    painter->setPen(option.palette.color(textRole));
    painter->drawText(QRect(bar.right() + 10, bar.top() - 1, r.right() - bar.right() - 10, line),
                      Qt::AlignLeft | Qt::AlignVCenter, index.data(MentorLoadModel::SummaryRole).toString());
    painter->restore();
}

QSize MentorLoadDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index);
    return QSize(480, option.fontMetrics.height() * 2 + 16);
}

} // namespace md::ui
