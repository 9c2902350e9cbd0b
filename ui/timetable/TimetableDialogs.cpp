// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timetable/TimetableDialogs.h"

#include "mentoring/SessionStore.h"
#include "shell/DeskContext.h"
#include "storage/Query.h"
#include "timetable/LessonTimetable.h"
#include "timetable/TimetablePlanner.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace md::ui {

namespace {

QLabel *problemLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setAccessibleName(QCoreApplication::translate("md::ui::TimetableDialogs", "Problem"));
    l->setWordWrap(true);
    l->setStyleSheet(QStringLiteral("QLabel { color: #a30000; }"));
    l->hide();
    return l;
}

QDateEdit *makeDateEdit(const QDate &d, const QString &name, QWidget *parent)
{
    auto *e = new QDateEdit(d, parent);
    e->setCalendarPopup(true);
    e->setDisplayFormat(QStringLiteral("ddd d MMM yyyy"));
    e->setAccessibleName(name);
    return e;
}

QTableWidget *table(const QStringList &headers, const QString &name, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->setAccessibleName(name);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setTabKeyNavigation(false);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

} // namespace

ProposalDialog::ProposalDialog(DeskContext &context, qint64 mentorId, const QDate &from, int weeks, QWidget *parent)
    : QDialog(parent), m_context(context), m_mentorId(mentorId)
{
    setWindowTitle(tr("Plan 1:1 sessions"));
    setAccessibleName(windowTitle());
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    m_from = makeDateEdit(from, tr("Plan from"), this);
    m_weeks = new QSpinBox(this);
    m_weeks->setRange(1, 16);
    m_weeks->setValue(weeks);
    m_weeks->setAccessibleName(tr("Number of weeks"));
    auto *again = new QPushButton(tr("&Propose"), this);
    again->setAccessibleName(tr("Propose again"));
    auto *fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_from);
    auto *weeksLabel = new QLabel(tr("&Weeks:"), this);
    weeksLabel->setBuddy(m_weeks);
    row->addWidget(fromLabel);
    row->addWidget(m_from);
    row->addWidget(weeksLabel);
    row->addWidget(m_weeks);
    row->addWidget(again);
    row->addStretch();
    layout->addLayout(row);
    m_summary = new QLabel(this);
    m_summary->setAccessibleName(tr("Summary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_sessions = table({tr("Date"), tr("Period"), tr("Student"), tr("Lesson missed")}, tr("Proposed sessions"), this);
    layout->addWidget(m_sessions, 3);
    auto *why = new QLabel(tr("Not placed, and weeks without sessions:"), this);
    layout->addWidget(why);
    m_explanations = new QPlainTextEdit(this);
    m_explanations->setReadOnly(true);
    m_explanations->setAccessibleName(tr("Students not placed and why"));
    why->setBuddy(m_explanations);
    layout->addWidget(m_explanations, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(tr("&Save these sessions"), QDialogButtonBox::AcceptRole);
    m_save->setAccessibleName(tr("Save these sessions"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(again, &QPushButton::clicked, this, &ProposalDialog::propose);
    resize(760, 620);
    propose();
}

void ProposalDialog::propose()
{
    TimetablePlanner planner(m_context.db());
    auto p = planner.propose(m_context.session(), m_mentorId, m_from->date(), m_weeks->value());
    m_sessions->setRowCount(0);
    if (!p) {
        m_summary->setText(p.error().message);
        m_save->setEnabled(false);
        return;
    }
    m_proposal = *p;
    std::sort(m_proposal.sessions.begin(), m_proposal.sessions.end(), [](const ProposedSession &a, const ProposedSession &b) {
        return a.date != b.date ? a.date < b.date : a.period < b.period;
    });
    QHash<qint64, QString> names;
    {
        Query q(m_context.db(), QStringLiteral("SELECT COALESCE(NULLIF(preferred_forename, ''), legal_forename) || ' ' || "
                                               "COALESCE(NULLIF(preferred_surname, ''), legal_surname) FROM students WHERE id = ?"));
        for (const ProposedSession &s : std::as_const(m_proposal.sessions)) {
            if (names.contains(s.studentId))
                continue;
            q.bind(s.studentId);
            if (q.exec() && q.next())
                names.insert(s.studentId, q.string(0));
        }
    }
    auto bells = BellSchedule::load(m_context.db());
    const QLocale locale;
    for (const ProposedSession &s : std::as_const(m_proposal.sessions)) {
        const int r = m_sessions->rowCount();
        m_sessions->insertRow(r);
        m_sessions->setItem(r, 0, new QTableWidgetItem(locale.toString(s.date, QStringLiteral("ddd d MMM"))));
        m_sessions->setItem(r, 1, new QTableWidgetItem(bells ? bells->describe(s.period) : QString::number(s.period)));
        m_sessions->setItem(r, 2, new QTableWidgetItem(names.value(s.studentId)));
        m_sessions->setItem(r, 3, new QTableWidgetItem(s.subject));
    }
    m_sessions->resizeColumnsToContents();
    QStringList lines;
    for (const SkippedWeek &s : std::as_const(m_proposal.skipped))
        lines << tr("Week of %1: %2").arg(locale.toString(s.weekStart, QStringLiteral("d MMM")), s.reason);
    for (const UnplacedStudent &u : std::as_const(m_proposal.unplaced))
        lines << u.explanation;
    m_explanations->setPlainText(lines.isEmpty() ? tr("Everyone is placed in every week.") : lines.join(QLatin1Char('\n')));
    m_summary->setText(tr("%1 sessions proposed; %2 not placed; %3 already booked and left as they are. Each keeps every rule: "
                          "one a week, the first half of a lesson, no subject missed more than twice a term, none in an "
                          "assessment week, an hour a day free, one at a time.")
                           .arg(m_proposal.sessions.size())
                           .arg(m_proposal.unplaced.size())
                           .arg(m_proposal.alreadyBooked));
    m_save->setEnabled(!m_proposal.sessions.isEmpty());
}

void ProposalDialog::accept()
{
    auto saved = TimetablePlanner(m_context.db()).apply(m_context.session(), m_proposal);
    if (!saved) {
        m_summary->setText(saved.error().message);
        return;
    }
    m_saved = *saved;
    m_context.notifyChanged(QStringLiteral("mentoring"));
    QDialog::accept();
}

MoveSessionDialog::MoveSessionDialog(DeskContext &context, qint64 sessionId, QWidget *parent)
    : QDialog(parent), m_context(context), m_sessionId(sessionId)
{
    setWindowTitle(tr("Move a session"));
    setAccessibleName(windowTitle());
    auto *layout = new QVBoxLayout(this);
    auto s = SessionStore(context.db()).get(context.session(), sessionId);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    m_date = makeDateEdit(s ? s->date : QDate::currentDate(), tr("New day"), this);
    m_period = new QComboBox(this);
    m_period->setAccessibleName(tr("New period"));
    form->addRow(tr("&Day:"), m_date);
    form->addRow(tr("&Period:"), m_period);
    auto *note = new QLabel(tr("A move that breaks a rule is still saved, and flagged on the timetable with the rule."), this);
    note->setWordWrap(true);
    layout->addWidget(note);
    m_error = problemLabel(this);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("&Move"), QDialogButtonBox::AcceptRole)->setAccessibleName(tr("Move"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_date, &QDateEdit::dateChanged, this, &MoveSessionDialog::refreshPeriods);
    if (s)
        m_studentId = s->studentId;
    else {
        m_error->setText(s.error().message);
        m_error->show();
    }
    refreshPeriods();
    if (s)
        m_period->setCurrentIndex(std::max(0, m_period->findData(s->period)));
}

void MoveSessionDialog::refreshPeriods()
{
    const int keep = m_period->currentData().toInt();
    m_period->clear();
    auto bells = BellSchedule::load(m_context.db());
    if (!bells)
        return;
    const auto tt = LessonTimetableStore(m_context.db()).forStudent(m_context.session(), m_studentId);
    const int day = m_date->date().dayOfWeek();
    for (const LessonPeriod &p : bells->periods()) {
        const QString lesson = tt && day <= 5 ? tt->subjectAt(day, p.period) : QString();
        m_period->addItem(lesson.isEmpty() ? tr("%1 \u2014 no lesson").arg(bells->describe(p.period))
                                           : tr("%1 \u2014 %2").arg(bells->describe(p.period), lesson),
                          p.period);
    }
    if (keep > 0)
        m_period->setCurrentIndex(std::max(0, m_period->findData(keep)));
}

void MoveSessionDialog::accept()
{
    auto breaks = TimetablePlanner(m_context.db()).move(m_context.session(), m_sessionId, m_date->date(),
                                                        m_period->currentData().toInt());
    if (!breaks) {
        m_error->setText(breaks.error().message);
        m_error->show();
        return;
    }
    m_breaks = *breaks;
    m_context.notifyChanged(QStringLiteral("mentoring"));
    QDialog::accept();
}

CalendarDialog::CalendarDialog(DeskContext &context, QWidget *parent) : QDialog(parent), m_context(context)
{
    setWindowTitle(tr("School calendar"));
    setAccessibleName(windowTitle());
    auto *layout = new QVBoxLayout(this);
    m_table = table({tr("Kind"), tr("Name"), tr("From"), tr("To")}, tr("Calendar"), this);
    layout->addWidget(m_table, 1);
    auto *row = new QHBoxLayout;
    m_kind = new QComboBox(this);
    m_kind->setAccessibleName(tr("Kind"));
    m_kind->addItem(tr("Term"), int(CalendarKind::Term));
    m_kind->addItem(tr("Half term"), int(CalendarKind::HalfTerm));
    m_kind->addItem(tr("Holiday"), int(CalendarKind::Holiday));
    m_kind->addItem(tr("Assessment week"), int(CalendarKind::AssessmentWeek));
    m_name = new QLineEdit(this);
    m_name->setAccessibleName(tr("Name"));
    m_name->setPlaceholderText(tr("Name, for example Spring assessment week"));
    m_start = makeDateEdit(QDate::currentDate(), tr("From"), this);
    m_end = makeDateEdit(QDate::currentDate().addDays(4), tr("To"), this);
    auto *add = new QPushButton(tr("&Add"), this);
    add->setAccessibleName(tr("Add to the calendar"));
    auto *remove = new QPushButton(tr("&Remove"), this);
    remove->setAccessibleName(tr("Remove the selected entry"));
    row->addWidget(m_kind);
    row->addWidget(m_name, 1);
    row->addWidget(m_start);
    row->addWidget(m_end);
    row->addWidget(add);
    row->addWidget(remove);
    layout->addLayout(row);
    m_error = problemLabel(this);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, [this] {
        CalendarPeriod p{0, CalendarKind(m_kind->currentData().toInt()), m_name->text(), m_start->date(), m_end->date()};
        if (auto id = CalendarStore(m_context.db()).add(m_context.session(), p); !id) {
            m_error->setText(id.error().message);
            m_error->show();
            return;
        }
        m_error->hide();
        m_name->clear();
        reload();
        m_context.notifyChanged(QStringLiteral("mentoring"));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int r = m_table->currentRow();
        if (r < 0)
            return;
        if (Status s = CalendarStore(m_context.db()).remove(m_context.session(), m_table->item(r, 0)->data(Qt::UserRole).toLongLong());
            !s) {
            m_error->setText(s.error().message);
            m_error->show();
            return;
        }
        reload();
        m_context.notifyChanged(QStringLiteral("mentoring"));
    });
    resize(760, 520);
    reload();
}

void CalendarDialog::reload()
{
    m_table->setRowCount(0);
    auto cal = SchoolCalendar::load(m_context.db());
    if (!cal)
        return;
    const QLocale locale;
    for (const CalendarPeriod &p : cal->periods()) {
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        auto *kind = new QTableWidgetItem(m_kind->itemText(m_kind->findData(int(p.kind))));
        kind->setData(Qt::UserRole, p.id);
        m_table->setItem(r, 0, kind);
        m_table->setItem(r, 1, new QTableWidgetItem(p.name));
        m_table->setItem(r, 2, new QTableWidgetItem(locale.toString(p.start, QStringLiteral("ddd d MMM yyyy"))));
        m_table->setItem(r, 3, new QTableWidgetItem(locale.toString(p.end, QStringLiteral("ddd d MMM yyyy"))));
    }
    m_table->resizeColumnsToContents();
}

} // namespace md::ui
