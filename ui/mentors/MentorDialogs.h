// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/Session.h"
#include "mentors/MentorStore.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace md {
class Database;
}

namespace md::ui {

// The base of the mentor screens' small forms: a form, a problem shown inline (not in a pop-up)
// when the core refuses what was entered, and OK that saves and closes only when saving worked.
class MentorDialog : public QDialog
{
    Q_OBJECT
public:
    MentorDialog(Database &db, const Session &session, const QString &title, QWidget *parent = nullptr);

    QLabel *problem() const { return m_problem; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    // Saves; on failure shows why and stays open.
    void accept() override;

protected:
    virtual Status save() = 0;
    // Subclasses call this after adding their fields: the problem and the buttons go last.
    void finishForm();
    // The field that has the focus when the dialog opens.
    void setInitialFocus(QWidget *widget) { m_initialFocus = widget; }
    void showEvent(QShowEvent *event) override;
    QFormLayout *form() const { return m_form; }
    Database &db() { return m_db; }
    const Session &session() const { return m_session; }
    // A date field that may be left empty ("Not given").
    QDateEdit *optionalDate(const QDate &value, const QString &name);
    static QDate dateOf(const QDateEdit *edit);
    QPlainTextEdit *textArea(const QString &value, const QString &name);

private:
    Database &m_db;
    Session m_session;
    QFormLayout *m_form;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    QPointer<QWidget> m_initialFocus;
};

// Reference 002's additional details, changed through one page.
class AdditionalDetailsDialog : public MentorDialog
{
    Q_OBJECT
public:
    AdditionalDetailsDialog(Database &db, const Session &session, const MentorProfile &mentor, MentorField focus,
                            QWidget *parent = nullptr);
    QDateEdit *dateQualified() const { return m_qualified; }
    QDateEdit *dateStarted() const { return m_started; }
    QPlainTextEdit *text(MentorField field) const;

protected:
    Status save() override;

private:
    qint64 m_mentorId;
    int m_version; // the profile's row version as shown: saved from it
    QDateEdit *m_qualified;
    QDateEdit *m_started;
    QList<std::pair<MentorField, QPlainTextEdit *>> m_texts;
};

// A supervision meeting or a piece of CPD.
class DevelopmentDialog : public MentorDialog
{
    Q_OBJECT
public:
    DevelopmentDialog(Database &db, const Session &session, qint64 mentorId, const QString &kind,
                      QWidget *parent = nullptr);
    QDateEdit *date() const { return m_date; }
    QLineEdit *topic() const { return m_topic; }
    QDoubleSpinBox *hours() const { return m_hours; }
    QPlainTextEdit *notes() const { return m_notes; }

protected:
    Status save() override;

private:
    qint64 m_mentorId;
    QString m_kind;
    QDateEdit *m_date;
    QLineEdit *m_topic;
    QDoubleSpinBox *m_hours;
    QPlainTextEdit *m_notes;
};

// An observation: a judgement for each item of the lead mentor's checklist, with comments.
class ObservationDialog : public MentorDialog
{
    Q_OBJECT
public:
    ObservationDialog(Database &db, const Session &session, qint64 mentorId, QWidget *parent = nullptr);
    QDateEdit *date() const { return m_date; }
    QComboBox *setting() const { return m_setting; }
    QList<QComboBox *> judgements() const { return m_judgements; }
    QPlainTextEdit *strengths() const { return m_strengths; }
    QPlainTextEdit *development() const { return m_development; }

protected:
    Status save() override;

private:
    qint64 m_mentorId;
    QStringList m_items;
    QDateEdit *m_date;
    QComboBox *m_setting;
    QList<QComboBox *> m_judgements;
    QPlainTextEdit *m_strengths;
    QPlainTextEdit *m_development;
};

// The lead mentor's observation checklist, one item a line.
class ChecklistDialog : public MentorDialog
{
    Q_OBJECT
public:
    ChecklistDialog(Database &db, const Session &session, QWidget *parent = nullptr);
    QPlainTextEdit *items() const { return m_items; }

protected:
    Status save() override;

private:
    QPlainTextEdit *m_items;
};

// A student's answers to the learner feedback questionnaire about their mentor.
class FeedbackDialog : public MentorDialog
{
    Q_OBJECT
public:
    FeedbackDialog(Database &db, const Session &session, qint64 mentorId, QWidget *parent = nullptr);
    QComboBox *student() const { return m_student; }
    QDateEdit *date() const { return m_date; }
    QList<QComboBox *> ratings() const { return m_ratings; }
    QPlainTextEdit *comment() const { return m_comment; }

protected:
    Status save() override;

private:
    qint64 m_mentorId;
    QComboBox *m_student;
    QDateEdit *m_date;
    QList<QComboBox *> m_ratings;
    QPlainTextEdit *m_comment;
};

} // namespace md::ui
