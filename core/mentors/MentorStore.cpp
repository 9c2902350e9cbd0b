// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mentors/MentorStore.h"

#include "access/Permissions.h"
#include "access/Session.h"
#include "access/StudentScope.h"
#include "mentors/MentorCatalogue.h"
#include "mentors/MentorOutbox.h"
#include "mentors/MentorsLogging.h"
#include "school/SchoolSettings.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/RecordConflict.h"
#include "storage/Transaction.h"
#include "students/MentoringGroupStore.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSet>

namespace md {

namespace {

// Every column of a team member; `WHERE` clauses are appended.
const QLatin1String kSelect(
    "SELECT u.id, u.username, u.display_name, u.email, "
    "CASE WHEN p.user_id IS NULL THEN 0 ELSE 1 END, p.first_name, p.last_name, p.trn, p.subject, p.age_range, "
    "p.key_stage, p.grade, p.capacity, p.status, p.date_qualified, p.qualifications, p.date_started_mentoring, "
    "p.provider_training, p.send_training, p.subject_networks, p.other_experiences, "
    "(SELECT COUNT(*) FROM mentoring_groups g JOIN students s ON s.id = g.student_id "
    " WHERE g.mentor_id = u.id AND g.ended_on IS NULL AND s.date_left IS NULL), "
    "CASE WHEN EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = u.id AND r.role = 'lead_mentor') THEN 1 ELSE 0 END, "
    "COALESCE(p.row_version, 0) "
    "FROM users u LEFT JOIN mentor_profiles p ON p.user_id = u.id "
    "WHERE (p.user_id IS NOT NULL OR EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = u.id AND r.role = "
    "'mentor')) ");

// "Ada Lovelace" -> ("Ada", "Lovelace") for a user who has no profile yet.
std::pair<QString, QString> splitName(const QString &displayName)
{
    const QString name = displayName.simplified();
    const qsizetype space = name.lastIndexOf(QLatin1Char(' '));
    if (space < 0)
        return {name, QString()};
    return {name.left(space), name.mid(space + 1)};
}

MentorProfile readProfile(Query &q)
{
    MentorProfile m;
    m.userId = q.id(0);
    m.username = q.string(1);
    m.displayName = q.string(2);
    m.basic.email = q.string(3);
    m.hasProfile = q.flag(4);
    m.basic.firstName = q.string(5);
    m.basic.lastName = q.string(6);
    if (m.basic.firstName.isEmpty() && m.basic.lastName.isEmpty())
        std::tie(m.basic.firstName, m.basic.lastName) = splitName(m.displayName);
    m.basic.trn = q.string(7);
    m.basic.subject = q.string(8);
    m.basic.ageRange = q.string(9);
    m.basic.keyStage = q.string(10);
    m.grade = q.string(11);
    m.capacity = m.hasProfile ? q.integer(12) : 0;
    m.removed = q.string(13) == QLatin1String("removed");
    m.additional.dateQualified = q.date(14);
    m.additional.qualifications = q.string(15);
    m.additional.dateStartedMentoring = q.date(16);
    m.additional.providerTraining = q.string(17);
    m.additional.sendTraining = q.string(18);
    m.additional.subjectNetworks = q.string(19);
    m.additional.otherExperiences = q.string(20);
    m.caseload = q.integer(21);
    m.leadMentor = q.flag(22);
    m.rowVersion = q.integer(23);
    return m;
}

// A first password that is easy to read out: no 0/O, 1/l/I.
QString randomPassword()
{
    static const QLatin1String alphabet("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789");
    QString out;
    for (int i = 0; i < 12; ++i) {
        if (i == 4 || i == 8)
            out.append(QLatin1Char('-'));
        out.append(alphabet[int(QRandomGenerator::system()->bounded(quint32(alphabet.size())))]);
    }
    return out;
}

QString dateText(const QDate &date)
{
    return date.isValid() ? isoDate(date) : QString();
}

} // namespace

std::optional<int> MentorProfile::placesLeft() const
{
    if (!hasProfile || capacity <= 0)
        return std::nullopt;
    return capacity - caseload;
}

QString MentorStore::schoolName() const
{
    return SchoolSettings(m_db).schoolName();
}

Result<QList<MentorProfile>> MentorStore::list(const Session &session, bool includeRemoved) const
{
    if (Status s = Permissions::require(session, Action::ViewMentorTeam); !s)
        return s.error();
    QString sql = kSelect;
    if (!includeRemoved)
        sql += QStringLiteral("AND (p.status IS NULL OR p.status = 'active') ");
    sql += QStringLiteral("ORDER BY u.display_name, u.id");
    Query q(m_db, sql);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<MentorProfile> out;
    QHash<qint64, qsizetype> removedAt;
    while (q.next()) {
        out.append(readProfile(q));
        if (out.last().removed)
            removedAt.insert(out.last().userId, out.size() - 1);
    }
    if (!removedAt.isEmpty()) {
        Query r(m_db, QStringLiteral("SELECT mentor_id, removed_on, reason, note, removed_by FROM mentor_removals "
                                     "WHERE reinstated_on IS NULL ORDER BY removed_on, id"));
        if (Status s = r.exec(); !s)
            return s.error();
        while (r.next()) {
            const auto at = removedAt.constFind(r.id(0));
            if (at == removedAt.cend())
                continue;
            MentorProfile &m = out[*at];
            m.removedOn = r.date(1);
            m.removalReason = r.string(2);
            m.removalNote = r.string(3);
            m.removedBy = r.string(4);
        }
    }
    return out;
}

Result<MentorProfile> MentorStore::load(qint64 userId) const
{
    Query q(m_db, kSelect + QStringLiteral("AND u.id = ?"));
    q.bind(userId);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error::notFound(tr("There is no mentor with id %1.").arg(userId));
    MentorProfile m = readProfile(q);
    q.finish();
    if (m.removed) {
        Query r(m_db,
                QStringLiteral("SELECT removed_on, reason, note, removed_by FROM mentor_removals "
                               "WHERE mentor_id = ? AND reinstated_on IS NULL ORDER BY removed_on DESC, id DESC"));
        r.bind(userId);
        if (Status s = r.exec(); !s)
            return s.error();
        if (r.next()) {
            m.removedOn = r.date(0);
            m.removalReason = r.string(1);
            m.removalNote = r.string(2);
            m.removedBy = r.string(3);
        }
        r.finish();
    }
    return m;
}

Result<MentorProfile> MentorStore::find(const Session &session, qint64 userId) const
{
    if (session.userId() != userId || userId == 0)
        if (Status s = Permissions::require(session, Action::ViewMentorTeam); !s)
            return s.error();
    return load(userId);
}

QString MentorStore::usernameBase(const QString &firstName, const QString &lastName)
{
    // Letters without accents, digits; "Zoë O'Brien-Smith" -> "z.obriensmith".
    auto ascii = [](const QString &text) {
        QString out;
        for (const QChar c : text.normalized(QString::NormalizationForm_KD).toLower())
            if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
                out.append(c);
        return out;
    };
    const QString first = ascii(firstName);
    const QString last = ascii(lastName);
    QString base;
    if (!first.isEmpty() && !last.isEmpty())
        base = first.left(1) + QLatin1Char('.') + last;
    else
        base = first + last;
    if (base.size() < 2)
        base = QStringLiteral("mentor");
    return base.left(56);
}

Result<QString> MentorStore::freeUsername(const QString &firstName, const QString &lastName) const
{
    const QString base = usernameBase(firstName, lastName);
    Query q(m_db);
    if (Status s = q.prepare(QStringLiteral("SELECT COUNT(*) FROM users WHERE LOWER(username) = ?")); !s)
        return s.error();
    for (int n = 1; n < 10000; ++n) {
        const QString candidate = n == 1 ? base : base + QString::number(n);
        q.bind(candidate.toLower());
        auto taken = q.scalar();
        if (!taken)
            return taken.error();
        if (taken->toInt() == 0)
            return candidate;
    }
    return Error::conflict(tr("Could not find a free username for this mentor."));
}

Status MentorStore::checkTrnFree(const QString &trn, qint64 exceptUserId) const
{
    Query q(m_db, QStringLiteral("SELECT COUNT(*) FROM mentor_profiles WHERE trn = ? AND user_id <> ?"));
    q.bind(trn).bind(exceptUserId);
    auto n = q.scalar();
    if (!n)
        return n.error();
    if (n->toInt() > 0)
        return Error::conflict(
            tr("A mentor with the teacher reference number (TRN) %1 has already been added").arg(trn));
    return {};
}

Status MentorStore::ensureProfile(AuditLog &audit, const MentorProfile &mentor)
{
    if (mentor.hasProfile)
        return {};
    const QString grade = QStringLiteral("learning_mentor");
    Query q(m_db, QStringLiteral("INSERT INTO mentor_profiles (user_id, grade, capacity, first_name, last_name) "
                                 "VALUES (?, ?, ?, ?, ?)"));
    q.bind(mentor.userId)
        .bind(grade)
        .bind(MentorCatalogue::defaultCapacity(grade))
        .bind(mentor.basic.firstName)
        .bind(mentor.basic.lastName);
    if (Status s = q.exec(); !s)
        return s;
    return audit.created(QStringLiteral("mentor_profile"), mentor.userId, grade);
}

Status MentorStore::takeVersion(const MentorProfile &mentor, std::optional<int> expectedVersion,
                                const ChangedFields &fields)
{
    const auto stale = [&](const MentorProfile &theirs, int yours) {
        RecordConflict c;
        c.entity = QStringLiteral("mentor_profile");
        c.id = theirs.userId;
        c.recordLabel = tr("The profile of %1").arg(theirs.basic.fullName());
        c.yourVersion = yours;
        c.storedVersion = theirs.rowVersion;
        for (const auto &[label, mine, stored] : fields(theirs))
            c.add(label, mine, stored);
        return RecordConflicts::staleWrite(m_db, c);
    };
    if (expectedVersion && *expectedVersion != mentor.rowVersion)
        return stale(mentor, *expectedVersion);
    Query bump(m_db, QStringLiteral("UPDATE mentor_profiles SET row_version = row_version + 1 "
                                    "WHERE user_id = ? AND row_version = ?"));
    bump.bind(mentor.userId).bind(mentor.hasProfile ? mentor.rowVersion : 1); // ensureProfile's new row: 1
    if (Status s = bump.exec(); !s)
        return s;
    if (bump.numRowsAffected() == 0) {
        auto now = load(mentor.userId);
        if (!now)
            return now.error();
        return stale(*now, expectedVersion.value_or(mentor.rowVersion));
    }
    return {};
}

Result<AddedMentor> MentorStore::add(const Session &session, const MentorBasicDetails &raw)
{
    if (Status s = Permissions::require(session, Action::ManageMentors); !s)
        return s.error();
    const SchoolPhase phase = SchoolSettings(m_db).phase();
    const MentorBasicDetails d = MentorRules::tidy(raw);
    if (const FieldErrors errors = MentorRules::checkBasic(d, phase); !errors.isEmpty())
        return MentorRules::toError(errors);

    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    if (Status s = checkTrnFree(d.trn, 0); !s)
        return s.error();

    // A staff user who already has this email address (a teacher becoming a mentor) gets the
    // role rather than a second account.
    Query existing(m_db, QStringLiteral("SELECT u.id, u.username, CASE WHEN p.user_id IS NULL THEN 0 ELSE 1 END, "
                                        "p.status FROM users u LEFT JOIN mentor_profiles p ON p.user_id = u.id "
                                        "WHERE LOWER(u.email) = LOWER(?) ORDER BY u.id"));
    existing.bind(d.email);
    if (Status s = existing.exec(); !s)
        return s.error();
    AddedMentor added;
    bool newAccount = true;
    if (existing.next()) {
        newAccount = false;
        added.userId = existing.id(0);
        added.username = existing.string(1);
        const bool hasProfile = existing.flag(2);
        const bool removed = existing.string(3) == QLatin1String("removed");
        existing.finish();
        if (hasProfile && removed)
            return Error::conflict(tr("The mentor with this email address was removed. Reinstate them instead of "
                                      "adding them again."));
        if (hasProfile)
            return Error::conflict(tr("A mentor with this email address has already been added"));
    }
    existing.finish();

    AuditLog audit(m_db, session.actor());
    if (newAccount) {
        auto username = freeUsername(d.firstName, d.lastName);
        if (!username)
            return username.error();
        added.username = *username;
        added.firstPassword = randomPassword();
        auto hash = PasswordHasher::hash(added.firstPassword, m_passwordCost);
        if (!hash)
            return hash.error();
        Query user(m_db, QStringLiteral("INSERT INTO users (username, display_name, email, password_hash, "
                                        "must_change_password, created_at) VALUES (?, ?, ?, ?, 1, ?) RETURNING id"));
        user.bind(added.username).bind(d.fullName()).bind(d.email).bind(*hash).bind(isoNow());
        auto id = user.scalar();
        if (!id)
            return id.error();
        added.userId = id->toLongLong();
        if (Status s =
                audit.created(QStringLiteral("user"), added.userId, added.username + QStringLiteral(" [mentor]"));
            !s)
            return s.error();
    }
    Query role(m_db, QStringLiteral("INSERT INTO user_roles (user_id, role) VALUES (?, 'mentor') "
                                    "ON CONFLICT (user_id, role) DO NOTHING"));
    role.bind(added.userId);
    if (Status s = role.exec(); !s)
        return s.error();
    if (!newAccount && role.numRowsAffected() > 0)
        if (Status s = audit.changed(QStringLiteral("user"), added.userId, QStringLiteral("role"), QString(),
                                     QStringLiteral("mentor"));
            !s)
            return s.error();

    const QString grade = QStringLiteral("learning_mentor");
    Query profile(m_db, QStringLiteral("INSERT INTO mentor_profiles (user_id, grade, capacity, first_name, last_name, "
                                       "trn, subject, age_range, key_stage, status) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'active')"));
    profile.bind(added.userId)
        .bind(grade)
        .bind(MentorCatalogue::defaultCapacity(grade))
        .bind(d.firstName)
        .bind(d.lastName)
        .bind(d.trn)
        .bind(d.subject)
        .bind(d.ageRange)
        .bind(d.keyStage);
    if (Status s = profile.exec(); !s)
        return s.error();
    if (Status s = audit.created(QStringLiteral("mentor_profile"), added.userId,
                                 QStringList{d.subject, d.ageRange, d.keyStage}.join(QLatin1Char(',')));
        !s)
        return s.error();

    OutboxMessage message =
        MentorOutbox::addedMessage(d, added.username, schoolName(), session.displayName(), newAccount);
    message.mentorId = added.userId;
    auto messageId = MentorOutbox(m_db).write(audit, message, session.username());
    if (!messageId)
        return messageId.error();
    added.messageId = *messageId;
    if (Status s = tx.commit(); !s)
        return s.error();
    qCInfo(lcMentors) << "mentor added: user id" << added.userId << (newAccount ? "new account" : "existing account");
    return added;
}

Status MentorStore::updateBasic(const Session &session, qint64 userId, const MentorBasicDetails &raw,
                               std::optional<int> expectedVersion)
{
    if (Status s = Permissions::require(session, Action::ManageMentors); !s)
        return s;
    const MentorBasicDetails d = MentorRules::tidy(raw);
    if (const FieldErrors errors = MentorRules::checkBasic(d, SchoolSettings(m_db).phase()); !errors.isEmpty())
        return MentorRules::toError(errors);
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto mentor = load(userId);
    if (!mentor)
        return mentor.error();
    if (Status s = checkTrnFree(d.trn, userId); !s)
        return s;
    Query sameEmail(m_db, QStringLiteral("SELECT COUNT(*) FROM users WHERE LOWER(email) = LOWER(?) AND id <> ?"));
    sameEmail.bind(d.email).bind(userId);
    auto clash = sameEmail.scalar();
    if (!clash)
        return clash.error();
    if (clash->toInt() > 0)
        return Error::conflict(tr("Another staff user already has the email address %1").arg(d.email));

    AuditLog audit(m_db, session.actor());
    if (Status s = ensureProfile(audit, *mentor); !s)
        return s;
    if (Status s = takeVersion(*mentor, expectedVersion,
                               [&](const MentorProfile &theirs) {
                                   const MentorBasicDetails &t = theirs.basic;
                                   return QList<std::tuple<QString, QString, QString>>{
                                       {tr("First name"), d.firstName, t.firstName},
                                       {tr("Last name"), d.lastName, t.lastName},
                                       {tr("Teacher reference number"), d.trn, t.trn},
                                       {tr("Email"), d.email, t.email},
                                       {tr("Subject"), d.subject, t.subject},
                                       {tr("Age range"), d.ageRange, t.ageRange},
                                       {tr("Key stage"), d.keyStage, t.keyStage},
                                   };
                               });
        !s)
        return s;
    Query update(m_db, QStringLiteral("UPDATE mentor_profiles SET first_name = ?, last_name = ?, trn = ?, subject = ?, "
                                      "age_range = ?, key_stage = ? WHERE user_id = ?"));
    update.bind(d.firstName)
        .bind(d.lastName)
        .bind(d.trn)
        .bind(d.subject)
        .bind(d.ageRange)
        .bind(d.keyStage)
        .bind(userId);
    if (Status s = update.exec(); !s)
        return s;
    Query user(m_db, QStringLiteral("UPDATE users SET display_name = ?, email = ? WHERE id = ?"));
    user.bind(d.fullName()).bind(d.email).bind(userId);
    if (Status s = user.exec(); !s)
        return s;

    const MentorBasicDetails &old = mentor->basic;
    const std::tuple<const char *, QString, QString> fields[] = {
        {"first_name", old.firstName, d.firstName},
        {"last_name", old.lastName, d.lastName},
        {"trn", old.trn, d.trn},
        {"email", old.email, d.email},
        {"subject", old.subject, d.subject},
        {"age_range", old.ageRange, d.ageRange},
        {"key_stage", old.keyStage, d.keyStage},
    };
    for (const auto &[field, before, after] : fields)
        if (before != after)
            if (Status s =
                    audit.changed(QStringLiteral("mentor_profile"), userId, QString::fromLatin1(field), before, after);
                !s)
                return s;
    return tx.commit();
}

Status MentorStore::updateAdditional(const Session &session, qint64 userId, const MentorAdditionalDetails &raw,
                                     const QDate &today, std::optional<int> expectedVersion)
{
    if (Status s = Permissions::require(session, Action::ManageMentors); !s)
        return s;
    MentorAdditionalDetails d = raw;
    for (QString *text :
         {&d.qualifications, &d.providerTraining, &d.sendTraining, &d.subjectNetworks, &d.otherExperiences})
        *text = text->trimmed();
    if (const FieldErrors errors = MentorRules::checkAdditional(d, today); !errors.isEmpty())
        return MentorRules::toError(errors);
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto mentor = load(userId);
    if (!mentor)
        return mentor.error();
    AuditLog audit(m_db, session.actor());
    if (Status s = ensureProfile(audit, *mentor); !s)
        return s;
    if (Status s = takeVersion(*mentor, expectedVersion,
                               [&](const MentorProfile &theirs) {
                                   const MentorAdditionalDetails &t = theirs.additional;
                                   return QList<std::tuple<QString, QString, QString>>{
                                       {tr("Date qualified"), dateText(d.dateQualified), dateText(t.dateQualified)},
                                       {tr("Qualifications"), d.qualifications, t.qualifications},
                                       {tr("Date started mentoring"), dateText(d.dateStartedMentoring),
                                        dateText(t.dateStartedMentoring)},
                                       {tr("Provider training"), d.providerTraining, t.providerTraining},
                                       {tr("SEND training"), d.sendTraining, t.sendTraining},
                                       {tr("Subject networks"), d.subjectNetworks, t.subjectNetworks},
                                       {tr("Other experiences"), d.otherExperiences, t.otherExperiences},
                                   };
                               });
        !s)
        return s;
    Query update(m_db, QStringLiteral("UPDATE mentor_profiles SET date_qualified = ?, qualifications = ?, "
                                      "date_started_mentoring = ?, provider_training = ?, send_training = ?, "
                                      "subject_networks = ?, other_experiences = ? WHERE user_id = ?"));
    update.bind(d.dateQualified)
        .bindNullable(d.qualifications)
        .bind(d.dateStartedMentoring)
        .bindNullable(d.providerTraining)
        .bindNullable(d.sendTraining)
        .bindNullable(d.subjectNetworks)
        .bindNullable(d.otherExperiences)
        .bind(userId);
    if (Status s = update.exec(); !s)
        return s;
    const MentorAdditionalDetails &old = mentor->additional;
    const std::tuple<const char *, QString, QString> fields[] = {
        {"date_qualified", dateText(old.dateQualified), dateText(d.dateQualified)},
        {"qualifications", old.qualifications, d.qualifications},
        {"date_started_mentoring", dateText(old.dateStartedMentoring), dateText(d.dateStartedMentoring)},
        {"provider_training", old.providerTraining, d.providerTraining},
        {"send_training", old.sendTraining, d.sendTraining},
        {"subject_networks", old.subjectNetworks, d.subjectNetworks},
        {"other_experiences", old.otherExperiences, d.otherExperiences},
    };
    for (const auto &[field, before, after] : fields)
        if (before != after)
            if (Status s =
                    audit.changed(QStringLiteral("mentor_profile"), userId, QString::fromLatin1(field), before, after);
                !s)
                return s;
    return tx.commit();
}

Status MentorStore::setGradeAndCapacity(const Session &session, qint64 userId, const QString &grade, int capacity,
                                        std::optional<int> expectedVersion)
{
    if (Status s = Permissions::require(session, Action::ManageMentors); !s)
        return s;
    if (const FieldErrors errors = MentorRules::checkGradeAndCapacity(grade, capacity); !errors.isEmpty())
        return MentorRules::toError(errors);
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto mentor = load(userId);
    if (!mentor)
        return mentor.error();
    AuditLog audit(m_db, session.actor());
    if (Status s = ensureProfile(audit, *mentor); !s)
        return s;
    const QString oldGrade = mentor->hasProfile ? mentor->grade : QStringLiteral("learning_mentor");
    const int oldCapacity =
        mentor->hasProfile ? mentor->capacity : MentorCatalogue::defaultCapacity(QStringLiteral("learning_mentor"));
    if (Status s = takeVersion(*mentor, expectedVersion,
                               [&](const MentorProfile &theirs) {
                                   const auto gradeLabel = [](const QString &code) {
                                       return MentorCatalogue::labelOf(MentorCatalogue::grades(), code);
                                   };
                                   return QList<std::tuple<QString, QString, QString>>{
                                       {tr("Grade"), gradeLabel(grade), gradeLabel(theirs.grade)},
                                       {tr("Capacity"), QString::number(capacity), QString::number(theirs.capacity)},
                                   };
                               });
        !s)
        return s;
    Query update(m_db, QStringLiteral("UPDATE mentor_profiles SET grade = ?, capacity = ? WHERE user_id = ?"));
    update.bind(grade).bind(capacity).bind(userId);
    if (Status s = update.exec(); !s)
        return s;
    if (oldGrade != grade)
        if (Status s =
                audit.changed(QStringLiteral("mentor_profile"), userId, QStringLiteral("grade"), oldGrade, grade);
            !s)
            return s;
    if (oldCapacity != capacity)
        if (Status s = audit.changed(QStringLiteral("mentor_profile"), userId, QStringLiteral("capacity"),
                                     QString::number(oldCapacity), QString::number(capacity));
            !s)
            return s;
    return tx.commit();
}

Result<QList<CaseloadStudent>> MentorStore::caseloadStudents(const Session &session, qint64 userId) const
{
    if (Status s = Permissions::require(session, Action::ViewMentorTeam); !s)
        return s.error();
    const StudentScope scope = StudentScope::of(session, Action::ViewStudents);
    Query q(m_db, QStringLiteral("SELECT s.id, COALESCE(s.preferred_forename, s.legal_forename), "
                                 "COALESCE(s.preferred_surname, s.legal_surname), s.year_group, s.tutor_group "
                                 "FROM mentoring_groups g JOIN students s ON s.id = g.student_id "
                                 "WHERE g.mentor_id = ? AND g.ended_on IS NULL AND s.date_left IS NULL AND ") +
                      scope.condition + QStringLiteral(" ORDER BY s.legal_surname, s.legal_forename, s.id"));
    q.bind(userId);
    for (const QVariant &v : scope.binds)
        q.bind(v);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<CaseloadStudent> out;
    while (q.next())
        out.append({q.id(0), q.string(1) + QLatin1Char(' ') + q.string(2), q.integer(3), q.string(4)});
    return out;
}

Status MentorStore::remove(const Session &session, qint64 userId, const MentorRemoval &removal)
{
    if (Status s = Permissions::require(session, Action::ManageMentors); !s)
        return s;
    if (userId == session.userId())
        return Error::forbidden(tr("You cannot remove yourself from the mentoring team. Ask an administrator or "
                                   "another lead mentor."));
    if (MentorCatalogue::findCode(MentorCatalogue::removalReasons(), removal.reason) != removal.reason ||
        removal.reason.isEmpty())
        return Error::invalid(tr("Select why the mentor is being removed"));
    const QString note = removal.note.trimmed();
    if (removal.reason == QLatin1String("other") && note.isEmpty())
        return Error::invalid(tr("Enter the reason for removing the mentor"));
    if (note.size() > MentorRules::kMaxTextLength)
        return Error::invalid(tr("Keep the reason to %1 characters or fewer").arg(MentorRules::kMaxTextLength));
    if (!removal.on.isValid())
        return Error::invalid(tr("Enter the date of the removal"));

    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto mentor = load(userId);
    if (!mentor)
        return mentor.error();
    if (mentor->removed)
        return Error::conflict(tr("%1 has already been removed.").arg(mentor->basic.fullName()));

    // Every current student needs a new mentor first: nothing is orphaned. The check reads
    // every student in the group, whatever the session's scope.
    Query current(m_db, QStringLiteral("SELECT g.student_id, CASE WHEN s.date_left IS NULL THEN 0 ELSE 1 END "
                                       "FROM mentoring_groups g JOIN students s ON s.id = g.student_id "
                                       "WHERE g.mentor_id = ? AND g.ended_on IS NULL"));
    current.bind(userId);
    if (Status s = current.exec(); !s)
        return s;
    QSet<qint64> toReallocate;
    QList<qint64> leavers;
    while (current.next()) {
        if (current.flag(1))
            leavers.append(current.id(0));
        else
            toReallocate.insert(current.id(0));
    }
    current.finish();

    QHash<qint64, qint64> newMentorOf;
    for (const Reallocation &r : removal.reallocations) {
        if (!toReallocate.contains(r.studentId))
            return Error::invalid(
                tr("Student %1 is not one of %2's current students.").arg(r.studentId).arg(mentor->basic.fullName()));
        if (newMentorOf.contains(r.studentId))
            return Error::invalid(tr("Student %1 is given a new mentor twice.").arg(r.studentId));
        newMentorOf.insert(r.studentId, r.newMentorId);
    }
    const qsizetype missing = toReallocate.size() - newMentorOf.size();
    if (missing > 0)
        return Error::invalid(tr("Choose a new mentor for each of %1's students before removing them (%n without a "
                                 "new mentor).",
                                 nullptr, int(missing))
                                  .arg(mentor->basic.fullName()));

    // The new mentors must be active members of the team, within their capacity.
    QHash<qint64, int> incoming;
    for (qint64 target : std::as_const(newMentorOf))
        incoming[target] += 1;
    for (auto it = incoming.cbegin(); it != incoming.cend(); ++it) {
        if (it.key() == userId)
            return Error::invalid(tr("Choose a mentor other than the one being removed."));
        auto target = load(it.key());
        if (!target)
            return Error::invalid(tr("User %1 is not a mentor: choose a member of the mentoring team.").arg(it.key()));
        if (target->removed)
            return Error::invalid(
                tr("%1 has been removed from the team: choose an active mentor.").arg(target->basic.fullName()));
        if (const auto places = target->placesLeft(); places && *places < it.value())
            return Error::invalid(tr("%1 would have %2 students, over their capacity of %3. Choose another mentor "
                                     "or raise their capacity first.")
                                      .arg(target->basic.fullName())
                                      .arg(target->caseload + it.value())
                                      .arg(target->capacity));
    }

    AuditLog audit(m_db, session.actor());
    MentoringGroupStore groups(m_db);
    for (auto it = newMentorOf.cbegin(); it != newMentorOf.cend(); ++it)
        if (Status s = groups.assignUnchecked(audit, it.value(), it.key(), removal.on); !s)
            return s;
    // Students who have left leave the group with the mentor.
    Query endLeaver(m_db, QStringLiteral("UPDATE mentoring_groups SET ended_on = ? WHERE mentor_id = ? AND "
                                         "student_id = ? AND ended_on IS NULL"));
    for (qint64 studentId : std::as_const(leavers)) {
        endLeaver.bind(removal.on).bind(userId).bind(studentId);
        if (Status s = endLeaver.exec(); !s)
            return s;
        if (Status s = audit.changed(QStringLiteral("student"), studentId, QStringLiteral("mentor"),
                                     QString::number(userId), QString());
            !s)
            return s;
    }

    QStringList rolesRemoved;
    Query roles(m_db, QStringLiteral("SELECT role FROM user_roles WHERE user_id = ? AND role IN ('mentor', "
                                     "'lead_mentor') ORDER BY role"));
    roles.bind(userId);
    if (Status s = roles.exec(); !s)
        return s;
    while (roles.next())
        rolesRemoved.append(roles.string(0));
    roles.finish();
    Query dropRoles(m_db,
                    QStringLiteral("DELETE FROM user_roles WHERE user_id = ? AND role IN ('mentor', 'lead_mentor')"));
    dropRoles.bind(userId);
    if (Status s = dropRoles.exec(); !s)
        return s;
    for (const QString &role : std::as_const(rolesRemoved))
        if (Status s = audit.changed(QStringLiteral("user"), userId, QStringLiteral("role"), role, QString()); !s)
            return s;

    if (Status s = ensureProfile(audit, *mentor); !s)
        return s;
    Query status(m_db, QStringLiteral("UPDATE mentor_profiles SET status = 'removed' WHERE user_id = ?"));
    status.bind(userId);
    if (Status s = status.exec(); !s)
        return s;
    if (Status s = audit.changed(QStringLiteral("mentor_profile"), userId, QStringLiteral("status"),
                                 QStringLiteral("active"), QStringLiteral("removed"));
        !s)
        return s;

    Query record(m_db, QStringLiteral("INSERT INTO mentor_removals (mentor_id, removed_on, reason, note, removed_by, "
                                      "roles_removed, students_reallocated) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    record.bind(userId)
        .bind(removal.on)
        .bind(removal.reason)
        .bindNullable(note)
        .bind(session.username())
        .bind(rolesRemoved.join(QLatin1Char(',')))
        .bind(int(newMentorOf.size()));
    if (Status s = record.exec(); !s)
        return s;

    OutboxMessage message = MentorOutbox::removedMessage(
        mentor->basic.firstName, mentor->basic.fullName(), mentor->basic.email, schoolName(), session.displayName(),
        MentorCatalogue::labelOf(MentorCatalogue::removalReasons(), removal.reason), note, removal.on);
    message.mentorId = userId;
    if (auto id = MentorOutbox(m_db).write(audit, message, session.username()); !id)
        return id.error();
    if (Status s = tx.commit(); !s)
        return s;
    qCInfo(lcMentors) << "mentor removed: user id" << userId << "," << newMentorOf.size() << "students reallocated";
    return {};
}

Status MentorStore::reinstate(const Session &session, qint64 userId, const QDate &on)
{
    if (Status s = Permissions::require(session, Action::ReinstateMentors); !s)
        return s;
    if (!on.isValid())
        return Error::invalid(tr("Enter the date of the reinstatement"));
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto mentor = load(userId);
    if (!mentor)
        return mentor.error();
    Query open(m_db, QStringLiteral("SELECT id, roles_removed FROM mentor_removals WHERE mentor_id = ? AND "
                                    "reinstated_on IS NULL ORDER BY removed_on DESC, id DESC"));
    open.bind(userId);
    if (Status s = open.exec(); !s)
        return s;
    if (!mentor->removed || !open.next())
        return Error::conflict(
            tr("%1 has not been removed, so there is nothing to reinstate.").arg(mentor->basic.fullName()));
    const qint64 removalId = open.id(0);
    QStringList roles = open.string(1).split(QLatin1Char(','), Qt::SkipEmptyParts);
    open.finish();
    if (roles.isEmpty())
        roles << QStringLiteral("mentor");

    AuditLog audit(m_db, session.actor());
    Query give(m_db, QStringLiteral("INSERT INTO user_roles (user_id, role) VALUES (?, ?) "
                                    "ON CONFLICT (user_id, role) DO NOTHING"));
    for (const QString &role : std::as_const(roles)) {
        give.bind(userId).bind(role);
        if (Status s = give.exec(); !s)
            return s;
        if (Status s = audit.changed(QStringLiteral("user"), userId, QStringLiteral("role"), QString(), role); !s)
            return s;
    }
    Query status(m_db, QStringLiteral("UPDATE mentor_profiles SET status = 'active' WHERE user_id = ?"));
    status.bind(userId);
    if (Status s = status.exec(); !s)
        return s;
    if (Status s = audit.changed(QStringLiteral("mentor_profile"), userId, QStringLiteral("status"),
                                 QStringLiteral("removed"), QStringLiteral("active"));
        !s)
        return s;
    Query close(m_db, QStringLiteral("UPDATE mentor_removals SET reinstated_on = ?, reinstated_by = ? WHERE id = ?"));
    close.bind(on).bind(session.username()).bind(removalId);
    if (Status s = close.exec(); !s)
        return s;
    OutboxMessage message =
        MentorOutbox::reinstatedMessage(mentor->basic.firstName, mentor->basic.fullName(), mentor->basic.email,
                                        schoolName(), session.displayName(), on);
    message.mentorId = userId;
    if (auto id = MentorOutbox(m_db).write(audit, message, session.username()); !id)
        return id.error();
    if (Status s = tx.commit(); !s)
        return s;
    qCInfo(lcMentors) << "mentor reinstated: user id" << userId;
    return {};
}

} // namespace md
