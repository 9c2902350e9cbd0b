// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "behaviour/BehaviourCategoriesPane.h"

#include "behaviour/BehaviourCategories.h"
#include "behaviour/BehaviourStore.h"
#include "common/MessageBox.h"
#include "shell/DeskContext.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace md::ui {

BehaviourCategoriesPane::BehaviourCategoriesPane(DeskContext &context, QWidget *parent)
    : Pane(context, parent), m_model(new BehaviourCategoryModel(this))
{
    m_model->setSource(context.db());
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Behaviour categories"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    title->setFont(f);
    layout->addWidget(title);
    auto *intro = new QLabel(tr("The categories staff choose from when they record behaviour. A category that has "
                                "been used is retired rather than deleted, so its events keep it; a retired "
                                "category is no longer offered for new events."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Result of the last action"));
    m_message->hide();
    layout->addWidget(m_message);

    auto *body = new QHBoxLayout;
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Behaviour categories"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(BehaviourCategoryModel::NameColumn, 190);
    m_view->setColumnWidth(BehaviourCategoryModel::KindColumn, 90);
    m_view->setColumnWidth(BehaviourCategoryModel::PointsColumn, 100);
    m_view->setColumnWidth(BehaviourCategoryModel::UsedColumn, 100);
    body->addWidget(m_view, 3);

    auto *form = new QGroupBox(tr("Category"), this);
    auto *formLayout = new QFormLayout(form);
    m_name = new QLineEdit(form);
    m_name->setAccessibleName(tr("Category name"));
    m_name->setMaxLength(BehaviourStore::kMaxShortLength);
    formLayout->addRow(tr("&Name:"), m_name);
    m_kind = new QComboBox(form);
    m_kind->setAccessibleName(tr("Positive or negative"));
    m_kind->addItem(behaviourKindLabel(BehaviourKind::Positive), toCode(BehaviourKind::Positive));
    m_kind->addItem(behaviourKindLabel(BehaviourKind::Negative), toCode(BehaviourKind::Negative));
    formLayout->addRow(tr("T&ype:"), m_kind);
    m_points = new QSpinBox(form);
    m_points->setAccessibleName(tr("Default points"));
    m_points->setRange(-BehaviourStore::kMaxPoints, BehaviourStore::kMaxPoints);
    m_points->setToolTip(tr("Positive categories give points (0 or more); negative ones take them away (0 or less)."));
    formLayout->addRow(tr("Default &points:"), m_points);
    m_state = new QLabel(form);
    m_state->setAccessibleName(tr("Whether the category is in use"));
    m_state->setWordWrap(true);
    formLayout->addRow(tr("Status:"), m_state);

    auto *buttons = new QHBoxLayout;
    m_new = new QPushButton(tr("&New category"), form);
    m_new->setAccessibleName(tr("Start a new behaviour category"));
    m_save = new QPushButton(tr("&Save"), form);
    m_save->setAccessibleName(tr("Save the category (Ctrl+S)"));
    m_save->setToolTip(tr("Ctrl+S"));
    m_save->setDefault(true);
    buttons->addWidget(m_new);
    buttons->addWidget(m_save);
    formLayout->addRow(buttons);
    auto *more = new QHBoxLayout;
    m_retire = new QPushButton(tr("&Retire"), form);
    m_retire->setAccessibleName(tr("Retire or reinstate the selected category"));
    m_delete = new QPushButton(tr("&Delete…"), form);
    m_delete->setAccessibleName(tr("Delete the selected category (Delete); only when no event uses it"));
    m_delete->setToolTip(tr("Delete in the list"));
    more->addWidget(m_retire);
    more->addWidget(m_delete);
    formLayout->addRow(more);
    body->addWidget(form, 2);
    layout->addLayout(body, 1);

    auto *saveKey = new QShortcut(QKeySequence::Save, this);
    saveKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveKey, &QShortcut::activated, this, [this] { save(); });
    auto *deleteKey = new QShortcut(QKeySequence::Delete, m_view);
    deleteKey->setContext(Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, [this] { deleteSelected(); });

    connect(m_new, &QPushButton::clicked, this, &BehaviourCategoriesPane::startNew);
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_retire, &QPushButton::clicked, this, [this] { toggleRetired(); });
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteSelected(); });
    connect(m_name, &QLineEdit::returnPressed, this, [this] { save(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &BehaviourCategoriesPane::showSelected);
    // Switching the type flips the points' sign, so the form does not offer a contradiction.
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        const bool positive = m_kind->currentData().toString() == toCode(BehaviourKind::Positive);
        if ((positive && m_points->value() < 0) || (!positive && m_points->value() > 0))
            m_points->setValue(-m_points->value());
    });
    connect(&context, &DeskContext::dataChanged, this, [this](const QString &what) {
        if (what == QLatin1String("behaviour")) {
            m_stale = true;
            if (isVisible())
                reload();
        }
    });
}

void BehaviourCategoriesPane::activate()
{
    if (m_stale)
        reload();
}

QWidget *BehaviourCategoriesPane::primaryFocus()
{
    return m_view;
}

void BehaviourCategoriesPane::reload()
{
    m_stale = false;
    const qint64 keep = m_editing;
    if (Status s = m_model->load(); !s)
        showMessage(s.error().message, true);
    if (keep > 0 && selectCategory(keep))
        return;
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
    else
        startNew();
}

qint64 BehaviourCategoriesPane::selectedId() const
{
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() ? i.data(BehaviourCategoryModel::CategoryIdRole).toLongLong() : 0;
}

bool BehaviourCategoriesPane::selectCategory(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    m_view->selectRow(row);
    m_view->setCurrentIndex(m_model->index(row, 0));
    showSelected();
    return true;
}

void BehaviourCategoriesPane::showSelected()
{
    const QModelIndex i = m_view->currentIndex();
    if (!i.isValid())
        return;
    const BehaviourCategory &c = m_model->categoryAt(i.row());
    m_editing = c.id;
    const QSignalBlocker block(m_kind);
    m_name->setText(c.name);
    m_kind->setCurrentIndex(m_kind->findData(toCode(c.kind)));
    m_points->setValue(c.defaultPoints);
    const int used = m_model->usedBy(c.id);
    m_state->setText(c.active ? tr("Active; used by %n event(s).", nullptr, used)
                              : tr("Retired; used by %n event(s).", nullptr, used));
    m_retire->setText(c.active ? tr("&Retire") : tr("Re&instate"));
    m_retire->setEnabled(true);
    m_delete->setEnabled(used == 0);
    m_delete->setToolTip(used == 0 ? tr("Delete in the list")
                                   : tr("Used by %n event(s): retire it instead.", nullptr, used));
}

void BehaviourCategoriesPane::startNew()
{
    m_editing = 0;
    m_view->clearSelection();
    m_view->setCurrentIndex({});
    const QSignalBlocker block(m_kind);
    m_name->clear();
    m_kind->setCurrentIndex(m_kind->findData(toCode(BehaviourKind::Negative)));
    m_points->setValue(-1);
    m_state->setText(tr("New: not saved yet."));
    m_retire->setEnabled(false);
    m_delete->setEnabled(false);
    m_name->setFocus();
}

void BehaviourCategoriesPane::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #a31c1c;") : QString());
    m_message->setVisible(!text.isEmpty());
}

bool BehaviourCategoriesPane::save()
{
    BehaviourCategory c;
    c.id = m_editing;
    c.name = m_name->text();
    c.kind = behaviourKindFromCode(m_kind->currentData().toString()).value_or(BehaviourKind::Negative);
    c.defaultPoints = m_points->value();
    qint64 id = m_editing;
    if (m_editing == 0) {
        auto added = BehaviourStore(context().db()).addCategory(context().session(), c);
        if (!added) {
            showMessage(added.error().message, true);
            return false;
        }
        id = *added;
        showMessage(tr("Added the category \"%1\".").arg(c.name.simplified()), false);
    } else {
        if (Status s = BehaviourCategoryService(context().db()).update(context().session(), c); !s) {
            showMessage(s.error().message, true);
            return false;
        }
        showMessage(tr("Saved the category \"%1\".").arg(c.name.simplified()), false);
    }
    m_editing = id;
    context().notifyChanged(QStringLiteral("behaviour"));
    reload();
    selectCategory(id);
    return true;
}

bool BehaviourCategoriesPane::toggleRetired()
{
    const qint64 id = selectedId();
    if (id == 0)
        return false;
    const BehaviourCategory c = m_model->categoryAt(m_model->rowOf(id));
    if (Status s = BehaviourCategoryService(context().db()).setActive(context().session(), id, !c.active); !s) {
        showMessage(s.error().message, true);
        return false;
    }
    showMessage(c.active ? tr("Retired \"%1\": it is no longer offered for new events.").arg(c.name)
                         : tr("Reinstated \"%1\".").arg(c.name),
                false);
    context().notifyChanged(QStringLiteral("behaviour"));
    reload();
    selectCategory(id);
    return true;
}

bool BehaviourCategoriesPane::deleteSelected()
{
    const qint64 id = selectedId();
    if (id == 0)
        return false;
    const BehaviourCategory c = m_model->categoryAt(m_model->rowOf(id));
    // A category in use is refused by the core whatever the answer: no need to ask first.
    if (m_model->usedBy(id) == 0 &&
        MessageBox::question(this, tr("Delete category"),
                             tr("Delete the behaviour category \"%1\"? This cannot be undone.").arg(c.name)) !=
            QMessageBox::Yes)
        return false;
    if (Status s = BehaviourCategoryService(context().db()).remove(context().session(), id); !s) {
        showMessage(s.error().message, true);
        return false;
    }
    showMessage(tr("Deleted the category \"%1\".").arg(c.name), false);
    m_editing = 0;
    context().notifyChanged(QStringLiteral("behaviour"));
    reload();
    return true;
}

} // namespace md::ui
