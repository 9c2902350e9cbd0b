// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/Pane.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace md {
class BehaviourCategoryModel;
}

namespace md::ui {

// Administration > Behaviour categories: the school's list of positive and negative categories
// with their default points. Add, rename, change points, retire or reinstate; delete only what no
// event uses (a category in use is retired). The core checks the permission and the values; its
// refusals show inline.
class BehaviourCategoriesPane : public Pane
{
    Q_OBJECT
public:
    explicit BehaviourCategoriesPane(DeskContext &context, QWidget *parent = nullptr);

    void activate() override;
    QWidget *primaryFocus() override;
    void reload();

    // The form's actions, as the buttons run them; each returns whether it succeeded.
    void startNew();
    bool save();
    bool toggleRetired();
    bool deleteSelected();
    bool selectCategory(qint64 id);

    BehaviourCategoryModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *kindBox() const { return m_kind; }
    QSpinBox *pointsBox() const { return m_points; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *retireButton() const { return m_retire; }
    QPushButton *deleteButton() const { return m_delete; }

private:
    void showSelected();
    void showMessage(const QString &text, bool problem);
    qint64 selectedId() const;

    BehaviourCategoryModel *m_model;
    QTableView *m_view;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QSpinBox *m_points;
    QLabel *m_state;
    QLabel *m_message;
    QPushButton *m_new;
    QPushButton *m_save;
    QPushButton *m_retire;
    QPushButton *m_delete;
    qint64 m_editing = 0; // 0: a new category
    bool m_stale = true;
};

} // namespace md::ui
