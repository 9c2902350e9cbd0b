// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "students/RecordTabs.h"

class QLabel;
class QPushButton;
class QTableView;

namespace md {
class MentoringRegisterModel;
class ReferralListModel;
} // namespace md

namespace md::ui {

class DeskContext;

// The student record's tab for referrals and interventions: the student's referrals the user may
// see, their interventions (for those who see the mentoring register), and "Refer this student".
class StudentReferralsTab : public RecordTab
{
    Q_OBJECT
public:
    StudentReferralsTab(DeskContext &context, QWidget *parent = nullptr);

    void showStudent(qint64 studentId) override;
    void refer();

    QTableView *referralView() const { return m_referralView; }
    QTableView *interventionView() const { return m_interventionView; }

private:
    DeskContext &m_context;
    qint64 m_studentId = 0;
    ReferralListModel *m_referrals;
    MentoringRegisterModel *m_interventions;
    QTableView *m_referralView;
    QTableView *m_interventionView;
    QLabel *m_interventionsLabel;
    QLabel *m_message;
    QPushButton *m_refer;
};

} // namespace md::ui
