// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QDate>
#include <QDialog>

#include <functional>

class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace md::ui {

// A small form for one step of a referral or intervention (observations, an urgent action plan,
// closing, parent contact...). On OK it runs the step through the core; a refusal is shown inline
// and the dialog stays open, so nothing typed is lost.
class StepDialog : public QDialog
{
    Q_OBJECT
public:
    StepDialog(const QString &title, const QString &intro, const QString &okText, QWidget *parent = nullptr);

    QLineEdit *addLine(const QString &label, const QString &accessibleName, const QString &text = {});
    QPlainTextEdit *addText(const QString &label, const QString &accessibleName, const QString &text = {});
    QDateEdit *addDate(const QString &label, const QString &accessibleName, const QDate &date);
    void addWidget(const QString &label, QWidget *widget);
    // What OK does; its error is shown inline.
    void setAction(std::function<Status()> action) { m_action = std::move(action); }

    QLabel *errorLabel() const { return m_error; }

public Q_SLOTS:
    void accept() override;

private:
    QFormLayout *m_form;
    QLabel *m_error;
    std::function<Status()> m_action;
};

} // namespace md::ui
