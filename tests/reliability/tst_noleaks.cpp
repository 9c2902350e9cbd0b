// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Pupil data never appears in logs or in temporary files left behind: the command-line tool and
// the desk app run as child processes with every logging category switched on, their own
// temporary folder and home; then their log lines and that folder are searched for the demo
// school's names and UPNs.
#include "storage/Database.h"
#include "storage/Query.h"

#include <QDirIterator>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace md;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString logs; // only the lines the message pattern marks as log output
};

QProcessEnvironment isolated(const QTemporaryDir &home, const QTemporaryDir &tmp)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("TMPDIR"), tmp.path());
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true;qt.*=false"));
    env.insert(QStringLiteral("QT_MESSAGE_PATTERN"), QStringLiteral("MDLOG %{category} %{message}"));
    return env;
}

Run run(const QString &program, const QStringList &args, const QProcessEnvironment &env, int killAfterMs = -1)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    Run r;
    if (!p.waitForStarted())
        return r;
    if (killAfterMs > 0) {
        if (!p.waitForFinished(killAfterMs)) {
            p.terminate();
            if (!p.waitForFinished(5000))
                p.kill();
            p.waitForFinished(5000);
        }
    } else {
        p.waitForFinished(120000);
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    const QStringList err = QString::fromUtf8(p.readAllStandardError()).split(QLatin1Char('\n'));
    for (const QString &line : err)
        if (line.startsWith(QLatin1String("MDLOG")))
            r.logs += line + QLatin1Char('\n');
    return r;
}

// Every student's and parent's name and every UPN in the school, as whole words.
QStringList pupilData(const QString &databasePath)
{
    QStringList out;
    auto db = Database::openSqlite(databasePath);
    if (!db)
        return out;
    Query q(**db, QStringLiteral("SELECT legal_forename || ' ' || legal_surname, upn FROM students"));
    if (!q.exec())
        return out;
    while (q.next())
        out << q.string(0) << q.string(1);
    Query p(**db, QStringLiteral("SELECT surname FROM parents WHERE LENGTH(surname) >= 6"));
    if (p.exec())
        while (p.next())
            out << p.string(0);
    out.removeDuplicates();
    return out;
}

QStringList found(const QString &text, const QStringList &needles)
{
    QStringList hits;
    for (const QString &n : needles)
        if (QRegularExpression(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(n))).match(text).hasMatch())
            hits << n;
    return hits;
}

} // namespace

class TestNoLeaks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void logsAndTemporaryFilesHoldNoPupilData()
    {
        QTemporaryDir home;
        QTemporaryDir tmp;
        QTemporaryDir work;
        const QProcessEnvironment env = isolated(home, tmp);
        const QString db = work.filePath(QStringLiteral("school.sqlite"));
        const QString cli = QStringLiteral(MD_CLI_PATH);
        QString logs;

        Run demo = run(cli, {QStringLiteral("--database"), db, QStringLiteral("demo"), QStringLiteral("--students"),
                             QStringLiteral("150")},
                       env);
        QVERIFY2(demo.code == 0, qPrintable(demo.out));
        logs += demo.logs;
        const QStringList needles = pupilData(db);
        QVERIFY(needles.size() > 300);

        // A list, an export, a backup and an encrypted backup, a restore, and a bad import.
        const QString upn = needles.at(1);
        const QString passFile = work.filePath(QStringLiteral("pass"));
        {
            QFile f(passFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("a passphrase for the test\n");
        }
        QFile bad(work.filePath(QStringLiteral("bad.csv")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("UPN,Legal surname,Legal forename,Date of birth,Year group\nnot-a-upn,Smithson,Ada,2013-02-30,8\n");
        bad.close();
        const QList<QStringList> commands = {
            {QStringLiteral("students"), QStringLiteral("--format"), QStringLiteral("json")},
            {QStringLiteral("export"), QStringLiteral("student"), upn, QStringLiteral("--out"), work.filePath(QStringLiteral("sar.json")),
             QStringLiteral("--pdf"), work.filePath(QStringLiteral("sar.pdf"))},
            {QStringLiteral("backup"), work.filePath(QStringLiteral("b.sqlite"))},
            {QStringLiteral("backup"), work.filePath(QStringLiteral("b.mdsealed")), QStringLiteral("--passphrase-file"), passFile},
            {QStringLiteral("restore"), work.filePath(QStringLiteral("b.mdsealed")), QStringLiteral("--passphrase-file"), passFile},
            {QStringLiteral("import"), QStringLiteral("students"), bad.fileName()},
            {QStringLiteral("check")},
        };
        for (const QStringList &c : commands) {
            const Run r = run(cli, QStringList{QStringLiteral("--database"), db} + c, env);
            QVERIFY2(r.code >= 0, qPrintable(c.join(QLatin1Char(' '))));
            logs += r.logs;
        }

        // The desk app on the same school for a few seconds, then closed.
        const Run gui = run(QStringLiteral(MD_GUI_PATH), {QStringLiteral("--database"), db}, env, 4000);
        logs += gui.logs;

        QVERIFY2(!logs.isEmpty(), "the programs logged nothing: the test would prove nothing");
        const QStringList inLogs = found(logs, needles);
        QVERIFY2(inLogs.isEmpty(), qPrintable(QStringLiteral("pupil data in the logs: ") + inLogs.join(QStringLiteral(", "))));

        QStringList inTemp;
        QDirIterator it(tmp.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QStringList hits = found(QString::fromUtf8(f.readAll()), needles);
            if (!hits.isEmpty())
                inTemp << f.fileName() + QStringLiteral(": ") + hits.first();
        }
        QVERIFY2(inTemp.isEmpty(), qPrintable(QStringLiteral("pupil data in temporary files: ") + inTemp.join(QStringLiteral("; "))));
        // Nothing unsealed is left beside the encrypted backup.
        QCOMPARE(QDir(work.path()).entryList({QStringLiteral("*.part")}, QDir::Files), QStringList());
        QVERIFY(!QFile::exists(db + QStringLiteral(".unsealed")));
    }
};

QTEST_GUILESS_MAIN(TestNoLeaks)
#include "tst_noleaks.moc"
