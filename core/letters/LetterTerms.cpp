// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "letters/LetterTerms.h"

#include <QRegularExpression>

namespace md {

namespace {

template <typename E> struct Term
{
    E value;
    const char *stored;
    const char *label;
};

// clang-format off
const Term<LetterType> kTypes[] = {
    {LetterType::Attendance, "attendance", QT_TRANSLATE_NOOP("md::LetterTerms", "Attendance")},
    {LetterType::Behaviour,  "behaviour",  QT_TRANSLATE_NOOP("md::LetterTerms", "Behaviour")},
    {LetterType::Assessment, "assessment", QT_TRANSLATE_NOOP("md::LetterTerms", "Assessment")},
    {LetterType::Mentoring,  "mentoring",  QT_TRANSLATE_NOOP("md::LetterTerms", "Mentoring")},
};
const Term<LetterState> kStates[] = {
    {LetterState::Draft,        "draft",        QT_TRANSLATE_NOOP("md::LetterTerms", "Draft")},
    {LetterState::Issued,       "issued",       QT_TRANSLATE_NOOP("md::LetterTerms", "Issued")},
    {LetterState::Acknowledged, "acknowledged", QT_TRANSLATE_NOOP("md::LetterTerms", "Opened / acknowledged")},
};
const Term<IssueMethod> kIssueMethods[] = {
    {IssueMethod::Printed, "printed", QT_TRANSLATE_NOOP("md::LetterTerms", "Printed")},
    {IssueMethod::Pdf,     "pdf",     QT_TRANSLATE_NOOP("md::LetterTerms", "Saved as PDF")},
    {IssueMethod::Email,   "email",   QT_TRANSLATE_NOOP("md::LetterTerms", "Sent by email")},
};
const Term<AckMethod> kAckMethods[] = {
    {AckMethod::ReplySlip,        "reply_slip",        QT_TRANSLATE_NOOP("md::LetterTerms", "Reply slip returned")},
    {AckMethod::ParentConfirmed,  "parent_confirmed",  QT_TRANSLATE_NOOP("md::LetterTerms", "Parent or carer confirmed")},
    {AckMethod::StudentConfirmed, "student_confirmed", QT_TRANSLATE_NOOP("md::LetterTerms", "Student confirmed")},
    {AckMethod::Opened,           "opened",            QT_TRANSLATE_NOOP("md::LetterTerms", "Opened (read receipt)")},
};
const Term<RecipientKind> kKinds[] = {
    {RecipientKind::Student, "student", QT_TRANSLATE_NOOP("md::LetterTerms", "Student")},
    {RecipientKind::Parent,  "parent",  QT_TRANSLATE_NOOP("md::LetterTerms", "Parent or carer")},
};
// clang-format on

template <typename E, size_t N> QList<E> valuesOf(const Term<E> (&terms)[N])
{
    QList<E> out;
    for (const Term<E> &t : terms)
        out.append(t.value);
    return out;
}

template <typename E, size_t N> QString storedOf(const Term<E> (&terms)[N], E value)
{
    for (const Term<E> &t : terms)
        if (t.value == value)
            return QString::fromLatin1(t.stored);
    return {};
}

template <typename E, size_t N> QString labelOf(const Term<E> (&terms)[N], E value)
{
    for (const Term<E> &t : terms)
        if (t.value == value)
            return QCoreApplication::translate("md::LetterTerms", t.label);
    return {};
}

template <typename E, size_t N> std::optional<E> parse(const Term<E> (&terms)[N], const QString &text)
{
    const QString key = text.trimmed().toLower();
    for (const Term<E> &t : terms)
        if (key == QLatin1String(t.stored))
            return t.value;
    return std::nullopt;
}

} // namespace

QList<LetterType> LetterTerms::allTypes()
{
    return valuesOf(kTypes);
}
QString LetterTerms::toString(LetterType type)
{
    return storedOf(kTypes, type);
}
std::optional<LetterType> LetterTerms::typeFromString(const QString &text)
{
    return parse(kTypes, text);
}
QString LetterTerms::label(LetterType type)
{
    return labelOf(kTypes, type);
}

Action LetterTerms::createAction(LetterType type)
{
    switch (type) {
    case LetterType::Attendance:
        return Action::CreateAttendanceLetters;
    case LetterType::Behaviour:
        return Action::CreateBehaviourLetters;
    case LetterType::Assessment:
        return Action::CreateAssessmentLetters;
    case LetterType::Mentoring:
        return Action::CreateMentoringLetters;
    }
    return Action::CreateMentoringLetters;
}

QList<LetterState> LetterTerms::allStates()
{
    return valuesOf(kStates);
}
QString LetterTerms::toString(LetterState state)
{
    return storedOf(kStates, state);
}
std::optional<LetterState> LetterTerms::stateFromString(const QString &text)
{
    return parse(kStates, text);
}
QString LetterTerms::label(LetterState state)
{
    return labelOf(kStates, state);
}

QList<IssueMethod> LetterTerms::allIssueMethods()
{
    return valuesOf(kIssueMethods);
}
QString LetterTerms::toString(IssueMethod method)
{
    return storedOf(kIssueMethods, method);
}
std::optional<IssueMethod> LetterTerms::issueMethodFromString(const QString &text)
{
    return parse(kIssueMethods, text);
}
QString LetterTerms::label(IssueMethod method)
{
    return labelOf(kIssueMethods, method);
}

QList<AckMethod> LetterTerms::allAckMethods()
{
    return valuesOf(kAckMethods);
}
QString LetterTerms::toString(AckMethod method)
{
    return storedOf(kAckMethods, method);
}
std::optional<AckMethod> LetterTerms::ackMethodFromString(const QString &text)
{
    return parse(kAckMethods, text);
}
QString LetterTerms::label(AckMethod method)
{
    return labelOf(kAckMethods, method);
}

QString LetterTerms::toString(RecipientKind kind)
{
    return storedOf(kKinds, kind);
}
std::optional<RecipientKind> LetterTerms::recipientKindFromString(const QString &text)
{
    return parse(kKinds, text);
}

QString LetterTerms::reference(qint64 letterId)
{
    return QStringLiteral("L-%1").arg(letterId, 6, 10, QLatin1Char('0'));
}

qint64 LetterTerms::idFromReference(const QString &reference)
{
    static const QRegularExpression re(QStringLiteral("^\\s*L-?0*(\\d+)\\s*$"),
                                       QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(reference);
    return m.hasMatch() ? m.captured(1).toLongLong() : 0;
}

} // namespace md
