#include "import/turn_splitter.h"
#include "text/unicode_text.h"
#include "text/user_error.h"

#include <catch2/catch.hpp>

using namespace hilo::import;
using hilo::text::slice;

TEST_CASE("turns split at English and Spanish speaker labels with roles", "[import][turns]")
{
    const TurnSplitter splitter(defaultSpeakerRules());
    const std::string text = "Entrevistadora: ¿Cómo te sentiste?\n\nYP03: Con vergüenza 😢.\nNo sabía a quién decirle.\n\n"
                             "E: ¿Y luego?\nP: Nada.\n";
    const std::vector<Turn> turns = splitter.split(text);
    REQUIRE(turns.size() == 4);
    CHECK(turns[0].speaker == "Entrevistadora");
    CHECK(turns[0].role == Role::Interviewer);
    CHECK(slice(text, turns[0].speechStart, turns[0].end) == "¿Cómo te sentiste?");
    CHECK(turns[1].speaker == "YP03");
    CHECK(turns[1].role == Role::Participant);
    CHECK(slice(text, turns[1].start, turns[1].end) == "YP03: Con vergüenza 😢.\nNo sabía a quién decirle.");
    CHECK(turns[2].role == Role::Interviewer);
    CHECK(turns[3].speaker == "P");
    CHECK(slice(text, turns[3].speechStart, turns[3].end) == "Nada.");
}

TEST_CASE("text before the first label is a turn without speaker; colons inside speech do not split", "[import][turns]")
{
    const TurnSplitter splitter(defaultSpeakerRules());
    const std::string text = "Recorded in a quiet room.\nInterviewer: What happened at 10:30?\n"
                             "FW-12: He said: send it. Then: nothing.\n";
    const std::vector<Turn> turns = splitter.split(text);
    REQUIRE(turns.size() == 3);
    CHECK(turns[0].speaker.empty());
    CHECK(turns[0].role == Role::Unknown);
    CHECK(slice(text, turns[0].start, turns[0].end) == "Recorded in a quiet room.");
    CHECK(turns[2].speaker == "FW-12");
    CHECK(slice(text, turns[2].speechStart, turns[2].end) == "He said: send it. Then: nothing.");
}

TEST_CASE("markdown bold labels and project-specific patterns", "[import][turns]")
{
    std::vector<SpeakerRule> rules = {{"Dra\\. \\p{L}+", Role::Interviewer}};
    rules.insert(rules.end(), defaultSpeakerRules().begin(), defaultSpeakerRules().end());
    const TurnSplitter splitter(rules);
    const std::string text = "**Interviewer:** Hi.\n**YP01**: Hello.\nDra. Ruiz: Gracias.\n";
    const std::vector<Turn> turns = splitter.split(text);
    REQUIRE(turns.size() == 3);
    CHECK(turns[0].speaker == "Interviewer");
    CHECK(slice(text, turns[0].speechStart, turns[0].end) == "Hi.");
    CHECK(slice(text, turns[1].speechStart, turns[1].end) == "Hello.");
    CHECK(turns[2].role == Role::Interviewer);
    CHECK_THROWS_AS(TurnSplitter({{"(unclosed", Role::Participant}}), hilo::UserError);
}
