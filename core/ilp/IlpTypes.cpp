// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ilp/IlpTypes.h"

#include "access/Session.h"

#include <QLocale>

namespace md {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(md::IlpTypes)
};
} // namespace

QList<IlpRole> allIlpRoles()
{
    return {IlpRole::Mentor, IlpRole::Teacher, IlpRole::Student, IlpRole::Parent};
}

QString ilpRoleCode(IlpRole role)
{
    switch (role) {
    case IlpRole::Mentor:
        return QStringLiteral("mentor");
    case IlpRole::Teacher:
        return QStringLiteral("teacher");
    case IlpRole::Student:
        return QStringLiteral("student");
    case IlpRole::Parent:
        return QStringLiteral("parent");
    }
    return {};
}

std::optional<IlpRole> ilpRoleFromCode(const QString &code)
{
    for (IlpRole r : allIlpRoles())
        if (ilpRoleCode(r) == code.trimmed().toLower())
            return r;
    return std::nullopt;
}

QString ilpRoleLabel(IlpRole role)
{
    switch (role) {
    case IlpRole::Mentor:
        return Tr::tr("Mentor");
    case IlpRole::Teacher:
        return Tr::tr("Teacher");
    case IlpRole::Student:
        return Tr::tr("Student");
    case IlpRole::Parent:
        return Tr::tr("Parent");
    }
    return {};
}

QString ilpRolesToCodes(IlpRoles roles)
{
    QStringList codes;
    for (IlpRole r : allIlpRoles())
        if (roles.testFlag(r))
            codes << ilpRoleCode(r);
    return codes.join(QLatin1Char(','));
}

IlpRoles ilpRolesFromCodes(const QString &codes)
{
    IlpRoles roles;
    for (const QString &c : codes.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (auto r = ilpRoleFromCode(c))
            roles |= *r;
    return roles;
}

IlpRoles ilpRolesOf(const Session &session)
{
    IlpRoles roles;
    if (session.has(Role::Mentor) || session.has(Role::LeadMentor) || session.has(Role::Headteacher))
        roles |= IlpRole::Mentor;
    if (session.has(Role::Teacher))
        roles |= IlpRole::Teacher;
    return roles;
}

QString ilpTemplateStateCode(IlpTemplateState state)
{
    switch (state) {
    case IlpTemplateState::Draft:
        return QStringLiteral("draft");
    case IlpTemplateState::Published:
        return QStringLiteral("published");
    case IlpTemplateState::Unpublished:
        return QStringLiteral("unpublished");
    }
    return {};
}

std::optional<IlpTemplateState> ilpTemplateStateFromCode(const QString &code)
{
    for (auto s : {IlpTemplateState::Draft, IlpTemplateState::Published, IlpTemplateState::Unpublished})
        if (ilpTemplateStateCode(s) == code)
            return s;
    return std::nullopt;
}

QString ilpTemplateStateLabel(IlpTemplateState state)
{
    switch (state) {
    case IlpTemplateState::Draft:
        return Tr::tr("Draft");
    case IlpTemplateState::Published:
        return Tr::tr("Published");
    case IlpTemplateState::Unpublished:
        return Tr::tr("Unpublished");
    }
    return {};
}

QString ilpPlanStateCode(IlpPlanState state)
{
    switch (state) {
    case IlpPlanState::Unpublished:
        return QStringLiteral("unpublished");
    case IlpPlanState::Published:
        return QStringLiteral("published");
    case IlpPlanState::Archived:
        return QStringLiteral("archived");
    }
    return {};
}

std::optional<IlpPlanState> ilpPlanStateFromCode(const QString &code)
{
    for (auto s : {IlpPlanState::Unpublished, IlpPlanState::Published, IlpPlanState::Archived})
        if (ilpPlanStateCode(s) == code)
            return s;
    return std::nullopt;
}

QString ilpPlanStateLabel(IlpPlanState state)
{
    switch (state) {
    case IlpPlanState::Unpublished:
        return Tr::tr("Unpublished");
    case IlpPlanState::Published:
        return Tr::tr("Published");
    case IlpPlanState::Archived:
        return Tr::tr("Archived");
    }
    return {};
}

bool IlpPlan::isEmpty() const
{
    return filledFields() == 0;
}

int IlpPlan::filledFields() const
{
    int n = 0;
    for (const IlpPlanField &f : fields)
        if (!f.value.trimmed().isEmpty())
            ++n;
    return n;
}

QString IlpPlan::title() const
{
    const QLocale locale;
    return Tr::tr("%1, %2 to %3")
        .arg(templateName, locale.toString(validFrom, QLocale::ShortFormat),
             locale.toString(validTo, QLocale::ShortFormat));
}

IlpPlan IlpPlan::visibleTo(IlpRoles roles) const
{
    IlpPlan out = *this;
    out.fields.clear();
    for (const IlpPlanField &f : fields)
        if (f.visibleTo(roles))
            out.fields.append(f);
    return out;
}

} // namespace md
