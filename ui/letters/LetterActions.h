// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "letters/LetterTerms.h"

#include <QList>
#include <QObject>

class QWidget;

namespace md::ui {

class DeskContext;

// What can be done with letters from any list of them (the Letters pane, a student's Letters
// tab): write new ones, edit a draft, preview, print or save as PDF (which issues drafts),
// record that a letter went by email, record a reply, delete a draft. Problems are shown to the
// user; every change is announced as "letters" on the DeskContext.
class LetterActions : public QObject
{
    Q_OBJECT
public:
    LetterActions(DeskContext &context, QWidget *parent);

    // Returns the new drafts' ids (empty when cancelled).
    QList<qint64> newLetters(const QList<qint64> &studentIds);
    bool editDraft(qint64 id);
    void preview(const QList<qint64> &ids);
    void print(const QList<qint64> &ids);
    void savePdf(const QList<qint64> &ids);
    void markEmailed(const QList<qint64> &ids);
    bool acknowledge(qint64 id);
    void deleteDrafts(const QList<qint64> &ids);

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    // The drafts among `ids`, checked as issuable before anything is printed; false on refusal.
    bool issuableDrafts(const QList<qint64> &ids, QList<qint64> *drafts);
    void issue(const QList<qint64> &drafts, IssueMethod method, int reprinted);
    QString titleFor(const QList<qint64> &ids) const;

    DeskContext &m_context;
    QWidget *m_parent;
};

} // namespace md::ui
