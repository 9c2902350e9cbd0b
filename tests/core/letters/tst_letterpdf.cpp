// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Letters on paper: one PDF per batch, each letter on a new page with the letterhead, the right
// names on the right pages (read back with pdftotext), cancelling, and the command line.
#include "LetterFixtures.h"

#include "access/Session.h"
#include "cli/CliCommands.h"
#include "letters/LetterRenderer.h"
#include "letters/LetterService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPdfWriter>
#include <QProcess>
#include <QTextDocument>

using namespace md;
using namespace md::test;

namespace {

// The text of each page of a PDF, as pdftotext reads it (pages end with a form feed).
QStringList pdfPages(const QString &path)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return {QStringLiteral("pdftotext is not installed (Debian: poppler-utils)")};
    QProcess p;
    p.start(tool, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    p.waitForFinished(30000);
    QStringList pages = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run runTool(const QStringList &args)
{
    Run r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    r.code = cli::runCli(QStringList{QStringLiteral("mentordesk-cli")} + args, out, err);
    out.flush();
    err.flush();
    return r;
}

const QString kBody = QStringLiteral(
    "<p>{{recipient.name}}<br />{{recipient.address}}</p><p align=\"right\">{{letter.date}}</p>"
    "<p>{{recipient.salutation}},</p><p>We are writing about {{student.full_name}} in {{student.tutor_group}}.</p>"
    "<p>Yours sincerely,</p><p>{{sender.name}}<br />{{sender.role}}</p>");

} // namespace

class TestLetterPdf : public QObject
{
    Q_OBJECT

private:
    struct School
    {
        TestDatabase t;
        Session head;
        QList<Family> families;
        qint64 templateId = 0;
    };

    std::unique_ptr<School> school(int students)
    {
        auto s = std::make_unique<School>();
        s->head = s->t.addUser(QStringLiteral("h.one"), {Role::Headteacher});
        const QStringList forenames{QStringLiteral("Siân"), QStringLiteral("Zoë"), QStringLiteral("Łukasz"),
                                    QStringLiteral("Nnamdi"), QStringLiteral("Aoibhín")};
        const QStringList surnames{QStringLiteral("O'Connor-Ní Bhriain"), QStringLiteral("Brontë"),
                                   QStringLiteral("Wiśniewski"), QStringLiteral("Okonkwo"), QStringLiteral("D'Arcy")};
        for (int i = 0; i < students; ++i) {
            FamilyOptions o;
            o.forename = forenames.at(i % forenames.size());
            o.surname = surnames.at(i % surnames.size()) + (i >= surnames.size() ? QString::number(i) : QString());
            o.withFather = false;
            s->families.append(addFamily(s->t, i + 1, o));
        }
        saveLetterhead(s->t);
        s->templateId = addTemplate(s->t, QStringLiteral("Notice"), LetterType::Attendance, kBody);
        return s;
    }

    QList<RenderLetter> render(School &s, QList<qint64> *ids = nullptr)
    {
        LetterService service(s.t.db());
        LetterRequest r;
        r.templateId = s.templateId;
        for (const Family &f : std::as_const(s.families))
            r.studentIds.append(f.student);
        auto created = service.createDrafts(s.head, r, false);
        if (!created)
            qWarning("%s", qPrintable(created.error().fullText()));
        if (ids)
            *ids = *created;
        return *service.renderable(s.head, *created);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void batchIsOnePdfWithEachLetterOnItsOwnPageAndTheRightNames()
    {
        auto s = school(5);
        QList<qint64> ids;
        const QList<RenderLetter> letters = render(*s, &ids);
        QCOMPARE(letters.size(), 5);
        const QString path = s->t.dir() + QStringLiteral("/batch.pdf");
        int calls = 0;
        auto done = LetterRenderer().renderPdf(path, letters, [&calls](int done, int total) {
            ++calls;
            return done <= total;
        });
        QVERIFY2(done, qPrintable(done.error().fullText()));
        QCOMPARE(done->letters, 5);
        QCOMPARE(done->pages, 5);
        QCOMPARE(calls, 5);
        QVERIFY(!done->cancelled);

        const QStringList pages = pdfPages(path);
        QCOMPARE(pages.size(), 5); // one page break per letter
        for (int i = 0; i < 5; ++i) {
            const QString &page = pages.at(i);
            const QString surname =
                s->families.size() > i
                    ? QStringList{QStringLiteral("O'Connor-Ní Bhriain"), QStringLiteral("Brontë"),
                                  QStringLiteral("Wiśniewski"), QStringLiteral("Okonkwo"), QStringLiteral("D'Arcy")}
                          .at(i)
                    : QString();
            QVERIFY2(page.contains(QStringLiteral("Dear Mrs ") + surname), qPrintable(page));
            QVERIFY2(page.contains(QStringLiteral("Northgate Academy")), qPrintable(page)); // the letterhead
            QVERIFY2(page.contains(QStringLiteral("Ref. ") + LetterTerms::reference(ids.at(i))), qPrintable(page));
            QVERIFY2(page.contains(QStringLiteral("Headteacher: Test Person")), qPrintable(page)); // the footer
            // Nobody else's name on this page.
            for (int j = 0; j < 5; ++j)
                if (j != i)
                    QVERIFY2(!page.contains(s->families.at(j).upn), qPrintable(page));
        }
        QVERIFY(pages.at(0).contains(QStringLiteral("Siân O'Connor-Ní Bhriain in 9B")));
        QVERIFY(pages.at(2).contains(QStringLiteral("Łukasz Wiśniewski")));
    }

    void pagesAreA4WithTheLetterMargins()
    {
        const QPageLayout layout = LetterRenderer::pageLayout();
        QCOMPARE(layout.pageSize().id(), QPageSize::A4);
        QCOMPARE(layout.orientation(), QPageLayout::Portrait);
        QCOMPARE(layout.margins(QPageLayout::Millimeter), QMarginsF(20, 15, 20, 15));
        auto s = school(1);
        const QString path = s->t.dir() + QStringLiteral("/a4.pdf");
        QVERIFY(LetterRenderer().renderPdf(path, render(*s)));
        QProcess info;
        info.start(QStandardPaths::findExecutable(QStringLiteral("pdfinfo")), {path});
        info.waitForFinished(30000);
        const QString text = QString::fromUtf8(info.readAllStandardOutput());
        QVERIFY2(text.contains(QStringLiteral("(A4)")), qPrintable(text));
    }

    void longLetterRunsOntoASecondPageAndTheNextStartsFresh()
    {
        auto s = school(2);
        QList<RenderLetter> letters = render(*s);
        QString longBody = letters[0].bodyHtml;
        QString paragraphs;
        for (int i = 0; i < 60; ++i)
            paragraphs += QStringLiteral("<p>Paragraph %1 of a long letter about attendance and support.</p>").arg(i);
        longBody.replace(QStringLiteral("<p>Yours sincerely,</p>"),
                         paragraphs + QStringLiteral("<p>Yours sincerely,</p>"));
        letters[0].bodyHtml = longBody;
        const QString path = s->t.dir() + QStringLiteral("/long.pdf");
        auto done = LetterRenderer().renderPdf(path, letters);
        QVERIFY(done);
        QVERIFY(done->pages >= 3);
        const QStringList pages = pdfPages(path);
        QCOMPARE(pages.size(), done->pages);
        QVERIFY(pages.at(0).contains(QStringLiteral("Page 1 of")));
        QVERIFY(pages.at(1).contains(QStringLiteral("Page 2 of")));
        // The letterhead heads a letter's first page only.
        QVERIFY(!pages.at(1).contains(QStringLiteral("Academy Way")));
        // The second letter starts on a page of its own, with its letterhead.
        QVERIFY(pages.last().contains(QStringLiteral("Dear Mrs Brontë")));
        QVERIFY(pages.last().contains(QStringLiteral("Academy Way")));
        QVERIFY(!pages.last().contains(QStringLiteral("Paragraph")));
    }

    void cancellingLeavesNoFileBehind()
    {
        auto s = school(3);
        const QList<RenderLetter> letters = render(*s);
        const QString path = s->t.dir() + QStringLiteral("/cancelled.pdf");
        auto done = LetterRenderer().renderPdf(path, letters, [](int done, int) { return done < 2; });
        QVERIFY(done);
        QVERIFY(done->cancelled);
        QCOMPARE(done->letters, 2);
        QVERIFY(!QFile::exists(path));
        // An earlier file of the same name is left as it was.
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("earlier");
        old.close();
        QVERIFY(LetterRenderer().renderPdf(path, letters, [](int, int) { return false; }));
        QCOMPARE(fileBytes(path), QByteArray("earlier"));
    }

    void layoutIsTheSameAtEveryDeviceResolution()
    {
        auto s = school(1);
        const QList<RenderLetter> letters = render(*s);
        LetterRenderer renderer;
        auto doc = renderer.layOut(letters.first(), QSizeF(642, 1000));
        const qreal height = doc->size().height();
        // The letterhead comes first, then the letter.
        const QString text = doc->toPlainText();
        QVERIFY(text.indexOf(QStringLiteral("Northgate Academy")) >= 0);
        QVERIFY(text.indexOf(QStringLiteral("Northgate Academy")) < text.indexOf(QStringLiteral("Dear Mrs")));
        for (int dpi : {72, 300, 1200}) {
            QBuffer sink;
            sink.open(QIODevice::WriteOnly);
            QPdfWriter writer(&sink);
            writer.setResolution(dpi);
            writer.setPageLayout(LetterRenderer::pageLayout());
            auto done = renderer.render(writer, letters);
            QVERIFY(done);
            QCOMPARE(done->pages, 1);
            QVERIFY(sink.size() > 1000);
        }
        QCOMPARE(renderer.layOut(letters.first(), QSizeF(642, 1000))->size().height(), height);
    }

    // --- the command line -----------------------------------------------------------------------

    void cliRendersIssuesAndListsLetters()
    {
        auto s = school(3);
        const QString db = s->t.path();
        s->t.close();
        QStringList upns;
        for (const Family &f : std::as_const(s->families))
            upns << f.upn;
        const QString out = s->t.dir() + QStringLiteral("/cli.pdf");
        const Run r = runTool({QStringLiteral("--database"), db, QStringLiteral("--user"), QStringLiteral("h.one"),
                               QStringLiteral("letters"), QStringLiteral("render"), QStringLiteral("--template"),
                               QStringLiteral("notice"), QStringLiteral("--students"), upns.join(QLatin1Char(',')),
                               QStringLiteral("--to"), QStringLiteral("parents"), QStringLiteral("--out"), out});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Wrote 3 letter(s)")), qPrintable(r.out));
        const QStringList pages = pdfPages(out);
        QCOMPARE(pages.size(), 3);
        QVERIFY(pages.at(1).contains(QStringLiteral("Dear Mrs Brontë")));

        const Run list = runTool({QStringLiteral("--database"), db, QStringLiteral("letters"), QStringLiteral("list"),
                                  QStringLiteral("--state"), QStringLiteral("issued"), QStringLiteral("--format"),
                                  QStringLiteral("json")});
        QCOMPARE(list.code, 0);
        const QJsonArray rows = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("issued_via")).toString(), QStringLiteral("pdf"));
        QCOMPARE(rows.at(2).toObject().value(QStringLiteral("to")).toString(),
                 QStringLiteral("Mrs Aoife O'Connor-Ní Bhriain"));
        QCOMPARE(runTool({QStringLiteral("--database"), db, QStringLiteral("letters"), QStringLiteral("list"),
                          QStringLiteral("--state"), QStringLiteral("draft"), QStringLiteral("--format"),
                          QStringLiteral("json")})
                     .out.trimmed(),
                 QStringLiteral("[\n]"));

        const Run ack =
            runTool({QStringLiteral("--database"), db, QStringLiteral("letters"), QStringLiteral("acknowledge"),
                     rows.at(0).toObject().value(QStringLiteral("reference")).toString(), QStringLiteral("--how"),
                     QStringLiteral("reply_slip")});
        QVERIFY2(ack.code == 0, qPrintable(ack.err));
        const Run acknowledged =
            runTool({QStringLiteral("--database"), db, QStringLiteral("letters"), QStringLiteral("list"),
                     QStringLiteral("--state"), QStringLiteral("acknowledged"), QStringLiteral("--format"),
                     QStringLiteral("csv")});
        QCOMPARE(acknowledged.out.count(QStringLiteral("\r\n")), 2);
    }

    void cliPreviewWritesThePdfButRecordsNothing()
    {
        auto s = school(1);
        const QString db = s->t.path();
        s->t.close();
        const QString out = s->t.dir() + QStringLiteral("/preview.pdf");
        const Run r = runTool({QStringLiteral("--database"), db, QStringLiteral("--user"), QStringLiteral("h.one"),
                               QStringLiteral("letters"), QStringLiteral("render"), QStringLiteral("--template"),
                               QStringLiteral("Notice"), QStringLiteral("--students"), s->families.first().upn,
                               QStringLiteral("--to"), QStringLiteral("student"), QStringLiteral("--out"), out,
                               QStringLiteral("--preview")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(pdfPages(out).first().contains(QStringLiteral("Dear Siân,")));
        auto reopened = Database::open(db);
        QVERIFY(reopened);
        Query n(**reopened, QStringLiteral("SELECT COUNT(*) FROM letters"));
        QCOMPARE(n.scalar()->toInt(), 0);
    }

    void cliRefusesWithoutWritingAnything()
    {
        auto s = school(1);
        const QString db = s->t.path();
        s->t.close();
        const QString out = s->t.dir() + QStringLiteral("/refused.pdf");
        const QStringList base{QStringLiteral("--database"), db, QStringLiteral("letters"), QStringLiteral("render")};
        // No sender: the command-line system user signs nothing.
        const Run unsigned_ = runTool(base + QStringList{QStringLiteral("--template"), QStringLiteral("Notice"),
                                                         QStringLiteral("--students"), s->families.first().upn,
                                                         QStringLiteral("--out"), out});
        QCOMPARE(unsigned_.code, 1);
        QVERIFY2(unsigned_.err.contains(QStringLiteral("--user")), qPrintable(unsigned_.err));
        // Unknown template and unknown student.
        QCOMPARE(runTool(base + QStringList{QStringLiteral("--template"), QStringLiteral("Nope"),
                                            QStringLiteral("--students"), s->families.first().upn,
                                            QStringLiteral("--out"), out})
                     .code,
                 1);
        const Run unknown = runTool(base + QStringList{QStringLiteral("--template"), QStringLiteral("Notice"),
                                                       QStringLiteral("--students"), QStringLiteral("A123456789012"),
                                                       QStringLiteral("--out"), out});
        QCOMPARE(unknown.code, 1);
        // Wrong usage.
        QCOMPARE(runTool(base + QStringList{QStringLiteral("--template"), QStringLiteral("Notice")}).code, 2);
        QCOMPARE(
            runTool(base + QStringList{QStringLiteral("--template"), QStringLiteral("Notice"),
                                       QStringLiteral("--students"), s->families.first().upn, QStringLiteral("--to"),
                                       QStringLiteral("aunt"), QStringLiteral("--out"), out})
                .code,
            2);
        QVERIFY(!QFile::exists(out));
        auto reopened = Database::open(db);
        Query n(**reopened, QStringLiteral("SELECT COUNT(*) FROM letters"));
        QCOMPARE(n.scalar()->toInt(), 0);
    }
};

QTEST_MAIN(TestLetterPdf)
#include "tst_letterpdf.moc"
