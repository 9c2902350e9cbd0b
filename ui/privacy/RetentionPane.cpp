// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "privacy/RetentionPane.h"

#include "common/MessageBox.h"
#include "shell/DeskContext.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace md::ui {

RetentionPane::RetentionPane(DeskContext &context, QWidget *parent) : Pane(context, parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("How long each kind of record is kept. Records past their period are listed below; "
                                "erasing them removes them from the database for good (backups age out on their own). "
                                "The audit log keeps that they were erased, by whom and under which rule."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_rules = new QTableWidget(0, 3, this);
    m_rules->setAccessibleName(tr("Retention rules"));
    m_rules->setHorizontalHeaderLabels({tr("Kind of record"), tr("Years"), tr("Counted from")});
    m_rules->verticalHeader()->hide();
    m_rules->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_rules->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_rules->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_rules->setMaximumHeight(220);
    layout->addWidget(m_rules);
    auto *ruleButtons = new QHBoxLayout;
    auto *save = new QPushButton(tr("&Save the rules"), this);
    save->setAccessibleName(tr("Save the retention rules"));
    connect(save, &QPushButton::clicked, this, [this] {
        const Status s = saveRules();
        m_message->setText(s ? tr("Rules saved.") : s.error().message);
        if (s)
            reload();
    });
    ruleButtons->addWidget(save);
    ruleButtons->addStretch();
    layout->addLayout(ruleButtons);

    m_due = new QTableWidget(0, 5, this);
    m_due->setAccessibleName(tr("Records past their retention period"));
    m_due->setHorizontalHeaderLabels({tr("Erase"), tr("UPN"), tr("Student"), tr("Records"), tr("Past the rule since")});
    m_due->verticalHeader()->hide();
    m_due->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_due->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_due->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_due, 1);
    // Space ticks or unticks the current row, whichever cell has the focus.
    auto *tick = new QShortcut(QKeySequence(Qt::Key_Space), m_due);
    tick->setContext(Qt::WidgetShortcut);
    connect(tick, &QShortcut::activated, this, [this] {
        const int row = m_due->currentRow();
        if (row < 0)
            return;
        QTableWidgetItem *item = m_due->item(row, 0);
        item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    });
    auto *dueButtons = new QHBoxLayout;
    m_erase = new QPushButton(tr("&Erase the ticked records…"), this);
    m_erase->setAccessibleName(tr("Erase the ticked records"));
    connect(m_erase, &QPushButton::clicked, this, &RetentionPane::eraseClicked);
    dueButtons->addWidget(m_erase);
    dueButtons->addStretch();
    layout->addLayout(dueButtons);
    m_message = new QLabel(this);
    m_message->setAccessibleName(tr("Message"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
}

void RetentionPane::activate()
{
    reload();
}

QWidget *RetentionPane::primaryFocus()
{
    return m_due;
}

void RetentionPane::reload()
{
    auto rules = Retention::rules(context().db());
    m_rules->setRowCount(0);
    if (rules) {
        for (const RetentionRule &r : std::as_const(*rules)) {
            const int row = m_rules->rowCount();
            m_rules->insertRow(row);
            auto *kind = new QTableWidgetItem(Retention::label(r.kind));
            kind->setData(Qt::UserRole, r.kind);
            kind->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            m_rules->setItem(row, 0, kind);
            auto *years = new QSpinBox(m_rules);
            years->setRange(1, 100);
            years->setValue(r.years);
            years->setAccessibleName(tr("Years to keep %1").arg(Retention::label(r.kind).toLower()));
            m_rules->setCellWidget(row, 1, years);
            auto *basis = new QComboBox(m_rules);
            basis->addItem(tr("the student's birth"), int(RetentionBasis::Birth));
            basis->addItem(tr("the day they left"), int(RetentionBasis::Left));
            basis->setCurrentIndex(r.basis == RetentionBasis::Birth ? 0 : 1);
            basis->setAccessibleName(tr("What the period for %1 counts from").arg(Retention::label(r.kind).toLower()));
            m_rules->setCellWidget(row, 2, basis);
        }
    }
    auto due = Retention::review(context().db(), context().session(), QDate::currentDate());
    m_due->setRowCount(0);
    m_items.clear();
    if (!due) {
        m_message->setText(due.error().message);
        m_erase->setEnabled(false);
        return;
    }
    m_items = *due;
    const QLocale locale;
    for (const RetentionDue &d : std::as_const(m_items)) {
        const int row = m_due->rowCount();
        m_due->insertRow(row);
        auto *tick = new QTableWidgetItem(Retention::label(d.kind));
        tick->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        tick->setCheckState(Qt::Unchecked);
        m_due->setItem(row, 0, tick);
        m_due->setItem(row, 1, new QTableWidgetItem(d.upn));
        m_due->setItem(row, 2, new QTableWidgetItem(d.studentName));
        m_due->setItem(row, 3, new QTableWidgetItem(QString::number(d.records)));
        m_due->setItem(row, 4, new QTableWidgetItem(locale.toString(d.dueSince, QLocale::ShortFormat)));
    }
    m_due->resizeColumnsToContents();
    m_erase->setEnabled(!m_items.isEmpty());
    m_message->setText(m_items.isEmpty() ? tr("Nothing is past its retention period.")
                                         : tr("%n student record set(s) past their retention period. Tick what to erase "
                                              "(Space ticks the current row).",
                                              nullptr, int(m_items.size())));
}

Status RetentionPane::saveRules()
{
    for (int row = 0; row < m_rules->rowCount(); ++row) {
        RetentionRule r;
        r.kind = m_rules->item(row, 0)->data(Qt::UserRole).toString();
        r.years = qobject_cast<QSpinBox *>(m_rules->cellWidget(row, 1))->value();
        r.basis = RetentionBasis(qobject_cast<QComboBox *>(m_rules->cellWidget(row, 2))->currentData().toInt());
        if (Status s = Retention::setRule(context().db(), context().session(), r); !s)
            return s;
    }
    return {};
}

Result<ErasureSummary> RetentionPane::eraseTicked()
{
    QList<RetentionDue> ticked;
    for (int row = 0; row < m_due->rowCount(); ++row)
        if (m_due->item(row, 0)->checkState() == Qt::Checked)
            ticked << m_items.at(row);
    if (ticked.isEmpty())
        return Error::invalid(tr("Tick the records to erase first."));
    auto summary = Retention::erase(context().db(), context().session(), ticked, QDate::currentDate());
    reload();
    return summary;
}

void RetentionPane::eraseClicked()
{
    int ticked = 0;
    for (int row = 0; row < m_due->rowCount(); ++row)
        ticked += m_due->item(row, 0)->checkState() == Qt::Checked ? 1 : 0;
    if (ticked == 0) {
        m_message->setText(tr("Tick the records to erase first."));
        return;
    }
    if (MessageBox::question(this, tr("Erase records"),
                             tr("Erase %n student record set(s) for good? This cannot be undone.", nullptr, ticked),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    auto summary = eraseTicked();
    m_message->setText(summary ? tr("Erased %1 records; %2 audit entries blanked.").arg(summary->records).arg(summary->auditRedacted)
                               : summary.error().message);
}

} // namespace md::ui
