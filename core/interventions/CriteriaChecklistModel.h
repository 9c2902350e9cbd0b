// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interventions/ProvisionMap.h"

#include <QAbstractListModel>

namespace md {

// The criteria of one intervention type as a checklist: the referrer or the hub ticks those the
// student meets, as evidence.
class CriteriaChecklistModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum DataRole
    {
        CriterionIdRole = Qt::UserRole + 1,
    };

    explicit CriteriaChecklistModel(QObject *parent = nullptr);

    void setCriteria(const QList<ProvisionCriterion> &criteria);
    QList<qint64> checkedIds() const;
    void setChecked(int row, bool checked);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    QList<ProvisionCriterion> m_criteria;
    QList<bool> m_checked;
};

} // namespace md
