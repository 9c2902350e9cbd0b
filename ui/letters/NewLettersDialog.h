// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "letters/LetterService.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QTimer;

namespace md::ui {

class DeskContext;

// Creates draft letters from a template for one student or a selection: to the parents and
// carers with parental responsibility, to the student, or both, one letter per recipient (or per
// address when parents may share). Shows how many letters it will make and what data is missing
// before anything is stored.
class NewLettersDialog : public QDialog
{
    Q_OBJECT
public:
    NewLettersDialog(DeskContext &context, const QList<qint64> &studentIds, QWidget *parent = nullptr);

    // The drafts created when the dialog was accepted.
    const QList<qint64> &createdIds() const { return m_created; }
    LetterRequest request() const;

    QComboBox *templateCombo() const { return m_template; }
    QListWidget *studentList() const { return m_students; }
    QRadioButton *toParents() const { return m_toParents; }
    QRadioButton *toStudent() const { return m_toStudent; }
    QRadioButton *toBoth() const { return m_toBoth; }
    QCheckBox *shareCheck() const { return m_share; }
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *createButton() const { return m_create; }
    // Recomputes the summary now (normally after a short pause in typing).
    void refreshSummary();

public Q_SLOTS:
    void accept() override;

private:
    void loadStudents(const QList<qint64> &chosen);
    // Shows only the students the chosen template's type may be written for, matching the filter.
    void filterStudents();

    DeskContext &m_context;
    QList<qint64> m_created;
    QComboBox *m_template;
    QComboBox *m_course = nullptr;
    QLineEdit *m_filter;
    QListWidget *m_students;
    QRadioButton *m_toParents;
    QRadioButton *m_toStudent;
    QRadioButton *m_toBoth;
    QCheckBox *m_share;
    QDateEdit *m_date;
    QLabel *m_summary;
    QPushButton *m_create;
    QTimer *m_refresh;
};

} // namespace md::ui
