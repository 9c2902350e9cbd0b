// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/Session.h"
#include "interventions/AllocationService.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace md {
class Database;
}

namespace md::ui {

// Assigns a keyworker to an intervention within capacity: each mentor is listed with their
// caseload against capacity; choosing one with no place left asks for the reason to go over it.
class AssignKeyworkerDialog : public QDialog
{
    Q_OBJECT
public:
    AssignKeyworkerDialog(Database &db, const Session &session, qint64 interventionId, const QString &about,
                          qint64 mentorId = 0, bool onSenRegister = false, QWidget *parent = nullptr);

    const AllocationDone &done() const { return m_done; }
    QComboBox *mentorBox() const { return m_mentor; }
    QCheckBox *senBox() const { return m_sen; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QLabel *reasonLabel() const { return m_reasonLabel; }
    QLabel *errorLabel() const { return m_error; }

public Q_SLOTS:
    void accept() override;

private:
    void mentorChosen();

    Database &m_db;
    Session m_session;
    qint64 m_interventionId;
    AllocationDone m_done;
    QList<MentorLoad> m_loads;
    QComboBox *m_mentor;
    QLabel *m_load;
    QCheckBox *m_sen;
    QLabel *m_reasonLabel;
    QLineEdit *m_reason;
    QDateEdit *m_date;
    QLabel *m_error;
};

} // namespace md::ui
