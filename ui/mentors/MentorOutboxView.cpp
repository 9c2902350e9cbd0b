// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mentors/MentorOutboxView.h"

#include "mentors/MentorOutbox.h"
#include "mentors/MentorOutboxModel.h"
#include "shell/DeskContext.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextDocument>
#include <QVBoxLayout>

namespace md::ui {

MentorOutboxView::MentorOutboxView(DeskContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_model(new MentorOutboxModel(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *help = new QLabel(tr("Messages to mentors wait here. Copy one into your email, or print it, then mark it "
                               "sent."),
                            this);
    help->setWordWrap(true);
    layout->addWidget(help);
    m_empty = new QLabel(tr("The outbox is empty. Adding, removing or reinstating a mentor writes a message to them "
                            "here."),
                         this);
    m_empty->setWordWrap(true);
    m_empty->setAccessibleName(tr("Outbox is empty"));
    layout->addWidget(m_empty);
    auto *split = new QSplitter(Qt::Vertical, this);
    m_view = new QTableView(split);
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Messages to mentors"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setTabKeyNavigation(false);
    m_text = new QPlainTextEdit(split);
    m_text->setReadOnly(true);
    m_text->setAccessibleName(tr("Message text"));
    split->addWidget(m_view);
    split->addWidget(m_text);
    layout->addWidget(split, 1);
    auto *buttons = new QHBoxLayout;
    m_copy = new QPushButton(tr("&Copy to the clipboard"), this);
    m_copy->setAccessibleName(tr("Copy the message to the clipboard"));
    m_print = new QPushButton(tr("&Print\u2026"), this);
    m_print->setAccessibleName(tr("Print the message"));
    m_markSent = new QPushButton(tr("&Mark as sent"), this);
    m_markSent->setAccessibleName(tr("Mark the message as sent"));
    buttons->addWidget(m_copy);
    buttons->addWidget(m_print);
    buttons->addWidget(m_markSent);
    buttons->addStretch();
    layout->addLayout(buttons);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] { showCurrent(); });
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_text->toPlainText());
        Q_EMIT statusMessage(tr("Message copied: paste it into an email to the mentor."));
    });
    connect(m_print, &QPushButton::clicked, this, [this] {
        if (m_text->toPlainText().isEmpty())
            return;
        QPrinter printer;
        QPrintDialog dialog(&printer, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        QTextDocument document;
        document.setPlainText(m_text->toPlainText());
        document.print(&printer);
    });
    connect(m_markSent, &QPushButton::clicked, this, [this] {
        const qint64 id = currentId();
        if (id == 0)
            return;
        if (Status s = MentorOutbox(m_context.db()).markSent(m_context.session(), id, QDate::currentDate()); !s) {
            Q_EMIT statusMessage(s.error().message);
            return;
        }
        reload();
        selectMessage(id);
        Q_EMIT statusMessage(tr("Marked as sent."));
    });
}

int MentorOutboxView::unsent() const
{
    return m_model->unsentCount();
}

void MentorOutboxView::reload()
{
    const qint64 current = currentId();
    if (Status s = m_model->load(m_context.db(), m_context.session()); !s)
        m_empty->setText(s.error().message);
    m_view->resizeColumnsToContents();
    m_empty->setVisible(m_model->rowCount() == 0);
    if (current != 0)
        selectMessage(current);
    else if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
    showCurrent();
    Q_EMIT unsentChanged(m_model->unsentCount());
}

void MentorOutboxView::selectMessage(qint64 id)
{
    const int row = m_model->rowOfMessage(id);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
    showCurrent();
}

void MentorOutboxView::selectNewest()
{
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
    showCurrent();
}

qint64 MentorOutboxView::currentId() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.data(MentorOutboxModel::MessageIdRole).toLongLong() : 0;
}

void MentorOutboxView::showCurrent()
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid()) {
        m_text->clear();
        m_copy->setEnabled(false);
        m_print->setEnabled(false);
        m_markSent->setEnabled(false);
        return;
    }
    const OutboxMessage &m = m_model->messageAt(index.row());
    m_text->setPlainText(m.asText());
    m_copy->setEnabled(true);
    m_print->setEnabled(true);
    m_markSent->setEnabled(!m.sentOn.isValid());
}

} // namespace md::ui
