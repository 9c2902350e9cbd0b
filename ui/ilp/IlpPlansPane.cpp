// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ilp/IlpPlansPane.h"

#include "access/Permissions.h"
#include "common/MessageBox.h"
#include "ilp/IlpCreateDialog.h"
#include "ilp/IlpPlanStore.h"
#include "ilp/IlpStudentListModel.h"
#include "ilp/IlpStudentPage.h"
#include "ilp/IlpTemplateStore.h"
#include "shell/DeskContext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace md::ui {

namespace {
std::function<bool(IlpCreateDialog *)> &createHook()
{
    static std::function<bool(IlpCreateDialog *)> hook;
    return hook;
}
} // namespace

void IlpPlansPane::setCreateDialogHook(std::function<bool(IlpCreateDialog *)> hook)
{
    createHook() = std::move(hook);
}

IlpPlansPane::IlpPlansPane(DeskContext &context, QWidget *parent)
    : Pane(context, parent), m_stack(new QStackedWidget(this)), m_table(new QTableView(this)),
      m_model(new IlpStudentListModel(this)), m_page(new IlpStudentPage(context, true, this)),
      m_create(new QPushButton(tr("&Create plan\u2026"), this)), m_publish(new QPushButton(tr("&Publish"), this)),
      m_archive(new QPushButton(tr("A&rchive"), this)), m_delete(new QPushButton(tr("&Delete\u2026"), this)),
      m_open(new QPushButton(tr("&Open"), this)), m_back(new QPushButton(tr("&Back to the list"), this)),
      m_message(new QLabel(this)), m_ownGroup(new QCheckBox(tr("Only my mentoring &group"), this))
{
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(QStringLiteral("<h2>") + tr("Individual learning plans") + QStringLiteral("</h2>"), this);
    layout->addWidget(title);
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Message"));
    layout->addWidget(m_message);
    layout->addWidget(m_stack, 1);

    auto *listPage = new QWidget(m_stack);
    auto *ll = new QVBoxLayout(listPage);
    ll->setContentsMargins(0, 0, 0, 0);
    auto *hint = new QLabel(tr("Your students by group, one row per current plan. Select one student, several, or "
                               "none for the whole group, then act on the selection."),
                            listPage);
    hint->setWordWrap(true);
    ll->addWidget(hint);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_create, m_publish, m_archive, m_delete, m_open})
        buttons->addWidget(b);
    buttons->addStretch();
    // Lead mentors and supervisors see the whole school; their own group is the usual work.
    const Session &session = context.session();
    m_ownGroup->setAccessibleName(tr("Only students in my mentoring group"));
    m_canNarrow =
        session.has(Role::Mentor) && Permissions::scopes(session, Action::ViewIlps).testFlag(ScopeKind::Organisation);
    m_ownGroup->setVisible(m_canNarrow);
    m_ownGroup->setChecked(m_canNarrow);
    buttons->addWidget(m_ownGroup);
    ll->addLayout(buttons);
    m_create->setAccessibleName(tr("Create plans for the selected students"));
    m_publish->setAccessibleName(tr("Publish the selected plans"));
    m_archive->setAccessibleName(tr("Archive the selected plans"));
    m_delete->setAccessibleName(tr("Delete the selected plans"));
    m_open->setAccessibleName(tr("Open the student's ILP page"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->setAccessibleName(tr("Students and their current plans"));
    ll->addWidget(m_table, 1);
    m_stack->addWidget(listPage);

    auto *detail = new QWidget(m_stack);
    auto *dl = new QVBoxLayout(detail);
    dl->setContentsMargins(0, 0, 0, 0);
    m_back->setAccessibleName(tr("Back to the ILP student list"));
    m_back->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    auto *bl = new QHBoxLayout;
    bl->addWidget(m_back);
    bl->addStretch();
    dl->addLayout(bl);
    dl->addWidget(m_page, 1);
    m_stack->addWidget(detail);

    const bool manage = Permissions::allows(context.session(), Action::ManageIlps);
    for (QPushButton *b : {m_create, m_publish, m_archive, m_delete})
        b->setVisible(manage);

    connect(m_create, &QPushButton::clicked, this, &IlpPlansPane::createForSelection);
    connect(m_publish, &QPushButton::clicked, this, &IlpPlansPane::publishSelection);
    connect(m_archive, &QPushButton::clicked, this, &IlpPlansPane::archiveSelection);
    connect(m_delete, &QPushButton::clicked, this, &IlpPlansPane::deleteSelection);
    connect(m_open, &QPushButton::clicked, this, [this] {
        const QList<int> rows = selectedRows();
        if (!rows.isEmpty())
            openRow(rows.first());
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &i) { openRow(i.row()); });
    connect(m_back, &QPushButton::clicked, this, &IlpPlansPane::backToList);
    connect(m_ownGroup, &QCheckBox::toggled, this, &IlpPlansPane::reload);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &IlpPlansPane::updateButtons);
    connect(m_page, &IlpStudentPage::statusMessage, this, &Pane::statusMessage);
    connect(&context, &DeskContext::dataChanged, this, [this](const QString &what) {
        if (what == QLatin1String("students") || what == QLatin1String("ilp"))
            reload();
    });
    updateButtons();
}

void IlpPlansPane::activate()
{
    reload();
}

QWidget *IlpPlansPane::primaryFocus()
{
    return m_table;
}

void IlpPlansPane::showMessage(const QString &message, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    m_message->setText(message);
    if (!message.isEmpty())
        Q_EMIT statusMessage(message);
}

void IlpPlansPane::reload()
{
    if (Status s = m_model->reload(context().db(), context().session(), QDate::currentDate(),
                                   m_canNarrow && m_ownGroup->isChecked());
        !s)
        showMessage(s.error().message, true);
    m_table->resizeColumnsToContents();
    QList<QPair<qint64, QString>> students;
    QSet<qint64> seen;
    for (const IlpStudentRow &r : m_model->rows())
        if (!seen.contains(r.studentId)) {
            seen.insert(r.studentId);
            students.append(
                {r.studentId, r.tutorGroup.isEmpty() ? r.name : r.tutorGroup + QStringLiteral(" \u00b7 ") + r.name});
        }
    m_page->setStudents(students);
    updateButtons();
}

QList<int> IlpPlansPane::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        rows << i.row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

QList<qint64> IlpPlansPane::selectedPlans(bool *withoutPlan) const
{
    QList<qint64> plans;
    if (withoutPlan)
        *withoutPlan = false;
    for (int r : selectedRows()) {
        const qint64 id = m_model->row(r).planId;
        if (id)
            plans << id;
        else if (withoutPlan)
            *withoutPlan = true;
    }
    return plans;
}

void IlpPlansPane::updateButtons()
{
    const QList<qint64> plans = selectedPlans();
    m_publish->setEnabled(!plans.isEmpty());
    m_archive->setEnabled(!plans.isEmpty());
    m_delete->setEnabled(!plans.isEmpty());
    m_open->setEnabled(!selectedRows().isEmpty());
    m_create->setText(selectedRows().isEmpty() ? tr("&Create plans for the whole group\u2026")
                                               : tr("&Create plan\u2026"));
}

void IlpPlansPane::createForSelection()
{
    QList<qint64> students;
    QList<int> rows = selectedRows();
    if (rows.isEmpty())
        for (int i = 0; i < m_model->rowCount(); ++i)
            rows << i;
    for (int r : std::as_const(rows))
        if (!students.contains(m_model->row(r).studentId))
            students << m_model->row(r).studentId;
    if (students.isEmpty()) {
        showMessage(tr("There are no students to make plans for."), true);
        return;
    }
    auto published = IlpTemplateStore(context().db()).published(context().session());
    if (!published) {
        showMessage(published.error().message, true);
        return;
    }
    if (published->isEmpty()) {
        showMessage(tr("No ILP template is published yet: an administrator must publish one before plans can be made."),
                    true);
        return;
    }
    IlpCreateDialog dialog(*published, int(students.size()), this);
    const bool accepted = createHook() ? createHook()(&dialog) : dialog.exec() == QDialog::Accepted;
    if (!accepted)
        return;
    auto ids = IlpPlanStore(context().db())
                   .create(context().session(), dialog.templateId(), students, dialog.validFrom(), dialog.validTo());
    if (!ids) {
        showMessage(ids.error().fullText(), true);
        return;
    }
    showMessage(tr("Made %n unpublished plan(s) from %1.", nullptr, int(ids->size()))
                    .arg(dialog.templateCombo()->currentText()));
    context().notifyChanged(QStringLiteral("ilp"));
}

void IlpPlansPane::publishSelection()
{
    const QList<qint64> plans = selectedPlans();
    if (plans.isEmpty())
        return;
    if (Status s = IlpPlanStore(context().db()).setState(context().session(), plans, IlpPlanState::Published); !s) {
        showMessage(s.error().message, true);
        return;
    }
    showMessage(
        tr("Published %n plan(s): the students and their parents can now see them.", nullptr, int(plans.size())));
    context().notifyChanged(QStringLiteral("ilp"));
}

void IlpPlansPane::archiveSelection()
{
    const QList<qint64> plans = selectedPlans();
    if (plans.isEmpty())
        return;
    if (Status s = IlpPlanStore(context().db()).setState(context().session(), plans, IlpPlanState::Archived); !s) {
        showMessage(s.error().message, true);
        return;
    }
    showMessage(tr("Archived %n plan(s).", nullptr, int(plans.size())));
    context().notifyChanged(QStringLiteral("ilp"));
}

void IlpPlansPane::deleteSelection()
{
    const QList<qint64> plans = selectedPlans();
    if (plans.isEmpty())
        return;
    QStringList names;
    for (int r : selectedRows()) {
        const IlpStudentRow &row = m_model->row(r);
        if (row.planId)
            names << tr("%1 for %2").arg(row.templateName, row.name);
    }
    const QString text = tr("Delete %n plan(s) for good? This cannot be undone.", nullptr, int(plans.size())) +
                         QStringLiteral("\n\n") + names.join(QLatin1Char('\n'));
    if (MessageBox::question(this, tr("Delete learning plans"), text) != QMessageBox::Yes)
        return;
    if (Status s = IlpPlanStore(context().db()).remove(context().session(), plans); !s) {
        showMessage(s.error().message, true);
        return;
    }
    showMessage(tr("Deleted %n plan(s).", nullptr, int(plans.size())));
    context().notifyChanged(QStringLiteral("ilp"));
}

void IlpPlansPane::openRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const IlpStudentRow &r = m_model->row(row);
    m_page->showStudent(r.studentId, r.planId);
    m_stack->setCurrentIndex(1);
    m_page->studentSwitcher()->setFocus();
}

void IlpPlansPane::backToList()
{
    m_page->flush();
    m_stack->setCurrentIndex(0);
    reload();
    m_table->setFocus();
}

} // namespace md::ui
