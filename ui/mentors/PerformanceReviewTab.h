// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mentors/MentorRecord.h"
#include "mentors/PerformanceReview.h"

class QComboBox;
class QDateEdit;
class QPlainTextEdit;
class QTextBrowser;

namespace md::ui {

// The termly performance review: the form the reviewer fills in, beside the printable review
// that combines it with caseload, supervision and CPD, observations, learner feedback and the
// outcome metrics. Printed, or saved as PDF.
class PerformanceReviewTab : public MentorTab
{
    Q_OBJECT
public:
    explicit PerformanceReviewTab(DeskContext &context, QWidget *parent = nullptr);
    void showMentor(const MentorProfile &mentor) override;

    QComboBox *term() const { return m_term; }
    QComboBox *overall() const { return m_overall; }
    QPlainTextEdit *strengths() const { return m_strengths; }
    QPlainTextEdit *developmentAreas() const { return m_development; }
    QPlainTextEdit *objectives() const { return m_objectives; }
    QPlainTextEdit *mentorComments() const { return m_comments; }
    QPushButton *saveButton() const { return m_save; }
    QLabel *message() const { return m_message; }
    QTextBrowser *preview() const { return m_preview; }

    // Writes the shown review to a PDF file.
    Status savePdf(const QString &path);
    void print();
    // The term chosen in the term list.
    ReviewTerm currentTerm() const;

    // Another desk's save of the review shown (or the term's first review): shown at once when
    // nothing is typed here; over unsaved words they stay and the message says so.
    void followStored();

private:
    void loadTerm();
    void save();
    // The form's answers, to tell unsaved words from what was last shown.
    QStringList answers() const;

    MentorProfile m_mentor;
    std::optional<PerformanceReviewContent> m_content;
    QStringList m_shownAnswers;
    QComboBox *m_term;
    QComboBox *m_overall;
    QDateEdit *m_reviewedOn;
    QPlainTextEdit *m_strengths;
    QPlainTextEdit *m_development;
    QPlainTextEdit *m_objectives;
    QPlainTextEdit *m_comments;
    QPushButton *m_save;
    QPushButton *m_print;
    QPushButton *m_pdf;
    QLabel *m_message;
    QTextBrowser *m_preview;
};

} // namespace md::ui
