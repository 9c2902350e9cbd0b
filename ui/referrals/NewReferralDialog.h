// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/Session.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QRadioButton;
class QSortFilterProxyModel;
class QStandardItemModel;

namespace md {
class CriteriaChecklistModel;
class Database;
class ProvisionTypeModel;
} // namespace md

namespace md::ui {

// A member of staff refers a student: who, the concern, what has been tried, how urgent, and
// optionally the intervention they have in mind with the criteria the student meets. The
// referral is made by the core (ReferralStore); its refusals appear inline.
class NewReferralDialog : public QDialog
{
    Q_OBJECT
public:
    NewReferralDialog(Database &db, const Session &session, qint64 studentId = 0, QWidget *parent = nullptr);

    qint64 referralId() const { return m_referralId; }

    QLineEdit *studentFilter() const { return m_filter; }
    QListView *studentList() const { return m_students; }
    QComboBox *concernBox() const { return m_concern; }
    QRadioButton *urgentButton() const { return m_urgent; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QPlainTextEdit *triedEdit() const { return m_tried; }
    QComboBox *interventionBox() const { return m_intervention; }
    QListView *criteriaList() const { return m_criteria; }
    QLabel *errorLabel() const { return m_error; }

public Q_SLOTS:
    void accept() override;

private:
    void selectStudent(qint64 id);
    void interventionChosen();

    Database &m_db;
    Session m_session;
    qint64 m_referralId = 0;
    QStandardItemModel *m_studentModel;
    QSortFilterProxyModel *m_studentProxy;
    ProvisionTypeModel *m_types;
    CriteriaChecklistModel *m_criteriaModel;
    QLineEdit *m_filter;
    QListView *m_students;
    QDateEdit *m_date;
    QComboBox *m_concern;
    QRadioButton *m_urgent;
    QRadioButton *m_nonUrgent;
    QComboBox *m_requestedBy;
    QPlainTextEdit *m_description;
    QCheckBox *m_restricted;
    QPlainTextEdit *m_tried;
    QComboBox *m_intervention;
    QListView *m_criteria;
    QLineEdit *m_referrer = nullptr;
    QLabel *m_error;
};

} // namespace md::ui
