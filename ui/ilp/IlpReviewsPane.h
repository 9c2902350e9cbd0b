// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/Pane.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace md {
class IlpReviewGridModel;
}

namespace md::ui {

// Midterm reviews for a course's teachers (reference 001, 9): the course's reviews, a new one
// with or without a grade scale, the scale editable until the first student is assessed, and a
// grid to assess many students at once with their own self-assessment beside. Saved as you go.
class IlpReviewsPane : public Pane
{
    Q_OBJECT
public:
    explicit IlpReviewsPane(DeskContext &context, QWidget *parent = nullptr);

    void activate() override;
    QWidget *primaryFocus() override;

    void newReview();
    bool saveReview();
    // Gives the selected rows the assessment chosen in the "several at once" box.
    void assessSelected();

    QComboBox *courseCombo() const { return m_course; }
    QListWidget *reviewList() const { return m_reviews; }
    QLineEdit *nameEdit() const { return m_name; }
    QDateEdit *dateEdit() const { return m_date; }
    QPlainTextEdit *scaleEdit() const { return m_scale; }
    QTableView *grid() const { return m_grid; }
    IlpReviewGridModel *gridModel() const { return m_model; }
    QComboBox *bulkCombo() const { return m_bulk; }
    QLabel *messageLabel() const { return m_message; }

private:
    void reloadCourses();
    void reloadReviews(qint64 select = 0);
    void openReview();
    void showLock();
    void showMessage(const QString &message, bool error = false);

    QComboBox *m_course;
    QListWidget *m_reviews;
    QLineEdit *m_name;
    QDateEdit *m_date;
    QPlainTextEdit *m_scale;
    QLabel *m_lock;
    QPushButton *m_new;
    QPushButton *m_save;
    QTableView *m_grid;
    IlpReviewGridModel *m_model;
    QComboBox *m_bulk;
    QPushButton *m_apply;
    QLabel *m_message;
};

} // namespace md::ui
