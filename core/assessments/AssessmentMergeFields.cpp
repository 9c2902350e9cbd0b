// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Merge fields whose data the course assessments hold: the term of the letter's date and the
// student's grades in it.
#include "behaviour/BehaviourMergeFields.h"

#include "letters/MergeFields.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "students/Student.h"

namespace md {

namespace {

class AssessmentFieldText
{
    Q_DECLARE_TR_FUNCTIONS(md::MergeFields)
public:
    static QString course() { return tr("Subject"); }
    static QString grade() { return tr("Grade"); }
    static QString comment() { return tr("Teacher's comment"); }
    static QString notYet() { return tr("not yet assessed"); }
    static QString noCourses(const QString &term) { return tr("No course assessments for %1.").arg(term); }
    static QString schoolYear(int start)
    {
        return tr("the %1/%2 school year").arg(start).arg((start + 1) % 100, 2, 10, QLatin1Char('0'));
    }
};

// The term of the letter's date (or the latest that started before it): id and name. Before any
// term is set up: no id, and the school year of the letter's date as the name.
QVariantList termOf(const MergeContext &c)
{
    return c.cache
        .value(QStringLiteral("assessment.term"),
               [&c]() -> QVariant {
                   const QDate d = c.date.isValid() ? c.date : QDate::currentDate();
                   Query q(c.db, QStringLiteral("SELECT id, name FROM terms WHERE starts_on <= ? "
                                                "ORDER BY starts_on DESC LIMIT 1"));
                   q.bind(isoDate(d));
                   if (!q.exec())
                       return QVariantList();
                   if (!q.next())
                       return QVariantList{qint64(0),
                                           AssessmentFieldText::schoolYear(d.month() >= 9 ? d.year() : d.year() - 1)};
                   return QVariantList{q.id(0), q.string(1)};
               })
        .toList();
}

FieldValue grades(const MergeContext &c)
{
    const QVariantList term = termOf(c);
    if (term.size() < 2)
        return std::nullopt;
    if (term.at(0).toLongLong() == 0)
        return QStringLiteral("<p>%1</p>").arg(AssessmentFieldText::noCourses(term.at(1).toString()).toHtmlEscaped());
    Query q(c.db, QStringLiteral("SELECT c.name, ca.grade, ca.comment FROM course_students cs "
                                 "JOIN courses c ON c.id = cs.course_id LEFT JOIN course_assessments ca "
                                 "ON ca.course_id = c.id AND ca.student_id = cs.student_id "
                                 "WHERE cs.student_id = ? AND c.term_id = ? ORDER BY c.subject, c.name"));
    q.bind(c.student.id).bind(term.at(0).toLongLong());
    if (!q.exec())
        return std::nullopt;
    QString rows;
    while (q.next()) {
        const QString grade = q.string(1).isEmpty() ? AssessmentFieldText::notYet() : q.string(1);
        rows += QStringLiteral("<tr><td>%1</td><td align=\"center\">%2</td><td>%3</td></tr>")
                    .arg(q.string(0).toHtmlEscaped(), grade.toHtmlEscaped(), q.string(2).toHtmlEscaped());
    }
    if (rows.isEmpty())
        return QStringLiteral("<p>%1</p>").arg(AssessmentFieldText::noCourses(term.at(1).toString()).toHtmlEscaped());
    return QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr>"
                          "<th align=\"left\">%1</th><th>%2</th><th align=\"left\">%3</th></tr>")
               .arg(AssessmentFieldText::course().toHtmlEscaped(), AssessmentFieldText::grade().toHtmlEscaped(),
                    AssessmentFieldText::comment().toHtmlEscaped()) +
           rows + QStringLiteral("</table>");
}

} // namespace

void registerAssessmentMergeFields(MergeFieldRegistry &registry)
{
    const QList<LetterType> types{LetterType::Assessment};
    registry.add({QStringLiteral("assessment.term"), QT_TRANSLATE_NOOP("md::MergeFields", "Assessment"),
                  QT_TRANSLATE_NOOP("md::MergeFields", "Term"), FieldKind::Text, types,
                  [](const MergeContext &c) -> FieldValue {
                      const QVariantList t = termOf(c);
                      return t.size() < 2 ? FieldValue() : FieldValue(t.at(1).toString());
                  }});
    registry.add({QStringLiteral("assessment.grades"), QT_TRANSLATE_NOOP("md::MergeFields", "Assessment"),
                  QT_TRANSLATE_NOOP("md::MergeFields", "Grades in the term (table)"), FieldKind::Html, types, &grades});
}

} // namespace md
