// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ilp/IlpTypes.h"
#include "shell/Pane.h"

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace md::ui {

// Administration: ILP templates (reference 001, 1). A list of templates and an editor of the
// selected one: its name, description and fields in order, each with a tick per role for "can be
// seen by" and "can edit". Publish makes a template available for new plans; unpublish takes it
// out of use without touching plans already made.
class IlpTemplatesPane : public Pane
{
    Q_OBJECT
public:
    explicit IlpTemplatesPane(DeskContext &context, QWidget *parent = nullptr);

    void activate() override;
    QWidget *primaryFocus() override;

    bool save();
    void newTemplate();
    void addField();
    void removeField();
    void moveField(int delta);
    void setState(IlpTemplateState state);

    QListWidget *templateList() const { return m_list; }
    QLineEdit *nameEdit() const { return m_name; }
    QTableWidget *fieldTable() const { return m_fields; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *publishButton() const { return m_publish; }
    QPushButton *unpublishButton() const { return m_unpublish; }
    QLabel *messageLabel() const { return m_message; }

    // Columns of the field table: label, guidance, then see and edit ticks per role.
    static int seeColumn(IlpRole role);
    static int editColumn(IlpRole role);

private:
    void reloadList(qint64 select = 0);
    void openCurrent();
    void setFieldRow(int row, const IlpField &field);
    IlpTemplate edited() const;
    void showMessage(const QString &message, bool error = false);

    qint64 m_currentId = 0;
    int m_rowVersion = 0;
    IlpTemplateState m_state = IlpTemplateState::Draft;
    QListWidget *m_list;
    QLineEdit *m_name;
    QLineEdit *m_description;
    QLabel *m_stateLabel;
    QTableWidget *m_fields;
    QPushButton *m_new;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_save;
    QPushButton *m_publish;
    QPushButton *m_unpublish;
    QLabel *m_message;
};

} // namespace md::ui
