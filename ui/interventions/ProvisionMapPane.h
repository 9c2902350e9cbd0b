// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "shell/Pane.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTableView;

namespace md {
class ProvisionTypeModel;
}

namespace md::ui {

// The provision map: the catalogue of intervention types by stage, seeded from the policy, with
// who may request each stage. The lead mentor and administrators edit a type's description,
// provision, length and criteria, add types, or stop offering one.
class ProvisionMapPane : public Pane
{
    Q_OBJECT
public:
    explicit ProvisionMapPane(DeskContext &context, QWidget *parent = nullptr);

    void activate() override;
    QWidget *primaryFocus() override;
    void reload();
    Status save();
    void newType();

    QTableView *view() const { return m_view; }
    ProvisionTypeModel *model() const { return m_model; }
    QLineEdit *nameEdit() const { return m_name; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QPlainTextEdit *criteriaEdit() const { return m_criteria; }
    QLabel *messageLabel() const { return m_message; }

private:
    void showType();

    ProvisionTypeModel *m_model;
    QTableView *m_view;
    qint64 m_typeId = 0;
    QComboBox *m_stage;
    QLabel *m_stageInfo;
    QLineEdit *m_name;
    QLineEdit *m_duration;
    QSpinBox *m_weeks;
    QCheckBox *m_oneToOne;
    QCheckBox *m_active;
    QPlainTextEdit *m_description;
    QPlainTextEdit *m_provision;
    QPlainTextEdit *m_criteria;
    QLabel *m_message;
    bool m_stale = true;
};

} // namespace md::ui
