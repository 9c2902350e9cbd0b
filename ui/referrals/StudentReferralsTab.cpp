// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "referrals/StudentReferralsTab.h"

#include "access/Permissions.h"
#include "interventions/MentoringRegisterModel.h"
#include "referrals/NewReferralDialog.h"
#include "referrals/ReferralListModel.h"
#include "shell/DeskContext.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace md::ui {

namespace {
QTableView *makeView(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setAccessibleName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setTabKeyNavigation(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}
} // namespace

StudentReferralsTab::StudentReferralsTab(DeskContext &context, QWidget *parent)
    : RecordTab(parent), m_context(context), m_referrals(new ReferralListModel(this)),
      m_interventions(new MentoringRegisterModel(this))
{
    m_referrals->setSource(context.db(), context.session());
    m_interventions->setSource(context.db(), context.session());
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *label = new QLabel(tr("Referrals"), this);
    top->addWidget(label);
    top->addStretch();
    m_refer = new QPushButton(tr("Re&fer this student…"), this);
    m_refer->setAccessibleName(tr("Refer this student"));
    top->addWidget(m_refer);
    layout->addLayout(top);
    m_referralView = makeView(m_referrals, tr("The student's referrals"), this);
    layout->addWidget(m_referralView, 1);
    m_interventionsLabel = new QLabel(tr("Interventions"), this);
    layout->addWidget(m_interventionsLabel);
    m_interventionView = makeView(m_interventions, tr("The student's interventions"), this);
    layout->addWidget(m_interventionView, 1);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Message"));
    layout->addWidget(m_message);
    const bool register_ = Permissions::allows(context.session(), Action::ViewInterventions);
    m_interventionsLabel->setVisible(register_);
    m_interventionView->setVisible(register_);
    connect(m_refer, &QPushButton::clicked, this, &StudentReferralsTab::refer);
}

void StudentReferralsTab::showStudent(qint64 studentId)
{
    m_studentId = studentId;
    m_refer->setEnabled(studentId != 0);
    if (studentId == 0) {
        m_referrals->clear();
        m_interventions->clear();
        m_message->clear();
        return;
    }
    ReferralFilter referrals;
    referrals.studentId = studentId;
    m_referrals->setFilter(referrals);
    if (Status s = m_referrals->load(); !s)
        m_message->setText(s.error().message);
    if (m_interventionView->isVisibleTo(this)) {
        RegisterFilter interventions;
        interventions.studentId = studentId;
        interventions.includeConcluded = true;
        interventions.sort = RegisterFilter::Sort::Started;
        interventions.order = Qt::DescendingOrder;
        m_interventions->setFilter(interventions);
        if (Status s = m_interventions->load(); !s)
            m_message->setText(s.error().message);
    }
    m_referralView->resizeColumnsToContents();
    m_interventionView->resizeColumnsToContents();
    if (m_referrals->rowCount() == 0)
        m_message->setText(tr("No referrals you may see for this student. Refer them with Refer this student."));
    else
        m_message->clear();
}

void StudentReferralsTab::refer()
{
    if (m_studentId == 0)
        return;
    NewReferralDialog dialog(m_context.db(), m_context.session(), m_studentId, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_context.notifyChanged(QStringLiteral("referrals"));
    showStudent(m_studentId);
    Q_EMIT statusMessage(tr("Referral made."));
}

} // namespace md::ui
