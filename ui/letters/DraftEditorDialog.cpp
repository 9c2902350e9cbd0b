// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "letters/DraftEditorDialog.h"

#include "common/ConflictDialog.h"

#include "letters/LetterMerger.h"
#include "letters/LetterPrinting.h"
#include "letters/LetterService.h"
#include "letters/MergeFieldHighlighter.h"
#include "letters/RichTextToolBar.h"
#include "shell/DeskContext.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTextEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace md::ui {

DraftEditorDialog::DraftEditorDialog(DeskContext &context, const Letter &letter, QWidget *parent)
    : QDialog(parent), m_context(context), m_letter(letter)
{
    setWindowTitle(tr("Draft %1 to %2").arg(letter.reference(), letter.addressee));
    resize(820, 900);
    auto *layout = new QVBoxLayout(this);
    auto *about = new QLabel(tr("%1 letter \u201c%2\u201d about %3. Edit the text as it will be printed; the "
                                "letterhead and footer are added when it is printed.")
                                 .arg(LetterTerms::label(letter.type), letter.templateName, letter.studentName),
                             this);
    about->setWordWrap(true);
    layout->addWidget(about);
    m_editor = new QTextEdit(this);
    m_editor->setAccessibleName(tr("Letter text"));
    m_editor->setTabChangesFocus(true);
    m_editor->document()->setDefaultFont(LetterRenderer::bodyFont());
    m_editor->setHtml(letter.bodyHtml);
    new MergeFieldHighlighter(m_editor->document(), MergeFieldHighlighter::Mode::Draft, letter.type);
    layout->addWidget(new RichTextToolBar(m_editor, this));
    layout->addWidget(m_editor, 1);
    m_problems = new QLabel(this);
    m_problems->setAccessibleName(tr("Gaps to fill"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    layout->addWidget(m_problems);
    m_error = new QLabel(this);
    m_error->setAccessibleName(tr("Problem"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #9b1c1c;"));
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_preview = buttons->addButton(tr("Pre&view\u2026"), QDialogButtonBox::ActionRole);
    m_preview->setAccessibleName(tr("Preview"));
    m_save = buttons->addButton(tr("&Save draft"), QDialogButtonBox::AcceptRole);
    m_save->setAccessibleName(tr("Save draft"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &DraftEditorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_preview, &QPushButton::clicked, this, [this] {
        auto letters = LetterService(m_context.db()).renderable(m_context.session(), {m_letter.id});
        if (!letters) {
            m_error->setText(letters.error().message);
            m_error->show();
            return;
        }
        (*letters)[0].bodyHtml = m_editor->toHtml();
        // Previewing is not issuing: printing from here does not change the draft's state.
        LetterPrinting::preview(this, *letters, m_letter.reference());
    });
    m_check = new QTimer(this);
    m_check->setSingleShot(true);
    m_check->setInterval(250);
    connect(m_check, &QTimer::timeout, this, &DraftEditorDialog::updateProblems);
    connect(m_editor, &QTextEdit::textChanged, m_check, qOverload<>(&QTimer::start));
    updateProblems();
}

void DraftEditorDialog::updateProblems()
{
    const QStringList blockers = LetterMerger::issueBlockers(m_editor->toPlainText());
    if (blockers.isEmpty()) {
        m_problems->setText(tr("Ready to issue: no gaps or unmerged fields."));
        m_problems->setStyleSheet(QString());
    } else {
        m_problems->setText(tr("Before this letter can be issued:") + QStringLiteral("\n\u2022 ") +
                            blockers.join(QStringLiteral("\n\u2022 ")));
        m_problems->setStyleSheet(QStringLiteral("color: #9b1c1c;"));
    }
}

void DraftEditorDialog::accept()
{
    const QString html = m_editor->toHtml();
    Error error;
    const auto outcome = ConflictDialog::save(
        this, m_context.db(), m_context.session().actor(), m_letter.rowVersion,
        [&](int version) { return LetterService(m_context.db()).updateDraft(m_context.session(), m_letter.id, html, version); },
        &error);
    if (outcome == ConflictDialog::Outcome::Failed || outcome == ConflictDialog::Outcome::KeepEditing) {
        m_error->setText(error.fullText());
        m_error->show();
        return;
    }
    if (outcome == ConflictDialog::Outcome::Discarded) {
        // Theirs stands: close the editor; the letters list shows the stored draft.
        m_context.notifyChanged(QStringLiteral("letters"));
        QDialog::reject();
        return;
    }
    m_context.notifyChanged(QStringLiteral("letters"));
    QDialog::accept();
}

} // namespace md::ui
