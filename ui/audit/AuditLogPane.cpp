// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditLogPane.h"

#include "audit/AuditLogModel.h"
#include "shell/DeskContext.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace md::ui {

AuditLogPane::AuditLogPane(DeskContext &context, QWidget *parent) : Pane(context, parent), m_model(new AuditLogModel(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Audit log"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    title->setFont(f);
    layout->addWidget(title);

    auto *filters = new QHBoxLayout;
    m_upn = new QLineEdit(this);
    m_upn->setPlaceholderText(tr("Student's UPN"));
    m_upn->setAccessibleName(tr("Filter by student's UPN"));
    m_user = new QLineEdit(this);
    m_user->setPlaceholderText(tr("Username"));
    m_user->setAccessibleName(tr("Filter by username"));
    m_useDates = new QCheckBox(tr("&Between"), this);
    m_useDates->setAccessibleName(tr("Filter by dates"));
    m_from = new QDateEdit(QDate::currentDate().addMonths(-1), this);
    m_from->setCalendarPopup(true);
    m_from->setAccessibleName(tr("From date"));
    m_to = new QDateEdit(QDate::currentDate(), this);
    m_to->setCalendarPopup(true);
    m_to->setAccessibleName(tr("To date"));
    auto *apply = new QPushButton(tr("&Show"), this);
    apply->setAccessibleName(tr("Show matching entries"));
    auto *exportButton = new QPushButton(tr("&Export CSV…"), this);
    exportButton->setAccessibleName(tr("Export the matching entries as CSV"));
    filters->addWidget(m_upn);
    filters->addWidget(m_user);
    filters->addWidget(m_useDates);
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("and"), this));
    filters->addWidget(m_to);
    filters->addWidget(apply);
    filters->addWidget(exportButton);
    layout->addLayout(filters);

    m_message = new QLabel(this);
    m_message->setAccessibleName(tr("Audit log message"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Audit log entries"));
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_view, 1);

    connect(apply, &QPushButton::clicked, this, &AuditLogPane::applyFilter);
    connect(m_upn, &QLineEdit::returnPressed, this, &AuditLogPane::applyFilter);
    connect(m_user, &QLineEdit::returnPressed, this, &AuditLogPane::applyFilter);
    connect(exportButton, &QPushButton::clicked, this, [this] { exportCsv(); });
}

void AuditLogPane::activate()
{
    applyFilter();
}

QWidget *AuditLogPane::primaryFocus()
{
    return m_upn;
}

void AuditLogPane::applyFilter()
{
    AuditFilter filter;
    filter.upn = m_upn->text();
    filter.username = m_user->text().trimmed();
    if (m_useDates->isChecked()) {
        filter.from = m_from->date();
        filter.to = m_to->date();
    }
    if (Status s = m_model->load(context().db(), context().session(), filter); !s) {
        m_message->setText(s.error().message);
        return;
    }
    m_message->setText(m_model->rowCount() == 0 ? tr("No entries match.")
                                                : tr("Newest first. Entries cannot be changed or deleted."));
    m_view->resizeColumnsToContents();
}

void AuditLogPane::exportCsv(const QString &givenPath)
{
    QString path = givenPath;
    if (path.isEmpty())
        path = QFileDialog::getSaveFileName(this, tr("Export the audit log"), QStringLiteral("audit-log.csv"),
                                            tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    auto written = m_model->exportCsv(path);
    m_message->setText(written ? tr("%1 entries exported to %2.").arg(*written).arg(path) : written.error().message);
}

} // namespace md::ui
