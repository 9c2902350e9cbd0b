// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/Permissions.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace md {

// The four kinds of letter. The type decides who may write it (reference 000: teachers only
// attendance letters) and which type-specific merge fields it may use. Mentoring covers the
// consent letter that starts a 1:1 intervention, the outcome letter and hub decisions (ref. 004).
enum class LetterType
{
    Attendance,
    Behaviour,
    Assessment,
    Mentoring,
};

// draft -> issued (printed, PDF or email) -> acknowledged (opened, reply slip back, confirmed).
enum class LetterState
{
    Draft,
    Issued,
    Acknowledged,
};

enum class IssueMethod
{
    Printed,
    Pdf,
    Email,
};

enum class AckMethod
{
    ReplySlip,
    ParentConfirmed,
    StudentConfirmed,
    Opened,
};

enum class RecipientKind
{
    Student,
    Parent,
};

// The stored string forms (the database keeps the string, not the number) and the labels people
// see, all in one place.
class LetterTerms
{
    Q_DECLARE_TR_FUNCTIONS(md::LetterTerms)
public:
    static QList<LetterType> allTypes();
    static QString toString(LetterType type);
    static std::optional<LetterType> typeFromString(const QString &text);
    static QString label(LetterType type);
    // The permission that creating a letter of this type needs.
    static Action createAction(LetterType type);

    static QList<LetterState> allStates();
    static QString toString(LetterState state);
    static std::optional<LetterState> stateFromString(const QString &text);
    static QString label(LetterState state);

    static QList<IssueMethod> allIssueMethods();
    static QString toString(IssueMethod method);
    static std::optional<IssueMethod> issueMethodFromString(const QString &text);
    static QString label(IssueMethod method);

    static QList<AckMethod> allAckMethods();
    static QString toString(AckMethod method);
    static std::optional<AckMethod> ackMethodFromString(const QString &text);
    static QString label(AckMethod method);

    static QString toString(RecipientKind kind);
    static std::optional<RecipientKind> recipientKindFromString(const QString &text);

    // "L-000042": what is printed on a letter and its reply slip, so a returned slip finds it.
    static QString reference(qint64 letterId);
    static qint64 idFromReference(const QString &reference);
};

} // namespace md
