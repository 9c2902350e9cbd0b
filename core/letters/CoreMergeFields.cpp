// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The merge fields whose data the foundation holds. Type-specific fields of other capabilities
// (behaviour events, assessment grades, interventions, the mentoring log) register themselves in
// their own folders; see MergeFieldRegistry.
#include "access/Session.h"
#include "access/UserStore.h"
#include "letters/Letterhead.h"
#include "letters/MergeFields.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "students/Student.h"

#include <QLocale>

namespace md {

namespace {

// Q_DECLARE_TR_FUNCTIONS host for the values the resolvers write into letters.
class CoreFieldText
{
    Q_DECLARE_TR_FUNCTIONS(md::MergeFields)
public:
    static QString year(int y) { return tr("Year %1").arg(y); }
    static QString preview() { return tr("L-PREVIEW"); }
    static QString grade(const QString &stored)
    {
        if (stored == QLatin1String("lead_learning_mentor"))
            return tr("Lead learning mentor");
        if (stored == QLatin1String("advanced_learning_mentor"))
            return tr("Advanced learning mentor");
        if (stored == QLatin1String("learning_mentor"))
            return tr("Learning mentor");
        return {};
    }
};

FieldValue nonEmpty(const QString &text)
{
    const QString t = text.trimmed();
    return t.isEmpty() ? FieldValue() : FieldValue(t);
}

// Dates in letters read "4 March 2027" whatever the desk's short format.
QString longDate(const QDate &date)
{
    return QLocale().toString(date, QStringLiteral("d MMMM yyyy"));
}

// The student's current mentor (keyworker) from mentoring_groups: display name, email, grade and
// start date, read once per student and letter batch.
QVariantList currentMentor(const MergeContext &c)
{
    return c.cache
        .value(QStringLiteral("mentor/%1").arg(c.student.id),
               [&c]() -> QVariant {
                   Query q(c.db, QStringLiteral("SELECT u.display_name, u.email, mp.grade, mg.started_on "
                                                "FROM mentoring_groups mg JOIN users u ON u.id = mg.mentor_id "
                                                "LEFT JOIN mentor_profiles mp ON mp.user_id = mg.mentor_id "
                                                "WHERE mg.student_id = ? AND mg.ended_on IS NULL "
                                                "ORDER BY mg.started_on DESC, mg.id DESC LIMIT 1"));
                   q.bind(c.student.id);
                   if (!q.exec() || !q.next())
                       return QVariantList();
                   return QVariantList{q.string(0), q.string(1), q.string(2), q.string(3)};
               })
        .toList();
}

// The sender's role as letters sign it: the headteacher role first, then a mentor's grade, then
// the school's label for the role (an administrator may have renamed it).
QString senderRole(const MergeContext &c)
{
    return c.cache
        .value(QStringLiteral("sender.role"),
               [&c]() -> QVariant {
                   const Session &s = c.session;
                   UserStore users(c.db);
                   if (s.has(Role::Headteacher))
                       return users.roleLabel(Role::Headteacher);
                   if (s.has(Role::LeadMentor) || s.has(Role::Mentor)) {
                       Query q(c.db, QStringLiteral("SELECT grade FROM mentor_profiles WHERE user_id = ?"));
                       q.bind(s.userId());
                       auto grade = q.scalar();
                       const QString label = grade ? CoreFieldText::grade(grade->toString()) : QString();
                       if (!label.isEmpty())
                           return label;
                       return users.roleLabel(s.has(Role::LeadMentor) ? Role::LeadMentor : Role::Mentor);
                   }
                   if (s.has(Role::Teacher))
                       return users.roleLabel(Role::Teacher);
                   if (s.has(Role::Administrator))
                       return users.roleLabel(Role::Administrator);
                   return QString();
               })
        .toString();
}

} // namespace

void registerCoreMergeFields(MergeFieldRegistry &r)
{
    using LT = LetterType;
    // clang-format off
    // --- the student --------------------------------------------------------------------------
    r.add({QStringLiteral("student.forename"), QT_TRANSLATE_NOOP("md::MergeFields", "Student"),
           QT_TRANSLATE_NOOP("md::MergeFields", "Forename (preferred)"), FieldKind::Text, {},
           [](const MergeContext &c) { return nonEmpty(c.student.forename()); }});
    r.add({QStringLiteral("student.surname"), QT_TRANSLATE_NOOP("md::MergeFields", "Student"),
           QT_TRANSLATE_NOOP("md::MergeFields", "Surname"), FieldKind::Text, {},
           [](const MergeContext &c) { return nonEmpty(c.student.surname()); }});
    r.add({QStringLiteral("student.full_name"), QT_TRANSLATE_NOOP("md::MergeFields", "Student"),
           QT_TRANSLATE_NOOP("md::MergeFields", "Full name"), FieldKind::Text, {},
           [](const MergeContext &c) { return nonEmpty(c.student.displayName()); }});
    r.add({QStringLiteral("student.legal_name"), QT_TRANSLATE_NOOP("md::MergeFields", "Student"),
           QT_TRANSLATE_NOOP("md::MergeFields", "Legal name"), FieldKind::Text, {},
           [](const MergeContext &c) {
               return nonEmpty(c.student.legalForename + QLatin1Char(' ') + c.student.legalSurname);
           }});
    r.add({QStringLiteral("student.year"), QT_TRANSLATE_NOOP("md::MergeFields", "Student"),
           QT_TRANSLATE_NOOP("md::MergeFields", "Year group"), FieldKind::Text, {},
           [](const MergeContext &c) {
               return c.student.yearGroup > 0 ? FieldValue(CoreFieldText::year(c.student.yearGroup)) : FieldValue();
           }});
    r.add({QStringLiteral("student.tutor_group"), QT_TRANSLATE_NOOP("md::MergeFields", "Student"),
           QT_TRANSLATE_NOOP("md::MergeFields", "Tutor group"), FieldKind::Text, {},
           [](const MergeContext &c) { return nonEmpty(c.student.tutorGroup); }});
    r.add({QStringLiteral("student.date_of_birth"), QT_TRANSLATE_NOOP("md::MergeFields", "Student"),
           QT_TRANSLATE_NOOP("md::MergeFields", "Date of birth"), FieldKind::Text, {},
           [](const MergeContext &c) {
               return c.student.dateOfBirth.isValid() ? FieldValue(longDate(c.student.dateOfBirth)) : FieldValue();
           }});

    // --- who the letter is to -----------------------------------------------------------------
    r.add({QStringLiteral("recipient.name"), QT_TRANSLATE_NOOP("md::MergeFields", "Recipient"),
           QT_TRANSLATE_NOOP("md::MergeFields", "Name (as addressed)"), FieldKind::Text, {},
           [](const MergeContext &c) { return nonEmpty(c.recipient.addressee); }});
    r.add({QStringLiteral("recipient.salutation"), QT_TRANSLATE_NOOP("md::MergeFields", "Recipient"),
           QT_TRANSLATE_NOOP("md::MergeFields", "Salutation (Dear ...)"), FieldKind::Text, {},
           [](const MergeContext &c) { return nonEmpty(c.recipient.salutation); }});
    r.add({QStringLiteral("recipient.address"), QT_TRANSLATE_NOOP("md::MergeFields", "Recipient"),
           QT_TRANSLATE_NOOP("md::MergeFields", "Postal address"), FieldKind::Lines, {},
           [](const MergeContext &c) { return nonEmpty(c.recipient.addressLines.join(QLatin1Char('\n'))); }});

    // --- the school (from the letterhead) -----------------------------------------------------
    r.add({QStringLiteral("school.name"), QT_TRANSLATE_NOOP("md::MergeFields", "School"),
           QT_TRANSLATE_NOOP("md::MergeFields", "School name"), FieldKind::Text, {},
           [](const MergeContext &c) { return nonEmpty(c.letterhead.schoolName); }});
    r.add({QStringLiteral("school.address"), QT_TRANSLATE_NOOP("md::MergeFields", "School"),
           QT_TRANSLATE_NOOP("md::MergeFields", "School address"), FieldKind::Lines, {},
           [](const MergeContext &c) { return nonEmpty(c.letterhead.addressLines().join(QLatin1Char('\n'))); }});
    r.add({QStringLiteral("school.contact"), QT_TRANSLATE_NOOP("md::MergeFields", "School"),
           QT_TRANSLATE_NOOP("md::MergeFields", "Telephone and email"), FieldKind::Text, {},
           [](const MergeContext &c) { return nonEmpty(c.letterhead.contact); }});
    r.add({QStringLiteral("school.logo"), QT_TRANSLATE_NOOP("md::MergeFields", "School"),
           QT_TRANSLATE_NOOP("md::MergeFields", "Logo"), FieldKind::Html, {},
           [](const MergeContext &c) {
               // The renderer supplies the image of the letter's own letterhead under this name.
               return c.letterhead.logoPng.isEmpty()
                   ? FieldValue()
                   : FieldValue(QStringLiteral("<img src=\"md-letterhead:logo\" height=\"64\" />"));
           }});

    // --- the letter ---------------------------------------------------------------------------
    r.add({QStringLiteral("letter.date"), QT_TRANSLATE_NOOP("md::MergeFields", "Letter"),
           QT_TRANSLATE_NOOP("md::MergeFields", "Today's date"), FieldKind::Text, {},
           [](const MergeContext &c) { return c.date.isValid() ? FieldValue(longDate(c.date)) : FieldValue(); }});
    r.add({QStringLiteral("letter.reference"), QT_TRANSLATE_NOOP("md::MergeFields", "Letter"),
           QT_TRANSLATE_NOOP("md::MergeFields", "Reference (for the reply slip)"), FieldKind::Text, {},
           [](const MergeContext &c) { return FieldValue(c.reference.isEmpty() ? CoreFieldText::preview() : c.reference); }});

    // --- the sender ---------------------------------------------------------------------------
    r.add({QStringLiteral("sender.name"), QT_TRANSLATE_NOOP("md::MergeFields", "Sender"),
           QT_TRANSLATE_NOOP("md::MergeFields", "Sender's name"), FieldKind::Text, {},
           [](const MergeContext &c) {
               // The command-line system user is nobody to sign a letter.
               return c.session.userId() > 0 ? nonEmpty(c.session.displayName()) : FieldValue();
           }});
    r.add({QStringLiteral("sender.role"), QT_TRANSLATE_NOOP("md::MergeFields", "Sender"),
           QT_TRANSLATE_NOOP("md::MergeFields", "Sender's role"), FieldKind::Text, {},
           [](const MergeContext &c) { return c.session.userId() > 0 ? nonEmpty(senderRole(c)) : FieldValue(); }});
    r.add({QStringLiteral("sender.email"), QT_TRANSLATE_NOOP("md::MergeFields", "Sender"),
           QT_TRANSLATE_NOOP("md::MergeFields", "Sender's email"), FieldKind::Text, {},
           [](const MergeContext &c) {
               return nonEmpty(c.cache.value(QStringLiteral("sender.email"), [&c]() -> QVariant {
                   Query q(c.db, QStringLiteral("SELECT email FROM users WHERE id = ?"));
                   q.bind(c.session.userId());
                   auto v = q.scalar();
                   return v ? v->toString() : QString();
               }).toString());
           }});

    // --- attendance ---------------------------------------------------------------------------
    r.add({QStringLiteral("attendance.figure"), QT_TRANSLATE_NOOP("md::MergeFields", "Attendance"),
           QT_TRANSLATE_NOOP("md::MergeFields", "Attendance this year (%)"), FieldKind::Text,
           {LT::Attendance, LT::Mentoring},
           [](const MergeContext &c) {
               if (!c.student.attendance)
                   return FieldValue();
               return FieldValue(QLocale().toString(*c.student.attendance, 'f', 1) + QLatin1Char('%'));
           }});

    // --- mentoring: the student's mentor as keyworker (mentoring_groups) ------------------------
    r.add({QStringLiteral("mentoring.keyworker"), QT_TRANSLATE_NOOP("md::MergeFields", "Mentoring"),
           QT_TRANSLATE_NOOP("md::MergeFields", "Keyworker (mentor)"), FieldKind::Text, {LT::Mentoring},
           [](const MergeContext &c) { return nonEmpty(currentMentor(c).value(0).toString()); }});
    r.add({QStringLiteral("mentoring.keyworker_email"), QT_TRANSLATE_NOOP("md::MergeFields", "Mentoring"),
           QT_TRANSLATE_NOOP("md::MergeFields", "Keyworker's email"), FieldKind::Text, {LT::Mentoring},
           [](const MergeContext &c) { return nonEmpty(currentMentor(c).value(1).toString()); }});
    r.add({QStringLiteral("mentoring.keyworker_role"), QT_TRANSLATE_NOOP("md::MergeFields", "Mentoring"),
           QT_TRANSLATE_NOOP("md::MergeFields", "Keyworker's role"), FieldKind::Text, {LT::Mentoring},
           [](const MergeContext &c) { return nonEmpty(CoreFieldText::grade(currentMentor(c).value(2).toString())); }});
    r.add({QStringLiteral("mentoring.started_on"), QT_TRANSLATE_NOOP("md::MergeFields", "Mentoring"),
           QT_TRANSLATE_NOOP("md::MergeFields", "Mentoring started on"), FieldKind::Text, {LT::Mentoring},
           [](const MergeContext &c) {
               const QDate d = QDate::fromString(currentMentor(c).value(3).toString().left(10), Qt::ISODate);
               return d.isValid() ? FieldValue(longDate(d)) : FieldValue();
           }});
    // clang-format on
}

} // namespace md
