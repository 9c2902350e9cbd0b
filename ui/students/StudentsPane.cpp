// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "students/StudentsPane.h"

#include "common/BadgeDelegate.h"
#include "common/HeaderMemory.h"
#include "live/LiveUpdates.h"
#include "shell/DeskContext.h"
#include "students/StudentFilterModel.h"
#include "students/StudentListModel.h"

#include <QAction>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStackedLayout>
#include <QTableView>
#include <QVBoxLayout>

namespace md::ui {

namespace {

// Keeps only the mentor's own group on top of the scope filter.
class CaseloadFilter : public StudentFilterModel
{
public:
    CaseloadFilter(qint64 mentorId, QObject *parent) : StudentFilterModel(parent), m_mentorId(mentorId) {}

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &parent) const override
    {
        auto *model = static_cast<StudentListModel *>(sourceModel());
        if (model->rowAt(sourceRow).mentorId != m_mentorId)
            return false;
        return StudentFilterModel::filterAcceptsRow(sourceRow, parent);
    }

private:
    qint64 m_mentorId;
};

} // namespace

StudentsPane::StudentsPane(DeskContext &context, Mode mode, QWidget *parent)
    : Pane(context, parent), m_mode(mode), m_model(new StudentListModel(this))
{
    m_proxy = mode == Mode::Caseload ? new CaseloadFilter(context.session().userId(), this) : new StudentFilterModel(this);
    m_proxy->setSourceModel(m_model);

    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(mode == Mode::Caseload ? tr("My caseload") : tr("Students"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    title->setFont(f);
    layout->addWidget(title);

    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter by name, UPN, tutor group or flag (for example: 8B LAC)"));
    m_filter->setAccessibleName(tr("Filter students"));
    m_filter->setAccessibleDescription(tr("Type to narrow the list; every word must match. Press Down to move into the list."));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);

    m_count = new QLabel(this);
    m_count->setAccessibleName(tr("Number of students shown"));
    layout->addWidget(m_count);

    auto *stackHost = new QWidget(this);
    auto *stack = new QStackedLayout(stackHost);
    m_view = new QTableView(stackHost);
    m_view->setModel(m_proxy);
    m_view->setAccessibleName(mode == Mode::Caseload ? tr("My caseload") : tr("Students"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(StudentListModel::NameColumn, Qt::AscendingOrder);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setItemDelegateForColumn(StudentListModel::FlagsColumn,
                                     new BadgeDelegate(StudentListModel::BadgesRole, m_view));
    m_view->setTabKeyNavigation(false);
    LiveUpdates::keepPlace(m_view, {StudentListModel::StudentIdRole});
    stack->addWidget(m_view);
    m_empty = new QLabel(stackHost);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setAccessibleName(tr("No students"));
    stack->addWidget(m_empty);
    layout->addWidget(stackHost, 1);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterText(text);
        updateCount();
    });
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        if (m_proxy->rowCount() > 0) {
            m_view->setCurrentIndex(m_proxy->index(0, 0));
            openCurrent();
        }
    });
    auto *clear = new QAction(this);
    clear->setShortcut(Qt::Key_Escape);
    clear->setShortcutContext(Qt::WidgetShortcut);
    m_filter->addAction(clear);
    connect(clear, &QAction::triggered, m_filter, &QLineEdit::clear);
    connect(m_view, &QTableView::activated, this, [this] { openCurrent(); });
    connect(&context, &DeskContext::dataChanged, this, [this](const QString &what) {
        if (what == QLatin1String("students")) {
            m_stale = true;
            if (isVisible())
                reload();
        }
    });
    // Down from the filter moves into the list, so the keyboard path is filter -> Down -> Enter.
    auto *down = new QAction(this);
    down->setShortcut(Qt::Key_Down);
    down->setShortcutContext(Qt::WidgetShortcut);
    m_filter->addAction(down);
    connect(down, &QAction::triggered, this, [this] {
        m_view->setFocus();
        if (m_proxy->rowCount() > 0 && !m_view->currentIndex().isValid())
            m_view->setCurrentIndex(m_proxy->index(0, 0));
    });
}

StudentsPane::~StudentsPane() = default;

void StudentsPane::activate()
{
    if (m_stale)
        reload();
}

QWidget *StudentsPane::primaryFocus()
{
    return m_filter;
}

void StudentsPane::reload()
{
    m_stale = false;
    if (!context().isOpen() || !context().isSignedIn())
        return;
    if (Status s = m_model->load(context().db(), context().session()); !s) {
        m_empty->setText(s.error().message);
        static_cast<QStackedLayout *>(m_view->parentWidget()->layout())->setCurrentWidget(m_empty);
        Q_EMIT statusMessage(s.error().message);
        return;
    }
    // A layout the user arranged (remembered by the shell) is kept; otherwise the columns fit.
    if (!HeaderMemory::restored(m_view->horizontalHeader())) {
        m_view->resizeColumnToContents(StudentListModel::NameColumn);
        m_view->resizeColumnToContents(StudentListModel::UpnColumn);
    }
    updateCount();
}

void StudentsPane::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int total = m_mode == Mode::Caseload ? -1 : m_model->rowCount();
    if (total >= 0 && !m_proxy->filterText().isEmpty())
        m_count->setText(tr("%1 of %2 students").arg(shown).arg(total));
    else
        m_count->setText(tr("%1 students").arg(shown));
    auto *stack = static_cast<QStackedLayout *>(m_view->parentWidget()->layout());
    if (shown > 0) {
        stack->setCurrentWidget(m_view);
        return;
    }
    if (!m_proxy->filterText().isEmpty())
        m_empty->setText(tr("No student matches \u201c%1\u201d. Check the spelling, or clear the filter (Esc).")
                             .arg(m_proxy->filterText()));
    else if (m_mode == Mode::Caseload)
        m_empty->setText(tr("No students are assigned to you yet. The lead mentor allocates students to mentors."));
    else
        m_empty->setText(tr("There are no students yet. Import them from your MIS with File \u2192 Import students (Ctrl+I)."));
    stack->setCurrentWidget(m_empty);
}

void StudentsPane::openCurrent()
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return;
    Q_EMIT openStudentRequested(index.data(StudentListModel::StudentIdRole).toLongLong());
}

} // namespace md::ui
