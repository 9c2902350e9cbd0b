// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "letters/NewLettersDialog.h"

#include "access/Permissions.h"
#include "common/MessageBox.h"
#include "shell/DeskContext.h"
#include "students/StudentStore.h"

#include <QAbstractItemView>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QSignalBlocker>
#include <QTimer>
#include <QVBoxLayout>

namespace md::ui {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
} // namespace

NewLettersDialog::NewLettersDialog(DeskContext &context, const QList<qint64> &studentIds, QWidget *parent)
    : QDialog(parent), m_context(context)
{
    setWindowTitle(tr("New letters"));
    resize(720, 640);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_template = new QComboBox(this);
    m_template->setAccessibleName(tr("Template"));
    m_template->view()->setAccessibleName(tr("Templates"));
    auto templates = LetterTemplateStore(context.db()).list(context.session());
    if (templates) {
        for (const LetterTemplate &t : std::as_const(*templates))
            m_template->addItem(tr("%1 (%2)").arg(t.name, LetterTerms::label(t.type)), t.id);
    }
    form->addRow(tr("&Template:"), m_template);

    // Teachers write from one of their courses (reference 000).
    const Scopes scopes = Permissions::scopes(context.session(), Action::CreateAttendanceLetters);
    if (scopes == Scopes(ScopeKind::OwnCourses)) {
        m_course = new QComboBox(this);
        m_course->setAccessibleName(tr("Course"));
        m_course->view()->setAccessibleName(tr("Your courses"));
        auto courses = LetterService(context.db()).taughtCourses(context.session());
        if (courses)
            for (const auto &[id, name] : std::as_const(*courses))
                m_course->addItem(name, id);
        form->addRow(tr("From &course:"), m_course);
    }

    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setAccessibleName(tr("Letter date"));
    m_date->setCalendarPopup(true);
    form->addRow(tr("&Date:"), m_date);
    layout->addLayout(form);

    auto *to = new QGroupBox(tr("To"), this);
    auto *toLayout = new QVBoxLayout(to);
    m_toParents = new QRadioButton(tr("Each &parent or carer with parental responsibility"), to);
    m_toStudent = new QRadioButton(tr("The &student"), to);
    m_toBoth = new QRadioButton(tr("&Both"), to);
    m_toParents->setChecked(true);
    auto *group = new QButtonGroup(this);
    for (QRadioButton *b : {m_toParents, m_toStudent, m_toBoth}) {
        b->setAccessibleName(b->text().remove(QLatin1Char('&')));
        group->addButton(b);
        toLayout->addWidget(b);
    }
    m_share = new QCheckBox(tr("Parents at the same address &share one letter"), to);
    m_share->setAccessibleName(tr("Parents at the same address share one letter"));
    toLayout->addWidget(m_share);
    layout->addWidget(to);

    auto *studentsLabel = new QLabel(tr("S&tudents (tick those to write about):"), this);
    layout->addWidget(studentsLabel);
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter by name, UPN or tutor group"));
    m_filter->setAccessibleName(tr("Filter students"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);
    m_students = new QListWidget(this);
    m_students->setAccessibleName(tr("Students"));
    studentsLabel->setBuddy(m_students);
    layout->addWidget(m_students, 1);

    m_summary = new QLabel(this);
    m_summary->setAccessibleName(tr("What will be created"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summary);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = buttons->addButton(tr("Create &drafts"), QDialogButtonBox::AcceptRole);
    m_create->setAccessibleName(tr("Create drafts"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewLettersDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_refresh = new QTimer(this);
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(250);
    connect(m_refresh, &QTimer::timeout, this, &NewLettersDialog::refreshSummary);
    auto later = [this] { m_refresh->start(); };
    connect(m_template, &QComboBox::currentIndexChanged, this, [this, later] {
        filterStudents();
        later();
    });
    if (m_course)
        connect(m_course, &QComboBox::currentIndexChanged, this, later);
    connect(group, &QButtonGroup::buttonToggled, this, later);
    connect(m_share, &QCheckBox::toggled, this, later);
    connect(m_students, &QListWidget::itemChanged, this, later);
    connect(m_filter, &QLineEdit::textChanged, this, &NewLettersDialog::filterStudents);

    loadStudents(studentIds);
    filterStudents();
    if (m_template->count() == 0) {
        m_summary->setText(tr("There are no letter templates you may use. An administrator writes them under "
                              "Administration \u2192 Letter templates."));
        m_create->setEnabled(false);
    } else {
        refreshSummary();
    }
}

void NewLettersDialog::loadStudents(const QList<qint64> &chosen)
{
    const QSet<qint64> ticked(chosen.cbegin(), chosen.cend());
    auto rows = StudentStore(m_context.db()).list(m_context.session());
    if (!rows) {
        m_summary->setText(rows.error().message);
        return;
    }
    // The chosen students first, then everyone else the user may write to.
    QList<QListWidgetItem *> rest;
    for (const StudentRow &r : std::as_const(*rows)) {
        const Student &s = r.student;
        auto *item = new QListWidgetItem(tr("%1, %2 (%3, %4)").arg(s.surname(), s.forename(), s.tutorGroup, s.upn));
        item->setData(kIdRole, s.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(ticked.contains(s.id) ? Qt::Checked : Qt::Unchecked);
        if (ticked.contains(s.id))
            m_students->addItem(item);
        else
            rest.append(item);
    }
    std::sort(rest.begin(), rest.end(), [](const QListWidgetItem *a, const QListWidgetItem *b) {
        return QString::localeAwareCompare(a->text(), b->text()) < 0;
    });
    for (QListWidgetItem *item : std::as_const(rest))
        m_students->addItem(item);
}

void NewLettersDialog::filterStudents()
{
    // A lead mentor, say, writes mentoring letters for anyone but attendance letters only for
    // their own group: the list follows the template's type.
    std::optional<QSet<qint64>> writable;
    auto templates =
        LetterTemplateStore(m_context.db()).get(m_context.session(), m_template->currentData().toLongLong());
    if (templates) {
        auto allowed = LetterService(m_context.db()).writableStudents(m_context.session(), templates->type);
        if (allowed)
            writable = *allowed;
    }
    const QStringList words = m_filter->text().simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QSignalBlocker block(m_students);
    for (int i = 0; i < m_students->count(); ++i) {
        QListWidgetItem *item = m_students->item(i);
        const bool mayWrite = !writable || writable->contains(item->data(kIdRole).toLongLong());
        if (!mayWrite)
            item->setCheckState(Qt::Unchecked);
        bool match = mayWrite;
        for (const QString &w : words)
            match = match && item->text().contains(w, Qt::CaseInsensitive);
        item->setHidden(!match);
    }
}

LetterRequest NewLettersDialog::request() const
{
    LetterRequest r;
    r.templateId = m_template->currentData().toLongLong();
    for (int i = 0; i < m_students->count(); ++i)
        if (m_students->item(i)->checkState() == Qt::Checked)
            r.studentIds.append(m_students->item(i)->data(kIdRole).toLongLong());
    r.recipients.toParents = m_toParents->isChecked() || m_toBoth->isChecked();
    r.recipients.toStudent = m_toStudent->isChecked() || m_toBoth->isChecked();
    r.recipients.shareByAddress = m_share->isChecked();
    r.courseId = m_course ? m_course->currentData().toLongLong() : 0;
    r.date = m_date->date();
    return r;
}

void NewLettersDialog::refreshSummary()
{
    m_refresh->stop();
    const LetterRequest r = request();
    m_share->setEnabled(r.recipients.toParents);
    if (r.studentIds.isEmpty()) {
        m_summary->setText(tr("Tick at least one student."));
        m_create->setEnabled(false);
        return;
    }
    auto plan = LetterService(m_context.db()).plan(m_context.session(), r);
    if (!plan) {
        m_summary->setText(plan.error().fullText());
        m_create->setEnabled(false);
        return;
    }
    int toStudents = 0;
    for (const PlannedLetter &p : std::as_const(plan->letters))
        if (p.recipient.kind == RecipientKind::Student)
            ++toStudents;
    QString text =
        tr("%n letter(s) for", nullptr, int(plan->letters.size())) +
        tr(" %n student(s): ", nullptr, int(r.studentIds.size())) +
        tr("%1 to parents and carers, %2 to students.").arg(plan->letters.size() - toStudents).arg(toStudents);
    if (!plan->problems.isEmpty())
        text += QLatin1Char('\n') + tr("Needs attention:") + QStringLiteral("\n\u2022 ") +
                plan->problems.join(QStringLiteral("\n\u2022 "));
    m_summary->setText(text);
    m_create->setEnabled(!plan->letters.isEmpty());
}

void NewLettersDialog::accept()
{
    LetterService service(m_context.db());
    const LetterRequest r = request();
    auto plan = service.plan(m_context.session(), r);
    if (!plan) {
        m_summary->setText(plan.error().fullText());
        return;
    }
    bool allowIncomplete = false;
    if (plan->incomplete() > 0) {
        // Gaps where data is missing: the user may create the drafts and fill them in one by one.
        const auto answer = MessageBox::question(
            this, tr("Missing data"),
            tr("%n letter(s) would have gaps where data is missing:", nullptr, plan->incomplete()) + QLatin1Char('\n') +
                plan->problems.join(QLatin1Char('\n')) + QStringLiteral("\n\n") +
                tr("Create the drafts anyway? The gaps are marked in red, and a letter cannot be issued until they "
                   "are filled."),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
        allowIncomplete = true;
    }
    auto created = service.createDrafts(m_context.session(), r, allowIncomplete);
    if (!created) {
        m_summary->setText(created.error().fullText());
        return;
    }
    m_created = *created;
    m_context.notifyChanged(QStringLiteral("letters"));
    QDialog::accept();
}

} // namespace md::ui
