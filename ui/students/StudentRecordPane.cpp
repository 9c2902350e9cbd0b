// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "students/StudentRecordPane.h"

#include "common/MessageBox.h"
#include "common/PassphraseDialog.h"
#include "privacy/SubjectAccess.h"

#include <QApplication>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QPushButton>
#include <QStandardPaths>

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
    auto *headRow = new QHBoxLayout;
    headRow->addWidget(m_name, 1);
    m_exportButton = new QPushButton(tr("Subject access e&xport…"), page);
    m_exportButton->setAccessibleName(tr("Subject access export"));
    m_exportButton->setToolTip(tr("Everything held on this student, as JSON and a readable PDF, for a subject access "
                                  "request. The export is recorded in the audit log."));
    m_exportButton->setVisible(Permissions::allows(context.session(), Action::ExportSubjectAccess));
    connect(m_exportButton, &QPushButton::clicked, this, &StudentRecordPane::exportSubjectAccess);
    headRow->addWidget(m_exportButton);
    layout->addLayout(headRow);
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
    // Another desk changed the learner shown here: show the stored version (live/LiveUpdates).
    connect(&context, &DeskContext::recordsChanged, this, [this](const QString &table, const QList<qint64> &ids) {
        if (table == QLatin1String("students") && m_studentId != 0 && ids.contains(m_studentId))
            showStudent(m_studentId);
    });
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

void StudentRecordPane::exportSubjectAccess()
{
    if (m_studentId == 0)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(QStringLiteral("subject-access-%1-%2.json")
                                                        .arg(m_upn, QDate::currentDate().toString(Qt::ISODate)));
    const QString json = QFileDialog::getSaveFileName(this, tr("Subject access export"), suggested, tr("JSON (*.json)"));
    if (json.isEmpty())
        return;
    QString passphrase;
    const auto encrypt = MessageBox::question(
        this, tr("Subject access export"),
        tr("Encrypt the export with a passphrase? Do this when the files will leave this computer (by email or on a "
           "memory stick)."),
        QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Yes);
    if (encrypt == QMessageBox::Cancel)
        return;
    if (encrypt == QMessageBox::Yes) {
        const auto p = PassphraseDialog::ask(this, PassphraseDialog::Purpose::Seal,
                                             tr("The JSON and PDF files will be sealed with this passphrase. Give it to "
                                                "the person who receives them by another route."));
        if (!p)
            return;
        passphrase = *p;
    }
    const Status s = exportSubjectAccessTo(json, passphrase);
    if (!s)
        MessageBox::warning(this, tr("Subject access export"), s.error().message);
}

Status StudentRecordPane::exportSubjectAccessTo(const QString &jsonPath, const QString &passphrase)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto exported = SubjectAccess::exportStudent(context().db(), context().session(), m_studentId);
    Status s = exported ? Status() : Status(exported.error());
    QString pdf = jsonPath;
    if (pdf.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        pdf.chop(5);
    pdf += QStringLiteral(".pdf");
    if (s)
        s = SubjectAccess::writeFiles(context().db(), *exported, jsonPath, pdf, passphrase);
    QApplication::restoreOverrideCursor();
    if (s)
        Q_EMIT statusMessage(tr("Subject access export written to %1 and %2").arg(jsonPath, pdf));
    return s;
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
    m_upn = s.upn;
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
