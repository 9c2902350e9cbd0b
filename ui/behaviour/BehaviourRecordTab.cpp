// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "behaviour/BehaviourRecordTab.h"

#include "access/Permissions.h"
#include "behaviour/BehaviourEntryDialog.h"
#include "behaviour/BehaviourEventModel.h"
#include "behaviour/BehaviourStore.h"
#include "shell/DeskContext.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace md::ui {

BehaviourRecordTab::BehaviourRecordTab(DeskContext &context, QWidget *parent)
    : RecordTab(parent), m_context(context), m_model(new BehaviourEventModel(this))
{
    m_model->setSource(context.db(), context.session());
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Behaviour points"));
    top->addWidget(m_summary, 1);
    if (Permissions::allows(context.session(), Action::RecordBehaviour)) {
        m_record = new QPushButton(tr("Record an &incident…"), this);
        m_record->setAccessibleName(tr("Record a behaviour event for this student"));
        top->addWidget(m_record);
        connect(m_record, &QPushButton::clicked, this, [this] { recordIncident(); });
    }
    layout->addLayout(top);
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("The student's behaviour events"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->hideColumn(BehaviourEventModel::StudentColumn);
    m_view->hideColumn(BehaviourEventModel::GroupColumn);
    m_view->setColumnWidth(BehaviourEventModel::WhenColumn, 150);
    m_view->setColumnWidth(BehaviourEventModel::WhereColumn, 150);
    m_view->setColumnWidth(BehaviourEventModel::CategoryColumn, 150);
    layout->addWidget(m_view, 1);
    connect(&context, &DeskContext::dataChanged, this, [this](const QString &what) {
        if (what == QLatin1String("behaviour") && m_studentId > 0)
            showStudent(m_studentId);
    });
}

void BehaviourRecordTab::showStudent(qint64 studentId)
{
    m_studentId = studentId;
    BehaviourFilter filter;
    filter.studentId = studentId > 0 ? studentId : -1;
    m_model->setFilter(filter);
    if (studentId <= 0) {
        (void)m_model->load(); // empties the view
        m_summary->clear();
        return;
    }
    if (Status s = m_model->load(); !s) {
        m_summary->setText(s.error().message);
        return;
    }
    const QDate today = QDate::currentDate();
    const QDate yearStart(today.month() >= 9 ? today.year() : today.year() - 1, 9, 1);
    BehaviourStore store(m_context.db());
    auto year = store.summary(m_context.session(), studentId, yearStart, today);
    auto recent = store.summary(m_context.session(), studentId, today.addDays(-27), today);
    if (!year || !recent) {
        m_summary->setText((year ? recent.error() : year.error()).message);
        return;
    }
    m_summary->setText(
        tr("This school year: %n event(s), +%1 positive and %2 negative points (net %3).", nullptr, year->events)
            .arg(year->positive)
            .arg(year->negative)
            .arg(year->net()) +
        QLatin1Char(' ') + tr("Last four weeks: %n event(s), net %1.", nullptr, recent->events).arg(recent->net()));
}

QList<qint64> BehaviourRecordTab::recordIncident()
{
    BehaviourEntryDialog dialog(m_context, this);
    if (m_studentId > 0)
        dialog.addStudent(m_studentId);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    m_context.notifyChanged(QStringLiteral("behaviour"));
    Q_EMIT statusMessage(tr("Behaviour recorded."));
    return dialog.savedIds();
}

} // namespace md::ui
