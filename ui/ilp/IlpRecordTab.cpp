// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ilp/IlpRecordTab.h"

#include "ilp/IlpStudentPage.h"

#include <QVBoxLayout>

namespace md::ui {

IlpRecordTab::IlpRecordTab(DeskContext &context, QWidget *parent)
    : RecordTab(parent), m_page(new IlpStudentPage(context, false, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_page);
    connect(m_page, &IlpStudentPage::statusMessage, this, &RecordTab::statusMessage);
}

void IlpRecordTab::showStudent(qint64 studentId)
{
    m_page->flush();
    m_page->showStudent(studentId);
}

} // namespace md::ui
