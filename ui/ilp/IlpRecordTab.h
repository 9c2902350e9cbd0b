// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "students/RecordTabs.h"

namespace md::ui {

class DeskContext;
class IlpStudentPage;

// The "Learning plans" tab of a student's record: the student's ILP page without the switcher.
class IlpRecordTab : public RecordTab
{
    Q_OBJECT
public:
    IlpRecordTab(DeskContext &context, QWidget *parent = nullptr);
    void showStudent(qint64 studentId) override;
    IlpStudentPage *page() const { return m_page; }

private:
    IlpStudentPage *m_page;
};

} // namespace md::ui
