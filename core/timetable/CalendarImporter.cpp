// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timetable/CalendarImporter.h"

#include "importing/CsvReader.h"
#include "importing/ImportFields.h"
#include "importing/ImportProblems.h"

namespace md {

namespace {

// A value short enough to quote in a message.
QString shown(const QString &value)
{
    constexpr int kShown = 40;
    return value.size() <= kShown ? value : value.left(kShown) + QChar(0x2026);
}

} // namespace

Result<QList<CalendarPeriod>> CalendarImporter::read(QIODevice &device, const QString &fileName)
{
    CsvReader reader(device);
    CsvRecord record;
    if (!reader.readNext(record)) {
        if (!reader.status())
            return Error::invalid(tr("%1: %2; the calendar was not changed.").arg(fileName, reader.status().error().message));
        return Error::invalid(tr("%1 is empty: its first line must name the columns Kind, Name, Start, End.").arg(fileName));
    }
    const CsvHeader header(record);
    const QStringList kindNames{QStringLiteral("Kind"), QStringLiteral("Type")};
    const QStringList nameNames{QStringLiteral("Name")};
    const QStringList startNames{QStringLiteral("Start"), QStringLiteral("From"), QStringLiteral("Starts")};
    const QStringList endNames{QStringLiteral("End"), QStringLiteral("To"), QStringLiteral("Ends")};
    if (Status s = header.require({kindNames, nameNames, startNames, endNames}); !s)
        return Error::invalid(tr("%1: %2; the calendar was not changed.").arg(fileName, s.error().message),
                              s.error().details);
    QList<CalendarPeriod> periods;
    ImportProblems bad;
    while (reader.readNext(record)) {
        auto cell = [&](const QStringList &names) {
            const int i = header.indexOf(names);
            return i < record.fields.size() ? record.fields.at(i).trimmed() : QString();
        };
        QStringList problems;
        CalendarPeriod p;
        const QString kindText = cell(kindNames);
        const auto kind = calendarKindFromString(kindText.toLower().replace(QLatin1Char(' '), QLatin1Char('_')));
        if (!kind)
            problems << tr("Kind '%1' is not term, half_term, holiday or assessment_week").arg(shown(kindText));
        else
            p.kind = *kind;
        p.name = cell(nameNames);
        for (const auto &[names, out] : {std::pair{&startNames, &p.start}, std::pair{&endNames, &p.end}}) {
            const QString text = cell(*names);
            const auto date = ImportFields::date(text);
            if (!date)
                problems << tr("%1 '%2' is not a date").arg(header.name(header.indexOf(*names)), shown(text));
            else if (!ImportFields::inSaneRange(*date))
                problems << tr("%1 '%2' is not between the years %3 and %4; check the year")
                                .arg(header.name(header.indexOf(*names)), text)
                                .arg(ImportFields::kMinYear)
                                .arg(ImportFields::kMaxYear);
            else
                *out = *date;
        }
        if (problems.isEmpty())
            if (const QString problem = CalendarStore::validate(p); !problem.isEmpty())
                problems << problem;
        if (!problems.isEmpty())
            bad << tr("line %1: %2").arg(record.line).arg(problems.join(QStringLiteral("; ")));
        else if (bad.isEmpty())
            periods << p;
    }
    if (!reader.status())
        return Error::invalid(tr("%1: %2; the calendar was not changed.").arg(fileName, reader.status().error().message));
    if (!bad.isEmpty())
        return Error::invalid(tr("%1: %n rows have problems; the calendar was not changed.", nullptr, bad.count())
                                  .arg(fileName),
                              bad.details());
    return periods;
}

} // namespace md
