// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/Pane.h"

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace md {
class ApprovalQueueModel;
class LetterListModel;
struct AssessmentReminder;
} // namespace md

namespace md::ui {

// The headteacher's approval queue (reference 000 §3.2): every course of the chosen term with the
// stage of its assessments, how many students are assessed and whom to remind. With the queue
// focused, A approves the selected course and R returns it to the teacher with a comment.
// Reminders go to exactly the teachers not complete and can be printed or copied into email;
// completing the term locks its assessments. Below: the draft assessment letters for the
// headteacher's learners, published from here.
class ApprovalQueuePane : public Pane
{
    Q_OBJECT
public:
    explicit ApprovalQueuePane(DeskContext &context, QWidget *parent = nullptr);

    void activate() override;
    QWidget *primaryFocus() override;
    void reload();

    bool selectCourse(qint64 courseId);
    qint64 selectedCourse() const;
    bool approveSelected();
    // Returns the selected course; without a comment, asks for one.
    bool returnSelected(std::optional<QString> comment = std::nullopt);
    // Sends reminders (after a question the tests can answer) and shows the list to print or copy.
    bool sendReminders();
    bool completeTerm();
    // Publishes the selected draft letters (issued by email: they appear to the family).
    bool publishSelectedLetters();

    QComboBox *termBox() const { return m_term; }
    QTableView *view() const { return m_view; }
    ApprovalQueueModel *model() const { return m_model; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *messageLabel() const { return m_message; }
    QTableView *lettersView() const { return m_lettersView; }
    LetterListModel *lettersModel() const { return m_letters; }
    // The text of the last reminders sent, as copied to the clipboard.
    QString lastReminderText() const { return m_lastReminderText; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fillTerms();
    void showMessage(const QString &text, bool error);
    void showReminders(const QList<AssessmentReminder> &reminders);
    void updateButtons();

    ApprovalQueueModel *m_model;
    LetterListModel *m_letters;
    QComboBox *m_term;
    QLabel *m_summary;
    QLabel *m_message;
    QTableView *m_view;
    QTableView *m_lettersView;
    QPushButton *m_approve;
    QPushButton *m_return;
    QPushButton *m_remind;
    QPushButton *m_complete;
    QPushButton *m_publish;
    QString m_lastReminderText;
    bool m_stale = true;
};

} // namespace md::ui
