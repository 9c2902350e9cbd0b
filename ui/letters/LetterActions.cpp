// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "letters/LetterActions.h"

#include "common/MessageBox.h"
#include "letters/DraftEditorDialog.h"
#include "letters/LetterPrinting.h"
#include "letters/LetterService.h"
#include "letters/NewLettersDialog.h"
#include "shell/DeskContext.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QWidget>

namespace md::ui {

LetterActions::LetterActions(DeskContext &context, QWidget *parent)
    : QObject(parent), m_context(context), m_parent(parent)
{
}

QString LetterActions::titleFor(const QList<qint64> &ids) const
{
    if (ids.size() == 1)
        return LetterTerms::reference(ids.first());
    return tr("%n letter(s)", nullptr, int(ids.size()));
}

QList<qint64> LetterActions::newLetters(const QList<qint64> &studentIds)
{
    NewLettersDialog dialog(m_context, studentIds, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    Q_EMIT statusMessage(tr("%n draft letter(s) created. Check them, then print or save them to issue them.", nullptr,
                            int(dialog.createdIds().size())));
    return dialog.createdIds();
}

bool LetterActions::editDraft(qint64 id)
{
    LetterService service(m_context.db());
    auto letter = service.get(m_context.session(), id);
    if (!letter) {
        MessageBox::warning(m_parent, tr("Edit draft"), letter.error().message);
        return false;
    }
    if (Status s = service.checkManage(m_context.session(), *letter); !s) {
        MessageBox::information(m_parent, tr("Edit draft"), s.error().message);
        return false;
    }
    DraftEditorDialog dialog(m_context, *letter, m_parent);
    return dialog.exec() == QDialog::Accepted;
}

bool LetterActions::issuableDrafts(const QList<qint64> &ids, QList<qint64> *drafts)
{
    LetterService service(m_context.db());
    for (qint64 id : ids) {
        auto letter = service.get(m_context.session(), id);
        if (!letter) {
            MessageBox::warning(m_parent, tr("Letters"), letter.error().message);
            return false;
        }
        if (letter->state == LetterState::Draft)
            drafts->append(id);
    }
    if (drafts->isEmpty())
        return true;
    if (Status s = service.checkIssue(m_context.session(), *drafts); !s) {
        MessageBox::warning(m_parent, tr("Not ready to issue"), s.error().message,
                            s.error().details.join(QLatin1Char('\n')));
        return false;
    }
    return true;
}

void LetterActions::issue(const QList<qint64> &drafts, IssueMethod method, int reprinted)
{
    if (!drafts.isEmpty()) {
        if (Status s = LetterService(m_context.db()).issue(m_context.session(), drafts, method); !s) {
            MessageBox::warning(m_parent, tr("Letters"), s.error().message, s.error().details.join(QLatin1Char('\n')));
            return;
        }
        m_context.notifyChanged(QStringLiteral("letters"));
    }
    QString message = tr("%n letter(s) issued", nullptr, int(drafts.size()));
    message += tr(" (%1)").arg(LetterTerms::label(method).toLower());
    if (reprinted > 0)
        message += tr("; %n already issued letter(s) reproduced exactly as sent", nullptr, reprinted);
    Q_EMIT statusMessage(message + QLatin1Char('.'));
}

void LetterActions::preview(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return;
    auto letters = LetterService(m_context.db()).renderable(m_context.session(), ids);
    if (!letters) {
        MessageBox::warning(m_parent, tr("Print preview"), letters.error().message);
        return;
    }
    if (!LetterPrinting::preview(m_parent, *letters, titleFor(ids)))
        return;
    // Printed from the preview: drafts printed are issued, if the user says so.
    QList<qint64> drafts;
    if (!issuableDrafts(ids, &drafts) || drafts.isEmpty())
        return;
    if (MessageBox::question(m_parent, tr("Issue the letters?"),
                             tr("Record the %n draft(s) you printed as issued? Issued letters are kept exactly as "
                                "printed.",
                                nullptr, int(drafts.size())),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) == QMessageBox::Yes)
        issue(drafts, IssueMethod::Printed, int(ids.size() - drafts.size()));
}

void LetterActions::print(const QList<qint64> &ids)
{
    QList<qint64> drafts;
    if (ids.isEmpty() || !issuableDrafts(ids, &drafts))
        return;
    auto letters = LetterService(m_context.db()).renderable(m_context.session(), ids);
    if (!letters) {
        MessageBox::warning(m_parent, tr("Print"), letters.error().message);
        return;
    }
    auto done = LetterPrinting::print(m_parent, *letters, titleFor(ids));
    if (!done) {
        MessageBox::warning(m_parent, tr("Print"), done.error().message);
        return;
    }
    if (done->cancelled) {
        Q_EMIT statusMessage(tr("Printing cancelled: nothing was issued."));
        return;
    }
    issue(drafts, IssueMethod::Printed, int(ids.size() - drafts.size()));
}

void LetterActions::savePdf(const QList<qint64> &ids)
{
    QList<qint64> drafts;
    if (ids.isEmpty() || !issuableDrafts(ids, &drafts))
        return;
    auto letters = LetterService(m_context.db()).renderable(m_context.session(), ids);
    if (!letters) {
        MessageBox::warning(m_parent, tr("Save as PDF"), letters.error().message);
        return;
    }
    QString path;
    auto done = LetterPrinting::savePdf(m_parent, *letters, titleFor(ids), &path);
    if (!done) {
        MessageBox::warning(m_parent, tr("Save as PDF"), done.error().message);
        return;
    }
    if (done->cancelled) {
        Q_EMIT statusMessage(tr("Saving cancelled: no PDF was written and nothing was issued."));
        return;
    }
    issue(drafts, IssueMethod::Pdf, int(ids.size() - drafts.size()));
    Q_EMIT statusMessage(tr("Saved %n letter(s)", nullptr, done->letters) + tr(" to %1.").arg(path));
}

void LetterActions::markEmailed(const QList<qint64> &ids)
{
    QList<qint64> drafts;
    if (ids.isEmpty() || !issuableDrafts(ids, &drafts))
        return;
    if (drafts.isEmpty()) {
        MessageBox::information(m_parent, tr("Sent by email"), tr("Those letters have already been issued."));
        return;
    }
    if (MessageBox::question(m_parent, tr("Sent by email"),
                             tr("Record that you emailed the %n draft(s) as they stand? They will be kept exactly "
                                "as they are now.",
                                nullptr, int(drafts.size()))) != QMessageBox::Yes)
        return;
    issue(drafts, IssueMethod::Email, 0);
}

bool LetterActions::acknowledge(qint64 id)
{
    LetterService service(m_context.db());
    auto letter = service.get(m_context.session(), id);
    if (!letter) {
        MessageBox::warning(m_parent, tr("Record a reply"), letter.error().message);
        return false;
    }
    QDialog dialog(m_parent);
    dialog.setWindowTitle(tr("Record a reply to %1").arg(letter->reference()));
    auto *form = new QFormLayout(&dialog);
    form->addRow(new QLabel(tr("%1 to %2, about %3.").arg(letter->templateName, letter->addressee, letter->studentName),
                            &dialog));
    auto *how = new QComboBox(&dialog);
    how->setAccessibleName(tr("How it came back"));
    how->view()->setAccessibleName(tr("Ways a reply comes back"));
    for (AckMethod m : LetterTerms::allAckMethods())
        how->addItem(LetterTerms::label(m), int(m));
    auto *on = new QDateEdit(QDate::currentDate(), &dialog);
    on->setAccessibleName(tr("Date"));
    on->setCalendarPopup(true);
    on->setMaximumDate(QDate::currentDate());
    auto *note = new QLineEdit(&dialog);
    note->setAccessibleName(tr("Note"));
    auto *error = new QLabel(&dialog);
    error->setAccessibleName(tr("Problem"));
    error->setWordWrap(true);
    error->hide();
    form->addRow(tr("&How:"), how);
    form->addRow(tr("&On:"), on);
    form->addRow(tr("&Note:"), note);
    form->addRow(error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        if (Status s = service.acknowledge(m_context.session(), id, AckMethod(how->currentData().toInt()), on->date(),
                                           note->text());
            !s) {
            error->setText(s.error().message);
            error->show();
            return;
        }
        dialog.accept();
    });
    if (dialog.exec() != QDialog::Accepted)
        return false;
    m_context.notifyChanged(QStringLiteral("letters"));
    Q_EMIT statusMessage(tr("%1 recorded as %2.").arg(letter->reference(), how->currentText().toLower()));
    return true;
}

void LetterActions::deleteDrafts(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return;
    if (MessageBox::question(m_parent, tr("Delete drafts"),
                             tr("Delete %n draft letter(s)? Issued letters are never deleted.", nullptr,
                                int(ids.size()))) != QMessageBox::Yes)
        return;
    if (Status s = LetterService(m_context.db()).deleteDrafts(m_context.session(), ids); !s) {
        MessageBox::warning(m_parent, tr("Delete drafts"), s.error().message);
        return;
    }
    m_context.notifyChanged(QStringLiteral("letters"));
    Q_EMIT statusMessage(tr("%n draft(s) deleted.", nullptr, int(ids.size())));
}

} // namespace md::ui
