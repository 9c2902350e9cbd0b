// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/Pane.h"

class QLabel;
class QListView;
class QTableView;

namespace md {
class MentorLoadModel;
class WaitingQueueModel;
} // namespace md

namespace md::ui {

// The allocation board: students waiting for a keyworker in the policy's priority order on the
// left, the mentors with their caseload bars on the right. Drag a student onto a mentor, or select
// both and press Enter (Assign keyworker); a full mentor needs an override with a reason.
class AllocationPane : public Pane
{
    Q_OBJECT
public:
    explicit AllocationPane(DeskContext &context, QWidget *parent = nullptr);

    void activate() override;
    QWidget *primaryFocus() override;
    void reload();
    // Opens the assign dialog for the waiting intervention, with the mentor chosen.
    void assign(qint64 interventionId, qint64 mentorId);
    void assignSelected();
    void editCapacity();

    QTableView *queueView() const { return m_queue; }
    QListView *mentorView() const { return m_mentors; }
    WaitingQueueModel *queueModel() const { return m_queueModel; }
    MentorLoadModel *mentorModel() const { return m_mentorModel; }
    QLabel *messageLabel() const { return m_message; }

private:
    WaitingQueueModel *m_queueModel;
    MentorLoadModel *m_mentorModel;
    QTableView *m_queue;
    QListView *m_mentors;
    QLabel *m_queueCount;
    QLabel *m_message;
    bool m_stale = true;
};

} // namespace md::ui
