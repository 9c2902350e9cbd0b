// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "letters/Letter.h"
#include "letters/LetterRenderer.h"
#include "letters/LetterTemplate.h"
#include "letters/Recipients.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSet>

#include <optional>

namespace md {

class Database;
class Session;

// A request for letters from one template to one or many students.
struct LetterRequest
{
    qint64 templateId = 0;
    QList<qint64> studentIds;
    Recipients::Choice recipients;
    qint64 courseId = 0; // the course a teacher writes from (found for them when 0)
    QDate date;          // the letter's date; today when not set
};

// One letter the request would make, merged (with a preview reference).
struct PlannedLetter
{
    qint64 studentId = 0;
    QString studentName;
    qint64 courseId = 0;
    Recipient recipient;
    QString bodyHtml;
    QStringList missing; // labels of fields with no data
};

struct LetterPlan
{
    LetterTemplate letterTemplate;
    QList<PlannedLetter> letters;
    QStringList problems; // students with no one to write to, letters with missing data

    int incomplete() const;
};

// Everything done with letters, with the permission rules of reference 000 enforced here:
// teachers create attendance letters only, for students on a course they teach; mentors every
// type for their group; headteachers every type for the whole school. Tracking (the letters
// view, recording acknowledgements) is by group for mentors and school-wide for headteachers;
// whoever wrote a letter always sees it. Issued letters keep their merged text and letterhead.
class LetterService
{
    Q_DECLARE_TR_FUNCTIONS(md::LetterService)
public:
    explicit LetterService(Database &db) : m_db(db) {}

    // The letter types the session may create for at least some students.
    static QList<LetterType> creatableTypes(const Session &session);
    // OK with the course the letter comes from (0 when not from a course), or Forbidden.
    Result<qint64> checkCreate(const Session &session, LetterType type, qint64 studentId, qint64 courseId = 0) const;

    // The students the session may write letters of `type` for: nullopt means everyone.
    Result<std::optional<QSet<qint64>>> writableStudents(const Session &session, LetterType type) const;

    // Works out and merges the letters without storing anything. Refuses the whole request when
    // the template has field problems or a student is out of the session's reach.
    Result<LetterPlan> plan(const Session &session, const LetterRequest &request) const;
    // Stores one draft per planned letter in one transaction. Letters with missing data are
    // refused unless allowIncomplete (the gaps are marked and block issuing until filled).
    Result<QList<qint64>> createDrafts(const Session &session, const LetterRequest &request, bool allowIncomplete);

    // A template merged for one student, for the editor's preview (nothing stored).
    Result<PlannedLetter> previewTemplate(const Session &session, const LetterTemplate &letterTemplate,
                                          qint64 studentId, bool toStudent = false) const;

    Result<Letter> get(const Session &session, qint64 id) const;
    Result<QList<LetterSummary>> list(const Session &session, const LetterFilter &filter, int sortColumn = 0,
                                      Qt::SortOrder order = Qt::DescendingOrder) const;
    // May the session edit, issue or delete this draft? (its author, or a mentor or headteacher
    // who tracks the student's letters, provided they may create letters of its type).
    Status checkManage(const Session &session, const Letter &letter) const;

    Status updateDraft(const Session &session, qint64 id, const QString &bodyHtml, int rowVersion);
    // Deletes drafts, all or none (issued letters are never deleted).
    Status deleteDrafts(const Session &session, const QList<qint64> &ids);
    // Checks, without writing, that issue() would accept these drafts (so a PDF or a print job
    // is only made for letters that can then be recorded as issued).
    Status checkIssue(const Session &session, const QList<qint64> &ids) const;
    // Issues drafts in one transaction: each must be free of gaps and unmerged fields; the
    // letterhead is fixed to the current one. Already issued letters are refused.
    Status issue(const Session &session, const QList<qint64> &ids, IssueMethod method);
    // Records that an issued letter was opened or acknowledged.
    Status acknowledge(const Session &session, qint64 id, AckMethod how, const QDate &on, const QString &note = {});

    // The courses the session teaches (id, name), for a teacher choosing where a letter comes from.
    Result<QList<std::pair<qint64, QString>>> taughtCourses(const Session &session) const;
    // The id of the course called `name` (for the command line's --course).
    Result<qint64> findCourse(const QString &name) const;

    // The letters ready for the renderer, in the order asked (drafts with today's letterhead).
    Result<QList<RenderLetter>> renderable(const Session &session, const QList<qint64> &ids) const;

    // Sort columns of list(): the same numbers as LetterListModel's columns.
    enum SortColumn
    {
        SortReference,
        SortStudent,
        SortRecipient,
        SortType,
        SortTemplate,
        SortState,
        SortIssued,
        SortCreatedBy,
        SortCount
    };

private:
    Result<QList<Parent>> parentsOf(qint64 studentId) const;
    Status checkTrack(const Session &session, qint64 studentId) const;
    Result<qint64> insertDraft(const Session &session, const LetterTemplate &t, const PlannedLetter &p);

    Database &m_db;
};

} // namespace md
