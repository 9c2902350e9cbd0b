// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "letters/LettersPane.h"

#include "access/Permissions.h"
#include "letters/LetterListWidget.h"
#include "shell/DeskContext.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace md::ui {

LettersPane::LettersPane(DeskContext &context, QWidget *parent) : Pane(context, parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Letters"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    title->setFont(f);
    layout->addWidget(title);

    m_scope = new QLabel(this);
    m_scope->setWordWrap(true);
    const Scopes track = Permissions::scopes(context.session(), Action::TrackLetters);
    if (track.testFlag(ScopeKind::Organisation))
        m_scope->setText(tr("Letters to the families and students of the whole school."));
    else if (track.testFlag(ScopeKind::AssignedLearners))
        m_scope->setText(tr("Letters to the families of the students in your group, and the letters you wrote."));
    else
        m_scope->setText(tr("The letters you wrote. Teachers write attendance letters for students on their courses."));
    layout->addWidget(m_scope);

    auto *filters = new QHBoxLayout;
    m_state = new QComboBox(this);
    m_state->setAccessibleName(tr("Show letters in state"));
    m_state->view()->setAccessibleName(tr("Letter states"));
    m_state->addItem(tr("Every state"), QString());
    for (LetterState s : LetterTerms::allStates())
        m_state->addItem(LetterTerms::label(s), LetterTerms::toString(s));
    m_type = new QComboBox(this);
    m_type->setAccessibleName(tr("Show letters of type"));
    m_type->view()->setAccessibleName(tr("Letter types"));
    m_type->addItem(tr("Every type"), QString());
    for (LetterType t : LetterTerms::allTypes())
        m_type->addItem(LetterTerms::label(t), LetterTerms::toString(t));
    m_text = new QLineEdit(this);
    m_text->setPlaceholderText(tr("Filter by student, recipient, template or reference (L-000123)"));
    m_text->setAccessibleName(tr("Filter letters"));
    m_text->setClearButtonEnabled(true);
    auto *stateLabel = new QLabel(tr("&State:"), this);
    stateLabel->setBuddy(m_state);
    auto *typeLabel = new QLabel(tr("&Type:"), this);
    typeLabel->setBuddy(m_type);
    filters->addWidget(stateLabel);
    filters->addWidget(m_state);
    filters->addWidget(typeLabel);
    filters->addWidget(m_type);
    filters->addWidget(m_text, 1);
    layout->addLayout(filters);

    m_list = new LetterListWidget(context, this);
    layout->addWidget(m_list, 1);
    connect(m_list, &LetterListWidget::statusMessage, this, &Pane::statusMessage);

    auto *typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(200);
    connect(typing, &QTimer::timeout, this, &LettersPane::applyFilter);
    connect(m_text, &QLineEdit::textChanged, typing, qOverload<>(&QTimer::start));
    connect(m_state, &QComboBox::currentIndexChanged, this, &LettersPane::applyFilter);
    connect(m_type, &QComboBox::currentIndexChanged, this, &LettersPane::applyFilter);
}

void LettersPane::activate()
{
    applyFilter();
}

QWidget *LettersPane::primaryFocus()
{
    return m_text;
}

void LettersPane::applyFilter()
{
    LetterFilter filter;
    filter.state = LetterTerms::stateFromString(m_state->currentData().toString());
    filter.type = LetterTerms::typeFromString(m_type->currentData().toString());
    filter.text = m_text->text();
    m_list->setFilter(filter);
}

} // namespace md::ui
