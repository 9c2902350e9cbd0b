// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "referrals/NewReferralDialog.h"

#include "access/Permissions.h"
#include "interventions/CriteriaChecklistModel.h"
#include "interventions/ProvisionTypeModel.h"
#include "referrals/ReferralStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace md::ui {

namespace {
constexpr int kStudentIdRole = Qt::UserRole + 1;
} // namespace

NewReferralDialog::NewReferralDialog(Database &db, const Session &session, qint64 studentId, QWidget *parent)
    : QDialog(parent), m_db(db), m_session(session), m_studentModel(new QStandardItemModel(this)),
      m_studentProxy(new QSortFilterProxyModel(this)), m_types(new ProvisionTypeModel(this)),
      m_criteriaModel(new CriteriaChecklistModel(this))
{
    setWindowTitle(tr("Refer a student"));
    setAccessibleName(tr("Refer a student"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Record your concern for the assessment hub. Learning support make an initial "
                                "assessment; urgent referrals are discussed with the director of learning today."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Type a name, tutor group or UPN"));
    m_filter->setAccessibleName(tr("Find the student"));
    m_filter->setClearButtonEnabled(true);
    m_students = new QListView(this);
    m_students->setAccessibleName(tr("Students"));
    m_students->setModel(m_studentProxy);
    m_students->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_students->setMinimumHeight(110);
    m_studentProxy->setSourceModel(m_studentModel);
    m_studentProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    auto *studentBox = new QVBoxLayout;
    studentBox->addWidget(m_filter);
    studentBox->addWidget(m_students);
    auto *studentLabel = new QLabel(tr("&Student:"), this);
    studentLabel->setBuddy(m_filter);
    form->addRow(studentLabel, studentBox);

    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(QDate::currentDate());
    m_date->setAccessibleName(tr("Date of the referral"));
    form->addRow(tr("&Date:"), m_date);

    m_concern = new QComboBox(this);
    m_concern->setAccessibleName(tr("Area of concern"));
    for (Concern c : enumValues<Concern>())
        m_concern->addItem(labelOf(c), toCode(c));
    form->addRow(tr("Area of &concern:"), m_concern);

    m_urgent = new QRadioButton(tr("&Urgent: act today"), this);
    m_urgent->setAccessibleName(tr("Urgent"));
    m_nonUrgent = new QRadioButton(tr("N&on-urgent: for the next hub meeting"), this);
    m_nonUrgent->setAccessibleName(tr("Non-urgent"));
    m_nonUrgent->setChecked(true);
    auto *urgency = new QHBoxLayout;
    urgency->addWidget(m_nonUrgent);
    urgency->addWidget(m_urgent);
    urgency->addStretch();
    form->addRow(tr("Urgency:"), urgency);
    m_restricted = new QCheckBox(tr("Restricted (safe&guarding): only me, the lead mentor and headteachers read it"), this);
    m_restricted->setAccessibleName(tr("Restricted referral"));
    m_restricted->setToolTip(tr("Others who see the register see only that there is a restricted referral."));
    form->addRow(QString(), m_restricted);

    m_requestedBy = new QComboBox(this);
    m_requestedBy->setAccessibleName(tr("Requested by"));
    for (RequestedBy r : enumValues<RequestedBy>())
        m_requestedBy->addItem(labelOf(r), toCode(r));
    m_requestedBy->setToolTip(tr("Stage 3 interventions are considered only when the SENCo, a director of learning "
                                 "or senior leadership request them."));
    form->addRow(tr("&Requested as:"), m_requestedBy);

    m_description = new QPlainTextEdit(this);
    m_description->setAccessibleName(tr("Description of the concern"));
    m_description->setPlaceholderText(tr("What has happened, where and how often"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(90);
    form->addRow(tr("D&escription:"), m_description);
    m_tried = new QPlainTextEdit(this);
    m_tried->setAccessibleName(tr("What has been tried"));
    m_tried->setPlaceholderText(tr("Seating plan, calls home, report card..."));
    m_tried->setTabChangesFocus(true);
    m_tried->setMaximumHeight(60);
    form->addRow(tr("What has been &tried:"), m_tried);

    m_intervention = new QComboBox(this);
    m_intervention->setAccessibleName(tr("Intervention in mind"));
    m_intervention->addItem(tr("None in particular"), qint64(0));
    if (m_types->load(db))
        for (int r = 0; r < m_types->rowCount(); ++r)
            m_intervention->addItem(m_types->index(r, 0).data(ProvisionTypeModel::ChoiceTextRole).toString(),
                                    m_types->rowAt(r).id);
    form->addRow(tr("&Intervention in mind:"), m_intervention);
    m_criteria = new QListView(this);
    m_criteria->setModel(m_criteriaModel);
    m_criteria->setAccessibleName(tr("Criteria the student meets"));
    m_criteria->setAccessibleDescription(tr("Press Space to tick a criterion the student meets."));
    m_criteria->setMaximumHeight(100);
    m_criteria->setWordWrap(true);
    m_criteria->setEnabled(false);
    form->addRow(tr("Criteria &met:"), m_criteria);

    if (Permissions::allows(session, Action::ManageReferrals)) {
        m_referrer = new QLineEdit(this);
        m_referrer->setAccessibleName(tr("Referred by someone else"));
        m_referrer->setPlaceholderText(tr("Leave blank when you are the referrer"));
        form->addRow(tr("Made &by:"), m_referrer);
    }
    layout->addLayout(form);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Problem"));
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #a4000f; }"));
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Refer"));
    buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Refer"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewReferralDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewReferralDialog::reject);

    auto students = ReferralStore(db).referableStudents(session);
    if (students) {
        for (const Student &s : std::as_const(*students)) {
            auto *item = new QStandardItem(tr("%1 · %2 · %3").arg(s.sortName(), s.tutorGroup, s.upn));
            item->setData(s.id, kStudentIdRole);
            m_studentModel->appendRow(item);
        }
    } else {
        m_error->setText(students.error().message);
        m_error->show();
    }
    connect(m_filter, &QLineEdit::textChanged, m_studentProxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        if (m_studentProxy->rowCount() > 0) {
            m_students->setCurrentIndex(m_studentProxy->index(0, 0));
            m_concern->setFocus();
        }
    });
    connect(m_intervention, &QComboBox::currentIndexChanged, this, &NewReferralDialog::interventionChosen);
    if (studentId != 0)
        selectStudent(studentId);
    resize(620, 720);
}

void NewReferralDialog::selectStudent(qint64 id)
{
    for (int r = 0; r < m_studentProxy->rowCount(); ++r) {
        if (m_studentProxy->index(r, 0).data(kStudentIdRole).toLongLong() == id) {
            m_students->setCurrentIndex(m_studentProxy->index(r, 0));
            return;
        }
    }
}

void NewReferralDialog::interventionChosen()
{
    const qint64 typeId = m_intervention->currentData().toLongLong();
    const int row = m_types->rowOfType(typeId);
    m_criteriaModel->setCriteria(row >= 0 ? m_types->rowAt(row).criteria : QList<ProvisionCriterion>{});
    m_criteria->setEnabled(row >= 0);
}

void NewReferralDialog::accept()
{
    const QModelIndex current = m_students->currentIndex();
    if (!current.isValid()) {
        m_error->setText(
            tr("Choose the student you are referring: type part of their name and pick them from the list."));
        m_error->show();
        m_filter->setFocus();
        return;
    }
    NewReferral n;
    n.studentId = current.data(kStudentIdRole).toLongLong();
    n.referredOn = m_date->date();
    n.concern = enumFromCode<Concern>(m_concern->currentData().toString()).value_or(Concern::Other);
    n.urgency = m_urgent->isChecked() ? Urgency::Urgent : Urgency::NonUrgent;
    n.requestedBy = enumFromCode<RequestedBy>(m_requestedBy->currentData().toString()).value_or(RequestedBy::Staff);
    n.description = m_description->toPlainText();
    n.tried = m_tried->toPlainText();
    n.suggestedTypeId = m_intervention->currentData().toLongLong();
    n.criteriaIds = m_criteriaModel->checkedIds();
    n.restricted = m_restricted->isChecked();
    if (m_referrer)
        n.referrerName = m_referrer->text();
    auto id = ReferralStore(m_db).create(m_session, n);
    if (!id) {
        m_error->setText(id.error().message);
        m_error->show();
        return;
    }
    m_referralId = *id;
    QDialog::accept();
}

} // namespace md::ui
