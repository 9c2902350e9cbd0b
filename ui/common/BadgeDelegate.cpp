// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/BadgeDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace md::ui {

namespace {
constexpr int kPad = 4;
constexpr int kGap = 4;

QColor badgeColour(const QString &text, const QPalette &palette)
{
    // Distinct tints for the statutory flags; school flags share a neutral one.
    static const QHash<QString, QColor> tints = {
        {QStringLiteral("LAC"), QColor(0xC6, 0x28, 0x28)},  {QStringLiteral("EHC"), QColor(0x6A, 0x1B, 0x9A)},
        {QStringLiteral("SEN K"), QColor(0x45, 0x27, 0xA0)}, {QStringLiteral("SEMH"), QColor(0x00, 0x69, 0x5C)},
        {QStringLiteral("PP"), QColor(0x1E, 0x56, 0x9B)},
    };
    return tints.value(text, palette.color(QPalette::Mid).darker(150));
}
} // namespace

BadgeDelegate::BadgeDelegate(int badgesRole, QObject *parent) : QStyledItemDelegate(parent), m_role(badgesRole) {}

void BadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QStringList badges = index.data(m_role).toStringList();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QFont font = option.font;
    font.setPointSizeF(font.pointSizeF() * 0.85);
    font.setBold(true);
    painter->setFont(font);
    const QFontMetrics fm(font);
    int x = option.rect.left() + kGap;
    const int h = fm.height() + 2;
    const int y = option.rect.center().y() - h / 2;
    for (const QString &b : badges) {
        const int w = fm.horizontalAdvance(b) + 2 * kPad;
        if (x + w > option.rect.right())
            break;
        QPainterPath path;
        path.addRoundedRect(QRectF(x, y, w, h), 4, 4);
        painter->fillPath(path, badgeColour(b, option.palette));
        painter->setPen(Qt::white);
        painter->drawText(QRect(x, y, w, h), Qt::AlignCenter, b);
        x += w + kGap;
    }
    painter->restore();
}

QSize BadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QStringList badges = index.data(m_role).toStringList();
    QFont font = option.font;
    font.setPointSizeF(font.pointSizeF() * 0.85);
    font.setBold(true);
    const QFontMetrics fm(font);
    int w = kGap;
    for (const QString &b : badges)
        w += fm.horizontalAdvance(b) + 2 * kPad + kGap;
    return {qMax(w, 60), fm.height() + 8};
}

} // namespace md::ui
