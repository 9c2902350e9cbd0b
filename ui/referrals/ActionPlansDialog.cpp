// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "referrals/ActionPlansDialog.h"

#include "referrals/DocumentPrinter.h"
#include "referrals/HubStore.h"
#include "referrals/ReferralStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace md::ui {

namespace {
// For file names, which are not translated.
QString recipientCode(PlanRecipient r)
{
    switch (r) {
    case PlanRecipient::Tutor:
        return QStringLiteral("tutor");
    case PlanRecipient::Referrer:
        return QStringLiteral("referrer");
    case PlanRecipient::Parents:
        return QStringLiteral("parents");
    }
    return {};
}
} // namespace

ActionPlansDialog::ActionPlansDialog(Database &db, const Session &session, qint64 meetingId, QWidget *parent)
    : QDialog(parent), m_db(db), m_session(session)
{
    setWindowTitle(tr("Action plans"));
    setAccessibleName(tr("Action plans"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Each planned intervention's action plan is shared with the student's tutor, the "
                                "referrer and the parents or carers."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_plan = new QComboBox(this);
    m_plan->setAccessibleName(tr("Action plan"));
    form->addRow(tr("&Plan:"), m_plan);
    m_recipient = new QComboBox(this);
    m_recipient->setAccessibleName(tr("Recipient"));
    for (PlanRecipient r : {PlanRecipient::Tutor, PlanRecipient::Referrer, PlanRecipient::Parents})
        m_recipient->addItem(HubDocuments::recipientLabel(r), int(r));
    form->addRow(tr("&For:"), m_recipient);
    layout->addLayout(form);
    m_preview = new QTextBrowser(this);
    m_preview->setAccessibleName(tr("Action plan preview"));
    layout->addWidget(m_preview, 1);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Message"));
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    print->setAccessibleName(tr("Print the action plan"));
    auto *previewButton = buttons->addButton(tr("Print pre&view…"), QDialogButtonBox::ActionRole);
    previewButton->setAccessibleName(tr("Print preview of the action plan"));
    auto *pdf = buttons->addButton(tr("Save as P&DF…"), QDialogButtonBox::ActionRole);
    pdf->setAccessibleName(tr("Save the action plan as PDF"));
    auto *all = buttons->addButton(tr("Save &all as PDF…"), QDialogButtonBox::ActionRole);
    all->setAccessibleName(tr("Save every action plan for every recipient as PDF"));
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &ActionPlansDialog::reject);
    connect(print, &QPushButton::clicked, this,
            [this] { DocumentPrinter::print(this, currentHtml(), currentTitle()); });
    connect(previewButton, &QPushButton::clicked, this,
            [this] { DocumentPrinter::preview(this, currentHtml(), currentTitle()); });
    connect(pdf, &QPushButton::clicked, this, [this] {
        const QString path =
            DocumentPrinter::savePdf(this, currentHtml(), currentTitle(), currentTitle() + QStringLiteral(".pdf"));
        if (!path.isEmpty())
            m_message->setText(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    });
    connect(all, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Save every action plan in"));
        if (folder.isEmpty())
            return;
        auto files = saveAll(folder);
        m_message->setText(
            files ? tr("Saved %n file(s) in %1.", nullptr, int(files->size())).arg(QDir::toNativeSeparators(folder))
                  : files.error().message);
    });

    HubDocuments docs(db);
    auto ids = docs.plannedDecisions(session, meetingId);
    auto decisions = HubStore::selectDecisions(db, QStringLiteral("hd.meeting_id = ?"), {meetingId});
    if (ids && decisions) {
        for (const HubDecision &d : std::as_const(*decisions)) {
            if (!ids->contains(d.id))
                continue;
            auto r = ReferralStore(db).getUnchecked(d.referralId);
            m_plan->addItem(r ? tr("%1 · %2").arg(r->student.displayName(), d.provisionName) : d.provisionName, d.id);
        }
    }
    if (m_plan->count() == 0) {
        m_message->setText(tr("This meeting planned no interventions, so there are no action plans to share."));
        print->setEnabled(false);
        previewButton->setEnabled(false);
        pdf->setEnabled(false);
        all->setEnabled(false);
    }
    connect(m_plan, &QComboBox::currentIndexChanged, this, &ActionPlansDialog::showPlan);
    connect(m_recipient, &QComboBox::currentIndexChanged, this, &ActionPlansDialog::showPlan);
    showPlan();
    resize(760, 720);
}

void ActionPlansDialog::showPlan()
{
    m_html.clear();
    if (m_plan->currentIndex() < 0) {
        m_preview->clear();
        return;
    }
    auto html = HubDocuments(m_db).actionPlanHtml(m_session, m_plan->currentData().toLongLong(),
                                                  PlanRecipient(m_recipient->currentData().toInt()));
    if (!html) {
        m_preview->setPlainText(html.error().message);
        return;
    }
    m_html = *html;
    m_preview->setHtml(m_html);
}

QString ActionPlansDialog::currentHtml() const
{
    return m_html;
}

QString ActionPlansDialog::currentTitle() const
{
    return tr("Action plan %1 (%2)").arg(m_plan->currentText(), m_recipient->currentText());
}

Result<QStringList> ActionPlansDialog::saveAll(const QString &folder)
{
    QStringList files;
    HubDocuments docs(m_db);
    for (int p = 0; p < m_plan->count(); ++p) {
        for (int r = 0; r < m_recipient->count(); ++r) {
            auto html = docs.actionPlanHtml(m_session, m_plan->itemData(p).toLongLong(),
                                            PlanRecipient(m_recipient->itemData(r).toInt()));
            if (!html)
                return html.error();
            // File names carry the decision's id, not the student's name.
            const QString name = QStringLiteral("action-plan-%1-%2.pdf")
                                     .arg(m_plan->itemData(p).toLongLong())
                                     .arg(recipientCode(PlanRecipient(m_recipient->itemData(r).toInt())));
            const QString path = QDir(folder).filePath(name);
            if (Status s = HubDocuments::writePdf(*html, path, m_plan->itemText(p)); !s)
                return s.error();
            files << path;
        }
    }
    return files;
}

} // namespace md::ui
