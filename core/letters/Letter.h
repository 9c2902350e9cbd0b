// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "letters/LetterTerms.h"
#include "letters/Recipients.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace md {

// One letter to one recipient, as stored: its merged text and where it is in its life.
struct Letter
{
    qint64 id = 0;
    qint64 templateId = 0;
    QString templateName;
    LetterType type = LetterType::Attendance;
    qint64 studentId = 0;
    QString studentName;
    QString studentUpn;
    qint64 courseId = 0;
    RecipientKind recipientKind = RecipientKind::Parent;
    QList<qint64> parentIds;
    QString addressee;
    QString address; // lines joined by '\n'
    QString bodyHtml;
    LetterState state = LetterState::Draft;
    qint64 letterheadId = 0; // fixed when issued
    std::optional<IssueMethod> issuedVia;
    QString issuedAt;
    qint64 issuedBy = 0;
    std::optional<AckMethod> acknowledgedHow;
    QDate acknowledgedOn;
    QString acknowledgedNote;
    qint64 createdBy = 0;
    QString createdByName;
    QString createdAt;
    QString updatedAt;
    int rowVersion = 0;

    QString reference() const { return LetterTerms::reference(id); }
};

// What the letters view asks for: filtered and sorted in SQL.
struct LetterFilter
{
    std::optional<LetterState> state;
    std::optional<LetterType> type;
    qint64 studentId = 0; // 0: every student in scope; negative: none
    QString text;         // matches student, recipient, template or reference
};

// A row of the letters view (no body: lists stay light).
struct LetterSummary
{
    qint64 id = 0;
    LetterType type = LetterType::Attendance;
    QString templateName;
    qint64 studentId = 0;
    QString studentName;
    QString tutorGroup;
    RecipientKind recipientKind = RecipientKind::Parent;
    QString addressee;
    LetterState state = LetterState::Draft;
    std::optional<IssueMethod> issuedVia;
    QString issuedAt;
    std::optional<AckMethod> acknowledgedHow;
    QDate acknowledgedOn;
    QString createdByName;
    QString createdAt;

    QString reference() const { return LetterTerms::reference(id); }
};

} // namespace md
