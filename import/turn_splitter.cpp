#include "turn_splitter.h"

#include "text/qt_offsets.h"
#include "text/user_error.h"

namespace hilo::import {

const std::vector<SpeakerRule>& defaultSpeakerRules()
{
    static const std::vector<SpeakerRule> rules = {
        {"interviewer( \\d+)?", Role::Interviewer},
        {"i|int\\.?", Role::Interviewer},
        {"entrevistador(a)?( \\d+)?", Role::Interviewer},
        {"e", Role::Interviewer},
        {"moderator|moderador(a)?|facilitator|facilitador(a)?", Role::Interviewer},
        {"participant(e)?( \\d+)?", Role::Participant},
        {"p|r|respondent", Role::Participant},
        {"joven|young person|ni[ñn][oa]|adolescente", Role::Participant},
        // Participant IDs: a group tag and a number, e.g. YP03, FW-12, jp_7.
        {"\\p{L}{1,4}[-_ ]?\\d{1,4}", Role::Participant},
    };
    return rules;
}

TurnSplitter::TurnSplitter(const std::vector<SpeakerRule>& rules)
{
    for (const SpeakerRule& rule : rules) {
        QRegularExpression expression(
            QStringLiteral("^(?:") + QString::fromStdString(rule.pattern) + QStringLiteral(")$"),
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
        if (!expression.isValid())
            throw UserError("speaker pattern '" + rule.pattern + "' is not a valid regular expression: " +
                            expression.errorString().toStdString());
        rules_.push_back({std::move(expression), rule.role});
    }
}

std::optional<Role> TurnSplitter::classify(std::string_view label) const
{
    const QString candidate = text::toQString(label).trimmed();
    for (const CompiledRule& rule : rules_)
        if (rule.expression.match(candidate).hasMatch())
            return rule.role;
    return std::nullopt;
}

std::vector<Turn> TurnSplitter::split(std::string_view utf8, std::size_t maxTurns) const
{
    // A candidate label: at a line start, up to 40 characters without a colon, then a colon;
    // markdown bold around the label (**Interviewer:** or **Interviewer**:) is tolerated.
    static const QRegularExpression labelLine(
        QStringLiteral(R"(^[ \t]*(?:\*\*)?([^\n:*]{1,40}?)[ \t]*(?:\*\*)?:(?:\*\*)?[ \t]*)"),
        QRegularExpression::MultilineOption);

    const QString text = text::toQString(utf8);
    const text::Utf16CodePointMap offsets(text);

    struct Boundary {
        qsizetype start;
        qsizetype speechStart;
        QString speaker;
        Role role;
    };
    std::vector<Boundary> boundaries;
    for (auto it = labelLine.globalMatch(text); it.hasNext() && boundaries.size() <= maxTurns;) {
        const QRegularExpressionMatch match = it.next();
        const QString speaker = match.captured(1).trimmed();
        if (const std::optional<Role> role = classify(speaker.toStdString())) {
            const qsizetype lineStart = match.capturedStart(0);
            qsizetype labelStart = lineStart;
            while (labelStart < text.size() && (text.at(labelStart) == u' ' || text.at(labelStart) == u'\t'))
                ++labelStart;
            boundaries.push_back({labelStart, match.capturedEnd(0), speaker, *role});
        }
    }

    // Trailing whitespace and newlines between turns belong to no turn.
    const auto trimmedEnd = [&text](qsizetype from, qsizetype to) {
        while (to > from && text.at(to - 1).isSpace())
            --to;
        return to;
    };
    const auto makeTurn = [&](qsizetype start, qsizetype speechStart, qsizetype end, const QString& speaker, Role role) {
        Turn turn;
        turn.start = offsets.toCodePoint(start);
        turn.speechStart = offsets.toCodePoint(speechStart);
        turn.end = offsets.toCodePoint(std::max(trimmedEnd(speechStart, end), speechStart));
        turn.speaker = speaker.toStdString();
        turn.role = role;
        return turn;
    };

    std::vector<Turn> turns;
    const qsizetype firstLabel = boundaries.empty() ? text.size() : boundaries.front().start;
    qsizetype preambleStart = 0;
    while (preambleStart < firstLabel && text.at(preambleStart).isSpace())
        ++preambleStart;
    if (preambleStart < firstLabel)
        turns.push_back(makeTurn(preambleStart, preambleStart, firstLabel, QString(), Role::Unknown));

    for (std::size_t i = 0; i < boundaries.size(); ++i) {
        const Boundary& b = boundaries[i];
        const qsizetype end = i + 1 < boundaries.size() ? boundaries[i + 1].start : text.size();
        turns.push_back(makeTurn(b.start, b.speechStart, end, b.speaker, b.role));
    }
    if (turns.size() > maxTurns && maxTurns < SIZE_MAX)
        turns.resize(maxTurns + 1); // a preamble made one more
    return turns;
}

} // namespace hilo::import
