// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <functional>

class QWidget;

namespace md {
class Session;
}

namespace md::ui {

class DeskContext;
class Pane;

// Where a pane's entry sits in the navigation list. Entries follow the user's roles: a user with
// both Mentor and Headteacher sees one combined "Supervisor" section instead of the two.
enum class NavSection
{
    General,
    Mentor,
    Teacher,
    LeadMentor,
    Headteacher,
    Administration,
};

struct PaneInfo
{
    QString id;    // stable, for remembered state and tests ("students", "record"...)
    QString title; // translated
    NavSection section;
    std::function<bool(const Session &)> visibleFor;
    std::function<Pane *(DeskContext &, QWidget *)> create;
};

// Every pane of the shell. Capabilities add theirs in PaneRegistry.cpp.
QList<PaneInfo> allPanes();

} // namespace md::ui
