// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ReportStudentsPane.h"

#include "reports/ReportStudentListModel.h"
#include "reports/ReportStudentView.h"
#include "shell/DeskContext.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace md::ui {

ReportStudentsPane::ReportStudentsPane(DeskContext &context, QWidget *parent) : Pane(context, parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("360° reports: your students"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    title->setFont(f);
    layout->addWidget(title);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *filterLabel = new QLabel(tr("&Find:"), left);
    m_filter = new QLineEdit(left);
    m_filter->setPlaceholderText(tr("Name, UPN or tutor group"));
    m_filter->setAccessibleName(tr("Find a student"));
    m_filter->setClearButtonEnabled(true);
    filterLabel->setBuddy(m_filter);
    leftLayout->addWidget(filterLabel);
    leftLayout->addWidget(m_filter);
    m_model = new ReportStudentListModel(this);
    m_list = new QTableView(left);
    m_list->setModel(m_model);
    m_list->setAccessibleName(tr("Your students"));
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->verticalHeader()->hide();
    m_list->verticalHeader()->setDefaultSectionSize(m_list->fontMetrics().height() + 8);
    m_list->horizontalHeader()->setStretchLastSection(true);
    leftLayout->addWidget(m_list, 1);
    m_count = new QLabel(left);
    m_count->setWordWrap(true);
    m_count->setAccessibleName(tr("How many students are listed"));
    leftLayout->addWidget(m_count);
    m_report = new ReportStudentView(context, splitter);
    splitter->addWidget(left);
    splitter->addWidget(m_report);
    left->setMinimumWidth(240);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 4);
    splitter->setSizes({300, 1100});
    layout->addWidget(splitter, 1);

    // Typing filters after a short pause, in SQL (a whole school is too many rows to filter here).
    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(200);
    connect(m_filter, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, &ReportStudentsPane::reload);
    connect(m_filter, &QLineEdit::returnPressed, this, [this, debounce] {
        debounce->stop();
        reload();
        m_list->setFocus();
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ReportStudentsPane::showCurrent);
    connect(m_report, &ReportStudentView::statusMessage, this, &Pane::statusMessage);
    connect(&context, &DeskContext::dataChanged, this, [this](const QString &) {
        m_stale = true;
        if (isVisible())
            reload();
    });
}

void ReportStudentsPane::activate()
{
    if (m_stale)
        reload();
}

QWidget *ReportStudentsPane::primaryFocus()
{
    return m_filter;
}

void ReportStudentsPane::reload()
{
    m_stale = false;
    const qint64 keep = m_report->studentId();
    if (Status s = m_model->load(context().db(), context().session(), m_filter->text()); !s) {
        m_count->setText(s.error().message);
        return;
    }
    m_list->resizeColumnsToContents();
    if (m_model->rowCount() == 0)
        m_count->setText(m_filter->text().isEmpty() ? tr("You have no students to report on.")
                                                    : tr("No student matches \u201c%1\u201d.").arg(m_filter->text()));
    else if (m_model->truncated())
        m_count->setText(tr("The first %1 students; type a name to narrow the list.").arg(m_model->rowCount()));
    else
        m_count->setText(tr("%n student(s)", nullptr, m_model->rowCount()));
    const int row = m_model->rowOf(keep);
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row, 0));
}

void ReportStudentsPane::showCurrent()
{
    const QModelIndex i = m_list->currentIndex();
    const qint64 id = i.isValid() ? m_model->studentIdAt(i.row()) : 0;
    if (id != m_report->studentId())
        m_report->showStudent(id);
}

bool ReportStudentsPane::selectStudent(qint64 studentId)
{
    if (m_stale || m_model->rowOf(studentId) < 0) {
        if (m_model->rowOf(studentId) < 0)
            m_filter->clear();
        reload();
    }
    const int row = m_model->rowOf(studentId);
    if (row < 0)
        return m_report->showStudent(studentId);
    m_list->setCurrentIndex(m_model->index(row, 0));
    return m_report->studentId() == studentId;
}

} // namespace md::ui
