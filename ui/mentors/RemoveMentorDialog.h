// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/Session.h"
#include "mentors/MentorStore.h"

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTableWidget;

namespace md {
class Database;
}

namespace md::ui {

// Removing a mentor (reference 002): why they are being removed, and a new mentor for each of
// their students first, so nobody is left without one. The mentor is told through the outbox.
class RemoveMentorDialog : public QDialog
{
    Q_OBJECT
public:
    RemoveMentorDialog(Database &db, const Session &session, const MentorProfile &mentor, QWidget *parent = nullptr);

    QRadioButton *reason(const QString &code) const;
    QLineEdit *note() const { return m_note; }
    QTableWidget *students() const { return m_students; }
    QComboBox *newMentor(int row) const;
    // Gives every student without a new mentor yet the one chosen here.
    QComboBox *everyone() const { return m_everyone; }
    QLabel *problem() const { return m_problem; }
    QPushButton *removeButton() const { return m_remove; }

    void accept() override;

private:
    QComboBox *mentorChoice(QWidget *parent, const QString &name);

    Database &m_db;
    Session m_session;
    MentorProfile m_mentor;
    QList<MentorProfile> m_team;
    QList<CaseloadStudent> m_caseload;
    QButtonGroup *m_reasons;
    QLineEdit *m_note;
    QTableWidget *m_students;
    QComboBox *m_everyone;
    QLabel *m_problem;
    QPushButton *m_remove;
};

} // namespace md::ui
