// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Appearance.h"

#include <QApplication>
#include <QCoreApplication>
#include <QStyle>
#include <QStyleFactory>

#include <cmath>

namespace md::ui {

namespace {

QPalette &systemPalette()
{
    static QPalette palette = QApplication::palette();
    return palette;
}

QPalette build(const QColor &window, const QColor &text, const QColor &base, const QColor &alternate, const QColor &button,
               const QColor &highlight, const QColor &highlightedText, const QColor &link, const QColor &disabledText)
{
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, alternate);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabledText);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, highlight);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, highlightedText);
    p.setColor(QPalette::Link, link);
    p.setColor(QPalette::LinkVisited, link);
    p.setColor(QPalette::Light, button.lighter(150));
    p.setColor(QPalette::Midlight, button.lighter(125));
    p.setColor(QPalette::Mid, button.darker(130));
    p.setColor(QPalette::Dark, button.darker(160));
    p.setColor(QPalette::Shadow, Qt::black);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    return p;
}

double channel(double c)
{
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &c)
{
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

} // namespace

QString lookKey(Look look)
{
    switch (look) {
    case Look::System:
        return QStringLiteral("system");
    case Look::Light:
        return QStringLiteral("light");
    case Look::Dark:
        return QStringLiteral("dark");
    case Look::HighContrast:
        return QStringLiteral("highContrast");
    }
    return QStringLiteral("system");
}

Look lookFromKey(const QString &key)
{
    for (Look look : {Look::Light, Look::Dark, Look::HighContrast})
        if (key == lookKey(look))
            return look;
    return Look::System;
}

QString lookTitle(Look look)
{
    switch (look) {
    case Look::System:
        return QCoreApplication::translate("md::ui::Appearance", "Follow the system");
    case Look::Light:
        return QCoreApplication::translate("md::ui::Appearance", "Light");
    case Look::Dark:
        return QCoreApplication::translate("md::ui::Appearance", "Dark");
    case Look::HighContrast:
        return QCoreApplication::translate("md::ui::Appearance", "High contrast");
    }
    return {};
}

QPalette paletteFor(Look look)
{
    switch (look) {
    case Look::System:
        return systemPalette();
    case Look::Light:
        return build(QColor(0xef, 0xf0, 0xf1), QColor(0x23, 0x26, 0x29), Qt::white, QColor(0xf5, 0xf6, 0xf7),
                     QColor(0xe3, 0xe5, 0xe7), QColor(0x1d, 0x5f, 0xa8), Qt::white, QColor(0x1d, 0x5f, 0xa8),
                     QColor(0x6e, 0x72, 0x76));
    case Look::Dark:
        return build(QColor(0x2a, 0x2e, 0x32), QColor(0xec, 0xee, 0xf0), QColor(0x1e, 0x21, 0x24), QColor(0x26, 0x29, 0x2d),
                     QColor(0x35, 0x39, 0x3e), QColor(0x2a, 0x6c, 0xb0), Qt::white, QColor(0x7f, 0xba, 0xf5),
                     QColor(0x9a, 0x9e, 0xa3));
    case Look::HighContrast:
        return build(Qt::black, Qt::white, Qt::black, QColor(0x1a, 0x1a, 0x1a), Qt::black, QColor(0xff, 0xe0, 0x00), Qt::black,
                     QColor(0x7f, 0xff, 0xff), QColor(0xc0, 0xc0, 0xc0));
    }
    return systemPalette();
}

void applyLook(Look look)
{
    systemPalette(); // remember the system's palette before the first change
    if (look != Look::System && QApplication::style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(paletteFor(look));
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace md::ui
