// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QWidget>

#include <functional>

namespace md {
class Session;
}

namespace md::ui {

class DeskContext;

// A tab of the student record. Each capability (log, ILPs, behaviour, letters, 360°) adds one
// in RecordTabs.cpp; the record shows those the user's roles allow.
class RecordTab : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;
    // Shows the student (0 clears it).
    virtual void showStudent(qint64 studentId) = 0;

Q_SIGNALS:
    void statusMessage(const QString &message);
};

struct RecordTabInfo
{
    QString id;
    QString title;
    std::function<bool(const Session &)> visibleFor;
    std::function<RecordTab *(DeskContext &, QWidget *)> create;
};

QList<RecordTabInfo> recordTabs();

} // namespace md::ui
