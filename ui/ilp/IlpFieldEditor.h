// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/Session.h"
#include "common/Result.h"
#include "storage/RecordConflict.h"
#include "ilp/IlpTypes.h"

#include <QTimer>
#include <QWidget>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QFrame;

namespace md {
class Database;
}

namespace md::ui {

// One field of a plan: its label and guidance, the text, and a line saying when it was saved.
// Typing saves by itself after a short pause. When a colleague saved the same field in the
// meantime, nothing is overwritten: their text is shown beside yours with "Keep mine" and
// "Use theirs".
class IlpFieldEditor : public QWidget
{
    Q_OBJECT
public:
    IlpFieldEditor(Database &db, const Session &session, const IlpPlanField &field, bool editable,
                   std::optional<IlpRole> onBehalfOf, QWidget *parent = nullptr);

    qint64 fieldId() const { return m_fieldId; }
    int version() const { return m_version; }
    QPlainTextEdit *textEdit() const { return m_edit; }
    QLabel *statusLabel() const { return m_status; }
    QFrame *conflictFrame() const { return m_conflict; }
    QPushButton *keepMineButton() const { return m_keepMine; }
    QPushButton *useTheirsButton() const { return m_useTheirs; }
    QPushButton *compareButton() const { return m_compare; }
    bool hasPending() const { return m_timer.isActive(); }
    // Saves now what is waiting for the pause; false when it could not be saved.
    bool flush();
    // The field as stored now (another desk may have saved it): shown at once when nothing is
    // typed here; over unsaved typing the text is kept and the status says so, and the save that
    // follows shows both versions.
    void followStored(const IlpPlanField &stored);

    static constexpr int kIdleMs = 600;

Q_SIGNALS:
    void saved();

private:
    void keepMine();
    void useTheirs();
    void compare();

    Database &m_db;
    Session m_session;
    qint64 m_fieldId;
    int m_version;
    std::optional<IlpRole> m_onBehalfOf;
    QString m_savedText; // the text as of m_version: what is stored, as far as this editor knows
    QString m_theirs;
    int m_theirVersion = 0;
    bool m_loading = false;
    QTimer m_timer;
    QPlainTextEdit *m_edit;
    QLabel *m_status;
    QFrame *m_conflict;
    QLabel *m_conflictText;
    QPushButton *m_keepMine;
    QPushButton *m_useTheirs;
    QPushButton *m_compare;
    // The last stale save, for the side-by-side ConflictDialog.
    std::shared_ptr<const RecordConflict> m_stale;
    QString m_staleMessage;
};

} // namespace md::ui
