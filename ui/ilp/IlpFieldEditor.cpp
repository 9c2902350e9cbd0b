// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ilp/IlpFieldEditor.h"

#include "common/ConflictDialog.h"
#include "ilp/IlpPlanStore.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextCursor>
#include <QTime>
#include <QVBoxLayout>

namespace md::ui {

IlpFieldEditor::IlpFieldEditor(Database &db, const Session &session, const IlpPlanField &field, bool editable,
                               std::optional<IlpRole> onBehalfOf, QWidget *parent)
    : QWidget(parent), m_db(db), m_session(session), m_fieldId(field.id), m_version(field.version),
      m_onBehalfOf(onBehalfOf), m_edit(new QPlainTextEdit(this)), m_status(new QLabel(this)),
      m_conflict(new QFrame(this)), m_conflictText(new QLabel(m_conflict)),
      m_keepMine(new QPushButton(tr("&Overwrite with mine"), m_conflict)),
      m_useTheirs(new QPushButton(tr("Keep &theirs"), m_conflict)),
      m_compare(new QPushButton(tr("Co&mpare side by side\u2026"), m_conflict))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 4);
    auto *title = new QLabel(QStringLiteral("<b>") + field.label.toHtmlEscaped() + QStringLiteral("</b>"), this);
    title->setBuddy(m_edit);
    layout->addWidget(title);
    if (!field.guidance.isEmpty()) {
        auto *guide = new QLabel(field.guidance, this);
        guide->setWordWrap(true);
        guide->setStyleSheet(QStringLiteral("color: palette(mid);"));
        layout->addWidget(guide);
    }
    m_edit->setAccessibleName(field.label);
    m_edit->setAccessibleDescription(field.guidance);
    m_edit->setTabChangesFocus(true);
    m_edit->setPlainText(field.value);
    m_savedText = field.value;
    m_edit->setReadOnly(!editable);
    m_edit->setMinimumHeight(70);
    m_edit->setMaximumHeight(editable ? 160 : 120);
    layout->addWidget(m_edit);

    m_conflict->setFrameShape(QFrame::StyledPanel);
    m_conflict->setStyleSheet(QStringLiteral("QFrame { background: #fff4e5; }"));
    auto *cl = new QVBoxLayout(m_conflict);
    m_conflictText->setWordWrap(true);
    m_conflictText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    cl->addWidget(m_conflictText);
    auto *buttons = new QHBoxLayout;
    m_keepMine->setAccessibleName(tr("Overwrite with my text in %1").arg(field.label));
    m_useTheirs->setAccessibleName(tr("Keep their text in %1").arg(field.label));
    m_compare->setAccessibleName(tr("Compare my text and theirs in %1").arg(field.label));
    buttons->addWidget(m_compare);
    buttons->addWidget(m_keepMine);
    buttons->addWidget(m_useTheirs);
    buttons->addStretch();
    cl->addLayout(buttons);
    m_conflict->hide();
    layout->addWidget(m_conflict);

    m_status->setAccessibleName(tr("Save state of %1").arg(field.label));
    if (field.updatedAt.isValid())
        m_status->setText(
            tr("Last saved by %1, %2")
                .arg(field.updatedBy, QLocale().toString(field.updatedAt.toLocalTime(), QLocale::ShortFormat)));
    else if (!editable)
        m_status->setText(tr("Read only"));
    layout->addWidget(m_status);

    m_timer.setSingleShot(true);
    m_timer.setInterval(kIdleMs);
    connect(&m_timer, &QTimer::timeout, this, &IlpFieldEditor::flush);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading || m_edit->isReadOnly())
            return;
        m_status->setText(tr("Not saved yet\u2026"));
        m_timer.start();
    });
    connect(m_keepMine, &QPushButton::clicked, this, &IlpFieldEditor::keepMine);
    connect(m_useTheirs, &QPushButton::clicked, this, &IlpFieldEditor::useTheirs);
    connect(m_compare, &QPushButton::clicked, this, &IlpFieldEditor::compare);
}

bool IlpFieldEditor::flush()
{
    m_timer.stop();
    if (m_conflict->isVisible())
        return false;
    IlpFieldConflict conflict;
    const QString text = m_edit->toPlainText();
    auto v = IlpPlanStore(m_db).saveField(m_session, m_fieldId, text, m_version, &conflict, m_onBehalfOf);
    if (!v) {
        if (v.error().kind == Error::Kind::Conflict && conflict.fieldId == m_fieldId) {
            m_theirs = conflict.theirValue;
            m_theirVersion = conflict.version;
            m_stale = RecordConflicts::of(v.error());
            m_staleMessage = v.error().message;
            m_conflictText->setText(v.error().message + QStringLiteral("\n\n") + tr("Their text:") +
                                    QStringLiteral("\n") + conflict.theirValue);
            m_conflict->show();
            m_status->setText(tr("Not saved: changed by %1 meanwhile").arg(conflict.theirName));
        } else {
            m_status->setText(tr("Not saved: %1").arg(v.error().message));
        }
        return false;
    }
    m_version = *v;
    m_savedText = text;
    m_status->setText(tr("Saved at %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    Q_EMIT saved();
    return true;
}

void IlpFieldEditor::followStored(const IlpPlanField &stored)
{
    if (stored.id != m_fieldId || stored.version == m_version || m_conflict->isVisible())
        return;
    if (m_timer.isActive() || m_edit->toPlainText() != m_savedText) {
        m_status->setText(tr("%1 saved this field at another desk while you were typing. Your text is kept; when "
                             "it is saved you will see both and choose.")
                              .arg(stored.updatedBy));
        return;
    }
    // Nothing typed here: their text, keeping the cursor where it was.
    const int cursor = m_edit->textCursor().position();
    m_loading = true;
    m_edit->setPlainText(stored.value);
    m_loading = false;
    QTextCursor c = m_edit->textCursor();
    c.setPosition(qMin(cursor, int(stored.value.size())));
    m_edit->setTextCursor(c);
    m_version = stored.version;
    m_savedText = stored.value;
    m_status->setText(tr("Updated with %1's change at another desk, %2")
                          .arg(stored.updatedBy, QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
}

void IlpFieldEditor::keepMine()
{
    m_conflict->hide();
    const auto stalePtr = m_stale;
    if (!stalePtr) {
        m_version = m_theirVersion;
        flush();
        return;
    }
    // A new save on top of theirs, noted in the audit log (RecordConflicts::overwrite).
    m_timer.stop();
    const QString text = m_edit->toPlainText();
    int newVersion = m_version;
    const RecordConflict stale = *stalePtr;
    m_stale.reset();
    const Status s = RecordConflicts::overwrite(m_db, m_session.actor(), stale, [&]() -> Status {
        auto v = IlpPlanStore(m_db).saveField(m_session, m_fieldId, text, m_theirVersion, nullptr, m_onBehalfOf);
        if (!v)
            return v.error();
        newVersion = *v;
        return {};
    });
    if (!s) {
        // Someone saved yet again: show the newest version.
        m_version = m_theirVersion;
        flush();
        return;
    }
    m_version = newVersion;
    m_savedText = text;
    m_status->setText(tr("Saved at %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    Q_EMIT saved();
}

void IlpFieldEditor::compare()
{
    if (!m_stale)
        return;
    switch (ConflictDialog::ask(this, *m_stale, m_staleMessage)) {
    case ConflictDialog::Choice::KeepTheirs:
        useTheirs();
        break;
    case ConflictDialog::Choice::Overwrite:
        keepMine();
        break;
    case ConflictDialog::Choice::KeepEditing:
        m_edit->setFocus();
        break;
    }
}

void IlpFieldEditor::useTheirs()
{
    m_loading = true;
    m_edit->setPlainText(m_theirs);
    m_loading = false;
    m_version = m_theirVersion;
    m_savedText = m_theirs;
    m_conflict->hide();
    m_stale.reset();
    m_status->setText(tr("Their text kept"));
}

} // namespace md::ui
