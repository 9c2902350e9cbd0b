// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile input in the letterhead dialog (issue 9 part 5): a logo file over the 2 MB limit is
// refused with a message before any of it is read, so a huge file cannot fill memory.
#include "TestDatabase.h"

#include "letters/LetterheadDialog.h"

#include <QLabel>
#include <QTemporaryDir>
#include <QtTest>

using namespace md;

class TestLetterheadLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusesLogoOverTheLimitBeforeReadingIt()
    {
        test::TestDatabase t;
        const Session admin = t.addUser(QStringLiteral("admin"), {Role::Administrator});
        ui::LetterheadDialog dialog(t.db(), admin);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("huge.png"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("\x89PNG\r\n\x1a\n");
        QVERIFY(f.resize(300LL * 1024 * 1024)); // sparse: 300 MB long, next to nothing on disk
        f.close();
        QVERIFY(!dialog.loadLogo(path));
        QVERIFY(!dialog.errorLabel()->isHidden());
        QVERIFY2(dialog.errorLabel()->text().contains(QLatin1String("is too large (307200 KB): use an image under 2 MB")),
                 qPrintable(dialog.errorLabel()->text()));
        QVERIFY(dialog.letterhead().logoPng.isEmpty() || dialog.letterhead().logoPng.size() < 3 * 1024 * 1024);
    }
};

QTEST_MAIN(TestLetterheadLimits)
#include "tst_letterheadlimits.moc"
