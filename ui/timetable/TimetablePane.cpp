// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timetable/TimetablePane.h"

#include "access/Permissions.h"
#include "common/MessageBox.h"
#include "mentoring/SessionEditor.h"
#include "school/SchoolSettings.h"
#include "shell/DeskContext.h"
#include "timetable/MentorWeekModel.h"
#include "timetable/TimetableDialogs.h"
#include "timetable/TimetableImporter.h"
#include "timetable/TimetablePlanner.h"
#include "timetable/TimetablePrint.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTableView>
#include <QTextDocument>
#include <QVBoxLayout>

namespace md::ui {

TimetablePane::TimetablePane(DeskContext &context, QWidget *parent) : Pane(context, parent), m_model(new MentorWeekModel(this))
{
    const Session &session = context.session();
    const bool lead = Permissions::scopes(session, Action::ScheduleSessions).testFlag(ScopeKind::Organisation);
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Timetable of 1:1 sessions"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    title->setFont(f);
    layout->addWidget(title);

    auto *nav = new QHBoxLayout;
    auto *mentorLabel = new QLabel(tr("M&entor:"), this);
    m_mentor = new QComboBox(this);
    m_mentor->setAccessibleName(tr("Mentor"));
    mentorLabel->setBuddy(m_mentor);
    m_mentor->addItem(session.displayName(), session.userId());
    if (lead) {
        if (auto mentors = TimetablePlanner(context.db()).mentorsWithCaseloads())
            for (const auto &[id, name] : std::as_const(*mentors))
                if (id != session.userId())
                    m_mentor->addItem(name, id);
        m_mentor->addItem(tr("Everyone (the published timetable)"), qint64(0));
    }
    m_mentor->setEnabled(m_mentor->count() > 1);
    auto *previous = new QPushButton(tr("\u25c0 &Previous week"), this);
    previous->setAccessibleName(tr("Previous week"));
    previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    auto *thisWeek = new QPushButton(tr("This &week"), this);
    thisWeek->setAccessibleName(tr("This week"));
    auto *next = new QPushButton(tr("&Next week \u25b6"), this);
    next->setAccessibleName(tr("Next week"));
    next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    m_week = new QDateEdit(QDate::currentDate(), this);
    m_week->setCalendarPopup(true);
    m_week->setDisplayFormat(QStringLiteral("ddd d MMM yyyy"));
    m_week->setAccessibleName(tr("Week of"));
    nav->addWidget(mentorLabel);
    nav->addWidget(m_mentor, 1);
    nav->addWidget(previous);
    nav->addWidget(thisWeek);
    nav->addWidget(next);
    nav->addWidget(m_week);
    layout->addLayout(nav);

    auto *actions = new QHBoxLayout;
    auto *plan = new QPushButton(tr("P&lan the half term\u2026"), this);
    plan->setAccessibleName(tr("Plan the half term's sessions"));
    auto *move = new QPushButton(tr("&Move session\u2026"), this);
    move->setAccessibleName(tr("Move the selected session"));
    auto *open = new QPushButton(tr("&Open session"), this);
    open->setAccessibleName(tr("Open the selected session"));
    auto *printButton = new QPushButton(tr("P&rint"), this);
    printButton->setAccessibleName(tr("Print a timetable"));
    auto *printMenu = new QMenu(printButton);
    printMenu->addAction(tr("The mentor's timetable for the half term\u2026"), this,
                         [this] { print(mentorTimetableHtml(), tr("1:1 mentoring timetable")); });
    printMenu->addAction(tr("The weekly published timetable\u2026"), this,
                         [this] { print(weeklyTimetableHtml(), tr("Mentoring sessions this week")); });
    printButton->setMenu(printMenu);
    m_planButtons = {plan, move};
    actions->addWidget(plan);
    actions->addWidget(move);
    actions->addWidget(open);
    actions->addWidget(printButton);
    actions->addStretch();
    if (Permissions::allows(session, Action::ManageTimetables)) {
        auto *import = new QPushButton(tr("&Import lesson timetables\u2026"), this);
        import->setAccessibleName(tr("Import lesson timetables"));
        auto *calendar = new QPushButton(tr("School &calendar\u2026"), this);
        calendar->setAccessibleName(tr("School calendar"));
        actions->addWidget(import);
        actions->addWidget(calendar);
        connect(import, &QPushButton::clicked, this, &TimetablePane::importTimetables);
        connect(calendar, &QPushButton::clicked, this, [this] {
            CalendarDialog dialog(this->context(), this);
            dialog.exec();
            reload();
        });
    }
    layout->addLayout(actions);

    m_summary = new QLabel(this);
    m_summary->setAccessibleName(tr("Week summary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_grid = new QTableView(this);
    m_grid->setModel(m_model);
    m_grid->setAccessibleName(tr("Week of sessions"));
    m_grid->setAccessibleDescription(tr("Periods down, days across. Enter opens the session in the cell."));
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->setWordWrap(true);
    m_grid->setTabKeyNavigation(false);
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_grid->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_grid->verticalHeader()->setMinimumSectionSize(m_grid->fontMetrics().lineSpacing() * 3 + 8);
    layout->addWidget(m_grid, 1);

    connect(m_mentor, &QComboBox::currentIndexChanged, this, [this] { reload(); });
    connect(previous, &QPushButton::clicked, this, [this] { showWeek(m_monday.addDays(-7)); });
    connect(next, &QPushButton::clicked, this, [this] { showWeek(m_monday.addDays(7)); });
    connect(thisWeek, &QPushButton::clicked, this, [this] { showWeek(QDate::currentDate()); });
    connect(m_week, &QDateEdit::dateChanged, this, [this](const QDate &d) {
        if (SchoolCalendar::weekStart(d) != m_monday)
            showWeek(d);
    });
    connect(plan, &QPushButton::clicked, this, &TimetablePane::planHalfTerm);
    connect(move, &QPushButton::clicked, this, &TimetablePane::moveCurrent);
    auto openSession = [this] {
        if (const qint64 id = currentSession()) {
            SessionEditorDialog dialog(this->context(), id, this);
            dialog.exec();
        }
    };
    connect(open, &QPushButton::clicked, this, openSession);
    connect(m_grid, &QTableView::activated, this, openSession);
    connect(&context, &DeskContext::dataChanged, this, [this](const QString &what) {
        if (what == QLatin1String("mentoring") || what == QLatin1String("students")) {
            m_stale = true;
            if (isVisible())
                reload();
        }
    });
    m_monday = SchoolCalendar::weekStart(QDate::currentDate());
}

void TimetablePane::activate()
{
    if (m_stale)
        reload();
}

QWidget *TimetablePane::primaryFocus()
{
    return m_grid;
}

qint64 TimetablePane::mentorId() const
{
    return m_mentor->currentData().toLongLong();
}

void TimetablePane::setMentor(qint64 mentorId)
{
    m_mentor->setCurrentIndex(std::max(0, m_mentor->findData(mentorId)));
}

void TimetablePane::showWeek(const QDate &anyDay)
{
    m_monday = SchoolCalendar::weekStart(anyDay);
    m_week->blockSignals(true);
    m_week->setDate(m_monday);
    m_week->blockSignals(false);
    reload();
}

void TimetablePane::reload()
{
    m_stale = false;
    const qint64 mentor = mentorId();
    auto week = TimetablePlanner(context().db()).week(context().session(), mentor ? std::optional(mentor) : std::nullopt, m_monday);
    if (!week) {
        m_summary->setText(week.error().message);
        return;
    }
    m_model->setShowMentor(mentor == 0);
    m_model->setWeek(*week);
    for (QPushButton *b : std::as_const(m_planButtons))
        b->setEnabled(mentor != 0);
    int shown = 0;
    for (const PlacedSession &p : week->sessions)
        if (p.session.status != SessionStatus::Cancelled && p.session.status != SessionStatus::Rescheduled)
            ++shown;
    QStringList parts;
    parts << (shown == 1 ? tr("1 session this week") : tr("%1 sessions this week").arg(shown));
    if (const int flagged = m_model->flaggedCount(); flagged > 0)
        parts << (flagged == 1 ? tr("\u26a0 1 breaks a rule (shown in the cell)") : tr("\u26a0 %1 break a rule (shown in the cells)").arg(flagged));
    bool closed = true;
    for (const QString &note : week->dayNotes)
        closed = closed && !note.isEmpty();
    if (closed)
        parts = QStringList{week->dayNotes.front()};
    else if (shown == 0)
        parts << tr("plan the half term to fill the timetable");
    m_summary->setText(tr("Week of %1: %2.").arg(QLocale().toString(m_monday, QStringLiteral("d MMMM yyyy")),
                                                 parts.join(QStringLiteral(" \u00b7 "))));
}

qint64 TimetablePane::currentSession() const
{
    const QVariantList ids = m_grid->currentIndex().data(MentorWeekModel::SessionIdsRole).toList();
    return ids.isEmpty() ? 0 : ids.first().toLongLong();
}

void TimetablePane::moveCurrent()
{
    const qint64 id = currentSession();
    if (id == 0) {
        Q_EMIT statusMessage(tr("Choose a session in the timetable to move."));
        return;
    }
    MoveSessionDialog dialog(context(), id, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    if (!dialog.breaks().isEmpty()) {
        QStringList lines;
        for (const RuleBreak &b : dialog.breaks())
            lines << ScheduleRules::title(b.rule) + QStringLiteral(": ") + b.detail;
        MessageBox::information(this, tr("Session moved"),
                                tr("The session was moved, and is flagged because the move breaks a rule."), lines.join(QLatin1Char('\n')));
    } else {
        Q_EMIT statusMessage(tr("Session moved; it keeps every rule."));
    }
}

void TimetablePane::planHalfTerm()
{
    QDate from = m_monday;
    int weeks = 7;
    if (auto half = TimetablePlanner(context().db()).halfTermFrom(std::max(m_monday, QDate::currentDate()))) {
        from = std::max(half->start, std::max(m_monday, QDate::currentDate()));
        weeks = std::clamp(int(SchoolCalendar::weekStart(from).daysTo(half->end) / 7) + 1, 1, 16);
    }
    ProposalDialog dialog(context(), mentorId(), from, weeks, this);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT statusMessage(tr("Saved %1 sessions.").arg(dialog.saved()));
    reload();
}

QString TimetablePane::mentorTimetableHtml()
{
    TimetablePlanner planner(context().db());
    QDate from = m_monday;
    int count = 7;
    if (auto half = planner.halfTermFrom(m_monday)) {
        from = half->start;
        count = std::clamp(int(SchoolCalendar::weekStart(half->start).daysTo(half->end) / 7) + 1, 1, 16);
    }
    const qint64 mentor = mentorId();
    auto weeks = planner.weeks(context().session(), mentor ? std::optional(mentor) : std::nullopt, from, count);
    if (!weeks)
        return QString();
    return TimetablePrint::mentorTimetableHtml(SchoolSettings(context().db()).schoolName(), m_mentor->currentText(), *weeks);
}

QString TimetablePane::weeklyTimetableHtml()
{
    auto &ctx = context();
    const qint64 mentor = mentorId();
    auto week = TimetablePlanner(ctx.db()).week(ctx.session(), mentor ? std::optional(mentor) : std::nullopt, m_monday);
    if (!week)
        return QString();
    return TimetablePrint::weeklyHtml(SchoolSettings(ctx.db()).schoolName(), *week);
}

void TimetablePane::print(const QString &html, const QString &title)
{
    if (html.isEmpty()) {
        Q_EMIT statusMessage(tr("There is nothing to print."));
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setDocName(title);
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(title);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&html](QPrinter *p) {
        QTextDocument doc;
        doc.setHtml(html);
        doc.print(p);
    });
    preview.exec();
}

void TimetablePane::importTimetables()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import lesson timetables"), QString(),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    auto summary = TimetableImporter::importFile(context().db(), context().session(), path);
    if (!summary) {
        MessageBox::warning(this, tr("Lesson timetables not imported"), summary.error().message,
                            summary.error().details.join(QLatin1Char('\n')));
        return;
    }
    MessageBox::information(this, tr("Lesson timetables imported"),
                            tr("Imported %1 lessons for %2 students.").arg(summary->rows).arg(summary->students));
    context().notifyChanged(QStringLiteral("mentoring"));
}

} // namespace md::ui
