// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "assessments/ApprovalQueuePane.h"

#include "assessments/ApprovalQueueModel.h"
#include "assessments/AssessmentService.h"
#include "common/MessageBox.h"
#include "letters/LetterListModel.h"
#include "letters/LetterService.h"
#include "shell/DeskContext.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextDocument>
#include <QVBoxLayout>

namespace md::ui {

ApprovalQueuePane::ApprovalQueuePane(DeskContext &context, QWidget *parent)
    : Pane(context, parent), m_model(new ApprovalQueueModel(this)), m_letters(new LetterListModel(this))
{
    m_model->setSource(context.db(), context.session());
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *title = new QLabel(tr("Approval queue"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    title->setFont(f);
    top->addWidget(title);
    top->addStretch();
    m_term = new QComboBox(this);
    m_term->setAccessibleName(tr("Term"));
    auto *termLabel = new QLabel(tr("T&erm:"), this);
    termLabel->setBuddy(m_term);
    top->addWidget(termLabel);
    top->addWidget(m_term);
    layout->addLayout(top);

    m_summary = new QLabel(this);
    m_summary->setAccessibleName(tr("Courses by stage"));
    layout->addWidget(m_summary);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Result of the last action"));
    m_message->hide();
    layout->addWidget(m_message);

    auto *buttons = new QHBoxLayout;
    m_approve = new QPushButton(tr("&Approve"), this);
    m_approve->setAccessibleName(tr("Approve the selected course's assessments (A)"));
    m_approve->setToolTip(tr("A in the queue"));
    m_return = new QPushButton(tr("&Return to teacher…"), this);
    m_return->setAccessibleName(tr("Return the selected course to its teacher with a comment (R)"));
    m_return->setToolTip(tr("R in the queue"));
    m_remind = new QPushButton(tr("Send re&minders…"), this);
    m_remind->setAccessibleName(tr("Remind the teachers who have not completed their assessments"));
    m_complete = new QPushButton(tr("&Complete term…"), this);
    m_complete->setAccessibleName(tr("Mark the term complete and lock its assessments"));
    for (QPushButton *b : {m_approve, m_return, m_remind, m_complete})
        buttons->addWidget(b);
    buttons->addStretch();
    layout->addLayout(buttons);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_view = new QTableView(splitter);
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Courses of the term and their assessment stage"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(ApprovalQueueModel::CourseColumn, 200);
    m_view->setColumnWidth(ApprovalQueueModel::TeachersColumn, 220);
    m_view->setColumnWidth(ApprovalQueueModel::StageColumn, 110);
    m_view->setColumnWidth(ApprovalQueueModel::AssessedColumn, 130);
    m_view->setColumnWidth(ApprovalQueueModel::ReminderColumn, 170);
    // A and R act on the selected course (before the view's type-ahead search sees the letters).
    m_view->installEventFilter(this);
    splitter->addWidget(m_view);

    auto *lettersBox = new QGroupBox(tr("Draft assessment letters awaiting publication"), splitter);
    auto *lettersLayout = new QVBoxLayout(lettersBox);
    m_lettersView = new QTableView(lettersBox);
    m_lettersView->setModel(m_letters);
    m_lettersView->setAccessibleName(tr("Draft assessment letters for your learners"));
    m_lettersView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_lettersView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lettersView->setTabKeyNavigation(false);
    m_lettersView->verticalHeader()->hide();
    m_lettersView->horizontalHeader()->setStretchLastSection(true);
    lettersLayout->addWidget(m_lettersView);
    m_publish = new QPushButton(tr("&Publish selected letters"), lettersBox);
    m_publish->setAccessibleName(tr("Publish the selected draft letters to the families by email"));
    auto *publishRow = new QHBoxLayout;
    publishRow->addWidget(m_publish);
    publishRow->addStretch();
    lettersLayout->addLayout(publishRow);
    splitter->addWidget(lettersBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    connect(m_approve, &QPushButton::clicked, this, [this] { approveSelected(); });
    connect(m_return, &QPushButton::clicked, this, [this] { returnSelected(); });
    connect(m_remind, &QPushButton::clicked, this, [this] { sendReminders(); });
    connect(m_complete, &QPushButton::clicked, this, [this] { completeTerm(); });
    connect(m_publish, &QPushButton::clicked, this, [this] { publishSelectedLetters(); });
    connect(m_term, &QComboBox::currentIndexChanged, this, &ApprovalQueuePane::reload);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ApprovalQueuePane::updateButtons);
    connect(&context, &DeskContext::dataChanged, this, [this](const QString &what) {
        if (what == QLatin1String("assessments") || what == QLatin1String("letters")) {
            // Terms may have been added, renamed or completed (Courses and terms).
            const QVariant keep = m_term->currentData();
            fillTerms();
            if (const int row = m_term->findData(keep); row >= 0) {
                const QSignalBlocker block(m_term);
                m_term->setCurrentIndex(row);
            }
            m_stale = true;
            if (isVisible())
                reload();
        }
    });
    fillTerms();
}

void ApprovalQueuePane::fillTerms()
{
    const QSignalBlocker block(m_term);
    m_term->clear();
    AssessmentService service(context().db());
    auto terms = service.terms();
    auto current = service.currentTerm();
    if (!terms)
        return;
    for (const AssessmentTerm &t : std::as_const(*terms))
        m_term->addItem(t.isComplete() ? tr("%1 (complete)").arg(t.name) : t.name, t.id);
    if (current && *current)
        m_term->setCurrentIndex(std::max(0, m_term->findData((*current)->id)));
}

void ApprovalQueuePane::activate()
{
    if (m_stale)
        reload();
}

QWidget *ApprovalQueuePane::primaryFocus()
{
    return m_view;
}

void ApprovalQueuePane::reload()
{
    m_stale = false;
    const qint64 keep = selectedCourse();
    if (Status s = m_model->load(m_term->currentData().toLongLong()); !s)
        showMessage(s.error().message, true);
    m_summary->setText(tr("%1 courses: %2 not started, %3 in progress, %4 complete, %5 approved, %6 returned. "
                          "%7 to remind.")
                           .arg(m_model->rowCount())
                           .arg(m_model->count(AssessmentStage::NotStarted))
                           .arg(m_model->count(AssessmentStage::InProgress))
                           .arg(m_model->count(AssessmentStage::Complete))
                           .arg(m_model->count(AssessmentStage::Approved))
                           .arg(m_model->count(AssessmentStage::Returned))
                           .arg(m_model->remindersNeeded()));
    if (keep == 0 || !selectCourse(keep))
        if (m_model->rowCount() > 0)
            m_view->selectRow(0);
    LetterFilter drafts;
    drafts.state = LetterState::Draft;
    drafts.type = LetterType::Assessment;
    if (Status s = m_letters->load(context().db(), context().session(), drafts); !s)
        showMessage(s.error().message, true);
    m_publish->setEnabled(m_letters->rowCount() > 0);
    updateButtons();
}

void ApprovalQueuePane::updateButtons()
{
    auto t = AssessmentService(context().db()).term(m_term->currentData().toLongLong());
    const bool open = t && !t->isComplete();
    const int row = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
    const bool has = row >= 0 && row < m_model->rowCount();
    const AssessmentStage stage = has ? m_model->courseAt(row).stage : AssessmentStage::NotStarted;
    // Mirrors AssessmentService's rules (which decide in the end): with teacher completion
    // required, only a complete course can be approved or returned.
    const bool completionRequired = AssessmentService(context().db()).workflow().requireTeacherCompletion;
    const bool ready =
        stage == AssessmentStage::Complete ||
        (!completionRequired && (stage == AssessmentStage::InProgress || stage == AssessmentStage::Returned));
    m_approve->setEnabled(open && has && ready);
    m_return->setEnabled(open && has && ready && stage != AssessmentStage::Returned);
    m_remind->setEnabled(open && m_model->remindersNeeded() > 0);
    m_complete->setEnabled(open && m_model->rowCount() > 0);
}

void ApprovalQueuePane::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #a31c1c;") : QStringLiteral("color: #1b6e2e;"));
    m_message->setVisible(!text.isEmpty());
    Q_EMIT statusMessage(text);
}

bool ApprovalQueuePane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier) {
            if (key->key() == Qt::Key_A) {
                approveSelected();
                return true;
            }
            if (key->key() == Qt::Key_R) {
                returnSelected();
                return true;
            }
        }
    }
    return Pane::eventFilter(watched, event);
}

bool ApprovalQueuePane::selectCourse(qint64 courseId)
{
    const int row = m_model->rowOfCourse(courseId);
    if (row < 0)
        return false;
    m_view->selectRow(row);
    m_view->setCurrentIndex(m_model->index(row, 0));
    return true;
}

qint64 ApprovalQueuePane::selectedCourse() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.data(ApprovalQueueModel::CourseIdRole).toLongLong() : 0;
}

bool ApprovalQueuePane::approveSelected()
{
    const qint64 course = selectedCourse();
    if (course == 0)
        return false;
    const QString name = m_model->courseAt(m_model->rowOfCourse(course)).courseName;
    if (Status s = AssessmentService(context().db()).approve(context().session(), course); !s) {
        showMessage(s.error().message, true);
        return false;
    }
    context().notifyChanged(QStringLiteral("assessments"));
    reload();
    selectCourse(course);
    showMessage(tr("Approved the assessments of %1.").arg(name), false);
    return true;
}

bool ApprovalQueuePane::returnSelected(std::optional<QString> comment)
{
    const qint64 course = selectedCourse();
    if (course == 0)
        return false;
    const QString name = m_model->courseAt(m_model->rowOfCourse(course)).courseName;
    if (!comment) {
        bool ok = false;
        const QString text = QInputDialog::getMultiLineText(
            this, tr("Return to teacher"), tr("What should the teacher of %1 look at again?").arg(name), QString(),
            &ok);
        if (!ok)
            return false;
        comment = text;
    }
    if (Status s = AssessmentService(context().db()).returnCourse(context().session(), course, *comment); !s) {
        showMessage(s.error().message, true);
        return false;
    }
    context().notifyChanged(QStringLiteral("assessments"));
    reload();
    selectCourse(course);
    showMessage(tr("Returned %1 to its teacher.").arg(name), false);
    return true;
}

bool ApprovalQueuePane::sendReminders()
{
    const qint64 term = m_term->currentData().toLongLong();
    AssessmentService service(context().db());
    auto due = service.remindersDue(context().session(), term);
    if (!due) {
        showMessage(due.error().message, true);
        return false;
    }
    if (due->isEmpty()) {
        showMessage(tr("Every course is complete: nobody needs a reminder."), false);
        return false;
    }
    QStringList names;
    for (const AssessmentReminder &r : std::as_const(*due))
        names << r.teacherName;
    if (MessageBox::question(
            this, tr("Send reminders"),
            tr("Remind %n teacher(s) who have not completed their assessments?", nullptr, int(due->size())),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) != QMessageBox::Yes)
        return false;
    auto sent = service.sendReminders(context().session(), term);
    if (!sent) {
        showMessage(sent.error().message, true);
        return false;
    }
    reload();
    showMessage(tr("Reminders recorded for %n teacher(s).", nullptr, int(sent->size())), false);
    showReminders(*sent);
    return true;
}

void ApprovalQueuePane::showReminders(const QList<AssessmentReminder> &reminders)
{
    // The list to print and the message to paste into email.
    QString html =
        QStringLiteral("<h2>%1</h2><p>%2</p><table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">"
                       "<tr><th align=\"left\">%3</th><th align=\"left\">%4</th><th align=\"left\">%5</th></tr>")
            .arg(tr("Assessment reminders").toHtmlEscaped(), m_term->currentText().toHtmlEscaped(),
                 tr("Teacher").toHtmlEscaped(), tr("Email").toHtmlEscaped(), tr("Courses").toHtmlEscaped());
    QStringList emails;
    for (const AssessmentReminder &r : reminders) {
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                    .arg(r.teacherName.toHtmlEscaped(), r.teacherEmail.toHtmlEscaped(),
                         r.courses.join(QStringLiteral(", ")).toHtmlEscaped());
        if (!r.teacherEmail.isEmpty())
            emails << r.teacherEmail;
    }
    html += QStringLiteral("</table>");
    const QString message = reminders.isEmpty() ? QString() : reminders.first().message;
    m_lastReminderText = tr("To: %1").arg(emails.join(QStringLiteral("; "))) + QStringLiteral("\n\n") + message;

    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("remindersDialog"));
    dialog->setWindowTitle(tr("Reminders sent"));
    auto *layout = new QVBoxLayout(dialog);
    auto *list = new QLabel(html, dialog);
    list->setAccessibleName(tr("Teachers reminded"));
    list->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(list);
    auto *text = new QPlainTextEdit(m_lastReminderText, dialog);
    text->setAccessibleName(tr("Reminder message"));
    text->setReadOnly(true);
    layout->addWidget(text);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    auto *copy = box->addButton(tr("&Copy message"), QDialogButtonBox::ActionRole);
    copy->setAccessibleName(tr("Copy the recipients and message for email"));
    auto *print = box->addButton(tr("&Print list…"), QDialogButtonBox::ActionRole);
    print->setAccessibleName(tr("Print the list of teachers reminded"));
    layout->addWidget(box);
    connect(box, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    const QString copied = m_lastReminderText;
    connect(copy, &QPushButton::clicked, dialog, [copied] { QGuiApplication::clipboard()->setText(copied); });
    connect(print, &QPushButton::clicked, dialog, [dialog, html] {
        QPrinter printer(QPrinter::HighResolution);
        QPrintDialog printDialog(&printer, dialog);
        if (printDialog.exec() != QDialog::Accepted)
            return;
        QTextDocument doc;
        doc.setHtml(html);
        doc.print(&printer);
    });
    dialog->resize(640, 480);
    dialog->open();
}

bool ApprovalQueuePane::completeTerm()
{
    const qint64 term = m_term->currentData().toLongLong();
    if (MessageBox::question(this, tr("Complete term"),
                             tr("Mark %1 complete? Every assessment in it is locked: nobody can change them "
                                "afterwards.")
                                 .arg(m_term->currentText())) != QMessageBox::Yes)
        return false;
    if (Status s = AssessmentService(context().db()).completeTerm(context().session(), term); !s) {
        showMessage(s.error().message, true);
        return false;
    }
    context().notifyChanged(QStringLiteral("assessments"));
    fillTerms();
    m_term->setCurrentIndex(std::max(0, m_term->findData(term)));
    reload();
    showMessage(tr("The term is complete: its assessments are locked."), false);
    return true;
}

bool ApprovalQueuePane::publishSelectedLetters()
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_lettersView->selectionModel()->selectedRows())
        ids << index.data(LetterListModel::LetterIdRole).toLongLong();
    if (ids.isEmpty()) {
        showMessage(tr("Select the draft letters to publish."), true);
        return false;
    }
    if (Status s = LetterService(context().db()).issue(context().session(), ids, IssueMethod::Email); !s) {
        showMessage(s.error().message, true);
        return false;
    }
    context().notifyChanged(QStringLiteral("letters"));
    reload();
    showMessage(tr("Published %n letter(s).", nullptr, int(ids.size())), false);
    return true;
}

} // namespace md::ui
