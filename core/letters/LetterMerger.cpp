// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "letters/LetterMerger.h"

#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace md {

namespace {

const QRegularExpression &tokenPattern()
{
    // No braces or tags inside a field: formatting that splits one shows up as a broken field.
    static const QRegularExpression re(QStringLiteral("\\{\\{([^{}<>]*)\\}\\}"));
    return re;
}

const QRegularExpression &keyPattern()
{
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9_]*(\\.[a-z0-9_]+)+$"));
    return re;
}

const QChar kMarkOpen(0x27E6);  // ⟦
const QChar kMarkClose(0x27E7); // ⟧

// A short, tag-free excerpt of `text` from `start`, for messages.
QString excerpt(const QString &text, qsizetype start)
{
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    QString s = text.mid(start, 60);
    s.remove(tags);
    s = s.simplified();
    if (s.size() > 24)
        s = s.left(24) + QChar(0x2026);
    return s;
}

} // namespace

LetterMerger::Scan LetterMerger::scan(const QString &text)
{
    Scan out;
    QList<std::pair<qsizetype, qsizetype>> covered;
    auto it = tokenPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out.tokens.append(Token{m.capturedStart(), m.capturedLength(), m.captured(1).trimmed()});
        covered.append({m.capturedStart(), m.capturedEnd()});
    }
    auto inside = [&covered](qsizetype pos) {
        for (const auto &[from, to] : covered)
            if (pos >= from && pos < to)
                return true;
        return false;
    };
    for (const QLatin1String pair : {QLatin1String("{{"), QLatin1String("}}")}) {
        qsizetype pos = 0;
        while ((pos = text.indexOf(pair, pos)) >= 0) {
            if (!inside(pos)) {
                const bool opening = pair == QLatin1String("{{");
                out.problems.append(Problem{
                    pos, 2,
                    opening ? tr("A merge field is not closed, or formatting splits it, at \u201c%1\u201d: retype it "
                                 "as {{field}} or pick it from the list.")
                                  .arg(excerpt(text, pos))
                            : tr("\u201c}}\u201d without a matching \u201c{{\u201d near \u201c%1\u201d.")
                                  .arg(excerpt(text, qMax<qsizetype>(0, pos - 20)))});
                // Skip the rest of a run of braces ("{{{") so it is reported once.
                while (pos < text.size() && text.at(pos) == pair.at(0))
                    ++pos;
                continue;
            }
            pos += 2;
        }
    }
    std::sort(out.problems.begin(), out.problems.end(),
              [](const Problem &a, const Problem &b) { return a.start < b.start; });
    return out;
}

QList<LetterMerger::Problem> LetterMerger::check(const QString &text, LetterType type,
                                                 const MergeFieldRegistry &registry)
{
    const Scan s = scan(text);
    QList<Problem> problems;
    for (const Token &t : s.tokens) {
        const QString shown = QStringLiteral("{{") + t.key + QStringLiteral("}}");
        if (t.key.isEmpty()) {
            problems.append({t.start, t.length, tr("An empty merge field {{}}: pick a field from the list.")});
            continue;
        }
        const MergeField *field = keyPattern().match(t.key).hasMatch() ? registry.find(t.key) : nullptr;
        if (!field) {
            const MergeField *near = registry.find(t.key.toLower().remove(QLatin1Char(' ')));
            problems.append({t.start, t.length,
                             near ? tr("Unknown merge field %1: did you mean %2?").arg(shown, near->token())
                                  : tr("Unknown merge field %1: pick a field from the list.").arg(shown)});
            continue;
        }
        if (!field->allows(type)) {
            QStringList types;
            for (LetterType lt : field->types)
                types << LetterTerms::label(lt).toLower();
            problems.append(
                {t.start, t.length,
                 tr("%1 (%2) cannot be used in %3 letters, only in %4 letters.")
                     .arg(shown, field->labelText(), LetterTerms::label(type).toLower(), types.join(tr(" and ")))});
        }
    }
    problems += s.problems;
    std::stable_sort(problems.begin(), problems.end(),
                     [](const Problem &a, const Problem &b) { return a.start < b.start; });
    return problems;
}

QStringList LetterMerger::checkMessages(const QString &text, LetterType type, const MergeFieldRegistry &registry)
{
    QStringList out;
    for (const Problem &p : check(text, type, registry))
        out.append(p.message);
    return out;
}

QString LetterMerger::missingMarker(const QString &label)
{
    return kMarkOpen + tr("missing: %1").arg(label) + kMarkClose;
}

Result<LetterMerger::Merged> LetterMerger::merge(const QString &html, const MergeContext &context,
                                                 const MergeFieldRegistry &registry)
{
    const QStringList problems = checkMessages(html, context.type, registry);
    if (!problems.isEmpty())
        return Error::invalid(tr("The template has %n merge field problem(s); fix them in the template first.", nullptr,
                                 int(problems.size())),
                              problems);
    const Scan s = scan(html);
    Merged out;
    out.html.reserve(html.size() + 1024);
    qsizetype from = 0;
    for (const Token &t : s.tokens) {
        out.html += QStringView(html).mid(from, t.start - from);
        from = t.start + t.length;
        const MergeField *field = registry.find(t.key);
        const FieldValue value = field->resolve(context);
        if (!value || value->trimmed().isEmpty()) {
            if (!out.missing.contains(field->labelText()))
                out.missing.append(field->labelText());
            out.html += QStringLiteral("<span style=\" background-color:#fde2e2; color:#9b1c1c;\">") +
                        missingMarker(field->labelText()).toHtmlEscaped() + QStringLiteral("</span>");
            continue;
        }
        switch (field->kind) {
        case FieldKind::Text:
            out.html += value->toHtmlEscaped();
            break;
        case FieldKind::Lines: {
            QStringList lines = value->split(QLatin1Char('\n'));
            for (QString &l : lines)
                l = l.toHtmlEscaped();
            out.html += lines.join(QStringLiteral("<br />"));
            break;
        }
        case FieldKind::Html:
            out.html += *value;
            break;
        }
    }
    out.html += QStringView(html).mid(from);
    return out;
}

QStringList LetterMerger::issueBlockers(const QString &html)
{
    QStringList out;
    qsizetype pos = 0;
    while ((pos = html.indexOf(kMarkOpen, pos)) >= 0) {
        const qsizetype end = html.indexOf(kMarkClose, pos);
        const QString inner = html.mid(pos + 1, end < 0 ? 40 : end - pos - 1);
        out.append(tr("Fill in the gap marked \u201c%1\u201d.").arg(inner));
        pos = end < 0 ? pos + 1 : end + 1;
    }
    const Scan s = scan(html);
    for (const Token &t : s.tokens)
        out.append(tr("The field {{%1}} was never merged: type the text in its place.").arg(t.key));
    for (const Problem &p : s.problems)
        out.append(p.message);
    return out;
}

int LetterMerger::normaliseFieldFormats(QTextDocument &document)
{
    int changed = 0;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QString text = block.text();
        if (!text.contains(QLatin1String("{{")))
            continue;
        auto it = tokenPattern().globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            QTextCursor c(&document);
            c.setPosition(block.position() + int(m.capturedStart()) + 1);
            const QTextCharFormat first = c.charFormat();
            c.setPosition(block.position() + int(m.capturedStart()));
            c.setPosition(block.position() + int(m.capturedEnd()), QTextCursor::KeepAnchor);
            // Only rewrite fields whose characters differ, so undo history stays quiet.
            bool uniform = true;
            QTextCursor probe(&document);
            for (qsizetype i = m.capturedStart() + 1; i <= m.capturedEnd() && uniform; ++i) {
                probe.setPosition(block.position() + int(i));
                uniform = probe.charFormat() == first;
            }
            if (uniform)
                continue;
            c.setCharFormat(first);
            ++changed;
        }
    }
    return changed;
}

} // namespace md
