// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QHash>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

namespace md::ui {

class DeskContext;

// Quick entry of one incident for one or several students (a whole group involved at once): type
// a name or UPN and press Enter to add each student, then the category (its default points
// filled in), when, where, what happened and the action taken. Saves through BehaviourStore.
class BehaviourEntryDialog : public QDialog
{
    Q_OBJECT
public:
    explicit BehaviourEntryDialog(DeskContext &context, QWidget *parent = nullptr);

    // Adds a student by id (the record tab opens the dialog with its student).
    void addStudent(qint64 studentId);
    // Adds the student whose name or UPN matches `text`; false when none or several do.
    bool addStudentByText(const QString &text);
    QList<qint64> studentIds() const;

    QLineEdit *studentEdit() const { return m_studentEdit; }
    QComboBox *categoryBox() const { return m_category; }
    QSpinBox *pointsBox() const { return m_points; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QComboBox *actionBox() const { return m_action; }
    QLabel *messageLabel() const { return m_message; }
    QList<qint64> savedIds() const { return m_saved; }

    // Saves; on success accepts the dialog, otherwise shows why inline and returns false.
    bool save();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void categoryChanged();

    DeskContext &m_context;
    QHash<QString, qint64> m_byText; // "Surname, Forename (UPN)" and the upper-case UPN -> id
    QHash<qint64, QString> m_label;
    QLineEdit *m_studentEdit;
    QListWidget *m_students;
    QDateTimeEdit *m_when;
    QComboBox *m_course;
    QLineEdit *m_place;
    QComboBox *m_category;
    QSpinBox *m_points;
    QPlainTextEdit *m_description;
    QComboBox *m_action;
    QLabel *m_message;
    QList<qint64> m_saved;
};

} // namespace md::ui
