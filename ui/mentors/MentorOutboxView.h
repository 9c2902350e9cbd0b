// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace md {
class MentorOutboxModel;
}

namespace md::ui {

class DeskContext;

// The outbox of messages to mentors: each message's text, ready to copy into an email or to
// print, and a way to mark it sent. No mail server is needed.
class MentorOutboxView : public QWidget
{
    Q_OBJECT
public:
    explicit MentorOutboxView(DeskContext &context, QWidget *parent = nullptr);

    void reload();
    void selectMessage(qint64 id);
    // Shows the newest message (after an action wrote one).
    void selectNewest();
    MentorOutboxModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QPlainTextEdit *text() const { return m_text; }
    QPushButton *copyButton() const { return m_copy; }
    QPushButton *markSentButton() const { return m_markSent; }
    int unsent() const;

Q_SIGNALS:
    void unsentChanged(int unsent);
    void statusMessage(const QString &message);

private:
    void showCurrent();
    qint64 currentId() const;

    DeskContext &m_context;
    MentorOutboxModel *m_model;
    QTableView *m_view;
    QPlainTextEdit *m_text;
    QLabel *m_empty;
    QPushButton *m_copy;
    QPushButton *m_print;
    QPushButton *m_markSent;
};

} // namespace md::ui
