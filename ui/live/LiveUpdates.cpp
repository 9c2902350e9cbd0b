// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "live/LiveUpdates.h"

#include "common/Logging.h"
#include "shell/DeskContext.h"
#include "storage/RowVersion.h"

#include <QAbstractItemView>
#include <QHash>
#include <QItemSelectionModel>
#include <QLabel>
#include <QScrollBar>

namespace md::ui {

namespace {

using Key = QVariantList;

Key keyOf(const QModelIndex &index, const QList<int> &roles)
{
    Key key;
    for (int role : roles)
        key.append(index.siblingAtColumn(0).data(role));
    return key;
}

// Remembers where the user was in one view while its model resets, and puts them back.
class PlaceKeeper : public QObject
{
public:
    PlaceKeeper(QAbstractItemView *view, const QList<int> &roles) : QObject(view), m_view(view), m_roles(roles)
    {
        attach();
    }

private:
    void attach()
    {
        QAbstractItemModel *model = m_view->model();
        if (!model)
            return;
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &PlaceKeeper::remember);
        connect(model, &QAbstractItemModel::modelReset, this, &PlaceKeeper::restore);
    }

    void remember()
    {
        m_selected.clear();
        m_current.clear();
        m_top.clear();
        if (QItemSelectionModel *selection = m_view->selectionModel()) {
            for (const QModelIndex &row : selection->selectedRows())
                m_selected.append(keyOf(row, m_roles));
            if (selection->currentIndex().isValid())
                m_current = keyOf(selection->currentIndex(), m_roles);
        }
        const QModelIndex top = m_view->indexAt(QPoint(1, 1));
        if (top.isValid())
            m_top = keyOf(top, m_roles);
        m_scroll = m_view->verticalScrollBar()->value();
        m_hscroll = m_view->horizontalScrollBar()->value();
    }

    void restore()
    {
        QAbstractItemModel *model = m_view->model();
        QItemSelectionModel *selection = m_view->selectionModel();
        if (!model || !selection)
            return;
        if (m_selected.isEmpty() && m_current.isEmpty() && m_top.isEmpty() && m_scroll == 0)
            return;
        QHash<QString, int> rowOf;
        const auto text = [](const Key &key) {
            QStringList parts;
            for (const QVariant &v : key)
                parts.append(v.toString());
            return parts.join(QLatin1Char('\x1f'));
        };
        for (int r = 0; r < model->rowCount(); ++r)
            rowOf.insert(text(keyOf(model->index(r, 0), m_roles)), r);
        const int lastColumn = model->columnCount() - 1;
        if (!m_current.isEmpty())
            if (const int row = rowOf.value(text(m_current), -1); row >= 0)
                selection->setCurrentIndex(model->index(row, 0), QItemSelectionModel::NoUpdate);
        QItemSelection rows;
        for (const Key &key : std::as_const(m_selected))
            if (const int row = rowOf.value(text(key), -1); row >= 0)
                rows.select(model->index(row, 0), model->index(row, lastColumn));
        if (!rows.isEmpty())
            selection->select(rows, QItemSelectionModel::ClearAndSelect);
        // The scroll bars' ranges follow the new rows only after a layout.
        m_view->doItemsLayout();
        const int top = m_top.isEmpty() ? -1 : rowOf.value(text(m_top), -1);
        if (top >= 0)
            m_view->scrollTo(model->index(top, 0), QAbstractItemView::PositionAtTop);
        else
            m_view->verticalScrollBar()->setValue(m_scroll);
        m_view->horizontalScrollBar()->setValue(m_hscroll);
    }

    QAbstractItemView *m_view;
    QList<int> m_roles;
    QList<Key> m_selected;
    Key m_current;
    Key m_top;
    int m_scroll = 0;
    int m_hscroll = 0;
};

} // namespace

QStringList LiveUpdates::areasOf(const QString &table)
{
    static const QHash<QString, QStringList> areas{
        {QStringLiteral("students"), {QStringLiteral("students")}},
        {QStringLiteral("parents"), {QStringLiteral("students")}},
        {QStringLiteral("student_flags"), {QStringLiteral("students")}},
        {QStringLiteral("mentoring_groups"), {QStringLiteral("students"), QStringLiteral("mentors")}},
        {QStringLiteral("referrals"), {QStringLiteral("referrals")}},
        {QStringLiteral("hub_decisions"), {QStringLiteral("referrals"), QStringLiteral("interventions")}},
        {QStringLiteral("interventions"), {QStringLiteral("interventions"), QStringLiteral("mentoring")}},
        {QStringLiteral("mentoring_cases"), {QStringLiteral("mentoring")}},
        {QStringLiteral("mentoring_objectives"), {QStringLiteral("mentoring")}},
        {QStringLiteral("smart_targets"), {QStringLiteral("mentoring")}},
        {QStringLiteral("mentoring_sessions"), {QStringLiteral("mentoring")}},
        {QStringLiteral("mentoring_entries"), {QStringLiteral("mentoring")}},
        {QStringLiteral("mentoring_checkins"), {QStringLiteral("mentoring")}},
        {QStringLiteral("behaviour_events"), {QStringLiteral("behaviour")}},
        {QStringLiteral("letters"), {QStringLiteral("letters")}},
        {QStringLiteral("ilp_plans"), {QStringLiteral("ilp")}},
        {QStringLiteral("ilp_reviews"), {QStringLiteral("ilp")}},
        // Migration 0100. The hub pane follows "referrals" (a referral shows its planned meeting).
        {QStringLiteral("hub_meetings"), {QStringLiteral("referrals")}},
        {QStringLiteral("hub_agenda"), {QStringLiteral("referrals")}},
        {QStringLiteral("hub_attendees"), {QStringLiteral("referrals")}},
        {QStringLiteral("hub_meeting_notes"), {QStringLiteral("referrals")}},
        {QStringLiteral("intervention_reviews"), {QStringLiteral("interventions")}},
        {QStringLiteral("keyworker_allocations"), {QStringLiteral("interventions"), QStringLiteral("mentors")}},
        {QStringLiteral("provision_types"), {QStringLiteral("provision"), QStringLiteral("interventions")}},
        {QStringLiteral("provision_criteria"), {QStringLiteral("provision")}},
        {QStringLiteral("courses"), {QStringLiteral("assessments")}},
        {QStringLiteral("course_students"), {QStringLiteral("assessments")}},
        {QStringLiteral("course_teachers"), {QStringLiteral("assessments")}},
        {QStringLiteral("course_assessments"), {QStringLiteral("assessments")}},
        {QStringLiteral("course_approvals"), {QStringLiteral("assessments")}},
        {QStringLiteral("terms"), {QStringLiteral("assessments")}},
        {QStringLiteral("mentor_profiles"), {QStringLiteral("mentors")}},
        {QStringLiteral("mentor_reviews"), {QStringLiteral("mentors")}},
        {QStringLiteral("keyworker_capacity"), {QStringLiteral("mentors")}},
        {QStringLiteral("target_progress"), {QStringLiteral("mentoring")}},
        {QStringLiteral("ilp_plan_fields"), {QStringLiteral("ilp")}},
        {QStringLiteral("ilp_review_entries"), {QStringLiteral("ilp")}},
        {QStringLiteral("settings"), {QStringLiteral("settings")}},
    };
    if (table.isEmpty()) {
        QStringList all;
        for (const QStringList &list : areas)
            for (const QString &area : list)
                if (!all.contains(area))
                    all.append(area);
        all.sort();
        return all;
    }
    return areas.value(table);
}

void LiveUpdates::keepPlace(QAbstractItemView *view, const QList<int> &keyRoles)
{
    new PlaceKeeper(view, keyRoles);
}

RecordWatch::RecordWatch(DeskContext &context, const QString &table, qint64 id, QLabel *note, QObject *parent)
    : QObject(parent), m_context(context), m_table(table), m_id(id), m_note(note)
{
    connect(&context, &DeskContext::recordsChanged, this, &RecordWatch::changed);
}

bool RecordWatch::storedVersionDiffers() const
{
    if (!version || !m_context.isOpen())
        return false;
    const auto stored = RowVersion::stored(m_context.db(), m_table, m_id);
    if (!stored) {
        // Nothing is known: the next notification or save will tell.
        qCWarning(lcStorage) << "could not re-read the row version of" << m_table << m_id;
        return false;
    }
    // Gone (deleted, or no longer readable) counts as changed: the reload says so.
    return !stored->has_value() || **stored != version();
}

void RecordWatch::changed(const QString &table, const QList<qint64> &ids)
{
    if (m_id == 0 && findId && (table.isEmpty() || table == m_table))
        m_id = findId();
    if (m_id == 0)
        return;
    if (table.isEmpty() ? !storedVersionDiffers() : (table != m_table || !ids.contains(m_id)))
        return;
    if (hasUnsavedEdits && hasUnsavedEdits()) {
        say(tr("This record was changed at another desk while you were editing it. Your edits are kept; when you "
               "save, you will see both versions and choose."));
        return;
    }
    if (!reload)
        return;
    if (Status s = reload(); !s)
        // Deleted or no longer readable: say so; saving then shows the conflict.
        say(tr("This record was changed at another desk and cannot be shown again: %1").arg(s.error().message));
    else
        say(tr("Updated with a change made at another desk."));
}

QLabel *RecordWatch::makeNote(QWidget *parent)
{
    auto *note = new QLabel(parent);
    note->setAccessibleName(tr("Changed at another desk"));
    note->setWordWrap(true);
    note->hide();
    return note;
}

void RecordWatch::say(const QString &text)
{
    if (!m_note)
        return;
    m_note->setText(text);
    m_note->show();
}

} // namespace md::ui
