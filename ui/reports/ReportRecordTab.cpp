// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ReportRecordTab.h"

#include "reports/ReportStudentView.h"

#include <QVBoxLayout>

namespace md::ui {

ReportRecordTab::ReportRecordTab(DeskContext &context, QWidget *parent) : RecordTab(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_view = new ReportStudentView(context, this);
    layout->addWidget(m_view);
    connect(m_view, &ReportStudentView::statusMessage, this, &RecordTab::statusMessage);
}

void ReportRecordTab::showStudent(qint64 studentId)
{
    m_view->showStudent(studentId);
}

} // namespace md::ui
