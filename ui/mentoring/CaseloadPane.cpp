// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mentoring/CaseloadPane.h"

#include "mentoring/CaseloadModel.h"
#include "mentoring/CaseloadView.h"
#include "mentoring/LogEntryStore.h"
#include "shell/DeskContext.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace md::ui {

namespace {

QLabel *title(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    label->setFont(f);
    return label;
}

QString summaryText(const CaseloadModel &model)
{
    const int overdue = model.overdueTotal();
    const QString today = QLocale().toString(QDate::currentDate(), QStringLiteral("dddd d MMMM"));
    if (model.rowCount() == 0)
        return QCoreApplication::translate("md::ui::CaseloadPane", "No students are on this caseload yet.");
    return overdue == 0
        ? QCoreApplication::translate("md::ui::CaseloadPane", "%1 students \u00b7 nothing overdue on %2.").arg(model.rowCount()).arg(today)
        : QCoreApplication::translate("md::ui::CaseloadPane",
                                      "%1 students \u00b7 %2 overdue on %3 (in red, saying how late).")
              .arg(model.rowCount())
              .arg(overdue == 1 ? QCoreApplication::translate("md::ui::CaseloadPane", "1 item")
                                : QCoreApplication::translate("md::ui::CaseloadPane", "%1 items").arg(overdue))
              .arg(today);
}

} // namespace

CaseloadPane::CaseloadPane(DeskContext &context, QWidget *parent) : Pane(context, parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title(tr("My caseload dashboard"), this));
    auto *row = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setAccessibleName(tr("Summary"));
    m_summary->setWordWrap(true);
    row->addWidget(m_summary, 1);
    m_checkIn = new QPushButton(tr("&Check in the selected student"), this);
    m_checkIn->setAccessibleName(tr("Check in the selected student for today"));
    m_checkIn->setToolTip(tr("One click per student per day (Ctrl+K)."));
    auto *checkInKey = new QAction(this);
    checkInKey->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    checkInKey->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(checkInKey);
    connect(checkInKey, &QAction::triggered, this, &CaseloadPane::checkIn);
    auto *open = new QPushButton(tr("&Open log"), this);
    open->setAccessibleName(tr("Open the selected student's log"));
    row->addWidget(m_checkIn);
    row->addWidget(open);
    layout->addLayout(row);
    m_view = new CaseloadView(this);
    m_view->setAccessibleName(tr("My caseload"));
    m_view->hideColumn(CaseloadModel::MentorColumn);
    layout->addWidget(m_view, 1);

    connect(m_checkIn, &QPushButton::clicked, this, &CaseloadPane::checkIn);
    connect(open, &QPushButton::clicked, this, [this] {
        if (const qint64 id = m_view->currentStudent())
            Q_EMIT openStudentRequested(id);
    });
    connect(m_view, &CaseloadView::openStudent, this, &Pane::openStudentRequested);
    connect(&context, &DeskContext::dataChanged, this, [this](const QString &what) {
        if (what == QLatin1String("mentoring") || what == QLatin1String("students")) {
            m_stale = true;
            if (isVisible())
                reload();
        }
    });
}

void CaseloadPane::activate()
{
    if (m_stale)
        reload();
}

QWidget *CaseloadPane::primaryFocus()
{
    return m_view;
}

void CaseloadPane::reload()
{
    m_stale = false;
    const qint64 keep = m_view->currentStudent();
    if (Status s = m_view->caseload()->load(context().db(), context().session(), context().session().userId(),
                                             QDate::currentDate());
        !s) {
        m_summary->setText(s.error().message);
        return;
    }
    m_summary->setText(summaryText(*m_view->caseload()));
    m_view->fitColumns();
    for (int r = 0; r < m_view->proxy()->rowCount(); ++r)
        if (m_view->proxy()->index(r, 0).data(CaseloadModel::StudentIdRole).toLongLong() == keep)
            m_view->setCurrentIndex(m_view->proxy()->index(r, 0));
}

void CaseloadPane::checkIn()
{
    const qint64 id = m_view->currentStudent();
    if (id == 0) {
        Q_EMIT statusMessage(tr("Choose a student to check in."));
        return;
    }
    auto added = LogEntryStore(context().db()).checkIn(context().session(), id, QDate::currentDate());
    if (!added) {
        Q_EMIT statusMessage(added.error().message);
        return;
    }
    Q_EMIT statusMessage(*added ? tr("Checked in for today.") : tr("Already checked in today."));
    context().notifyChanged(QStringLiteral("mentoring"));
}

TeamDashboardPane::TeamDashboardPane(DeskContext &context, QWidget *parent)
    : Pane(context, parent), m_team(new TeamDashboardModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title(tr("Team caseload dashboard"), this));
    m_summary = new QLabel(this);
    m_summary->setAccessibleName(tr("Summary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    auto *split = new QSplitter(Qt::Vertical, this);
    m_mentors = new QTableView(split);
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_team);
    proxy->setSortRole(TeamDashboardModel::SortRole);
    m_mentors->setModel(proxy);
    m_mentors->setAccessibleName(tr("Mentors"));
    m_mentors->setAccessibleDescription(tr("One row per mentor and one for the whole team. Choose a row to see those students below."));
    m_mentors->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_mentors->setSelectionMode(QAbstractItemView::SingleSelection);
    m_mentors->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_mentors->setSortingEnabled(true);
    m_mentors->sortByColumn(TeamDashboardModel::MentorColumn, Qt::AscendingOrder);
    m_mentors->setTabKeyNavigation(false);
    m_mentors->verticalHeader()->hide();
    m_mentors->setWordWrap(true);
    auto *lower = new QWidget(split);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    m_studentsTitle = new QLabel(lower);
    m_studentsTitle->setAccessibleName(tr("Students shown"));
    m_students = new CaseloadView(lower);
    m_students->setAccessibleName(tr("Students of the chosen mentor"));
    lowerLayout->addWidget(m_studentsTitle);
    lowerLayout->addWidget(m_students, 1);
    split->addWidget(m_mentors);
    split->addWidget(lower);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    connect(m_mentors->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        const qint64 mentor = current.isValid() ? current.data(TeamDashboardModel::MentorIdRole).toLongLong() : 0;
        m_students->setMentorFilter(mentor);
        m_studentsTitle->setText(mentor == 0 ? tr("Every mentor's students:")
                                             : tr("%1's students:").arg(current.siblingAtColumn(0).data().toString()));
        m_students->fitColumns();
    });
    connect(m_students, &CaseloadView::openStudent, this, &Pane::openStudentRequested);
    connect(&context, &DeskContext::dataChanged, this, [this](const QString &what) {
        if (what == QLatin1String("mentoring") || what == QLatin1String("students")) {
            m_stale = true;
            if (isVisible())
                reload();
        }
    });
}

void TeamDashboardPane::activate()
{
    if (m_stale)
        reload();
}

QWidget *TeamDashboardPane::primaryFocus()
{
    return m_mentors;
}

void TeamDashboardPane::reload()
{
    m_stale = false;
    if (Status s = m_students->caseload()->load(context().db(), context().session(), std::nullopt, QDate::currentDate()); !s) {
        m_summary->setText(s.error().message);
        return;
    }
    m_team->setRows(m_students->caseload()->rows());
    m_summary->setText(tr("%1 mentors \u00b7 %2").arg(m_team->mentors().size()).arg(summaryText(*m_students->caseload())));
    m_mentors->resizeColumnsToContents();
    m_studentsTitle->setText(tr("Every mentor's students:"));
    m_students->setMentorFilter(0);
    m_students->fitColumns();
}

} // namespace md::ui
