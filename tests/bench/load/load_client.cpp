// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// mentordesk-load-client: one desk of the load test (issue 12, part 5). Connects to the server as a
// mentor's own role, works as that mentor for --seconds through the same core services the desk
// uses (log entries, 1:1 sessions, the mentoring register, letters), and prints one JSON line:
// what it wrote, how many operations failed and how long each took.
#include "access/AuthService.h"
#include "access/ServerAccounts.h"
#include "access/StudentScope.h"
#include "interventions/MentoringRegisterModel.h"
#include "letters/LetterService.h"
#include "letters/LetterTemplate.h"
#include "mentoring/LogEntryStore.h"
#include "mentoring/SessionStore.h"
#include "storage/Database.h"
#include "storage/Query.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTextStream>

using namespace md;

namespace {

struct Tally
{
    int entries = 0, sessions = 0, letters = 0, reads = 0, errors = 0;
    QStringList errorTexts;
    QHash<QString, QJsonArray> latencies;

    void failed(const QString &what, const Error &e)
    {
        ++errors;
        if (errorTexts.size() < 5)
            errorTexts << what + QStringLiteral(": ") + e.message;
    }
};

int fail(const QString &why)
{
    QTextStream(stderr) << why << Qt::endl;
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mentordesk-load-client"));
    QCommandLineParser parser;
    const QCommandLineOption url(QStringLiteral("url"), QStringLiteral("postgresql://ROLE@HOST:PORT/DBNAME"),
                                 QStringLiteral("URL"));
    const QCommandLineOption seconds(QStringLiteral("seconds"), QStringLiteral("How long to work."),
                                     QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("This client's number."), QStringLiteral("N"),
                                  QStringLiteral("1"));
    parser.addOptions({url, seconds, seed});
    parser.addHelpOption();
    parser.process(app);

    auto db = Database::open(parser.value(url));
    if (!db)
        return fail(db.error().message);
    auto staff = ServerAccounts::connectedStaffUser(**db);
    if (!staff || !*staff)
        return fail(QStringLiteral("the role is no staff user's"));
    auto session = AuthService(**db).sessionFor(**staff);
    if (!session)
        return fail(session.error().message);
    const int me = parser.value(seed).toInt();

    // The caseload, as the desk's student list finds it.
    QList<qint64> caseload;
    {
        const StudentScope scope = StudentScope::of(*session, Action::ViewStudents);
        Query q(**db, QStringLiteral("SELECT s.id FROM students s WHERE ") + scope.condition + QStringLiteral(" ORDER BY s.id"));
        for (const QVariant &v : scope.binds)
            q.bind(v);
        if (Status s = q.exec(); !s)
            return fail(s.error().message);
        while (q.next())
            caseload << q.id(0);
    }
    if (caseload.isEmpty())
        return fail(QStringLiteral("no assigned learners"));
    qint64 templateId = 0;
    if (auto templates = LetterTemplateStore(**db).list(*session)) {
        for (const LetterTemplate &t : *templates)
            if (t.type == LetterType::Mentoring && !t.archived && templateId == 0)
                templateId = t.id;
    }
    if (templateId == 0)
        return fail(QStringLiteral("no mentoring letter template"));

    QRandomGenerator rng(quint32(me) * 7919u);
    Tally tally;
    LogEntryStore entries(**db);
    SessionStore sessions(**db);
    LetterService letters(**db);
    MentoringRegisterModel reg;
    reg.setSource(**db, *session);
    // Sessions go on school days from a week ahead, one period each, so none clash with another.
    QDate day = QDate::currentDate().addDays(7);
    int period = 0;
    const QString marker = QStringLiteral("load-client %1").arg(me);

    QElapsedTimer total;
    total.start();
    const qint64 limitMs = qint64(parser.value(seconds).toDouble() * 1000);
    int n = 0;
    while (total.elapsed() < limitMs) {
        const qint64 student = caseload.at(int(rng.bounded(caseload.size())));
        const int roll = int(rng.bounded(100));
        QElapsedTimer t;
        t.start();
        QString kind;
        ++n;
        if (roll < 35) {
            kind = QStringLiteral("log_entry");
            LogEntry e;
            e.studentId = student;
            e.kind = EntryKind::Note;
            e.occurredOn = QDate::currentDate();
            e.title = marker;
            e.body = QStringLiteral("Talked through the week (%1 #%2).").arg(marker).arg(n);
            if (auto id = entries.add(*session, e))
                ++tally.entries;
            else
                tally.failed(kind, id.error());
        } else if (roll < 60) {
            kind = QStringLiteral("session");
            if (++period > 5) {
                period = 1;
                day = day.addDays(1);
            }
            while (day.dayOfWeek() > 5)
                day = day.addDays(1);
            NewSession s;
            s.studentId = student;
            s.date = day;
            s.period = period;
            s.plan = marker;
            s.mentorId = session->userId();
            if (auto id = sessions.plan(*session, s))
                ++tally.sessions;
            else
                tally.failed(kind, id.error());
        } else if (roll < 85) {
            kind = QStringLiteral("register_view");
            if (Status s = reg.load(); !s)
                tally.failed(kind, s.error());
            else if (auto log = entries.forStudent(*session, student); !log)
                tally.failed(kind, log.error());
            else
                ++tally.reads;
        } else {
            kind = QStringLiteral("letter");
            LetterRequest r;
            r.templateId = templateId;
            r.studentIds = {student};
            if (auto ids = letters.createDrafts(*session, r, true))
                tally.letters += int(ids->size());
            else
                tally.failed(kind, ids.error());
        }
        tally.latencies[kind].append(double(t.nsecsElapsed()) / 1e6);
    }

    QJsonObject out{{QStringLiteral("user"), **staff},
                    {QStringLiteral("user_id"), session->userId()},
                    {QStringLiteral("marker"), marker},
                    {QStringLiteral("entries"), tally.entries},
                    {QStringLiteral("sessions"), tally.sessions},
                    {QStringLiteral("letters"), tally.letters},
                    {QStringLiteral("reads"), tally.reads},
                    {QStringLiteral("errors"), tally.errors},
                    {QStringLiteral("error_texts"), QJsonArray::fromStringList(tally.errorTexts)},
                    {QStringLiteral("elapsed_ms"), double(total.elapsed())}};
    QJsonObject lat;
    for (auto it = tally.latencies.cbegin(); it != tally.latencies.cend(); ++it)
        lat.insert(it.key(), it.value());
    out.insert(QStringLiteral("latencies_ms"), lat);
    QTextStream(stdout) << QJsonDocument(out).toJson(QJsonDocument::Compact) << Qt::endl;
    return tally.errors == 0 ? 0 : 3;
}
