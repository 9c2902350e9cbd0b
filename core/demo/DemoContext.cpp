// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoContext.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>

namespace md {

namespace {

// The translation context of this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(md::DemoSchool)
};

Result<QStringList> readWords(const QString &name)
{
    QFile file(QStringLiteral(":/demo/words/") + name + QStringLiteral(".txt"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return Error::io(Tr::tr("The demo word list '%1' is missing from this build.").arg(name));
    QStringList words;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString word = line.trimmed();
        if (!word.isEmpty() && !word.startsWith(QLatin1Char('#')))
            words.append(word);
    }
    if (words.isEmpty())
        return Error::io(Tr::tr("The demo word list '%1' is empty.").arg(name));
    return words;
}

// FNV-1a: a stable hash of a step's name (qHash may change between Qt versions).
quint32 fnv1a(const char *text)
{
    quint32 h = 2166136261u;
    for (const char *p = text; *p; ++p) {
        h ^= quint32(quint8(*p));
        h *= 16777619u;
    }
    return h;
}

// Letters a postcode's inward code may end with.
const QLatin1String kInwardLetters("ABDEFGHJLNPQRSTUWXYZ");

} // namespace

Result<DemoWords> DemoWords::load()
{
    DemoWords w;
    const std::pair<const char *, QStringList *> lists[] = {
        {"forenames_female", &w.femaleForenames},
        {"forenames_male", &w.maleForenames},
        {"surnames", &w.surnames},
        {"streets", &w.streets},
        {"towns", &w.towns},
    };
    for (const auto &[name, target] : lists) {
        auto words = readWords(QString::fromLatin1(name));
        if (!words)
            return words.error();
        *target = std::move(*words);
    }
    return w;
}

DemoContext::DemoContext(Database &database, const DemoOptions &opts, DemoWords wordLists)
    : db(database), options(opts), today(opts.today), schoolYearStart(schoolYearStartFor(opts.today)),
      session(Session::system(QStringLiteral("demo"))), words(std::move(wordLists)), rng(opts.seed)
{
}

void DemoContext::reseed(const char *stepName)
{
    const quint32 seeds[] = {options.seed, fnv1a(stepName)};
    rng = QRandomGenerator(seeds, 2);
}

int DemoContext::between(int lowest, int highest)
{
    if (highest <= lowest)
        return lowest;
    return rng.bounded(lowest, highest + 1);
}

bool DemoContext::chance(double probability)
{
    return rng.generateDouble() < probability;
}

double DemoContext::uniform()
{
    return rng.generateDouble();
}

QDate DemoContext::dateBetween(const QDate &from, const QDate &to)
{
    if (from >= to)
        return to;
    return from.addDays(between(0, int(from.daysTo(to))));
}

QList<int> DemoContext::apportion(int total, const QList<int> &weights)
{
    int weightSum = 0;
    for (int w : weights)
        weightSum += w;
    QList<int> out;
    if (weightSum <= 0 || total <= 0) {
        out.fill(0, weights.size());
        return out;
    }
    QList<std::pair<double, int>> remainders;
    int given = 0;
    for (int i = 0; i < weights.size(); ++i) {
        const double exact = double(total) * weights.at(i) / weightSum;
        const int whole = int(exact);
        out.append(whole);
        given += whole;
        remainders.append({exact - whole, i});
    }
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    for (int i = 0; given < total; ++i, ++given)
        ++out[remainders.at(i % remainders.size()).second];
    return out;
}

QString DemoContext::phone()
{
    return QStringLiteral("07700 900%1").arg(between(0, 999), 3, 10, QLatin1Char('0'));
}

QString DemoContext::landline()
{
    return QStringLiteral("020 7946 0%1").arg(between(0, 999), 3, 10, QLatin1Char('0'));
}

QString DemoContext::address()
{
    const int town = between(0, int(words.towns.size()) - 1);
    const QString inward = QString::number(between(1, 9)) +
                           QChar(kInwardLetters[between(0, kInwardLetters.size() - 1)]) +
                           QChar(kInwardLetters[between(0, kInwardLetters.size() - 1)]);
    return QStringLiteral("%1 %2, %3, NX%4 %5")
        .arg(QString::number(between(1, 180)), pick(words.streets), words.towns.at(town), QString::number(town + 1),
             inward);
}

QString DemoContext::email(const QString &forename, const QString &surname)
{
    QString local = asciiLower(forename) + QLatin1Char('.') + asciiLower(surname);
    if (chance(0.4))
        local += QString::number(between(1, 99));
    return local + (chance(0.7) ? QStringLiteral("@example.com") : QStringLiteral("@example.org"));
}

QString DemoContext::asciiLower(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD).toLower();
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed)
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            out.append(c);
    return out;
}

QDate DemoContext::schoolYearStartFor(const QDate &date)
{
    return QDate(date.month() >= 9 ? date.year() : date.year() - 1, 9, 1);
}

int DemoContext::yearGroupFor(const QDate &dob, const QDate &date)
{
    // Children born from 1 September to 31 August share a year group; name it by the year of the
    // August it ends in.
    const int cohort = dob.month() >= 9 ? dob.year() + 1 : dob.year();
    return schoolYearStartFor(date).year() - 4 - cohort;
}

QDate DemoContext::earliestBirthday(int yearGroup, const QDate &start)
{
    return QDate(start.year() - yearGroup - 5, 9, 1);
}

QDate DemoContext::latestBirthday(int yearGroup, const QDate &start)
{
    return QDate(start.year() - yearGroup - 4, 8, 31);
}

} // namespace md
