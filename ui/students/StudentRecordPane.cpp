// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "students/StudentRecordPane.h"

#include "access/Permissions.h"
#include "shell/DeskContext.h"
#include "students/ParentListModel.h"
#include "students/StudentStore.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace md::ui {

StudentRecordPane::StudentRecordPane(DeskContext &context, QWidget *parent)
    : Pane(context, parent), m_parents(new ParentListModel(this))
{
    auto *outer = new QVBoxLayout(this);
    m_stack = new QStackedWidget(this);
    outer->addWidget(m_stack);

    m_emptyState = new QLabel(tr("No student is open.\n\nChoose one from the Students list, or search with Ctrl+F."), this);
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setAccessibleName(tr("No student open"));
    m_stack->addWidget(m_emptyState);

    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_name = new QLabel(page);
    m_name->setAccessibleName(tr("Student name"));
    QFont f = m_name->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    m_name->setFont(f);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_name);
    m_summary = new QLabel(page);
    m_summary->setAccessibleName(tr("Student summary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    m_tabs = new QTabWidget(page);
    m_tabs->setAccessibleName(tr("Student record sections"));
    m_overviewPage = new QWidget(m_tabs);
    m_overview = new QFormLayout(m_overviewPage);
    m_tabs->addTab(m_overviewPage, tr("&Overview"));

    auto *parentsPage = new QWidget(m_tabs);
    auto *parentsLayout = new QVBoxLayout(parentsPage);
    m_parentsNote = new QLabel(parentsPage);
    m_parentsNote->setWordWrap(true);
    parentsLayout->addWidget(m_parentsNote);
    m_parentsView = new QTableView(parentsPage);
    m_parentsView->setModel(m_parents);
    m_parentsView->setAccessibleName(tr("Parents and carers"));
    m_parentsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_parentsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_parentsView->verticalHeader()->hide();
    m_parentsView->horizontalHeader()->setStretchLastSection(true);
    m_parentsView->setWordWrap(true);
    parentsLayout->addWidget(m_parentsView);
    m_tabs->addTab(parentsPage, tr("&Parents and carers"));

    for (const RecordTabInfo &info : recordTabs()) {
        if (!info.visibleFor(context.session()))
            continue;
        RecordTab *tab = info.create(context, m_tabs);
        tab->setObjectName(info.id);
        m_tabs->addTab(tab, info.title);
        m_extraTabs.append(tab);
        connect(tab, &RecordTab::statusMessage, this, &Pane::statusMessage);
    }
    layout->addWidget(m_tabs, 1);
    m_stack->addWidget(page);
}

void StudentRecordPane::activate()
{
    if (m_studentId == 0)
        m_stack->setCurrentWidget(m_emptyState);
}

QWidget *StudentRecordPane::primaryFocus()
{
    return m_studentId ? static_cast<QWidget *>(m_tabs) : m_emptyState;
}

void StudentRecordPane::clearOverview()
{
    while (m_overview->rowCount() > 0)
        m_overview->removeRow(0);
}

void StudentRecordPane::showStudent(qint64 studentId)
{
    StudentStore store(context().db());
    auto student = store.get(context().session(), studentId);
    if (!student) {
        m_studentId = 0;
        m_emptyState->setText(student.error().message);
        m_stack->setCurrentIndex(0);
        Q_EMIT statusMessage(student.error().message);
        return;
    }
    m_studentId = studentId;
    const Student &s = *student;
    m_name->setText(s.displayName());
    QStringList summary{tr("UPN %1").arg(s.upn)};
    if (s.yearGroup > 0)
        summary << tr("Year %1").arg(s.yearGroup);
    if (!s.tutorGroup.isEmpty())
        summary << tr("Tutor group %1").arg(s.tutorGroup);
    if (!s.badges().isEmpty())
        summary << s.badges().join(QStringLiteral(" · "));
    m_summary->setText(summary.join(QStringLiteral("   ")));

    clearOverview();
    const QLocale locale;
    auto add = [this](const QString &label, const QString &value) {
        auto *v = new QLabel(value.isEmpty() ? tr("—") : value, m_overviewPage);
        v->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        v->setAccessibleName(label);
        v->setFocusPolicy(Qt::TabFocus);
        m_overview->addRow(label + QLatin1Char(':'), v);
    };
    add(tr("Legal name"), s.legalForename + QLatin1Char(' ') + s.legalSurname);
    add(tr("Preferred name"), s.preferredForename.isEmpty() ? QString() : s.forename() + QLatin1Char(' ') + s.surname());
    add(tr("Date of birth"), s.dateOfBirth.isValid() ? locale.toString(s.dateOfBirth, QLocale::LongFormat) : QString());
    add(tr("Gender"), s.gender);
    add(tr("Year group"), s.yearGroup > 0 ? QString::number(s.yearGroup) : QString());
    add(tr("Tutor group"), s.tutorGroup);
    add(tr("SEN status"), senStatusLabel(s.senStatus));
    add(tr("EHC plan"), s.ehcPlan || s.senStatus == SenStatus::EhcPlan ? tr("Yes") : tr("No"));
    add(tr("SEMH needs"), s.semh ? tr("Yes") : tr("No"));
    add(tr("Pupil premium"), s.pupilPremium ? tr("Yes") : tr("No"));
    add(tr("Looked-after child"), s.lookedAfter ? tr("Yes") : tr("No"));
    add(tr("Priority flags"), s.priorityFlagLabels.join(QStringLiteral(", ")));
    add(tr("Attendance"), s.attendance ? locale.toString(*s.attendance, 'f', 1) + QLatin1Char('%') : QString());
    if (s.dateLeft.isValid())
        add(tr("Left on"), locale.toString(s.dateLeft, QLocale::LongFormat));

    if (Permissions::allows(context().session(), Action::ViewParentContacts)) {
        auto parents = store.parents(context().session(), studentId);
        if (parents) {
            m_parents->setParents(*parents);
            m_parentsNote->setText(parents->isEmpty() ? tr("No parents or carers are recorded for this student.")
                                                      : tr("%n parent(s) or carer(s).", nullptr, int(parents->size())));
            m_parentsView->setVisible(!parents->isEmpty());
            m_parentsView->resizeColumnsToContents();
        } else {
            m_parents->setParents({});
            m_parentsNote->setText(parents.error().message);
            m_parentsView->hide();
        }
    } else {
        m_parents->setParents({});
        m_parentsNote->setText(tr("Parents' contact details are for mentors and headteachers (your role does not include them)."));
        m_parentsView->hide();
    }
    for (RecordTab *tab : std::as_const(m_extraTabs))
        tab->showStudent(studentId);
    m_stack->setCurrentIndex(1);
}

} // namespace md::ui
