// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ilp/IlpTypes.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;

namespace md::ui {

// Asks for the template and the validity dates of new plans. With one published template it is
// chosen already (reference 001, 5: "selected automatically").
class IlpCreateDialog : public QDialog
{
    Q_OBJECT
public:
    IlpCreateDialog(const QList<IlpTemplate> &published, int students, QWidget *parent = nullptr);

    qint64 templateId() const;
    QDate validFrom() const;
    QDate validTo() const;
    QComboBox *templateCombo() const { return m_template; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }

private:
    QComboBox *m_template;
    QDateEdit *m_from;
    QDateEdit *m_to;
};

} // namespace md::ui
