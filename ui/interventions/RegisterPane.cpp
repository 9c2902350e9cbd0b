// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interventions/RegisterPane.h"

#include "common/ConflictDialog.h"

#include "access/Permissions.h"
#include "cli/CliOutput.h"
#include "common/BadgeDelegate.h"
#include "interventions/AllocationService.h"
#include "interventions/AssignKeyworkerDialog.h"
#include "interventions/MentoringRegisterModel.h"
#include "interventions/ReviewDialog.h"
#include "referrals/DocumentPrinter.h"
#include "referrals/HubDocuments.h"
#include "referrals/StepDialog.h"
#include "school/SchoolSettings.h"
#include "shell/DeskContext.h"
#include "students/StudentStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace md::ui {

RegisterPane::RegisterPane(DeskContext &context, QWidget *parent)
    : Pane(context, parent), m_model(new MentoringRegisterModel(this)), m_typing(new QTimer(this))
{
    m_model->setSource(context.db(), context.session());
    const bool manage = Permissions::allows(context.session(), Action::ManageInterventions);
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *title = new QLabel(manage ? tr("Mentoring register") : tr("Mentoring register: my caseload"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    title->setFont(f);
    top->addWidget(title);
    top->addStretch();
    auto *csv = new QPushButton(tr("Export &CSV…"), this);
    csv->setAccessibleName(tr("Export the register as CSV"));
    auto *print = new QPushButton(tr("&Print…"), this);
    print->setAccessibleName(tr("Print the register"));
    auto *preview = new QPushButton(tr("Print pre&view…"), this);
    preview->setAccessibleName(tr("Print preview of the register"));
    top->addWidget(csv);
    top->addWidget(print);
    top->addWidget(preview);
    layout->addLayout(top);

    auto *filters = new QHBoxLayout;
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter by name, UPN, intervention or keyworker"));
    m_filter->setAccessibleName(tr("Filter the register"));
    m_filter->setClearButtonEnabled(true);
    filters->addWidget(m_filter, 2);
    m_keyworker = new QComboBox(this);
    m_keyworker->setAccessibleName(tr("Keyworker"));
    m_keyworker->setVisible(manage);
    filters->addWidget(m_keyworker);
    m_stage = new QComboBox(this);
    m_stage->setAccessibleName(tr("Stage"));
    m_stage->addItem(tr("Every stage"), 0);
    for (int s = 1; s <= 3; ++s)
        m_stage->addItem(tr("Stage %1").arg(s), s);
    filters->addWidget(m_stage);
    m_year = new QComboBox(this);
    m_year->setAccessibleName(tr("Year group"));
    m_year->addItem(tr("Every year"), 0);
    for (int y = 7; y <= 13; ++y)
        m_year->addItem(tr("Year %1").arg(y), y);
    filters->addWidget(m_year);
    m_flag = new QComboBox(this);
    m_flag->setAccessibleName(tr("Flag"));
    filters->addWidget(m_flag);
    m_overdue = new QCheckBox(tr("&Overdue reviews"), this);
    m_overdue->setAccessibleName(tr("Only overdue reviews"));
    filters->addWidget(m_overdue);
    m_concluded = new QCheckBox(tr("Include conc&luded"), this);
    m_concluded->setAccessibleName(tr("Include concluded interventions"));
    filters->addWidget(m_concluded);
    layout->addLayout(filters);

    m_count = new QLabel(this);
    m_count->setAccessibleName(tr("Number of interventions shown"));
    layout->addWidget(m_count);

    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Mentoring register"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->horizontalHeader()->setSortIndicator(MentoringRegisterModel::StudentColumn, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->setTabKeyNavigation(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setItemDelegateForColumn(MentoringRegisterModel::FlagsColumn,
                                     new BadgeDelegate(MentoringRegisterModel::BadgesRole, m_view));
    layout->addWidget(m_view, 1);

    m_detail = new QLabel(this);
    m_detail->setWordWrap(true);
    m_detail->setAccessibleName(tr("Selected intervention"));
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_detail);

    auto *actions = new QHBoxLayout;
    m_start = new QPushButton(tr("&Start…"), this);
    m_start->setAccessibleName(tr("Start the intervention"));
    m_contacted = new QPushButton(tr("Parents co&ntacted…"), this);
    m_contacted->setAccessibleName(tr("Record that the parents were contacted"));
    m_objectives = new QPushButton(tr("O&bjectives…"), this);
    m_objectives->setAccessibleName(tr("Edit the objectives"));
    m_allocate = new QPushButton(tr("Allocate &keyworker…"), this);
    m_allocate->setAccessibleName(tr("Allocate a keyworker"));
    m_review = new QPushButton(tr("&Review…"), this);
    m_review->setAccessibleName(tr("Review the intervention"));
    for (QPushButton *b : {m_start, m_contacted, m_objectives, m_allocate, m_review})
        actions->addWidget(b);
    m_start->setVisible(manage);
    m_allocate->setVisible(manage);
    m_review->setVisible(manage);
    actions->addStretch();
    layout->addLayout(actions);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("What happened"));
    layout->addWidget(m_message);

    m_typing->setSingleShot(true);
    m_typing->setInterval(250);
    connect(m_typing, &QTimer::timeout, this, &RegisterPane::applyFilters);
    connect(m_filter, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    for (QComboBox *box : {m_keyworker, m_stage, m_year, m_flag})
        connect(box, &QComboBox::currentIndexChanged, this, &RegisterPane::applyFilters);
    connect(m_overdue, &QCheckBox::toggled, this, &RegisterPane::applyFilters);
    connect(m_concluded, &QCheckBox::toggled, this, &RegisterPane::applyFilters);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RegisterPane::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RegisterPane::updateButtons);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT openStudentRequested(index.data(MentoringRegisterModel::StudentIdRole).toLongLong());
    });
    connect(m_start, &QPushButton::clicked, this, &RegisterPane::startSelected);
    connect(m_contacted, &QPushButton::clicked, this, &RegisterPane::parentsContacted);
    connect(m_objectives, &QPushButton::clicked, this, &RegisterPane::editObjectives);
    connect(m_review, &QPushButton::clicked, this, &RegisterPane::reviewSelected);
    connect(m_allocate, &QPushButton::clicked, this, &RegisterPane::allocateSelected);
    connect(csv, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Export the mentoring register"),
                                         QStringLiteral("mentoring-register.csv"), tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        if (Status s = exportCsv(path); !s)
            m_message->setText(s.error().message);
        else
            m_message->setText(tr("Exported %n intervention(s) to %1.", nullptr, m_model->rowCount())
                                   .arg(QDir::toNativeSeparators(path)));
    });
    connect(print, &QPushButton::clicked, this,
            [this] { DocumentPrinter::print(this, registerHtml(), tr("Mentoring register")); });
    connect(preview, &QPushButton::clicked, this,
            [this] { DocumentPrinter::preview(this, registerHtml(), tr("Mentoring register")); });
    connect(&context, &DeskContext::dataChanged, this, [this](const QString &what) {
        if (what == QLatin1String("interventions") || what == QLatin1String("students") ||
            what == QLatin1String("referrals")) {
            m_stale = true;
            if (isVisible())
                reload();
        }
    });
    fillFilterChoices();
    updateButtons();
}

void RegisterPane::fillFilterChoices()
{
    m_keyworker->blockSignals(true);
    m_keyworker->clear();
    m_keyworker->addItem(tr("Every keyworker"), qint64(0));
    m_keyworker->addItem(tr("Not allocated"), RegisterFilter::kUnallocated);
    if (auto loads = AllocationService(context().db()).loads(context().session()))
        for (const MentorLoad &m : std::as_const(*loads))
            m_keyworker->addItem(m.name, m.mentorId);
    m_keyworker->blockSignals(false);
    m_flag->blockSignals(true);
    m_flag->clear();
    m_flag->addItem(tr("Any flag"), QString());
    m_flag->addItem(tr("Looked-after child"), QStringLiteral("lac"));
    m_flag->addItem(tr("EHC plan"), QStringLiteral("ehc"));
    m_flag->addItem(tr("SEN register"), QStringLiteral("sen"));
    m_flag->addItem(tr("SEMH"), QStringLiteral("semh"));
    m_flag->addItem(tr("Pupil premium"), QStringLiteral("pp"));
    if (auto flags = StudentStore(context().db()).priorityFlags())
        for (auto it = flags->cbegin(); it != flags->cend(); ++it)
            m_flag->addItem(it.value(), QString(QStringLiteral("flag:") + it.key()));
    m_flag->blockSignals(false);
}

void RegisterPane::activate()
{
    if (m_stale)
        reload();
}

QWidget *RegisterPane::primaryFocus()
{
    return m_filter;
}

void RegisterPane::applyFilters()
{
    RegisterFilter filter = m_model->filter();
    filter.text = m_filter->text();
    filter.keyworkerId = m_keyworker->currentData().toLongLong();
    filter.stage = m_stage->currentData().toInt();
    filter.yearGroup = m_year->currentData().toInt();
    filter.flag = m_flag->currentData().toString();
    filter.overdueOnly = m_overdue->isChecked();
    filter.includeConcluded = m_concluded->isChecked();
    filter.today = QDate::currentDate();
    m_model->setFilter(filter);
    reload();
}

void RegisterPane::reload()
{
    m_stale = false;
    const qint64 keep = selectedId();
    RegisterFilter filter = m_model->filter();
    filter.today = QDate::currentDate();
    m_model->setFilter(filter);
    if (Status s = m_model->load(); !s) {
        m_message->setText(s.error().message);
        return;
    }
    m_count->setText(m_model->rowCount() == 0
                         ? tr("No interventions match. Clear the filters, or plan interventions at the assessment hub.")
                         : tr("%n intervention(s)", nullptr, m_model->rowCount()));
    m_view->resizeColumnsToContents();
    m_view->setColumnWidth(MentoringRegisterModel::ObjectivesColumn,
                           std::min(m_view->columnWidth(MentoringRegisterModel::ObjectivesColumn), 320));
    const int row = keep ? m_model->rowOfIntervention(keep) : -1;
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
    updateButtons();
}

qint64 RegisterPane::selectedId() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.data(MentoringRegisterModel::InterventionIdRole).toLongLong() : 0;
}

void RegisterPane::updateButtons()
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid()) {
        for (QPushButton *b : {m_start, m_contacted, m_objectives, m_review, m_allocate})
            b->setEnabled(false);
        m_detail->setText(
            tr("Choose an intervention to see its objectives and act on it. Enter opens the student's record."));
        return;
    }
    const Intervention &i = m_model->rowAt(index.row());
    m_start->setEnabled(i.status == InterventionStatus::Planned && i.keyworkerId != 0);
    m_contacted->setEnabled(i.parentContactDue != ParentContact::None);
    m_objectives->setEnabled(i.status != InterventionStatus::Concluded);
    m_review->setEnabled(i.status == InterventionStatus::Active);
    m_allocate->setEnabled(i.status != InterventionStatus::Concluded);
    QStringList lines{tr("%1: %2, stage %3, %4.")
                          .arg(i.student.displayName(), i.provisionName)
                          .arg(i.stage)
                          .arg(i.statusText(m_model->filter().today))};
    if (!i.timescale.isEmpty())
        lines << tr("Timescale: %1").arg(i.timescale);
    for (int k = 0; k < i.objectives.size(); ++k)
        lines << tr("Objective %1: %2").arg(k + 1).arg(i.objectives.at(k));
    if (i.parentContactDue != ParentContact::None)
        lines << tr("To do: %1.").arg(labelOf(i.parentContactDue));
    if (i.outcome)
        lines << tr("%1. Impact: %2").arg(labelOf(*i.outcome), i.impact);
    m_detail->setText(lines.join(QLatin1Char('\n')));
}

void RegisterPane::afterChange(const QString &message)
{
    m_message->setText(message);
    Q_EMIT statusMessage(message.section(QLatin1Char('\n'), 0, 0));
    context().notifyChanged(QStringLiteral("interventions"));
    reload();
}

void RegisterPane::startSelected()
{
    const qint64 id = selectedId();
    if (!id)
        return;
    StepDialog dialog(tr("Start the intervention"),
                      tr("The keyworker has met the student and the first session is planned."), tr("Start"), this);
    auto *date = dialog.addDate(tr("&Started on:"), tr("Start date"), QDate::currentDate());
    dialog.setAction([&] { return InterventionStore(context().db()).start(context().session(), id, date->date()); });
    if (dialog.exec() == QDialog::Accepted)
        afterChange(tr("Intervention started."));
}

void RegisterPane::parentsContacted()
{
    const qint64 id = selectedId();
    if (!id)
        return;
    StepDialog dialog(tr("Parents contacted"), tr("Record the day the parents or carers were contacted."), tr("Save"),
                      this);
    auto *date = dialog.addDate(tr("&Contacted on:"), tr("Date contacted"), QDate::currentDate());
    dialog.setAction(
        [&] { return InterventionStore(context().db()).markParentsContacted(context().session(), id, date->date()); });
    if (dialog.exec() == QDialog::Accepted)
        afterChange(tr("Parent contact recorded."));
}

void RegisterPane::editObjectives()
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return;
    const Intervention i = m_model->rowAt(index.row());
    StepDialog dialog(tr("Objectives"), tr("Up to three objectives that the mentor and the student work towards."),
                      tr("Save"), this);
    QList<QLineEdit *> edits;
    for (int k = 0; k < 3; ++k)
        edits << dialog.addLine(tr("Objective &%1:").arg(k + 1), tr("Objective %1").arg(k + 1), i.objectives.value(k));
    bool discarded = false;
    dialog.setAction([&]() -> Status {
        QStringList objectives;
        for (QLineEdit *e : std::as_const(edits))
            objectives << e->text();
        Error error;
        switch (ConflictDialog::save(
            &dialog, context().db(), context().session().actor(), i.rowVersion,
            [&](int v) {
                return InterventionStore(context().db()).setObjectives(context().session(), i.id, objectives, v);
            },
            &error)) {
        case ConflictDialog::Outcome::Saved:
            return {};
        case ConflictDialog::Outcome::Discarded:
            discarded = true;
            return {};
        case ConflictDialog::Outcome::KeepEditing:
        case ConflictDialog::Outcome::Failed:
            break;
        }
        return error;
    });
    if (dialog.exec() == QDialog::Accepted)
        afterChange(discarded ? tr("Your objectives were discarded; the register shows the saved ones.")
                              : tr("Objectives saved."));
}

void RegisterPane::reviewSelected()
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return;
    ReviewDialog dialog(context().db(), context().session(), m_model->rowAt(index.row()), 0, QDate::currentDate(),
                        this);
    if (dialog.exec() == QDialog::Accepted)
        afterChange(dialog.done().prompts.isEmpty() ? tr("Review recorded.")
                                                    : dialog.done().prompts.join(QLatin1Char('\n')));
}

void RegisterPane::allocateSelected()
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return;
    const Intervention &i = m_model->rowAt(index.row());
    AssignKeyworkerDialog dialog(context().db(), context().session(), i.id,
                                 tr("%1: %2 (stage %3)").arg(i.student.displayName(), i.provisionName).arg(i.stage),
                                 i.keyworkerId, i.student.senStatus != SenStatus::None || i.student.ehcPlan, this);
    if (dialog.exec() == QDialog::Accepted)
        afterChange(dialog.done().prompts.join(QLatin1Char('\n')));
}

Status RegisterPane::exportCsv(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::io(tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    QStringList lines;
    QStringList header;
    for (const QString &h : MentoringRegisterModel::exportHeaders())
        header << cli::csvField(h);
    lines << header.join(QLatin1Char(','));
    for (const Intervention &i : m_model->rows()) {
        QStringList cells;
        for (const QString &c : MentoringRegisterModel::exportRow(i, m_model->filter().today))
            cells << cli::csvField(c);
        lines << cells.join(QLatin1Char(','));
    }
    file.write((lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8());
    if (!file.commit())
        return Error::io(tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

QString RegisterPane::registerHtml()
{
    QStringList filters;
    for (QComboBox *box : {m_keyworker, m_stage, m_year, m_flag})
        if (box->currentIndex() > 0)
            filters << box->currentText();
    if (m_overdue->isChecked())
        filters << tr("overdue reviews only");
    if (!m_filter->text().isEmpty())
        filters << tr("matching “%1”").arg(m_filter->text());
    return HubDocuments::registerHtml(m_model->rows(), SchoolSettings(context().db()).schoolName(),
                                      QDate::currentDate(), filters.join(QStringLiteral(" · ")));
}

} // namespace md::ui
