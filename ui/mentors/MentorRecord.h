// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mentors/MentorQualityModel.h"
#include "mentors/MentorStore.h"

#include <QHash>
#include <QWidget>

class QAbstractButton;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;

namespace md::ui {

class DeskContext;
class PerformanceReviewTab;

// A tab of a mentor's record.
class MentorTab : public QWidget
{
    Q_OBJECT
public:
    MentorTab(DeskContext &context, QWidget *parent = nullptr) : QWidget(parent), m_context(context) {}
    virtual void showMentor(const MentorProfile &mentor) = 0;

Q_SIGNALS:
    // Something was saved: the record and the team list reload.
    void changed();
    void statusMessage(const QString &message);

protected:
    DeskContext &context() { return m_context; }

private:
    DeskContext &m_context;
};

// Reference 002's mentor details: basic details with a Change link for each (the add-mentor
// pages), additional details with theirs, grade and capacity, and the mentor's status.
class MentorDetailsTab : public MentorTab
{
    Q_OBJECT
public:
    explicit MentorDetailsTab(DeskContext &context, QWidget *parent = nullptr);
    void showMentor(const MentorProfile &mentor) override;

    QLabel *answer(MentorField field) const { return m_answers.value(field); }
    QAbstractButton *changeLink(MentorField field) const { return m_changes.value(field); }
    QComboBox *grade() const { return m_grade; }
    QSpinBox *capacity() const { return m_capacity; }
    QPushButton *saveGrade() const { return m_saveGrade; }
    QLabel *gradeMessage() const { return m_gradeMessage; }
    QLabel *status() const { return m_status; }

private:
    void change(MentorField field);

    MentorProfile m_mentor;
    QHash<MentorField, QLabel *> m_answers;
    QHash<MentorField, QAbstractButton *> m_changes;
    QComboBox *m_grade;
    QSpinBox *m_capacity;
    QPushButton *m_saveGrade;
    QLabel *m_gradeMessage;
    QLabel *m_status;
};

// Supervision and CPD, observations, or learner feedback: a summary, the records, and the
// buttons to add one (shown to those who may).
class MentorRecordsTab : public MentorTab
{
    Q_OBJECT
public:
    MentorRecordsTab(DeskContext &context, MentorQualityModel::Kind kind, QWidget *parent = nullptr);
    void showMentor(const MentorProfile &mentor) override;

    MentorQualityModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLabel *summary() const { return m_summary; }
    QList<QPushButton *> actions() const { return m_actions; }

private:
    void addAction(const QString &text, const std::function<QDialog *()> &makeDialog);
    void updateSummary();

    MentorQualityModel::Kind m_kind;
    MentorProfile m_mentor;
    MentorQualityModel *m_model;
    QTableView *m_view;
    QLabel *m_summary;
    QList<QPushButton *> m_actions;
    QList<std::function<bool()>> m_allowed;
};

// One mentor's record: a heading and tabs for details, supervision and CPD, observations,
// learner feedback and the termly performance review.
class MentorRecord : public QWidget
{
    Q_OBJECT
public:
    explicit MentorRecord(DeskContext &context, QWidget *parent = nullptr);

    void showMentor(qint64 userId); // 0 clears
    qint64 mentorId() const { return m_mentor.userId; }
    QTabWidget *tabs() const { return m_tabs; }
    QLabel *heading() const { return m_heading; }
    MentorDetailsTab *details() const { return m_details; }
    MentorRecordsTab *development() const { return m_development; }
    MentorRecordsTab *observations() const { return m_observations; }
    MentorRecordsTab *feedback() const { return m_feedback; }
    PerformanceReviewTab *review() const { return m_review; }

Q_SIGNALS:
    void changed();
    void statusMessage(const QString &message);

private:
    DeskContext &m_context;
    MentorProfile m_mentor;
    QLabel *m_heading;
    QLabel *m_empty;
    QTabWidget *m_tabs;
    MentorDetailsTab *m_details;
    MentorRecordsTab *m_development;
    MentorRecordsTab *m_observations;
    MentorRecordsTab *m_feedback;
    PerformanceReviewTab *m_review;
    QList<MentorTab *> m_all;
};

} // namespace md::ui
