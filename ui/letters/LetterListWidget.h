// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "letters/Letter.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedLayout;
class QTableView;

namespace md {
class LetterListModel;
}

namespace md::ui {

class DeskContext;
class LetterActions;

// A list of letters with what can be done to the selected ones: the body of the Letters pane
// and of a student's Letters tab. The buttons follow the selection (drafts can be edited or
// deleted, issued letters acknowledged), and every action explains itself when refused.
class LetterListWidget : public QWidget
{
    Q_OBJECT
public:
    LetterListWidget(DeskContext &context, QWidget *parent = nullptr);

    // Shows the letters matching `filter` (reloads from the database).
    void setFilter(const LetterFilter &filter);
    void reload();
    // The students new letters are written for when none is selected (the record's student).
    void setDefaultStudents(const QList<qint64> &studentIds) { m_defaultStudents = studentIds; }
    void setEmptyText(const QString &text) { m_emptyText = text; }

    QList<qint64> selectedIds() const;
    QTableView *view() const { return m_view; }
    LetterListModel *model() const { return m_model; }
    LetterActions *actions() const { return m_actions; }
    QLabel *countLabel() const { return m_count; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *previewButton() const { return m_preview; }
    QPushButton *printButton() const { return m_print; }
    QPushButton *pdfButton() const { return m_pdf; }
    QPushButton *emailButton() const { return m_email; }
    QPushButton *replyButton() const { return m_reply; }
    QPushButton *deleteButton() const { return m_delete; }

Q_SIGNALS:
    void statusMessage(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateButtons();
    QList<LetterState> selectedStates() const;

    DeskContext &m_context;
    LetterFilter m_filter;
    QList<qint64> m_defaultStudents;
    QString m_emptyText;
    bool m_stale = false;
    LetterListModel *m_model;
    LetterActions *m_actions;
    QLabel *m_count;
    QStackedLayout *m_stack;
    QTableView *m_view;
    QLabel *m_empty;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_preview;
    QPushButton *m_print;
    QPushButton *m_pdf;
    QPushButton *m_email;
    QPushButton *m_reply;
    QPushButton *m_delete;
};

} // namespace md::ui
