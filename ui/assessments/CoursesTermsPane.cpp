// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "assessments/CoursesTermsPane.h"

#include "access/Permissions.h"
#include "assessments/AssessmentService.h"
#include "assessments/CourseCatalogue.h"
#include "assessments/CourseEditor.h"
#include "common/MessageBox.h"
#include "shell/DeskContext.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace md::ui {

namespace {
void setProblem(QLabel *label, const QString &text, bool problem)
{
    label->setText(text);
    label->setStyleSheet(problem ? QStringLiteral("color: #a31c1c;") : QString());
    label->setVisible(!text.isEmpty());
}
} // namespace

CoursesTermsPane::CoursesTermsPane(DeskContext &context, QWidget *parent)
    : Pane(context, parent), m_terms(new AssessmentTermModel(this))
{
    m_terms->setSource(context.db());
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Courses and terms"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    title->setFont(f);
    layout->addWidget(title);

    m_tabs = new QTabWidget(this);
    m_tabs->setAccessibleName(tr("Terms, courses or the approval workflow"));
    if (Permissions::allows(context.session(), Action::ManageTerms)) {
        m_tabs->addTab(buildTermsPage(), tr("&Terms"));
        m_courses = new CourseEditor(context, m_tabs);
        m_tabs->addTab(m_courses, tr("C&ourses"));
    }
    m_tabs->addTab(buildWorkflowPage(), tr("&Workflow"));
    layout->addWidget(m_tabs, 1);

    auto *saveKey = new QShortcut(QKeySequence::Save, this);
    saveKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveKey, &QShortcut::activated, this, [this] {
        QWidget *page = m_tabs->currentWidget();
        if (page == m_courses)
            m_courses->save();
        else if (m_termView && page->isAncestorOf(m_termView))
            saveTerm();
        else
            saveWorkflow();
    });
    connect(&context, &DeskContext::dataChanged, this, [this](const QString &what) {
        if (what == QLatin1String("assessments") || what == QLatin1String("settings")) {
            m_stale = true;
            if (isVisible())
                reload();
        }
    });
}

QWidget *CoursesTermsPane::buildTermsPage()
{
    auto *page = new QWidget(m_tabs);
    auto *layout = new QVBoxLayout(page);
    m_termMessage = new QLabel(page);
    m_termMessage->setWordWrap(true);
    m_termMessage->setAccessibleName(tr("Result of the last action on terms"));
    m_termMessage->hide();
    layout->addWidget(m_termMessage);
    auto *body = new QHBoxLayout;
    m_termView = new QTableView(page);
    m_termView->setModel(m_terms);
    m_termView->setAccessibleName(tr("Terms"));
    m_termView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_termView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_termView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_termView->setTabKeyNavigation(false);
    m_termView->verticalHeader()->hide();
    m_termView->horizontalHeader()->setStretchLastSection(true);
    m_termView->setColumnWidth(AssessmentTermModel::NameColumn, 200);
    m_termView->setColumnWidth(AssessmentTermModel::StartsColumn, 90);
    m_termView->setColumnWidth(AssessmentTermModel::EndsColumn, 90);
    m_termView->setColumnWidth(AssessmentTermModel::CoursesColumn, 70);
    body->addWidget(m_termView, 3);

    auto *form = new QGroupBox(tr("Term"), page);
    auto *formLayout = new QFormLayout(form);
    m_termName = new QLineEdit(form);
    m_termName->setAccessibleName(tr("Term name"));
    m_termName->setMaxLength(60);
    m_termName->setPlaceholderText(tr("Autumn 2026"));
    formLayout->addRow(tr("&Name:"), m_termName);
    m_starts = new QDateEdit(QDate::currentDate(), form);
    m_starts->setCalendarPopup(true);
    m_starts->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_starts->setAccessibleName(tr("First day of the term"));
    formLayout->addRow(tr("&Starts:"), m_starts);
    m_ends = new QDateEdit(QDate::currentDate().addMonths(3), form);
    m_ends->setCalendarPopup(true);
    m_ends->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_ends->setAccessibleName(tr("Last day of the term"));
    formLayout->addRow(tr("&Ends:"), m_ends);
    m_termState = new QLabel(form);
    m_termState->setWordWrap(true);
    m_termState->setAccessibleName(tr("The term's state"));
    formLayout->addRow(tr("Status:"), m_termState);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("New te&rm"), form);
    add->setAccessibleName(tr("Start a new term"));
    m_saveTerm = new QPushButton(tr("Sa&ve term"), form);
    m_saveTerm->setAccessibleName(tr("Save the term (Ctrl+S)"));
    m_saveTerm->setToolTip(tr("Ctrl+S"));
    m_deleteTerm = new QPushButton(tr("&Delete term…"), form);
    m_deleteTerm->setAccessibleName(tr("Delete the selected term (only without courses)"));
    buttons->addWidget(add);
    buttons->addWidget(m_saveTerm);
    buttons->addWidget(m_deleteTerm);
    formLayout->addRow(buttons);
    auto *currentRow = new QHBoxLayout;
    m_current = new QPushButton(tr("Make c&urrent"), form);
    m_current->setAccessibleName(tr("Make the selected term the current one"));
    m_current->setToolTip(tr("The approval queue and the teachers' assessments open on the current term."));
    m_byDate = new QPushButton(tr("Current &by date"), form);
    m_byDate->setAccessibleName(tr("Let today's date decide the current term"));
    currentRow->addWidget(m_current);
    currentRow->addWidget(m_byDate);
    formLayout->addRow(currentRow);
    body->addWidget(form, 2);
    layout->addLayout(body, 1);

    connect(add, &QPushButton::clicked, this, &CoursesTermsPane::startNewTerm);
    connect(m_saveTerm, &QPushButton::clicked, this, [this] { saveTerm(); });
    connect(m_deleteTerm, &QPushButton::clicked, this, [this] { deleteTerm(); });
    connect(m_current, &QPushButton::clicked, this, [this] { makeCurrent(false); });
    connect(m_byDate, &QPushButton::clicked, this, [this] { makeCurrent(true); });
    connect(m_termName, &QLineEdit::returnPressed, this, [this] { saveTerm(); });
    connect(m_termView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CoursesTermsPane::showSelectedTerm);
    auto *deleteKey = new QShortcut(QKeySequence::Delete, m_termView);
    deleteKey->setContext(Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, [this] { deleteTerm(); });
    return page;
}

QWidget *CoursesTermsPane::buildWorkflowPage()
{
    auto *page = new QWidget(m_tabs);
    auto *layout = new QVBoxLayout(page);
    auto *intro = new QLabel(tr("The approval workflow has three stages: the teacher marks a course's assessments "
                                "complete, the headteacher approves them, and the headteacher marks the term "
                                "complete, which locks every assessment in it. The last stage is always needed; "
                                "choose which of the first two are required."),
                             page);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_requireCompletion = new QCheckBox(
        tr("Teachers mark a course's assessments &complete before the headteacher approves or returns it"), page);
    m_requireCompletion->setAccessibleName(tr("Require teachers to mark assessments complete"));
    m_requireApproval =
        new QCheckBox(tr("Every course is &approved by the headteacher before the term can be completed"), page);
    m_requireApproval->setAccessibleName(tr("Require approval of every course before completing the term"));
    layout->addWidget(m_requireCompletion);
    layout->addWidget(m_requireApproval);
    m_workflowSummary = new QLabel(page);
    m_workflowSummary->setWordWrap(true);
    m_workflowSummary->setAccessibleName(tr("What the chosen workflow means"));
    layout->addWidget(m_workflowSummary);
    m_workflowMessage = new QLabel(page);
    m_workflowMessage->setWordWrap(true);
    m_workflowMessage->setAccessibleName(tr("Result of saving the workflow"));
    m_workflowMessage->hide();
    layout->addWidget(m_workflowMessage);
    auto *row = new QHBoxLayout;
    m_saveWorkflow = new QPushButton(tr("&Save workflow"), page);
    m_saveWorkflow->setAccessibleName(tr("Save the workflow settings (Ctrl+S)"));
    m_saveWorkflow->setToolTip(tr("Ctrl+S"));
    row->addWidget(m_saveWorkflow);
    row->addStretch();
    layout->addLayout(row);
    layout->addStretch();
    const bool mayConfigure = Permissions::allows(context().session(), Action::ConfigureAssessmentWorkflow);
    if (!mayConfigure) {
        auto *note =
            new QLabel(tr("Only an administrator chooses the workflow; it is shown here for reference."), page);
        note->setWordWrap(true);
        layout->insertWidget(1, note);
    }
    m_requireCompletion->setEnabled(mayConfigure);
    m_requireApproval->setEnabled(mayConfigure);
    m_saveWorkflow->setEnabled(mayConfigure);
    connect(m_saveWorkflow, &QPushButton::clicked, this, [this] { saveWorkflow(); });
    connect(m_requireCompletion, &QCheckBox::toggled, this, &CoursesTermsPane::describeWorkflow);
    connect(m_requireApproval, &QCheckBox::toggled, this, &CoursesTermsPane::describeWorkflow);
    return page;
}

void CoursesTermsPane::activate()
{
    if (m_stale)
        reload();
}

QWidget *CoursesTermsPane::primaryFocus()
{
    return m_termView ? static_cast<QWidget *>(m_termView) : m_tabs;
}

void CoursesTermsPane::reload()
{
    m_stale = false;
    if (m_termView) {
        const qint64 keep = m_editingTerm;
        if (Status s = m_terms->load(); !s)
            showTermMessage(s.error().message, true);
        if (!(keep > 0 && selectTerm(keep))) {
            // The current term first: it is the one people come to change.
            if (m_terms->rowCount() == 0)
                startNewTerm();
            else if (!selectTerm(m_terms->currentTermId()))
                selectTerm(m_terms->termAt(0).id);
        }
    }
    if (m_courses)
        m_courses->reload();
    loadWorkflow();
}

// --- terms -------------------------------------------------------------------------------------

void CoursesTermsPane::showTermMessage(const QString &text, bool problem)
{
    setProblem(m_termMessage, text, problem);
}

bool CoursesTermsPane::selectTerm(qint64 id)
{
    const int row = m_terms->rowOf(id);
    if (row < 0)
        return false;
    m_termView->selectRow(row);
    m_termView->setCurrentIndex(m_terms->index(row, 0));
    showSelectedTerm();
    return true;
}

void CoursesTermsPane::showSelectedTerm()
{
    const QModelIndex i = m_termView->currentIndex();
    if (!i.isValid())
        return;
    const AssessmentTerm &t = m_terms->termAt(i.row());
    m_editingTerm = t.id;
    m_termName->setText(t.name);
    m_starts->setDate(t.startsOn);
    m_ends->setDate(t.endsOn);
    const bool current = t.id == m_terms->currentTermId();
    const bool chosen = AssessmentService(context().db()).chosenCurrentTerm() == t.id;
    QString state = t.isComplete() ? tr("Complete: the term and its assessments are locked.") : tr("Open.");
    if (current)
        state += QLatin1Char(' ') + (chosen ? tr("The current term (chosen).") : tr("The current term (by date)."));
    m_termState->setText(state);
    for (QWidget *w :
         {static_cast<QWidget *>(m_termName), static_cast<QWidget *>(m_starts), static_cast<QWidget *>(m_ends)})
        w->setEnabled(!t.isComplete());
    m_saveTerm->setEnabled(!t.isComplete());
    m_deleteTerm->setEnabled(!t.isComplete());
    m_current->setEnabled(!chosen);
    m_byDate->setEnabled(AssessmentService(context().db()).chosenCurrentTerm() > 0);
}

void CoursesTermsPane::startNewTerm()
{
    m_editingTerm = 0;
    m_termView->clearSelection();
    m_termView->setCurrentIndex({});
    for (QWidget *w :
         {static_cast<QWidget *>(m_termName), static_cast<QWidget *>(m_starts), static_cast<QWidget *>(m_ends)})
        w->setEnabled(true);
    m_termName->clear();
    // After the latest term, a sensible guess at the next one.
    QDate start = QDate::currentDate();
    for (int row = 0; row < m_terms->rowCount(); ++row)
        start = std::max(start, m_terms->termAt(row).endsOn.addDays(1));
    m_starts->setDate(start);
    m_ends->setDate(start.addMonths(3));
    m_termState->setText(tr("New: not saved yet."));
    m_saveTerm->setEnabled(true);
    m_deleteTerm->setEnabled(false);
    m_current->setEnabled(false);
    m_termName->setFocus();
}

bool CoursesTermsPane::saveTerm()
{
    AssessmentService service(context().db());
    const QString name = m_termName->text().simplified();
    qint64 id = m_editingTerm;
    if (id == 0) {
        auto created = service.createTerm(context().session(), name, m_starts->date(), m_ends->date());
        if (!created) {
            showTermMessage(created.error().message, true);
            return false;
        }
        id = *created;
        showTermMessage(tr("Added the term %1.").arg(name), false);
    } else {
        if (Status s = service.updateTerm(context().session(), id, name, m_starts->date(), m_ends->date()); !s) {
            showTermMessage(s.error().message, true);
            return false;
        }
        showTermMessage(tr("Saved the term %1.").arg(name), false);
    }
    m_editingTerm = id;
    context().notifyChanged(QStringLiteral("assessments"));
    reload();
    return true;
}

bool CoursesTermsPane::deleteTerm()
{
    if (m_editingTerm == 0)
        return false;
    const QString name = m_terms->termAt(m_terms->rowOf(m_editingTerm)).name;
    if (MessageBox::question(this, tr("Delete term"), tr("Delete the term %1?").arg(name)) != QMessageBox::Yes)
        return false;
    if (Status s = AssessmentService(context().db()).deleteTerm(context().session(), m_editingTerm); !s) {
        showTermMessage(s.error().message, true);
        return false;
    }
    showTermMessage(tr("Deleted the term %1.").arg(name), false);
    m_editingTerm = 0;
    context().notifyChanged(QStringLiteral("assessments"));
    reload();
    return true;
}

bool CoursesTermsPane::makeCurrent(bool byDate)
{
    const qint64 id = byDate ? 0 : m_editingTerm;
    if (!byDate && id == 0)
        return false;
    if (Status s = AssessmentService(context().db()).setCurrentTerm(context().session(), id); !s) {
        showTermMessage(s.error().message, true);
        return false;
    }
    showTermMessage(byDate ? tr("The current term now follows the date.")
                           : tr("%1 is now the current term.").arg(m_termName->text()),
                    false);
    context().notifyChanged(QStringLiteral("assessments"));
    reload();
    return true;
}

// --- workflow ----------------------------------------------------------------------------------

void CoursesTermsPane::loadWorkflow()
{
    const AssessmentWorkflow w = AssessmentService(context().db()).workflow();
    const QSignalBlocker b1(m_requireCompletion);
    const QSignalBlocker b2(m_requireApproval);
    m_requireCompletion->setChecked(w.requireTeacherCompletion);
    m_requireApproval->setChecked(w.requireApproval);
    describeWorkflow();
}

void CoursesTermsPane::describeWorkflow()
{
    const bool completion = m_requireCompletion->isChecked();
    const bool approval = m_requireApproval->isChecked();
    QString text;
    if (completion && approval)
        text = tr("Full workflow: teacher completes, headteacher approves or returns, then the term is completed.");
    else if (completion)
        text = tr("No approval needed: the term can be completed once every course is marked complete; the "
                  "headteacher may still approve or return courses.");
    else if (approval)
        text = tr("The headteacher may approve or return a course while the teacher is still assessing; every course "
                  "is approved before the term is completed.");
    else
        text = tr("Neither stage is required: the headteacher may complete the term at any time, which locks the "
                  "assessments as they are.");
    m_workflowSummary->setText(text);
}

bool CoursesTermsPane::saveWorkflow()
{
    AssessmentWorkflow w;
    w.requireTeacherCompletion = m_requireCompletion->isChecked();
    w.requireApproval = m_requireApproval->isChecked();
    if (Status s = AssessmentService(context().db()).setWorkflow(context().session(), w); !s) {
        setProblem(m_workflowMessage, s.error().message, true);
        return false;
    }
    setProblem(m_workflowMessage, tr("Saved the workflow."), false);
    context().notifyChanged(QStringLiteral("assessments"));
    return true;
}

} // namespace md::ui
