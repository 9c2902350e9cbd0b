// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ilp/IlpTemplatesPane.h"

#include "common/ConflictDialog.h"

#include "ilp/IlpTemplateStore.h"
#include "shell/DeskContext.h"

#include <algorithm>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace md::ui {

namespace {
constexpr int kLabelColumn = 0;
constexpr int kGuidanceColumn = 1;
constexpr int kFirstRoleColumn = 2;
} // namespace

int IlpTemplatesPane::seeColumn(IlpRole role)
{
    return kFirstRoleColumn + int(allIlpRoles().indexOf(role));
}

int IlpTemplatesPane::editColumn(IlpRole role)
{
    return kFirstRoleColumn + int(allIlpRoles().size()) + int(allIlpRoles().indexOf(role));
}

IlpTemplatesPane::IlpTemplatesPane(DeskContext &context, QWidget *parent)
    : Pane(context, parent), m_list(new QListWidget(this)), m_name(new QLineEdit(this)),
      m_description(new QLineEdit(this)), m_stateLabel(new QLabel(this)), m_fields(new QTableWidget(this)),
      m_new(new QPushButton(tr("&New template"), this)), m_add(new QPushButton(tr("&Add field"), this)),
      m_remove(new QPushButton(tr("Re&move field"), this)), m_up(new QPushButton(tr("Move &up"), this)),
      m_down(new QPushButton(tr("Move do&wn"), this)), m_save(new QPushButton(tr("&Save"), this)),
      m_publish(new QPushButton(tr("&Publish"), this)), m_unpublish(new QPushButton(tr("Unpu&blish"), this)),
      m_message(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(QStringLiteral("<h2>") + tr("ILP templates") + QStringLiteral("</h2>"), this));
    auto *intro = new QLabel(tr("A template lists the fields of a plan and, for each, who can see it and who can "
                                "edit it. A role that cannot see a field never gets it, whatever its edit tick. "
                                "Plans copy their template when they are made: saving a template never changes "
                                "existing plans. Unpublish a template to stop its use; plans made from it stay."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Message"));
    layout->addWidget(m_message);

    auto *split = new QSplitter(this);
    auto *left = new QWidget(split);
    auto *ll = new QVBoxLayout(left);
    ll->setContentsMargins(0, 0, 0, 0);
    auto *listLabel = new QLabel(tr("&Templates:"), left);
    listLabel->setBuddy(m_list);
    m_list->setAccessibleName(tr("ILP templates"));
    ll->addWidget(listLabel);
    ll->addWidget(m_list);
    m_new->setAccessibleName(tr("New ILP template"));
    ll->addWidget(m_new);
    split->addWidget(left);

    auto *right = new QWidget(split);
    auto *rl = new QVBoxLayout(right);
    rl->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    m_name->setAccessibleName(tr("Template name"));
    m_description->setAccessibleName(tr("Template description"));
    form->addRow(tr("Na&me:"), m_name);
    form->addRow(tr("D&escription:"), m_description);
    m_stateLabel->setAccessibleName(tr("Template state"));
    form->addRow(tr("State:"), m_stateLabel);
    rl->addLayout(form);

    QStringList headers{tr("Field"), tr("Guidance")};
    for (IlpRole r : allIlpRoles())
        headers << tr("Seen by %1").arg(ilpRoleLabel(r).toLower());
    for (IlpRole r : allIlpRoles())
        headers << tr("Edited by %1").arg(ilpRoleLabel(r).toLower());
    m_fields->setColumnCount(int(headers.size()));
    m_fields->setHorizontalHeaderLabels(headers);
    m_fields->horizontalHeader()->setSectionResizeMode(kLabelColumn, QHeaderView::Stretch);
    m_fields->horizontalHeader()->setSectionResizeMode(kGuidanceColumn, QHeaderView::Stretch);
    m_fields->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_fields->setSelectionMode(QAbstractItemView::SingleSelection);
    m_fields->setAccessibleName(tr("Fields and who sees and edits them"));
    auto *fieldsLabel = new QLabel(tr("&Fields (tick who can see and who can edit each):"), right);
    fieldsLabel->setBuddy(m_fields);
    rl->addWidget(fieldsLabel);
    rl->addWidget(m_fields, 1);
    auto *fieldButtons = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_remove, m_up, m_down})
        fieldButtons->addWidget(b);
    fieldButtons->addStretch();
    rl->addLayout(fieldButtons);
    auto *actions = new QHBoxLayout;
    actions->addStretch();
    for (QPushButton *b : {m_unpublish, m_publish, m_save})
        actions->addWidget(b);
    m_save->setShortcut(QKeySequence::Save);
    m_save->setAccessibleName(tr("Save the template"));
    m_publish->setAccessibleName(tr("Publish the template"));
    m_unpublish->setAccessibleName(tr("Unpublish the template"));
    m_add->setAccessibleName(tr("Add a field"));
    m_remove->setAccessibleName(tr("Remove the selected field"));
    m_up->setAccessibleName(tr("Move the field up"));
    m_down->setAccessibleName(tr("Move the field down"));
    rl->addLayout(actions);
    split->addWidget(right);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);

    connect(m_list, &QListWidget::currentRowChanged, this, &IlpTemplatesPane::openCurrent);
    connect(m_new, &QPushButton::clicked, this, &IlpTemplatesPane::newTemplate);
    connect(m_add, &QPushButton::clicked, this, &IlpTemplatesPane::addField);
    connect(m_remove, &QPushButton::clicked, this, &IlpTemplatesPane::removeField);
    connect(m_up, &QPushButton::clicked, this, [this] { moveField(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveField(1); });
    connect(m_save, &QPushButton::clicked, this, &IlpTemplatesPane::save);
    connect(m_publish, &QPushButton::clicked, this, [this] { setState(IlpTemplateState::Published); });
    connect(m_unpublish, &QPushButton::clicked, this, [this] { setState(IlpTemplateState::Unpublished); });
}

void IlpTemplatesPane::activate()
{
    reloadList(m_currentId);
}

QWidget *IlpTemplatesPane::primaryFocus()
{
    return m_list;
}

void IlpTemplatesPane::showMessage(const QString &message, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    m_message->setText(message);
    if (!message.isEmpty())
        Q_EMIT statusMessage(message);
}

void IlpTemplatesPane::reloadList(qint64 select)
{
    auto list = IlpTemplateStore(context().db()).list(context().session());
    const QSignalBlocker block(m_list);
    m_list->clear();
    if (!list) {
        showMessage(list.error().message, true);
        return;
    }
    int row = list->isEmpty() ? -1 : 0;
    for (int i = 0; i < list->size(); ++i) {
        const IlpTemplate &t = list->at(i);
        auto *item = new QListWidgetItem(
            tr("%1 (%2, %n plan(s))", nullptr, t.planCount).arg(t.name, ilpTemplateStateLabel(t.state).toLower()),
            m_list);
        item->setData(Qt::UserRole, t.id);
        if (t.id == select)
            row = i;
    }
    m_list->setCurrentRow(row);
    openCurrent();
}

void IlpTemplatesPane::setFieldRow(int row, const IlpField &field)
{
    m_fields->setItem(row, kLabelColumn, new QTableWidgetItem(field.label));
    m_fields->setItem(row, kGuidanceColumn, new QTableWidgetItem(field.guidance));
    for (IlpRole r : allIlpRoles()) {
        auto *see = new QTableWidgetItem;
        see->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        see->setCheckState(field.seeBy.testFlag(r) ? Qt::Checked : Qt::Unchecked);
        see->setData(Qt::AccessibleTextRole, tr("Seen by %1").arg(ilpRoleLabel(r).toLower()));
        m_fields->setItem(row, seeColumn(r), see);
        auto *edit = new QTableWidgetItem;
        edit->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        edit->setCheckState(field.editBy.testFlag(r) ? Qt::Checked : Qt::Unchecked);
        edit->setData(Qt::AccessibleTextRole, tr("Edited by %1").arg(ilpRoleLabel(r).toLower()));
        m_fields->setItem(row, editColumn(r), edit);
    }
}

void IlpTemplatesPane::openCurrent()
{
    m_fields->setRowCount(0);
    m_currentId = 0;
    const QListWidgetItem *item = m_list->currentItem();
    const bool has = item != nullptr;
    for (QWidget *w : std::initializer_list<QWidget *>{m_name, m_description, m_fields, m_add, m_remove, m_up, m_down,
                                                       m_save, m_publish, m_unpublish})
        w->setEnabled(has);
    if (!has) {
        m_name->clear();
        m_description->clear();
        m_stateLabel->clear();
        return;
    }
    auto t = IlpTemplateStore(context().db()).get(context().session(), item->data(Qt::UserRole).toLongLong());
    if (!t) {
        showMessage(t.error().message, true);
        return;
    }
    m_currentId = t->id;
    m_rowVersion = t->rowVersion;
    m_state = t->state;
    m_name->setText(t->name);
    m_description->setText(t->description);
    m_stateLabel->setText(ilpTemplateStateLabel(t->state) +
                          (t->planCount ? tr(" \u00b7 %n plan(s) made from it", nullptr, t->planCount) : QString()));
    m_fields->setRowCount(int(t->fields.size()));
    for (int i = 0; i < t->fields.size(); ++i)
        setFieldRow(i, t->fields.at(i));
    m_publish->setEnabled(t->state != IlpTemplateState::Published);
    m_unpublish->setEnabled(t->state == IlpTemplateState::Published);
}

IlpTemplate IlpTemplatesPane::edited() const
{
    IlpTemplate t;
    t.id = m_currentId;
    t.rowVersion = m_rowVersion;
    t.name = m_name->text();
    t.description = m_description->text();
    for (int r = 0; r < m_fields->rowCount(); ++r) {
        IlpField f;
        f.label = m_fields->item(r, kLabelColumn) ? m_fields->item(r, kLabelColumn)->text() : QString();
        f.guidance = m_fields->item(r, kGuidanceColumn) ? m_fields->item(r, kGuidanceColumn)->text() : QString();
        for (IlpRole role : allIlpRoles()) {
            if (m_fields->item(r, seeColumn(role))->checkState() == Qt::Checked)
                f.seeBy |= role;
            if (m_fields->item(r, editColumn(role))->checkState() == Qt::Checked)
                f.editBy |= role;
        }
        t.fields.append(f);
    }
    return t;
}

bool IlpTemplatesPane::save()
{
    if (!m_currentId)
        return false;
    const IlpTemplate t = edited();
    Error error;
    const auto outcome = ConflictDialog::save(this, context().db(), context().session().actor(), t.rowVersion,
                                              [&](int version) {
                                                  IlpTemplate at = t;
                                                  at.rowVersion = version;
                                                  return IlpTemplateStore(context().db()).save(context().session(), at);
                                              },
                                              &error);
    if (outcome == ConflictDialog::Outcome::Discarded) {
        showMessage(tr("Your changes were discarded; this is the template as it is saved now."));
        reloadList(m_currentId);
        return false;
    }
    if (outcome != ConflictDialog::Outcome::Saved) {
        showMessage(error.fullText(), true);
        return false;
    }
    showMessage(tr("Saved '%1'. Plans already made from it are unchanged.").arg(t.name.trimmed()));
    reloadList(m_currentId);
    return true;
}

void IlpTemplatesPane::newTemplate()
{
    IlpTemplate t;
    int n = 1;
    QStringList names;
    for (int i = 0; i < m_list->count(); ++i)
        names << m_list->item(i)->text();
    t.name = tr("New template");
    while (std::any_of(names.cbegin(), names.cend(),
                       [&](const QString &s) { return s.startsWith(t.name + QStringLiteral(" (")); }))
        t.name = tr("New template %1").arg(++n);
    t.fields.append({0, 0, tr("Targets"), QString(),
                     IlpRole::Mentor | IlpRole::Teacher | IlpRole::Student | IlpRole::Parent,
                     IlpRoles(IlpRole::Mentor)});
    auto id = IlpTemplateStore(context().db()).create(context().session(), t);
    if (!id) {
        showMessage(id.error().fullText(), true);
        return;
    }
    showMessage(tr("Made the draft '%1': name it, add its fields, save, then publish.").arg(t.name));
    reloadList(*id);
    m_name->setFocus();
    m_name->selectAll();
}

void IlpTemplatesPane::addField()
{
    const int row = m_fields->rowCount();
    m_fields->setRowCount(row + 1);
    setFieldRow(row, {0, 0, QString(), QString(), IlpRole::Mentor | IlpRole::Teacher, IlpRoles(IlpRole::Mentor)});
    m_fields->setCurrentCell(row, kLabelColumn);
    m_fields->editItem(m_fields->item(row, kLabelColumn));
}

void IlpTemplatesPane::removeField()
{
    const int row = m_fields->currentRow();
    if (row >= 0)
        m_fields->removeRow(row);
}

void IlpTemplatesPane::moveField(int delta)
{
    const int row = m_fields->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_fields->rowCount())
        return;
    const IlpTemplate t = edited();
    setFieldRow(row, t.fields.at(to));
    setFieldRow(to, t.fields.at(row));
    m_fields->setCurrentCell(to, m_fields->currentColumn());
}

void IlpTemplatesPane::setState(IlpTemplateState state)
{
    if (!m_currentId)
        return;
    if (!save())
        return;
    if (Status s = IlpTemplateStore(context().db()).setState(context().session(), m_currentId, state); !s) {
        showMessage(s.error().message, true);
        return;
    }
    showMessage(state == IlpTemplateState::Published
                    ? tr("Published: mentors can now make plans from '%1'.").arg(m_name->text().trimmed())
                    : tr("Unpublished: no new plans can be made from '%1'; existing plans are unchanged.")
                          .arg(m_name->text().trimmed()));
    reloadList(m_currentId);
}

} // namespace md::ui
