// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "behaviour/BehaviourPane.h"

#include "access/Permissions.h"
#include "behaviour/BehaviourEntryDialog.h"
#include "behaviour/BehaviourEventModel.h"
#include "behaviour/BehaviourImporter.h"
#include "behaviour/BehaviourStore.h"
#include "common/MessageBox.h"
#include "live/LiveUpdates.h"
#include "shell/DeskContext.h"
#include "students/StudentStore.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QTabWidget>
#include <QVBoxLayout>

namespace md::ui {

namespace {
QTableView *makeView(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setAccessibleName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setTabKeyNavigation(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}
} // namespace

BehaviourPane::BehaviourPane(DeskContext &context, QWidget *parent)
    : Pane(context, parent), m_eventModel(new BehaviourEventModel(this)), m_totalsModel(new BehaviourTotalsModel(this))
{
    m_eventModel->setSource(context.db(), context.session());
    m_totalsModel->setSource(context.db(), context.session());
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *title = new QLabel(tr("Behaviour log"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    title->setFont(f);
    top->addWidget(title);
    top->addStretch();
    if (Permissions::allows(context.session(), Action::RecordBehaviour)) {
        auto *record = new QPushButton(tr("&Record incident…"), this);
        record->setAccessibleName(tr("Record a behaviour incident for one or several students"));
        record->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
        record->setToolTip(tr("Ctrl+Shift+I"));
        top->addWidget(record);
        connect(record, &QPushButton::clicked, this, [this] { recordIncident(); });
    }
    if (Permissions::allows(context.session(), Action::RecordBehaviour)) {
        m_delete = new QPushButton(tr("De&lete event…"), this);
        m_delete->setAccessibleName(tr("Delete the selected behaviour event (Delete)"));
        m_delete->setToolTip(tr("Delete in the list. Whoever recorded an event, the headteacher and the lead mentor "
                                "may delete it."));
        m_delete->setEnabled(false);
        top->addWidget(m_delete);
        connect(m_delete, &QPushButton::clicked, this, [this] { deleteSelected(); });
        m_undo = new QPushButton(tr("&Undo delete"), this);
        m_undo->setAccessibleName(tr("Put back the last deleted event (Ctrl+Z)"));
        m_undo->setToolTip(tr("Ctrl+Z"));
        m_undo->setEnabled(false);
        top->addWidget(m_undo);
        connect(m_undo, &QPushButton::clicked, this, [this] { undoDelete(); });
        auto *undoKey = new QShortcut(QKeySequence::Undo, this);
        // The whole window while the pane shows (hidden panes' shortcuts are inactive), so undo
        // works wherever the focus went after the question; text fields keep their own Ctrl+Z.
        undoKey->setContext(Qt::WindowShortcut);
        connect(undoKey, &QShortcut::activated, this, [this] { undoDelete(); });
    }
    if (Permissions::allows(context.session(), Action::ImportBehaviour)) {
        auto *import = new QPushButton(tr("&Import CSV…"), this);
        import->setAccessibleName(tr("Import behaviour events from a CSV file"));
        top->addWidget(import);
        connect(import, &QPushButton::clicked, this, [this] { importFile(); });
    }
    layout->addLayout(top);

    auto *filters = new QHBoxLayout;
    const auto labelled = [&](const QString &text, QWidget *w) {
        auto *l = new QLabel(text, this);
        l->setBuddy(w);
        filters->addWidget(l);
        filters->addWidget(w);
    };
    m_student = new QLineEdit(this);
    m_student->setPlaceholderText(tr("UPN"));
    m_student->setAccessibleName(tr("Only this student (UPN)"));
    m_student->setClearButtonEnabled(true);
    m_student->setMinimumWidth(m_student->fontMetrics().horizontalAdvance(QStringLiteral("M801221115009")) + 40);
    labelled(tr("&Student:"), m_student);
    m_group = new QComboBox(this);
    m_group->setAccessibleName(tr("Tutor group"));
    labelled(tr("&Group:"), m_group);
    m_from = new QDateEdit(QDate::currentDate().addDays(-27), this);
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_from->setAccessibleName(tr("From date"));
    labelled(tr("&From:"), m_from);
    m_to = new QDateEdit(QDate::currentDate(), this);
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_to->setAccessibleName(tr("To date"));
    labelled(tr("&To:"), m_to);
    m_category = new QComboBox(this);
    m_category->setAccessibleName(tr("Category"));
    labelled(tr("&Category:"), m_category);
    m_recorder = new QComboBox(this);
    m_recorder->setAccessibleName(tr("Recorded by"));
    labelled(tr("Recor&ded by:"), m_recorder);
    filters->addStretch();
    layout->addLayout(filters);

    m_count = new QLabel(this);
    m_count->setAccessibleName(tr("What the filters show"));
    layout->addWidget(m_count);

    m_tabs = new QTabWidget(this);
    m_tabs->setAccessibleName(tr("Events or weekly totals"));
    m_events = makeView(m_eventModel, tr("Behaviour events"), m_tabs);
    LiveUpdates::keepPlace(m_events, {BehaviourEventModel::EventIdRole});
    m_events->setColumnWidth(BehaviourEventModel::WhenColumn, 150);
    m_events->setColumnWidth(BehaviourEventModel::StudentColumn, 170);
    m_events->setColumnWidth(BehaviourEventModel::WhereColumn, 150);
    m_events->setColumnWidth(BehaviourEventModel::CategoryColumn, 150);
    m_tabs->addTab(m_events, tr("&Events"));
    m_totals = makeView(m_totalsModel, tr("Points per student and week"), m_tabs);
    m_totals->setColumnWidth(BehaviourTotalsModel::WeekColumn, 140);
    m_totals->setColumnWidth(BehaviourTotalsModel::StudentColumn, 180);
    m_tabs->addTab(m_totals, tr("Totals per &week"));
    layout->addWidget(m_tabs, 1);

    fillChoices();
    connect(m_student, &QLineEdit::returnPressed, this, &BehaviourPane::reload);
    connect(m_student, &QLineEdit::textChanged, this, [this](const QString &t) {
        if (t.isEmpty())
            reload();
    });
    for (QComboBox *box : {m_group, m_category, m_recorder})
        connect(box, &QComboBox::currentIndexChanged, this, &BehaviourPane::reload);
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &BehaviourPane::reload);
    connect(m_tabs, &QTabWidget::currentChanged, this, &BehaviourPane::reload);
    if (m_delete) {
        auto *deleteKey = new QShortcut(QKeySequence::Delete, m_events);
        deleteKey->setContext(Qt::WidgetShortcut);
        connect(deleteKey, &QShortcut::activated, this, [this] { deleteSelected(); });
        connect(m_events->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                &BehaviourPane::updateDeleteButton);
        connect(m_eventModel, &QAbstractItemModel::modelReset, this, &BehaviourPane::updateDeleteButton);
    }
    for (QTableView *view : {m_events, m_totals})
        connect(view, &QTableView::activated, this, [this, view](const QModelIndex &index) {
            const int role =
                view == m_events ? int(BehaviourEventModel::StudentIdRole) : int(BehaviourTotalsModel::StudentIdRole);
            Q_EMIT openStudentRequested(index.data(role).toLongLong());
        });
    connect(&context, &DeskContext::dataChanged, this, [this](const QString &what) {
        if (what == QLatin1String("behaviour") || what == QLatin1String("students")) {
            m_stale = true;
            if (isVisible())
                reload();
        }
    });
}

void BehaviourPane::fillChoices()
{
    const QSignalBlocker b1(m_group);
    const QSignalBlocker b2(m_category);
    const QSignalBlocker b3(m_recorder);
    BehaviourStore store(context().db());
    m_group->clear();
    m_group->addItem(tr("Every group"), QString());
    if (auto groups = store.tutorGroups(context().session()))
        for (const QString &g : std::as_const(*groups))
            m_group->addItem(g, g);
    m_category->clear();
    m_category->addItem(tr("Every category"), QVariantList{});
    m_category->addItem(tr("Positive only"), QVariantList{QStringLiteral("positive")});
    m_category->addItem(tr("Negative only"), QVariantList{QStringLiteral("negative")});
    if (auto cats = store.categories())
        for (const BehaviourCategory &c : std::as_const(*cats))
            m_category->addItem(c.name, QVariantList{c.id});
    m_recorder->clear();
    m_recorder->addItem(tr("Anyone"), qint64(0));
    if (auto staff = store.recorders(context().session()))
        for (const auto &[id, name] : std::as_const(*staff))
            m_recorder->addItem(name, id);
}

void BehaviourPane::activate()
{
    if (m_stale)
        reload();
}

QWidget *BehaviourPane::primaryFocus()
{
    return m_events;
}

BehaviourFilter BehaviourPane::currentFilter() const
{
    BehaviourFilter filter;
    filter.studentId = m_studentId;
    filter.tutorGroup = m_group->currentData().toString();
    filter.from = m_from->date();
    filter.to = m_to->date();
    const QVariantList cat = m_category->currentData().toList();
    if (!cat.isEmpty()) {
        if (cat.first().userType() == QMetaType::QString)
            filter.kind = behaviourKindFromCode(cat.first().toString());
        else
            filter.categoryId = cat.first().toLongLong();
    }
    filter.recordedBy = m_recorder->currentData().toLongLong();
    return filter;
}

void BehaviourPane::reload()
{
    m_stale = false;
    m_studentId = 0;
    const QString upn = m_student->text().trimmed();
    if (!upn.isEmpty()) {
        auto student = StudentStore(context().db()).getByUpn(context().session(), upn.toUpper());
        if (!student) {
            m_count->setText(student.error().message);
            m_eventModel->setFilter(BehaviourFilter{});
            m_studentId = -1;
        } else {
            m_studentId = student->id;
        }
    }
    BehaviourFilter filter = currentFilter();
    if (m_studentId < 0) {
        // An unknown UPN shows nothing rather than everything.
        filter.studentId = -1;
    }
    if (m_tabs->currentWidget() == m_totals) {
        if (Status s = m_totalsModel->load(filter); !s) {
            m_count->setText(s.error().message);
            return;
        }
        m_count->setText(tr("%n student-week(s); the lowest net points first", nullptr, m_totalsModel->rowCount()));
        return;
    }
    m_eventModel->setFilter(filter);
    if (Status s = m_eventModel->load(); !s) {
        m_count->setText(s.error().message);
        return;
    }
    // The count reads every matching row; the first page is already on screen.
    auto n = BehaviourStore(context().db()).count(context().session(), filter);
    if (n)
        m_count->setText(tr("%n event(s)", nullptr, *n));
}

QList<qint64> BehaviourPane::recordIncident()
{
    BehaviourEntryDialog dialog(context(), this);
    if (m_studentId > 0)
        dialog.addStudent(m_studentId);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    const QList<qint64> ids = dialog.savedIds();
    Q_EMIT statusMessage(tr("Recorded the incident for %n student(s).", nullptr, int(ids.size())));
    context().notifyChanged(QStringLiteral("behaviour"));
    reload();
    return ids;
}

void BehaviourPane::importFile(const QString &file)
{
    QString path = file;
    if (path.isEmpty())
        path = QFileDialog::getOpenFileName(this, tr("Import behaviour events"), QString(),
                                            tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto summary = BehaviourImporter::importFile(context().db(), context().session(), path);
    QApplication::restoreOverrideCursor();
    if (!summary) {
        MessageBox::warning(this, tr("Import behaviour events"), summary.error().message,
                            summary.error().details.join(QLatin1Char('\n')));
        return;
    }
    Q_EMIT statusMessage(
        tr("Imported %n behaviour event(s) from %1.", nullptr, summary->created).arg(QFileInfo(path).fileName()));
    context().notifyChanged(QStringLiteral("behaviour"));
    fillChoices();
    reload();
}

void BehaviourPane::updateDeleteButton()
{
    if (!m_delete)
        return;
    const QModelIndex i = m_events->currentIndex();
    bool may = false;
    if (i.isValid() && i.row() < m_eventModel->rowCount()) {
        auto allowed = BehaviourStore(context().db()).mayDelete(context().session(), m_eventModel->eventAt(i.row()));
        may = allowed && *allowed;
    }
    m_delete->setEnabled(may);
}

bool BehaviourPane::deleteSelected()
{
    const QModelIndex i = m_events->currentIndex();
    if (!i.isValid() || i.row() >= m_eventModel->rowCount())
        return false;
    const BehaviourEvent e = m_eventModel->eventAt(i.row());
    const QString what = tr("%1 for %2 on %3 (%4 points)")
                             .arg(e.categoryName, e.studentName,
                                  QLocale().toString(e.occurredAt, QStringLiteral("ddd dd/MM/yyyy HH:mm")))
                             .arg(e.points);
    // Ask only when the core will allow it; otherwise its refusal says who may.
    auto may = BehaviourStore(context().db()).mayDelete(context().session(), e);
    if (may && *may &&
        MessageBox::question(this, tr("Delete behaviour event"),
                             tr("Delete this behaviour event?\n\n%1\n\nCtrl+Z puts it back.").arg(what)) !=
            QMessageBox::Yes)
        return false;
    BehaviourDeletion deleted;
    if (Status s = BehaviourStore(context().db()).deleteEvent(context().session(), e.id, &deleted); !s) {
        m_count->setText(s.error().message);
        Q_EMIT statusMessage(s.error().message);
        return false;
    }
    m_deleted.append(deleted);
    if (m_undo)
        m_undo->setEnabled(true);
    const int row = i.row();
    Q_EMIT statusMessage(tr("Deleted the event: %1. Ctrl+Z puts it back.").arg(what));
    context().notifyChanged(QStringLiteral("behaviour"));
    reload();
    if (m_eventModel->rowCount() > 0)
        m_events->selectRow(std::min(row, m_eventModel->rowCount() - 1));
    m_events->setFocus();
    return true;
}

bool BehaviourPane::undoDelete()
{
    if (m_deleted.isEmpty())
        return false;
    const BehaviourDeletion last = m_deleted.takeLast();
    if (m_undo)
        m_undo->setEnabled(!m_deleted.isEmpty());
    auto id = BehaviourStore(context().db()).restoreEvent(context().session(), last);
    if (!id) {
        m_count->setText(id.error().message);
        Q_EMIT statusMessage(id.error().message);
        return false;
    }
    Q_EMIT statusMessage(tr("Put the deleted event back."));
    context().notifyChanged(QStringLiteral("behaviour"));
    reload();
    for (int row = 0; row < m_eventModel->rowCount(); ++row)
        if (m_eventModel->eventAt(row).id == *id) {
            m_events->selectRow(row);
            break;
        }
    return true;
}

} // namespace md::ui
