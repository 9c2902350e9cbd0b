// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"

#include "storage/BackupService.h"
#include "storage/Query.h"
#include "storage/SealedFile.h"

#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace md;

namespace {

const QString kPass = QStringLiteral("correct horse battery");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

int studentCount(Database &db)
{
    Query q(db, QStringLiteral("SELECT COUNT(*) FROM students"));
    return q.scalar()->toInt();
}

} // namespace

class TestSealedFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripsEverySize_data()
    {
        QTest::addColumn<int>("size");
        QTest::newRow("empty") << 0;
        QTest::newRow("one byte") << 1;
        QTest::newRow("one chunk exactly") << 64 * 1024;
        QTest::newRow("three chunks and a bit") << 3 * 64 * 1024 + 17;
    }
    void roundTripsEverySize()
    {
        QFETCH(int, size);
        QTemporaryDir dir;
        QByteArray plain(size, Qt::Uninitialized);
        for (int i = 0; i < size; ++i)
            plain[i] = char(QRandomGenerator::global()->bounded(256));
        writeAll(dir.filePath(QStringLiteral("plain")), plain);
        QVERIFY(SealedFile::seal(dir.filePath(QStringLiteral("plain")), dir.filePath(QStringLiteral("sealed")), kPass,
                                 SealedFile::Strength::Minimum));
        QVERIFY(SealedFile::isSealed(dir.filePath(QStringLiteral("sealed"))));
        QVERIFY(!SealedFile::isSealed(dir.filePath(QStringLiteral("plain"))));
        const QByteArray sealed = readAll(dir.filePath(QStringLiteral("sealed")));
        if (size > 16)
            QVERIFY(!sealed.contains(plain.left(16)));
        QCOMPARE(QFileInfo(dir.filePath(QStringLiteral("sealed"))).permissions()
                     & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFileDevice::Permissions());
        QVERIFY(SealedFile::open(dir.filePath(QStringLiteral("sealed")), dir.filePath(QStringLiteral("back")), kPass));
        QCOMPARE(readAll(dir.filePath(QStringLiteral("back"))), plain);
    }

    void wrongPassphraseIsRefusedAndWritesNothing()
    {
        QTemporaryDir dir;
        writeAll(dir.filePath(QStringLiteral("plain")), QByteArray("the record of a pupil"));
        QVERIFY(SealedFile::seal(dir.filePath(QStringLiteral("plain")), dir.filePath(QStringLiteral("sealed")), kPass,
                                 SealedFile::Strength::Minimum));
        const Status s = SealedFile::open(dir.filePath(QStringLiteral("sealed")), dir.filePath(QStringLiteral("back")),
                                          QStringLiteral("incorrect horse battery"));
        QVERIFY(!s);
        QVERIFY2(s.error().message.contains(QStringLiteral("passphrase is wrong")), qPrintable(s.error().message));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("back"))));
    }

    void everyTamperedByteIsRefused_data()
    {
        QTest::addColumn<int>("offset");
        QTest::newRow("cost parameters") << 9;
        QTest::newRow("salt") << 30;
        QTest::newRow("stream header") << 60;
        QTest::newRow("first chunk") << 100;
        QTest::newRow("second chunk") << 64 * 1024 + 200;
        QTest::newRow("last byte") << -1;
    }
    void everyTamperedByteIsRefused()
    {
        QFETCH(int, offset);
        QTemporaryDir dir;
        writeAll(dir.filePath(QStringLiteral("plain")), QByteArray(150 * 1024, 'x'));
        QVERIFY(SealedFile::seal(dir.filePath(QStringLiteral("plain")), dir.filePath(QStringLiteral("sealed")), kPass,
                                 SealedFile::Strength::Minimum));
        QByteArray bytes = readAll(dir.filePath(QStringLiteral("sealed")));
        const int at = offset < 0 ? int(bytes.size()) - 1 : offset;
        bytes[at] = char(bytes[at] ^ 0x01);
        writeAll(dir.filePath(QStringLiteral("sealed")), bytes);
        const Status s = SealedFile::open(dir.filePath(QStringLiteral("sealed")), dir.filePath(QStringLiteral("back")), kPass);
        QVERIFY(!s);
        const QString m = s.error().message;
        QVERIFY2(m.contains(dir.filePath(QStringLiteral("sealed")))
                     && (m.contains(QStringLiteral("altered")) || m.contains(QStringLiteral("damaged"))),
                 qPrintable(m));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("back"))));
    }

    void truncatedAndExtendedFilesAreRefused()
    {
        QTemporaryDir dir;
        writeAll(dir.filePath(QStringLiteral("plain")), QByteArray(100 * 1024, 'y'));
        QVERIFY(SealedFile::seal(dir.filePath(QStringLiteral("plain")), dir.filePath(QStringLiteral("sealed")), kPass,
                                 SealedFile::Strength::Minimum));
        const QByteArray bytes = readAll(dir.filePath(QStringLiteral("sealed")));
        // Cut exactly after the first chunk: every chunk read is authentic, but the final one is missing.
        writeAll(dir.filePath(QStringLiteral("cut")), bytes.left(64 + 4 + 64 * 1024 + 17));
        Status s = SealedFile::open(dir.filePath(QStringLiteral("cut")), dir.filePath(QStringLiteral("back")), kPass);
        QVERIFY(!s);
        QVERIFY2(s.error().message.contains(QStringLiteral("incomplete")), qPrintable(s.error().message));
        writeAll(dir.filePath(QStringLiteral("long")), bytes + QByteArray("extra"));
        s = SealedFile::open(dir.filePath(QStringLiteral("long")), dir.filePath(QStringLiteral("back")), kPass);
        QVERIFY(!s);
        QVERIFY2(s.error().message.contains(QStringLiteral("after its last part")), qPrintable(s.error().message));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("back"))));
    }

    void shortPassphrasesAreRefused()
    {
        QTemporaryDir dir;
        writeAll(dir.filePath(QStringLiteral("plain")), QByteArray("x"));
        const Status s = SealedFile::seal(dir.filePath(QStringLiteral("plain")), dir.filePath(QStringLiteral("sealed")),
                                          QStringLiteral("short"));
        QVERIFY(!s);
        QVERIFY(s.error().message.contains(QStringLiteral("10 characters")));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("sealed"))));
    }

    void encryptedBackupRoundTrip()
    {
        test::TestDatabase t;
        t.addStudent(1, QStringLiteral("Ada"), QStringLiteral("Quill"));
        const QString target = QDir(t.dir()).filePath(QStringLiteral("offsite.mdsealed"));
        QVERIFY(BackupService::backupTo(t.db(), target, kPass));
        QVERIFY(SealedFile::isSealed(target));
        QVERIFY(!readAll(target).contains("Quill"));
        QCOMPARE(QDir(t.dir()).entryList({QStringLiteral("*.part")}, QDir::Files), QStringList());
        // Without or with the wrong passphrase it is refused; with the right one it verifies.
        QVERIFY(!BackupService::verify(target));
        QVERIFY(!BackupService::verify(target, QStringLiteral("not the passphrase")));
        QVERIFY(BackupService::verify(target, kPass));
        QVERIFY(!QFile::exists(target + QStringLiteral(".verifying")));

        // A change after the backup, then restore: the change is gone, the live file kept aside.
        t.addStudent(2, QStringLiteral("Bo"), QStringLiteral("Reed"));
        const QString live = t.path();
        t.close();
        auto wrong = BackupService::restore(target, live, QStringLiteral("not the passphrase"));
        QVERIFY(!wrong);
        QVERIFY(!QFile::exists(live + QStringLiteral(".unsealed")));
        {
            auto db = Database::openSqlite(live);
            QVERIFY(db);
            QCOMPARE(studentCount(**db), 2); // untouched by the refused restore
        }
        auto restored = BackupService::restore(target, live, kPass);
        QVERIFY2(restored, restored ? "" : qPrintable(restored.error().message));
        QVERIFY(!QFile::exists(live + QStringLiteral(".unsealed")));
        auto db = Database::openSqlite(live);
        QVERIFY(db);
        QCOMPARE(studentCount(**db), 1);
    }
};

QTEST_GUILESS_MAIN(TestSealedFile)
#include "tst_sealedfile.moc"
