// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "referrals/ReferralImporter.h"

#include "access/Permissions.h"
#include "access/Session.h"
#include "importing/CsvReader.h"
#include "importing/ImportProblems.h"
#include "importing/ImportFields.h"
#include "interventions/ProvisionMap.h"
#include "referrals/ReferralsLogging.h"
#include "referrals/ReferralStore.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/Transaction.h"
#include "students/Upn.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <array>

namespace md {

namespace {

enum Column
{
    TimestampColumn,
    EmailColumn,
    ReferrerColumn,
    RoleColumn,
    UpnColumn,
    StudentNameColumn,
    ConcernColumn,
    DescriptionColumn,
    TriedColumn,
    UrgencyColumn,
    InterventionColumn,
    ColumnCount
};

// The names the form's columns go by (the first is the usual one). They are the file's
// vocabulary, so they are not translated.
const std::array<QStringList, ColumnCount> &columnNames()
{
    static const std::array<QStringList, ColumnCount> names = {
        QStringList{QStringLiteral("Timestamp"), QStringLiteral("Date"), QStringLiteral("Date of referral"),
                    QStringLiteral("Referral date")},
        QStringList{QStringLiteral("Email address"), QStringLiteral("Email"), QStringLiteral("Referrer email")},
        QStringList{QStringLiteral("Your name"), QStringLiteral("Referrer"), QStringLiteral("Referred by"),
                    QStringLiteral("Name of referrer"), QStringLiteral("Staff name")},
        QStringList{QStringLiteral("Your role"), QStringLiteral("Requested by"), QStringLiteral("Role")},
        QStringList{QStringLiteral("Student UPN"), QStringLiteral("UPN")},
        QStringList{QStringLiteral("Student name"), QStringLiteral("Student")},
        QStringList{QStringLiteral("Area of concern"), QStringLiteral("Concern"), QStringLiteral("Concern area")},
        QStringList{QStringLiteral("Description of concern"), QStringLiteral("Description"), QStringLiteral("Details"),
                    QStringLiteral("Details of concern")},
        QStringList{QStringLiteral("What has been tried"), QStringLiteral("Actions already taken"),
                    QStringLiteral("Strategies tried"), QStringLiteral("Tried")},
        QStringList{QStringLiteral("Urgency"), QStringLiteral("Urgent"), QStringLiteral("Is this urgent?")},
        QStringList{QStringLiteral("Intervention in mind"), QStringLiteral("Suggested intervention"),
                    QStringLiteral("Intervention")},
    };
    return names;
}

std::optional<Concern> parseConcern(const QString &text)
{
    const QString t = CsvHeader::normalise(text).remove(QLatin1Char('.'));
    if (auto code = enumFromCode<Concern>(t))
        return code;
    const std::pair<const char *, Concern> words[] = {
        {"behaviour", Concern::Behaviour},
        {"behavior", Concern::Behaviour},
        {"attendance", Concern::Attendance},
        {"attendance and punctuality", Concern::Attendance},
        {"social and emotional", Concern::SocialEmotional},
        {"social & emotional", Concern::SocialEmotional},
        {"social, emotional", Concern::SocialEmotional},
        {"social/emotional", Concern::SocialEmotional},
        {"wellbeing", Concern::SocialEmotional},
        {"academic progress", Concern::AcademicProgress},
        {"academic", Concern::AcademicProgress},
        {"progress", Concern::AcademicProgress},
        {"sen", Concern::Sen},
        {"special educational needs", Concern::Sen},
        {"other", Concern::Other},
    };
    for (const auto &[word, concern] : words)
        if (t == QLatin1String(word))
            return concern;
    return std::nullopt;
}

std::optional<Urgency> parseUrgency(const QString &text)
{
    const QString t = CsvHeader::normalise(text);
    for (const char *u : {"urgent", "urgent - today", "yes - urgent"})
        if (t == QLatin1String(u))
            return Urgency::Urgent;
    for (const char *n : {"non-urgent", "non urgent", "not urgent", "nonurgent", "non_urgent"})
        if (t == QLatin1String(n))
            return Urgency::NonUrgent;
    if (auto yes = ImportFields::yesNo(t))
        return *yes ? Urgency::Urgent : Urgency::NonUrgent;
    return std::nullopt;
}

std::optional<RequestedBy> parseRole(const QString &text)
{
    const QString t = CsvHeader::normalise(text);
    if (t.isEmpty())
        return RequestedBy::Staff;
    if (auto code = enumFromCode<RequestedBy>(t))
        return code;
    for (const char *s : {"member of staff", "staff", "teacher", "form tutor", "tutor", "support staff"})
        if (t == QLatin1String(s))
            return RequestedBy::Staff;
    for (const char *s : {"senco", "senco / inclusion", "deputy senco"})
        if (t == QLatin1String(s))
            return RequestedBy::Senco;
    for (const char *s : {"director of learning", "dol", "head of year"})
        if (t == QLatin1String(s))
            return RequestedBy::DirectorOfLearning;
    for (const char *s : {"senior leadership", "slt", "senior leadership team", "assistant principal", "ap",
                          "deputy head", "deputy headteacher", "headteacher", "principal", "vice principal"})
        if (t == QLatin1String(s))
            return RequestedBy::SeniorLeadership;
    return std::nullopt;
}

QString shown(const QString &value)
{
    constexpr int kShown = 40;
    const QString v = value.simplified();
    return v.size() <= kShown ? v : v.left(kShown) + QChar(0x2026);
}

// The date part of a form timestamp: "02/11/2026 08:14:55", "2026-11-02T08:14" or a bare date.
std::optional<QDate> timestampDate(const QString &text)
{
    QString t = text.trimmed();
    const qsizetype cut = t.indexOf(QRegularExpression(QStringLiteral("[ T]")));
    if (cut > 0)
        t = t.left(cut);
    return ImportFields::date(t);
}

struct StudentKey
{
    qint64 id = 0;
    bool left = false;
    QStringList surnames; // lower case, legal and preferred
};

struct Row
{
    qint64 line = 0;
    NewReferral referral;
    qint64 referrerId = 0;
    QString referrerName;
    QString key;
};

Error refused(const QString &fileName, const Error &error)
{
    return Error::invalid(ReferralImporter::tr("%1: %2; nothing was imported.").arg(fileName, error.message),
                          error.details);
}

} // namespace

Result<ImportSummary> ReferralImporter::importFile(Database &db, const Session &session, const QString &path)
{
    if (Status s = Permissions::require(session, Action::ImportReferrals); !s)
        return s.error();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(tr("%1 could not be opened: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return importFile(db, session, file, QFileInfo(path).fileName());
}

Result<ImportSummary> ReferralImporter::importFile(Database &db, const Session &session, QIODevice &device,
                                                   const QString &fileName)
{
    if (Status s = Permissions::require(session, Action::ImportReferrals); !s)
        return s.error();
    CsvReader reader(device);
    CsvRecord record;
    if (!reader.readNext(record)) {
        if (!reader.status())
            return refused(fileName, reader.status().error());
        return Error::invalid(tr("%1 is empty: its first line must name the columns (Timestamp, Your name, Student "
                                 "UPN, Area of concern, Description of concern, Urgency, ...); nothing was imported.")
                                  .arg(fileName));
    }
    const CsvHeader header(record);
    const auto &names = columnNames();
    if (Status s = header.require({names[TimestampColumn], names[ReferrerColumn], names[UpnColumn],
                                   names[ConcernColumn], names[DescriptionColumn], names[UrgencyColumn]});
        !s)
        return refused(fileName, s.error());
    for (const QString &duplicate : header.duplicates())
        for (const QStringList &known : names)
            if (header.indexOf(known) == header.indexOf({duplicate}))
                return refused(fileName, Error::invalid(tr("the header row (line %1) has more than one column named "
                                                           "\"%2\"")
                                                            .arg(header.line())
                                                            .arg(duplicate)));
    std::array<int, ColumnCount> index{};
    for (int c = 0; c < ColumnCount; ++c)
        index[c] = header.indexOf(names[c]);

    // What the rows are checked against: students by UPN, users by email, the provision map,
    // and the responses already imported.
    QHash<QString, StudentKey> students;
    {
        Query q(db, QStringLiteral("SELECT id, upn, date_left, legal_surname, preferred_surname FROM students"));
        if (Status s = q.exec(); !s)
            return s.error();
        while (q.next()) {
            StudentKey k;
            k.id = q.id(0);
            k.left = !q.value(2).isNull();
            k.surnames << q.string(3).toLower();
            if (!q.string(4).isEmpty())
                k.surnames << q.string(4).toLower();
            students.insert(q.string(1).toUpper(), k);
        }
    }
    QHash<QString, std::pair<qint64, QString>> usersByEmail;
    {
        Query q(db, QStringLiteral(
                        "SELECT id, LOWER(email), display_name FROM users WHERE email IS NOT NULL AND email <> ''"));
        if (Status s = q.exec(); !s)
            return s.error();
        while (q.next())
            usersByEmail.insert(q.string(1), {q.id(0), q.string(2)});
    }
    auto types = ProvisionMap(db).types();
    if (!types)
        return types.error();
    QSet<QString> imported;
    {
        Query q(db, QStringLiteral("SELECT source_key FROM referrals WHERE source_key IS NOT NULL"));
        if (Status s = q.exec(); !s)
            return s.error();
        while (q.next())
            imported.insert(q.string(0));
    }

    const QDate today = QDate::currentDate();
    QList<Row> rows;
    QHash<QString, qint64> lineOfKey;
    ImportProblems badLines;
    int total = 0;
    int already = 0;
    while (reader.readNext(record)) {
        ++total;
        QStringList problems;
        const qsizetype width = header.size();
        bool widthOk = record.fields.size() >= width;
        for (qsizetype i = width; widthOk && i < record.fields.size(); ++i)
            if (!record.fields.at(i).trimmed().isEmpty())
                widthOk = false;
        if (!widthOk) {
            badLines << tr("line %1: it has %2 fields but the header row has %3 (is a comma or quote missing?)")
                            .arg(record.line)
                            .arg(record.fields.size())
                            .arg(width);
            continue;
        }
        const auto cell = [&](Column c) { return index[c] >= 0 ? record.fields.at(index[c]).trimmed() : QString(); };
        const auto name = [&](Column c) { return header.name(index[c]); };
        Row row;
        row.line = record.line;

        const QString stamp = cell(TimestampColumn);
        if (stamp.isEmpty()) {
            problems << tr("%1 is blank").arg(name(TimestampColumn));
        } else if (const auto date = timestampDate(stamp); !date) {
            problems << tr("%1 '%2' is not a date (write dd/mm/yyyy or yyyy-mm-dd, a time may follow)")
                            .arg(name(TimestampColumn), shown(stamp));
        } else if (!ImportFields::inSaneRange(*date)) {
            problems << tr("%1 '%2' is not between the years %3 and %4; check the year")
                            .arg(name(TimestampColumn), shown(stamp))
                            .arg(ImportFields::kMinYear)
                            .arg(ImportFields::kMaxYear);
        } else if (*date > today) {
            problems << tr("%1 '%2' is in the future").arg(name(TimestampColumn), shown(stamp));
        } else {
            row.referral.referredOn = *date;
        }

        row.referrerName = cell(ReferrerColumn).simplified();
        const QString email = cell(EmailColumn).toLower();
        if (!email.isEmpty()) {
            if (const auto it = usersByEmail.constFind(email); it != usersByEmail.constEnd()) {
                row.referrerId = it->first;
                if (row.referrerName.isEmpty())
                    row.referrerName = it->second;
            }
        }
        if (row.referrerName.isEmpty())
            problems << tr("%1 is blank").arg(name(ReferrerColumn));
        else if (row.referrerName.size() > ReferralStore::kMaxNameLength)
            problems << tr("%1 '%2' is %3 characters long; the most is %4")
                            .arg(name(ReferrerColumn), shown(row.referrerName))
                            .arg(row.referrerName.size())
                            .arg(ReferralStore::kMaxNameLength);

        if (index[RoleColumn] >= 0) {
            if (const auto role = parseRole(cell(RoleColumn)))
                row.referral.requestedBy = *role;
            else
                problems << tr("%1 '%2' is not a role the referral form offers (write Member of staff, SENCo, "
                               "Director of Learning or Senior leadership)")
                                .arg(name(RoleColumn), shown(cell(RoleColumn)));
        }

        const QString upn = cell(UpnColumn).toUpper();
        if (Status s = Upn::validate(upn); !s) {
            problems << tr("%1: %2").arg(name(UpnColumn), s.error().message);
        } else if (const auto it = students.constFind(upn); it == students.constEnd()) {
            problems << tr("%1 '%2' is not a student on the school's roll (import the students first)")
                            .arg(name(UpnColumn), upn);
        } else if (it->left) {
            problems << tr("%1 '%2' is a student who has left the school").arg(name(UpnColumn), upn);
        } else {
            row.referral.studentId = it->id;
            const QString given = cell(StudentNameColumn).toLower();
            if (!given.isEmpty()) {
                bool matches = false;
                for (const QString &surname : it->surnames)
                    matches = matches || given.contains(surname);
                if (!matches)
                    problems << tr("%1 '%2' does not match the student with UPN %3 (check the UPN)")
                                    .arg(name(StudentNameColumn), shown(cell(StudentNameColumn)), upn);
            }
        }

        if (const auto concern = parseConcern(cell(ConcernColumn)))
            row.referral.concern = *concern;
        else
            problems << tr("%1 '%2' is not an area of concern (write Behaviour, Attendance, Social and emotional, "
                           "Academic progress, SEN or Other)")
                            .arg(name(ConcernColumn), shown(cell(ConcernColumn)));

        row.referral.description = cell(DescriptionColumn);
        if (row.referral.description.isEmpty())
            problems << tr("%1 is blank").arg(name(DescriptionColumn));
        else if (row.referral.description.size() > ReferralStore::kMaxTextLength)
            problems << tr("%1 is %2 characters long; the most is %3")
                            .arg(name(DescriptionColumn))
                            .arg(row.referral.description.size())
                            .arg(ReferralStore::kMaxTextLength);
        row.referral.tried = cell(TriedColumn);
        if (row.referral.tried.size() > ReferralStore::kMaxTextLength)
            problems << tr("%1 is %2 characters long; the most is %3")
                            .arg(name(TriedColumn))
                            .arg(row.referral.tried.size())
                            .arg(ReferralStore::kMaxTextLength);

        if (const auto urgency = parseUrgency(cell(UrgencyColumn)))
            row.referral.urgency = *urgency;
        else
            problems << tr("%1 '%2' is not urgent or non-urgent (write Urgent or Non-urgent, or Yes or No)")
                            .arg(name(UrgencyColumn), shown(cell(UrgencyColumn)));

        const QString wanted = cell(InterventionColumn);
        if (!wanted.isEmpty()) {
            const QString w = CsvHeader::normalise(wanted);
            const auto it = std::find_if(types->cbegin(), types->cend(), [&w](const ProvisionType &t) {
                return CsvHeader::normalise(t.name) == w || t.code == w;
            });
            if (it == types->cend())
                problems << tr("%1 '%2' is not an intervention in the provision map")
                                .arg(name(InterventionColumn), shown(wanted));
            else
                row.referral.suggestedTypeId = it->id;
        }

        row.key = QStringLiteral("form:%1|%2|%3").arg(stamp, upn, row.referrerName.toLower());
        if (const auto first = lineOfKey.constFind(row.key); first != lineOfKey.constEnd())
            problems << tr("it is the same response as line %1").arg(*first);
        else
            lineOfKey.insert(row.key, record.line);

        if (!problems.isEmpty()) {
            badLines << tr("line %1: %2").arg(record.line).arg(problems.join(QStringLiteral("; ")));
            continue;
        }
        if (imported.contains(row.key)) {
            ++already;
            continue;
        }
        rows.append(row);
    }
    if (!reader.status())
        return refused(fileName, reader.status().error());
    if (!badLines.isEmpty()) {
        qCInfo(lcReferrals) << "referral import refused:" << badLines.count() << "of" << total << "rows have problems";
        const QString message =
            badLines.count() == 1
                ? tr("%1: 1 row has a problem; nothing was imported.").arg(fileName)
                : tr("%1: %n rows have problems; nothing was imported.", nullptr, int(badLines.count())).arg(fileName);
        return Error::invalid(message, badLines.details());
    }

    Transaction tx(db);
    if (!tx.ok())
        return tx.error();
    AuditLog audit(db, session.actor());
    ReferralStore store(db);
    for (const Row &row : std::as_const(rows)) {
        auto id =
            store.createUnchecked(audit, row.referral, row.referrerId, row.referrerName, ReferralSource::Form, row.key);
        if (!id)
            return Error::storage(tr("%1: line %2 could not be saved, so nothing was imported. %3")
                                      .arg(fileName)
                                      .arg(row.line)
                                      .arg(id.error().message));
    }
    if (Status s = tx.commit(); !s)
        return Error::storage(
            tr("%1: the database refused the import, so nothing was imported. %2").arg(fileName, s.error().message));
    ImportSummary summary;
    summary.rows = total;
    summary.created = int(rows.size());
    summary.unchanged = already;
    qCInfo(lcReferrals) << "referral import:" << summary.rows << "rows," << summary.created << "created,"
                        << summary.unchanged << "already imported";
    return summary;
}

} // namespace md
