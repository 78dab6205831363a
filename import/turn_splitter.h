#pragma once
// Splits a transcript into speaker turns at speaker labels ("Interviewer:", "E:", "YP03:") at
// the start of a line. Which labels count, and whether each is the interviewer or the
// participant, is a per-project list of rules; the defaults cover English and Spanish habits.
#include "transcript.h"

#include <QRegularExpression>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hilo::import {

struct SpeakerRule {
    std::string pattern; // a regular expression that must match the whole label, case-insensitively
    Role role = Role::Participant;
};

// Interviewer, I, Int, Entrevistador(a), E, Moderator/Moderador(a), Facilitator/Facilitador(a);
// Participant(e), P, R, Respondent, Joven, Young person, and participant IDs such as YP03, FW-12.
const std::vector<SpeakerRule>& defaultSpeakerRules();

class TurnSplitter {
public:
    // Throws UserError naming the pattern when one is not a valid regular expression.
    explicit TurnSplitter(const std::vector<SpeakerRule>& rules);

    // The role of a speaker label, or nothing when no rule matches it.
    std::optional<Role> classify(std::string_view label) const;
    bool isSpeakerLabel(std::string_view label) const { return classify(label).has_value(); }

    // Turns over NFC UTF-8 text, in code points. Text before the first label, when there is
    // any, is a turn with no speaker and role unknown; a text without labels is one such turn.
    // A text with more than maxTurns turns gives maxTurns + 1 of them (the last one's end is
    // then not meaningful): enough for the caller to refuse it without every turn being built.
    std::vector<Turn> split(std::string_view text, std::size_t maxTurns = SIZE_MAX) const;

private:
    struct CompiledRule {
        QRegularExpression expression;
        Role role;
    };
    std::vector<CompiledRule> rules_;
};

} // namespace hilo::import
