// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mentors/PerformanceReviewTab.h"

#include "access/Permissions.h"
#include "common/VersionedSave.h"
#include "mentors/MentorCatalogue.h"
#include "mentors/MentorQualityStore.h"
#include "shell/DeskContext.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace md::ui {

PerformanceReviewTab::PerformanceReviewTab(DeskContext &context, QWidget *parent) : MentorTab(context, parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_term = new QComboBox(this);
    m_term->setAccessibleName(tr("Term"));
    // This term and the five before it.
    ReviewTerm t = ReviewTerm::containing(QDate::currentDate());
    for (int i = 0; i < 6; ++i, t = t.previous())
        m_term->addItem(t.label(), QStringLiteral("%1:%2").arg(t.schoolYear).arg(t.code()));
    auto *termLabel = new QLabel(tr("&Term:"), this);
    termLabel->setBuddy(m_term);
    top->addWidget(termLabel);
    top->addWidget(m_term);
    top->addStretch();
    m_print = new QPushButton(tr("&Print\u2026"), this);
    m_print->setAccessibleName(tr("Print the review"));
    m_pdf = new QPushButton(tr("Save as P&DF\u2026"), this);
    m_pdf->setAccessibleName(tr("Save the review as PDF"));
    top->addWidget(m_print);
    top->addWidget(m_pdf);
    layout->addLayout(top);

    auto *split = new QSplitter(this);
    // The form scrolls, so the team list above keeps its room on a small screen.
    auto *formScroll = new QScrollArea(split);
    formScroll->setWidgetResizable(true);
    formScroll->setFrameShape(QFrame::NoFrame);
    formScroll->setAccessibleName(tr("Review form"));
    auto *formHost = new QWidget(formScroll);
    formScroll->setWidget(formHost);
    auto *form = new QFormLayout(formHost);
    m_overall = new QComboBox(formHost);
    m_overall->setAccessibleName(tr("Overall judgement"));
    m_overall->addItem(tr("Select\u2026"), QString());
    for (const MentorOption &o : MentorCatalogue::overallJudgements())
        m_overall->addItem(o.label, o.code);
    m_reviewedOn = new QDateEdit(QDate::currentDate(), formHost);
    m_reviewedOn->setCalendarPopup(true);
    m_reviewedOn->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_reviewedOn->setAccessibleName(tr("Date of the review"));
    auto area = [formHost](const QString &name) {
        auto *edit = new QPlainTextEdit(formHost);
        edit->setAccessibleName(name);
        edit->setTabChangesFocus(true);
        return edit;
    };
    m_strengths = area(tr("Strengths"));
    m_development = area(tr("Areas for development"));
    m_objectives = area(tr("Objectives for next term"));
    m_comments = area(tr("Mentor's comments"));
    form->addRow(tr("O&verall judgement:"), m_overall);
    form->addRow(tr("Reviewed &on:"), m_reviewedOn);
    form->addRow(tr("&Strengths:"), m_strengths);
    form->addRow(tr("&Areas for development:"), m_development);
    form->addRow(tr("Ob&jectives for next term:"), m_objectives);
    form->addRow(tr("&Mentor's comments:"), m_comments);
    m_save = new QPushButton(tr("Sa&ve the review"), formHost);
    m_save->setAccessibleName(tr("Save the review"));
    m_message = new QLabel(formHost);
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Review message"));
    form->addRow(m_save);
    form->addRow(m_message);
    m_preview = new QTextBrowser(split);
    m_preview->setAccessibleName(tr("The review as printed"));
    split->addWidget(formScroll);
    split->addWidget(m_preview);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    const bool canRecord = Permissions::allows(context.session(), Action::RecordMentorQuality);
    for (QWidget *w : {static_cast<QWidget *>(m_overall), static_cast<QWidget *>(m_reviewedOn),
                       static_cast<QWidget *>(m_strengths), static_cast<QWidget *>(m_development),
                       static_cast<QWidget *>(m_objectives), static_cast<QWidget *>(m_comments)})
        w->setEnabled(canRecord);
    m_save->setVisible(canRecord);

    connect(m_term, &QComboBox::currentIndexChanged, this, [this] { loadTerm(); });
    connect(&context, &DeskContext::recordsChanged, this, [this](const QString &table, const QList<qint64> &) {
        if (table.isEmpty() || table == QLatin1String("mentor_reviews"))
            followStored();
    });
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_print, &QPushButton::clicked, this, [this] { print(); });
    connect(m_pdf, &QPushButton::clicked, this, [this] {
        if (!m_content)
            return;
        const QString suggested = tr("Performance review %1 %2.pdf")
                                      .arg(m_mentor.basic.fullName(), currentTerm().label())
                                      .replace(QLatin1Char('/'), QLatin1Char('-'));
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Save the review as PDF"), suggested, tr("PDF files (*.pdf)"));
        if (path.isEmpty())
            return;
        if (Status s = savePdf(path); !s)
            m_message->setText(s.error().message);
        else
            Q_EMIT statusMessage(tr("Saved %1").arg(path));
    });
}

ReviewTerm PerformanceReviewTab::currentTerm() const
{
    const QStringList parts = m_term->currentData().toString().split(QLatin1Char(':'));
    ReviewTerm t;
    t.schoolYear = parts.value(0).toInt();
    t.term = ReviewTerm::termFromCode(parts.value(1)).value_or(ReviewTerm::Term::Autumn);
    return t;
}

void PerformanceReviewTab::showMentor(const MentorProfile &mentor)
{
    m_mentor = mentor;
    loadTerm();
}

void PerformanceReviewTab::loadTerm()
{
    m_content.reset();
    m_message->clear();
    if (m_mentor.userId == 0) {
        m_preview->clear();
        return;
    }
    auto content = PerformanceReview::gather(context().db(), context().session(), m_mentor.userId, currentTerm());
    if (!content) {
        m_preview->setPlainText(content.error().message);
        return;
    }
    m_content = *content;
    const std::optional<PerformanceReviewRecord> &r = m_content->review;
    m_overall->setCurrentIndex(std::max(0, m_overall->findData(r ? r->overall : QString())));
    m_reviewedOn->setDate(r && r->reviewedOn.isValid() ? r->reviewedOn
                                                       : std::min(QDate::currentDate(), currentTerm().last()));
    m_strengths->setPlainText(r ? r->strengths : QString());
    m_development->setPlainText(r ? r->developmentAreas : QString());
    m_objectives->setPlainText(r ? r->objectives : QString());
    m_comments->setPlainText(r ? r->mentorComments : QString());
    m_shownAnswers = answers();
    m_preview->setHtml(PerformanceReview::html(*m_content));
}

QStringList PerformanceReviewTab::answers() const
{
    return {m_overall->currentData().toString(),  m_reviewedOn->date().toString(Qt::ISODate),
            m_strengths->toPlainText(),           m_development->toPlainText(),
            m_objectives->toPlainText(),          m_comments->toPlainText()};
}

void PerformanceReviewTab::followStored()
{
    if (m_mentor.userId == 0 || !m_content)
        return;
    auto stored = MentorQualityStore(context().db()).review(context().session(), m_mentor.userId, currentTerm());
    if (!stored)
        return; // nothing known: the save will tell
    const int shown = m_content->review ? m_content->review->rowVersion : 0;
    const int now = stored->has_value() ? (*stored)->rowVersion : 0;
    if (now == shown)
        return;
    if (answers() != m_shownAnswers) {
        m_message->setText(tr("This review was saved at another desk while you were writing. Your words are kept; "
                              "when you save, you will see both versions and choose."));
        return;
    }
    loadTerm();
    m_message->setText(tr("Updated with a change made at another desk."));
}

void PerformanceReviewTab::save()
{
    PerformanceReviewRecord r;
    r.mentorId = m_mentor.userId;
    r.term = currentTerm();
    r.reviewedOn = m_reviewedOn->date();
    r.overall = m_overall->currentData().toString();
    r.strengths = m_strengths->toPlainText();
    r.developmentAreas = m_development->toPlainText();
    r.objectives = m_objectives->toPlainText();
    r.mentorComments = m_comments->toPlainText();
    // From the version shown: a review saved at another desk meanwhile shows both, side by side.
    const int shown = m_content && m_content->review ? m_content->review->rowVersion : 0;
    VersionedSave(this, context().db(), context().session().actor())
        .onSaved([this] {
            loadTerm();
            m_message->setText(tr("Review saved. Print it or save it as PDF for the mentor to sign."));
            Q_EMIT statusMessage(tr("Review saved."));
        })
        .onDiscarded([this] {
            loadTerm();
            m_message->setText(tr("Your changes were discarded; the review shows the one saved at another desk."));
        })
        .onProblem([this](const Error &e) { m_message->setText(tr("There is a problem: %1").arg(e.fullText())); })
        .run(shown, [&](int version) -> Status {
            auto saved =
                MentorQualityStore(context().db()).saveReview(context().session(), r, QDate::currentDate(), version);
            return saved ? Status() : Status(saved.error());
        });
}

Status PerformanceReviewTab::savePdf(const QString &path)
{
    if (!m_content)
        return Error::invalid(tr("Choose a mentor and a term first."));
    return PerformanceReview::writePdf(*m_content, path);
}

void PerformanceReviewTab::print()
{
    if (!m_content)
        return;
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the performance review"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QTextDocument document;
    PerformanceReview::fill(document, *m_content);
    document.print(&printer);
}

} // namespace md::ui
