// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "letters/LettersRecordTab.h"

#include "letters/LetterListWidget.h"

#include <QVBoxLayout>

namespace md::ui {

LettersRecordTab::LettersRecordTab(DeskContext &context, QWidget *parent)
    : RecordTab(parent), m_list(new LetterListWidget(context, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    m_list->setEmptyText(
        tr("No letters to this student or their family yet. Write one with New letters\u2026 (Alt+N)."));
    connect(m_list, &LetterListWidget::statusMessage, this, &RecordTab::statusMessage);
}

void LettersRecordTab::showStudent(qint64 studentId)
{
    LetterFilter filter;
    filter.studentId = studentId > 0 ? studentId : -1;
    m_list->setDefaultStudents(studentId > 0 ? QList<qint64>{studentId} : QList<qint64>());
    m_list->setFilter(filter);
}

} // namespace md::ui
