// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "students/RecordTabs.h"

namespace md::ui {

class DeskContext;
class ReportStudentView;

// The student record's 360° tab: the same report as "Your students", for the open student.
class ReportRecordTab : public RecordTab
{
    Q_OBJECT
public:
    explicit ReportRecordTab(DeskContext &context, QWidget *parent = nullptr);
    void showStudent(qint64 studentId) override;
    ReportStudentView *view() const { return m_view; }

private:
    ReportStudentView *m_view = nullptr;
};

} // namespace md::ui
