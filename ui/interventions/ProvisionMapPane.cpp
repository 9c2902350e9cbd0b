// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interventions/ProvisionMapPane.h"

#include "access/Permissions.h"
#include "interventions/ProvisionTypeModel.h"
#include "shell/DeskContext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace md::ui {

ProvisionMapPane::ProvisionMapPane(DeskContext &context, QWidget *parent)
    : Pane(context, parent), m_model(new ProvisionTypeModel(this))
{
    const bool edit = Permissions::allows(context.session(), Action::EditProvisionMap);
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Provision map"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    title->setFont(f);
    layout->addWidget(title);
    QStringList stages;
    for (int s = 1; s <= 3; ++s)
        stages << ProvisionMap::stageTitle(s) + QStringLiteral(" — ") + ProvisionMap::stageRequestedBy(s);
    auto *intro = new QLabel(stages.join(QLatin1Char('\n')), this);
    intro->setWordWrap(true);
    intro->setAccessibleName(tr("Who may request each stage"));
    layout->addWidget(intro);

    auto *splitter = new QSplitter(this);
    m_view = new QTableView(splitter);
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Intervention types"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);

    auto *editor = new QWidget(splitter);
    auto *form = new QFormLayout(editor);
    m_stage = new QComboBox(editor);
    m_stage->setAccessibleName(tr("Stage"));
    for (int s = 1; s <= 3; ++s)
        m_stage->addItem(ProvisionMap::stageTitle(s), s);
    form->addRow(tr("&Stage:"), m_stage);
    m_stageInfo = new QLabel(editor);
    m_stageInfo->setWordWrap(true);
    form->addRow(QString(), m_stageInfo);
    m_name = new QLineEdit(editor);
    m_name->setAccessibleName(tr("Name"));
    form->addRow(tr("&Name:"), m_name);
    m_duration = new QLineEdit(editor);
    m_duration->setAccessibleName(tr("Length"));
    form->addRow(tr("&Length:"), m_duration);
    m_weeks = new QSpinBox(editor);
    m_weeks->setRange(0, 156);
    m_weeks->setSpecialValueText(tr("Not fixed"));
    m_weeks->setAccessibleName(tr("Length in weeks"));
    form->addRow(tr("&Weeks:"), m_weeks);
    m_oneToOne = new QCheckBox(tr("1:1 &mentoring (a mentoring action plan of up to three objectives)"), editor);
    m_oneToOne->setAccessibleName(tr("One-to-one mentoring"));
    form->addRow(QString(), m_oneToOne);
    m_active = new QCheckBox(tr("&Offered"), editor);
    m_active->setAccessibleName(tr("Offered"));
    form->addRow(QString(), m_active);
    m_description = new QPlainTextEdit(editor);
    m_description->setAccessibleName(tr("Description"));
    m_description->setTabChangesFocus(true);
    form->addRow(tr("&Description:"), m_description);
    m_provision = new QPlainTextEdit(editor);
    m_provision->setAccessibleName(tr("Provision"));
    m_provision->setTabChangesFocus(true);
    m_provision->setMaximumHeight(80);
    form->addRow(tr("&Provision:"), m_provision);
    m_criteria = new QPlainTextEdit(editor);
    m_criteria->setAccessibleName(tr("Criteria, one per line"));
    m_criteria->setTabChangesFocus(true);
    form->addRow(tr("&Criteria (one per line):"), m_criteria);
    auto *buttons = new QHBoxLayout;
    auto *save = new QPushButton(tr("Sa&ve"), editor);
    save->setAccessibleName(tr("Save the intervention type"));
    auto *add = new QPushButton(tr("New &type"), editor);
    add->setAccessibleName(tr("Add an intervention type"));
    buttons->addWidget(save);
    buttons->addWidget(add);
    buttons->addStretch();
    form->addRow(buttons);
    save->setEnabled(edit);
    add->setEnabled(edit);
    splitter->addWidget(m_view);
    splitter->addWidget(editor);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("What happened"));
    layout->addWidget(m_message);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ProvisionMapPane::showType);
    connect(m_stage, &QComboBox::currentIndexChanged, this,
            [this] { m_stageInfo->setText(ProvisionMap::stageRequestedBy(m_stage->currentData().toInt())); });
    connect(save, &QPushButton::clicked, this, [this] {
        if (Status s = this->save(); !s)
            m_message->setText(s.error().fullText());
    });
    connect(add, &QPushButton::clicked, this, &ProvisionMapPane::newType);
}

void ProvisionMapPane::activate()
{
    if (m_stale)
        reload();
}

QWidget *ProvisionMapPane::primaryFocus()
{
    return m_view;
}

void ProvisionMapPane::reload()
{
    m_stale = false;
    const qint64 keep = m_typeId;
    if (Status s = m_model->load(context().db(), true); !s)
        m_message->setText(s.error().message);
    m_view->resizeColumnsToContents();
    const int row = m_model->rowOfType(keep);
    m_view->setCurrentIndex(m_model->index(row >= 0 ? row : 0, 0));
    showType();
}

void ProvisionMapPane::showType()
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return;
    const ProvisionType &t = m_model->rowAt(index.row());
    m_typeId = t.id;
    m_stage->setCurrentIndex(t.stage - 1);
    m_stageInfo->setText(ProvisionMap::stageRequestedBy(t.stage));
    m_name->setText(t.name);
    m_duration->setText(t.duration);
    m_weeks->setValue(t.weeks.value_or(0));
    m_oneToOne->setChecked(t.oneToOne);
    m_active->setChecked(t.active);
    m_description->setPlainText(t.description);
    m_provision->setPlainText(t.provision);
    QStringList criteria;
    for (const ProvisionCriterion &c : t.criteria)
        criteria << c.text;
    m_criteria->setPlainText(criteria.join(QLatin1Char('\n')));
}

void ProvisionMapPane::newType()
{
    m_view->clearSelection();
    m_typeId = 0;
    m_stage->setCurrentIndex(0);
    for (QLineEdit *e : {m_name, m_duration})
        e->clear();
    m_weeks->setValue(0);
    m_oneToOne->setChecked(false);
    m_active->setChecked(true);
    for (QPlainTextEdit *e : {m_description, m_provision, m_criteria})
        e->clear();
    m_message->setText(tr("Describe the new intervention type, then Save."));
    m_name->setFocus();
}

Status ProvisionMapPane::save()
{
    ProvisionType t;
    t.id = m_typeId;
    QList<ProvisionCriterion> existing;
    if (const int row = m_model->rowOfType(m_typeId); row >= 0) {
        t = m_model->rowAt(row);
        existing = t.criteria;
    }
    t.stage = m_stage->currentData().toInt();
    t.name = m_name->text();
    t.duration = m_duration->text();
    t.weeks = m_weeks->value() > 0 ? std::optional<int>(m_weeks->value()) : std::nullopt;
    t.oneToOne = m_oneToOne->isChecked();
    t.active = m_active->isChecked();
    t.description = m_description->toPlainText();
    t.provision = m_provision->toPlainText();
    // A line whose wording is unchanged keeps its criterion (and the evidence ticked against it).
    t.criteria.clear();
    for (const QString &line : m_criteria->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QString text = line.simplified();
        qint64 id = 0;
        for (int k = 0; k < existing.size(); ++k) {
            if (existing.at(k).text == text) {
                id = existing.at(k).id;
                existing.removeAt(k);
                break;
            }
        }
        t.criteria.append({id, text});
    }
    auto id = ProvisionMap(context().db()).save(context().session(), t);
    if (!id)
        return id.error();
    m_typeId = *id;
    m_message->setText(tr("%1 saved.").arg(t.name.simplified()));
    context().notifyChanged(QStringLiteral("provision"));
    reload();
    return {};
}

} // namespace md::ui
