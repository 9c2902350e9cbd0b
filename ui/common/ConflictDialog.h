// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "storage/RecordConflict.h"

#include <QDialog>

#include <functional>
#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace md {
class Database;
struct Actor;
} // namespace md

namespace md::ui {

// Shown when a save finds that someone else changed (or deleted) the record since the editor
// opened it: "yours" and "theirs" side by side, field by field, each difference marked in words
// (not only by colour), and three ways on: keep theirs (discard mine), overwrite with mine (a new
// save on top of their version, noted in the audit log), or go back to editing with mine kept.
// Every editor of a versioned record saves through ConflictDialog::save(), so none can overwrite
// someone else's change without the user choosing to.
class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice
    {
        KeepTheirs,  // discard mine; the editor shows the stored version (or closes)
        Overwrite,   // save mine on top of the stored version
        KeepEditing, // back to the editor, my changes still in it
    };

    ConflictDialog(const RecordConflict &conflict, const QString &message, QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    QTableWidget *table() const { return m_table; }
    QPushButton *keepTheirsButton() const { return m_keepTheirs; }
    QPushButton *overwriteButton() const { return m_overwrite; }
    QPushButton *keepEditingButton() const { return m_keepEditing; }
    // The dialog's contents as plain text: the message, then one line per field
    // ("label | yours | theirs | changed" or "same"), as a screen reader user would hear them.
    QString contentsText() const;

    // Asks about a stale write (RecordConflicts::of(error) gives the conflict). Returns the test's preset answer at
    // once when there is one.
    static Choice ask(QWidget *parent, const Error &error);
    static Choice ask(QWidget *parent, const RecordConflict &conflict, const QString &message);

    enum class Outcome
    {
        Saved,       // saved, at first or over their version
        Discarded,   // the user kept theirs: reload or close the editor
        KeepEditing, // the user went back to the editor; nothing saved
        Failed,      // another error: *error says which
    };
    // Saves through `save(version)` starting at `version`; on a stale write asks the user and, on
    // "overwrite", saves again at the stored version inside RecordConflicts::overwrite (audited).
    // `*conflictOut` receives the last conflict shown (for reloading theirs).
    static Outcome save(QWidget *parent, Database &db, const Actor &actor, int version,
                        const std::function<Status(int version)> &save, Error *error = nullptr,
                        std::shared_ptr<const RecordConflict> *conflictOut = nullptr);

    // Tests: the next ask() returns this at once (after recording what it would have shown).
    static void setNextAnswer(std::optional<Choice> answer);
    // Tests: contentsText() of the last conflict asked about; how many have been asked.
    static QString lastText();
    static int askedCount();

private:
    void choose(Choice c);

    Choice m_choice = Choice::KeepEditing;
    QString m_message;
    QTableWidget *m_table = nullptr;
    QPushButton *m_keepTheirs = nullptr;
    QPushButton *m_overwrite = nullptr;
    QPushButton *m_keepEditing = nullptr;
};

} // namespace md::ui
