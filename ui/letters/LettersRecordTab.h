// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "students/RecordTabs.h"

namespace md::ui {

class DeskContext;
class LetterListWidget;

// The Letters tab of a student's record: the letters to this student and their family, and new
// letters for them.
class LettersRecordTab : public RecordTab
{
    Q_OBJECT
public:
    LettersRecordTab(DeskContext &context, QWidget *parent = nullptr);
    void showStudent(qint64 studentId) override;

    LetterListWidget *list() const { return m_list; }

private:
    LetterListWidget *m_list;
};

} // namespace md::ui
