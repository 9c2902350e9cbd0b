// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/ConflictDialog.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace md::ui {

namespace {
std::optional<ConflictDialog::Choice> g_nextAnswer;
QString g_lastText;
int g_asked = 0;

enum Column
{
    FieldColumn,
    YoursColumn,
    TheirsColumn,
    DifferenceColumn,
    ColumnCount
};
} // namespace

ConflictDialog::ConflictDialog(const RecordConflict &conflict, const QString &message, QWidget *parent)
    : QDialog(parent), m_message(message)
{
    setWindowTitle(conflict.deleted ? tr("Deleted by someone else") : tr("Changed by someone else"));
    setAccessibleName(windowTitle());
    auto *layout = new QVBoxLayout(this);

    auto *text = new QLabel(message, this);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    text->setAccessibleName(tr("What happened"));
    layout->addWidget(text);

    const int differences = conflict.differenceCount();
    if (!conflict.deleted) {
        auto *summary =
            new QLabel(tr("%n field(s) differ. \"Theirs\" is the version saved by %1.", nullptr, differences)
                           .arg(conflict.changedByText()),
                       this);
        summary->setWordWrap(true);
        summary->setAccessibleName(tr("Summary of the differences"));
        layout->addWidget(summary);
    }

    m_table = new QTableWidget(int(conflict.fields.size()), ColumnCount, this);
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("Yours (not saved)"), tr("Theirs (saved)"), tr("Difference")});
    m_table->setAccessibleName(tr("Your version and theirs, field by field"));
    m_table->setAccessibleDescription(
        tr("One row per field: its name, your text, their text, and whether they differ."));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->setTabKeyNavigation(false);
    m_table->horizontalHeader()->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(YoursColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(TheirsColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(DifferenceColumn, QHeaderView::ResizeToContents);
    const QString blank = tr("(blank)");
    for (int row = 0; row < conflict.fields.size(); ++row) {
        const ConflictField &f = conflict.fields.at(row);
        const bool differs = f.differs();
        auto cell = [&](const QString &t, bool emphasise) {
            auto *item = new QTableWidgetItem(t.isEmpty() ? blank : t);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            if (emphasise) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
                // Colour only repeats what the Difference column says in words.
                item->setBackground(QColor(0xff, 0xf4, 0xe5));
            }
            return item;
        };
        m_table->setItem(row, FieldColumn, cell(f.label, differs));
        m_table->setItem(row, YoursColumn, cell(f.yours, differs));
        m_table->setItem(row, TheirsColumn, cell(f.theirs, differs));
        m_table->setItem(row, DifferenceColumn, cell(differs ? tr("\u2260 Different") : tr("= Same"), differs));
    }
    m_table->resizeRowsToContents();
    m_table->setVisible(!conflict.fields.isEmpty());
    // Start on the first difference, so the keyboard and a screen reader land where it matters.
    for (int row = 0; row < conflict.fields.size(); ++row)
        if (conflict.fields.at(row).differs() || row == conflict.fields.size() - 1) {
            m_table->selectRow(row);
            break;
        }
    layout->addWidget(m_table, 1);

    auto *onlyDifferences = new QCheckBox(tr("Show only the fields that &differ"), this);
    onlyDifferences->setAccessibleName(tr("Show only the fields that differ"));
    onlyDifferences->setVisible(!conflict.fields.isEmpty());
    connect(onlyDifferences, &QCheckBox::toggled, this, [this, conflict](bool only) {
        for (int row = 0; row < conflict.fields.size(); ++row)
            m_table->setRowHidden(row, only && !conflict.fields.at(row).differs());
    });
    layout->addWidget(onlyDifferences);

    auto *buttons = new QDialogButtonBox(this);
    m_keepTheirs = buttons->addButton(conflict.deleted ? tr("&Discard my changes") : tr("Keep &theirs (discard mine)"),
                                      QDialogButtonBox::DestructiveRole);
    m_keepTheirs->setAccessibleName(conflict.deleted ? tr("Discard my changes") : tr("Keep theirs, discard mine"));
    m_keepTheirs->setToolTip(tr("Your changes are thrown away; the editor shows what is stored now."));
    // A deleted record has nothing to save over: no overwrite button at all (a hidden button in a
    // QDialogButtonBox is shown again when the box lays itself out).
    m_overwrite = conflict.deleted ? new QPushButton(tr("&Overwrite with mine"), this)
                                   : buttons->addButton(tr("&Overwrite with mine"), QDialogButtonBox::AcceptRole);
    m_overwrite->setAccessibleName(tr("Overwrite with mine"));
    m_overwrite->setToolTip(tr("Save your version on top of theirs. The audit log keeps both."));
    m_overwrite->setVisible(!conflict.deleted);
    m_keepEditing = buttons->addButton(tr("&Go back and edit"), QDialogButtonBox::RejectRole);
    m_keepEditing->setAccessibleName(tr("Go back and edit"));
    m_keepEditing->setToolTip(tr("Nothing is saved; your changes stay in the editor."));
    m_keepEditing->setDefault(true);
    connect(m_keepTheirs, &QPushButton::clicked, this, [this] { choose(Choice::KeepTheirs); });
    connect(m_overwrite, &QPushButton::clicked, this, [this] { choose(Choice::Overwrite); });
    connect(m_keepEditing, &QPushButton::clicked, this, [this] { choose(Choice::KeepEditing); });
    layout->addWidget(buttons);

    setTabOrder(m_table, onlyDifferences);
    m_table->setFocus();
    resize(820, 460);
}

void ConflictDialog::choose(Choice c)
{
    m_choice = c;
    if (c == Choice::KeepEditing)
        reject();
    else
        accept();
}

QString ConflictDialog::contentsText() const
{
    QStringList lines{windowTitle(), m_message};
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QStringList cells;
        for (int col = 0; col < ColumnCount; ++col)
            cells << m_table->item(row, col)->text();
        lines << cells.join(QStringLiteral(" | "));
    }
    QStringList choices;
    for (const QPushButton *b : {m_keepTheirs, m_overwrite, m_keepEditing})
        if (!b->isHidden())
            choices << b->accessibleName();
    lines << choices.join(QStringLiteral(" / "));
    return lines.join(QLatin1Char('\n'));
}

ConflictDialog::Choice ConflictDialog::ask(QWidget *parent, const Error &error)
{
    const auto stale = RecordConflicts::of(error);
    return ask(parent, stale ? *stale : RecordConflict{}, error.message);
}

ConflictDialog::Choice ConflictDialog::ask(QWidget *parent, const RecordConflict &conflict, const QString &message)
{
    ++g_asked;
    ConflictDialog dialog(conflict, message, parent);
    g_lastText = dialog.contentsText();
    if (g_nextAnswer) {
        const Choice c = *g_nextAnswer;
        g_nextAnswer.reset();
        return c;
    }
    dialog.exec();
    return dialog.choice();
}

ConflictDialog::Outcome ConflictDialog::save(QWidget *parent, Database &db, const Actor &actor, int version,
                                             const std::function<Status(int)> &save, Error *error,
                                             std::shared_ptr<const RecordConflict> *conflictOut)
{
    Status s = save(version);
    // Each round shows the newest version; someone may save again while the dialog is open.
    while (!s) {
        const std::shared_ptr<const RecordConflict> conflict = RecordConflicts::of(s.error());
        if (!conflict) {
            if (error)
                *error = s.error();
            return Outcome::Failed;
        }
        if (conflictOut)
            *conflictOut = conflict;
        switch (ask(parent, *conflict, s.error().message)) {
        case Choice::KeepTheirs:
            return Outcome::Discarded;
        case Choice::KeepEditing:
            if (error)
                *error = s.error();
            return Outcome::KeepEditing;
        case Choice::Overwrite:
            if (conflict->deleted)
                return Outcome::KeepEditing;
            s = RecordConflicts::overwrite(db, actor, *conflict, [&] { return save(conflict->storedVersion); });
            break;
        }
    }
    return Outcome::Saved;
}

void ConflictDialog::setNextAnswer(std::optional<Choice> answer)
{
    g_nextAnswer = answer;
}

QString ConflictDialog::lastText()
{
    return g_lastText;
}

int ConflictDialog::askedCount()
{
    return g_asked;
}

} // namespace md::ui
