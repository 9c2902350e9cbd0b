// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "referrals/ReferralsPane.h"

#include "access/Permissions.h"
#include "live/LiveUpdates.h"
#include "common/MessageBox.h"
#include "referrals/NewReferralDialog.h"
#include "referrals/ReferralDetailPanel.h"
#include "referrals/ReferralImporter.h"
#include "referrals/ReferralListModel.h"
#include "shell/DeskContext.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedLayout>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace md::ui {

namespace {
const QLatin1String kOpen("open");
const QLatin1String kAll("all");
} // namespace

ReferralsPane::ReferralsPane(DeskContext &context, QWidget *parent)
    : Pane(context, parent), m_model(new ReferralListModel(this)), m_typing(new QTimer(this))
{
    m_model->setSource(context.db(), context.session());
    ReferralFilter initial;
    initial.openOnly = true;
    m_model->setFilter(initial);
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *title = new QLabel(tr("Referrals"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    title->setFont(f);
    top->addWidget(title);
    top->addStretch();
    auto *refer = new QPushButton(tr("&New referral…"), this);
    refer->setAccessibleName(tr("Refer a student"));
    refer->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    refer->setToolTip(tr("Ctrl+Shift+R"));
    top->addWidget(refer);
    if (Permissions::allows(context.session(), Action::ImportReferrals)) {
        auto *import = new QPushButton(tr("&Import referral form…"), this);
        import->setAccessibleName(tr("Import the referral form's CSV export"));
        top->addWidget(import);
        connect(import, &QPushButton::clicked, this, [this] { importForm(); });
    }
    layout->addLayout(top);

    auto *filters = new QHBoxLayout;
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter by name, UPN, tutor group or referrer"));
    m_filter->setAccessibleName(tr("Filter referrals"));
    m_filter->setClearButtonEnabled(true);
    filters->addWidget(m_filter, 2);
    m_status = new QComboBox(this);
    m_status->setAccessibleName(tr("Status"));
    m_status->addItem(tr("Open referrals"), QString(kOpen));
    m_status->addItem(tr("All referrals"), QString(kAll));
    for (ReferralStatus s : enumValues<ReferralStatus>())
        m_status->addItem(labelOf(s), toCode(s));
    filters->addWidget(m_status);
    m_urgency = new QComboBox(this);
    m_urgency->setAccessibleName(tr("Urgency"));
    m_urgency->addItem(tr("Any urgency"), QString());
    for (Urgency u : enumValues<Urgency>())
        m_urgency->addItem(labelOf(u), toCode(u));
    filters->addWidget(m_urgency);
    m_concern = new QComboBox(this);
    m_concern->setAccessibleName(tr("Area of concern"));
    m_concern->addItem(tr("Any concern"), QString());
    for (Concern c : enumValues<Concern>())
        m_concern->addItem(labelOf(c), toCode(c));
    filters->addWidget(m_concern);
    m_mine = new QCheckBox(tr("Only &mine"), this);
    m_mine->setAccessibleName(tr("Only referrals I made"));
    filters->addWidget(m_mine);
    layout->addLayout(filters);

    m_count = new QLabel(this);
    m_count->setAccessibleName(tr("Number of referrals shown"));
    layout->addWidget(m_count);

    auto *splitter = new QSplitter(this);
    auto *host = new QWidget(splitter);
    m_stack = new QStackedLayout(host);
    m_view = new QTableView(host);
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Referral register"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->horizontalHeader()->setSortIndicator(ReferralListModel::ReferredColumn, Qt::DescendingOrder);
    m_view->setSortingEnabled(true);
    m_view->setAlternatingRowColors(false);
    m_view->setTabKeyNavigation(false);
    LiveUpdates::keepPlace(m_view, {ReferralListModel::ReferralIdRole});
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_stack->addWidget(m_view);
    m_empty = new QLabel(host);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setAccessibleName(tr("No referrals"));
    m_stack->addWidget(m_empty);
    m_detail = new ReferralDetailPanel(context, splitter);
    splitter->addWidget(host);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({880, 460});
    layout->addWidget(splitter, 1);

    m_typing->setSingleShot(true);
    m_typing->setInterval(250);
    connect(m_typing, &QTimer::timeout, this, &ReferralsPane::applyFilters);
    connect(m_filter, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        m_typing->stop();
        applyFilters();
        m_view->setFocus();
    });
    auto *clear = new QAction(this);
    clear->setShortcut(Qt::Key_Escape);
    clear->setShortcutContext(Qt::WidgetShortcut);
    m_filter->addAction(clear);
    connect(clear, &QAction::triggered, m_filter, &QLineEdit::clear);
    for (QComboBox *box : {m_status, m_urgency, m_concern})
        connect(box, &QComboBox::currentIndexChanged, this, &ReferralsPane::applyFilters);
    connect(m_mine, &QCheckBox::toggled, this, &ReferralsPane::applyFilters);
    connect(refer, &QPushButton::clicked, this, [this] { newReferral(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_count->setText(tr("%n referral(s)", nullptr, m_model->rowCount()));
        if (m_model->rowCount() > 0) {
            m_stack->setCurrentWidget(m_view);
        } else {
            m_empty->setText(
                m_filter->text().isEmpty() && m_status->currentIndex() <= 1
                    ? tr("There are no referrals yet. Refer a student with New referral (Ctrl+Shift+R).")
                    : tr("No referral matches the filters. Clear the filter (Esc) or choose All referrals."));
            m_stack->setCurrentWidget(m_empty);
        }
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ReferralsPane::currentChanged);
    connect(m_detail, &ReferralDetailPanel::changed, this, [this](qint64 id) {
        this->context().notifyChanged(QStringLiteral("referrals"));
        this->context().notifyChanged(QStringLiteral("interventions"));
        reload();
        selectReferral(id);
    });
    connect(m_detail, &ReferralDetailPanel::openStudentRequested, this, &Pane::openStudentRequested);
    connect(m_detail, &ReferralDetailPanel::statusMessage, this, &Pane::statusMessage);
    connect(&context, &DeskContext::dataChanged, this, [this](const QString &what) {
        if (what == QLatin1String("referrals") || what == QLatin1String("students")) {
            m_stale = true;
            if (isVisible())
                reload();
        }
    });
}

void ReferralsPane::activate()
{
    if (m_stale)
        reload();
}

QWidget *ReferralsPane::primaryFocus()
{
    return m_filter;
}

void ReferralsPane::applyFilters()
{
    ReferralFilter filter = m_model->filter();
    filter.text = m_filter->text();
    const QString status = m_status->currentData().toString();
    filter.openOnly = status == kOpen;
    filter.status = enumFromCode<ReferralStatus>(status);
    filter.urgency = enumFromCode<Urgency>(m_urgency->currentData().toString());
    filter.concern = enumFromCode<Concern>(m_concern->currentData().toString());
    filter.mineOnly = m_mine->isChecked();
    m_model->setFilter(filter);
    reload();
}

void ReferralsPane::reload()
{
    m_stale = false;
    const qint64 keep = m_detail->referralId();
    if (Status s = m_model->load(); !s) {
        m_empty->setText(s.error().message);
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    m_view->resizeColumnsToContents();
    // Keep the selection; otherwise start on the first referral, so the panel is never empty.
    if (!selectReferral(keep) && !(m_model->rowCount() > 0 && selectReferral(m_model->rowAt(0).id)))
        m_detail->showReferral(0);
}

bool ReferralsPane::selectReferral(qint64 id)
{
    const int row = id ? m_model->rowOfReferral(id) : -1;
    if (row < 0)
        return false;
    m_view->setCurrentIndex(m_model->index(row, 0));
    m_detail->showReferral(id);
    return true;
}

void ReferralsPane::currentChanged()
{
    const QModelIndex index = m_view->currentIndex();
    m_detail->showReferral(index.isValid() ? index.data(ReferralListModel::ReferralIdRole).toLongLong() : 0);
}

void ReferralsPane::newReferral(qint64 studentId)
{
    NewReferralDialog dialog(context().db(), context().session(), studentId, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    context().notifyChanged(QStringLiteral("referrals"));
    reload();
    selectReferral(dialog.referralId());
    Q_EMIT statusMessage(tr("Referral made. Learning support will make an initial assessment."));
}

void ReferralsPane::importForm(const QString &givenFile)
{
    QString file = givenFile;
    if (file.isEmpty()) {
        file = QFileDialog::getOpenFileName(this, tr("Import the referral form's export"), QString(),
                                            tr("CSV files (*.csv);;All files (*)"));
        if (file.isEmpty())
            return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto summary = ReferralImporter::importFile(context().db(), context().session(), file);
    QApplication::restoreOverrideCursor();
    if (!summary) {
        MessageBox::warning(this, tr("Nothing was imported"), summary.error().message,
                            summary.error().details.join(QLatin1Char('\n')));
        return;
    }
    context().notifyChanged(QStringLiteral("referrals"));
    reload();
    MessageBox::information(this, tr("Referrals imported"),
                            tr("Imported %1 rows from %2: %3 new referrals, %4 already in the register.")
                                .arg(summary->rows)
                                .arg(QFileInfo(file).fileName())
                                .arg(summary->created)
                                .arg(summary->unchanged));
}

} // namespace md::ui
