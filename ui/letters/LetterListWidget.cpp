// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "letters/LetterListWidget.h"

#include "access/Permissions.h"
#include "letters/LetterActions.h"
#include "letters/LetterListModel.h"
#include "letters/LetterService.h"
#include "shell/DeskContext.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QStackedLayout>
#include <QTableView>
#include <QVBoxLayout>

namespace md::ui {

LetterListWidget::LetterListWidget(DeskContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_model(new LetterListModel(this)),
      m_actions(new LetterActions(context, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *buttons = new QHBoxLayout;
    auto button = [this, buttons](const QString &text, const QString &name) {
        auto *b = new QPushButton(text, this);
        b->setAccessibleName(name);
        buttons->addWidget(b);
        return b;
    };
    m_new = button(tr("&New letters\u2026"), tr("New letters"));
    m_edit = button(tr("&Edit draft\u2026"), tr("Edit draft"));
    m_preview = button(tr("Pre&view\u2026"), tr("Print preview"));
    m_print = button(tr("&Print\u2026"), tr("Print"));
    m_pdf = button(tr("Save as P&DF\u2026"), tr("Save as PDF"));
    m_email = button(tr("Sent by e&mail"), tr("Record as sent by email"));
    m_reply = button(tr("Record &reply\u2026"), tr("Record a reply"));
    m_delete = button(tr("De&lete draft"), tr("Delete draft"));
    buttons->addStretch();
    m_preview->setToolTip(tr("See the selected letters as they will print (Ctrl+P prints from the preview)."));
    m_print->setToolTip(tr("Print the selected letters as one job; drafts become issued."));
    m_pdf->setToolTip(tr("Save the selected letters as one PDF, each on a new page; drafts become issued."));
    m_email->setToolTip(tr("Record that you emailed the selected drafts; they become issued."));
    layout->addLayout(buttons);

    m_count = new QLabel(this);
    m_count->setAccessibleName(tr("Number of letters shown"));
    layout->addWidget(m_count);

    auto *host = new QWidget(this);
    m_stack = new QStackedLayout(host);
    m_view = new QTableView(host);
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Letters"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicator(LetterListModel::ReferenceColumn, Qt::DescendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_stack->addWidget(m_view);
    m_empty = new QLabel(host);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setAccessibleName(tr("No letters"));
    m_stack->addWidget(m_empty);
    layout->addWidget(host, 1);

    const bool writes = !LetterService::creatableTypes(context.session()).isEmpty();
    m_new->setVisible(writes);
    m_reply->setVisible(Permissions::allows(context.session(), Action::TrackLetters));

    connect(m_actions, &LetterActions::statusMessage, this, &LetterListWidget::statusMessage);
    connect(m_new, &QPushButton::clicked, this, [this] {
        QSet<qint64> students;
        const QModelIndexList rows = m_view->selectionModel()->selectedRows();
        for (const QModelIndex &i : rows)
            students.insert(i.data(LetterListModel::StudentIdRole).toLongLong());
        QList<qint64> chosen =
            students.isEmpty() ? m_defaultStudents : QList<qint64>(students.cbegin(), students.cend());
        m_actions->newLetters(chosen);
    });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        const QList<qint64> ids = selectedIds();
        if (!ids.isEmpty())
            m_actions->editDraft(ids.first());
    });
    connect(m_preview, &QPushButton::clicked, this, [this] { m_actions->preview(selectedIds()); });
    connect(m_print, &QPushButton::clicked, this, [this] { m_actions->print(selectedIds()); });
    connect(m_pdf, &QPushButton::clicked, this, [this] { m_actions->savePdf(selectedIds()); });
    connect(m_email, &QPushButton::clicked, this, [this] { m_actions->markEmailed(selectedIds()); });
    connect(m_reply, &QPushButton::clicked, this, [this] {
        const QList<qint64> ids = selectedIds();
        if (!ids.isEmpty())
            m_actions->acknowledge(ids.first());
    });
    connect(m_delete, &QPushButton::clicked, this, [this] { m_actions->deleteDrafts(selectedIds()); });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        const qint64 id = index.data(LetterListModel::LetterIdRole).toLongLong();
        if (index.data(LetterListModel::StateRole).toString() == LetterTerms::toString(LetterState::Draft))
            m_actions->editDraft(id);
        else
            m_actions->preview({id});
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &LetterListWidget::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LetterListWidget::updateButtons);
    connect(&context, &DeskContext::dataChanged, this, [this](const QString &what) {
        if (what != QLatin1String("letters") && what != QLatin1String("students"))
            return;
        m_stale = true;
        if (isVisible())
            reload();
    });
    updateButtons();
}

void LetterListWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void LetterListWidget::setFilter(const LetterFilter &filter)
{
    m_filter = filter;
    reload();
}

void LetterListWidget::reload()
{
    m_stale = false;
    if (!m_context.isOpen() || !m_context.isSignedIn())
        return;
    const QList<qint64> keep = selectedIds();
    const Status loaded = m_model->load(m_context.db(), m_context.session(), m_filter);
    if (!loaded) {
        m_empty->setText(loaded.error().message);
        m_stack->setCurrentWidget(m_empty);
        m_count->clear();
        return;
    }
    for (int r = 0; r < m_model->rowCount(); ++r)
        if (keep.contains(m_model->rowAt(r).id))
            m_view->selectionModel()->select(m_model->index(r, 0),
                                             QItemSelectionModel::Select | QItemSelectionModel::Rows);
    m_view->resizeColumnsToContents();
    const int n = m_model->rowCount();
    m_count->setText(tr("%n letter(s)", nullptr, n));
    if (n > 0) {
        m_stack->setCurrentWidget(m_view);
        return;
    }
    m_empty->setText(!m_emptyText.isEmpty() ? m_emptyText
                                            : tr("No letters match. Change the filters, or write new letters with "
                                                 "New letters\u2026 (Alt+N)."));
    m_stack->setCurrentWidget(m_empty);
}

QList<qint64> LetterListWidget::selectedIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &i : rows)
        ids.append(i.data(LetterListModel::LetterIdRole).toLongLong());
    std::sort(ids.begin(), ids.end());
    return ids;
}

QList<LetterState> LetterListWidget::selectedStates() const
{
    QList<LetterState> states;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &i : rows)
        states.append(
            LetterTerms::stateFromString(i.data(LetterListModel::StateRole).toString()).value_or(LetterState::Draft));
    return states;
}

void LetterListWidget::updateButtons()
{
    const QList<LetterState> states = selectedStates();
    const bool any = !states.isEmpty();
    const bool oneDraft = states.size() == 1 && states.first() == LetterState::Draft;
    const bool allDrafts = any && !states.contains(LetterState::Issued) && !states.contains(LetterState::Acknowledged);
    m_edit->setEnabled(oneDraft);
    m_preview->setEnabled(any);
    m_print->setEnabled(any);
    m_pdf->setEnabled(any);
    m_email->setEnabled(allDrafts);
    m_reply->setEnabled(states.size() == 1 && states.first() == LetterState::Issued);
    m_delete->setEnabled(allDrafts);
}

} // namespace md::ui
