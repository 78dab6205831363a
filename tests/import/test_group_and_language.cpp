#include "import/group_detection.h"
#include "import/language_detection.h"

#include <catch2/catch.hpp>

using namespace hilo::import;

TEST_CASE("group tags and participant IDs from file names", "[import][groups]")
{
    const std::vector<std::string> tags = {"YP", "FW", "JP"};
    CHECK(groupFromFileName("YP03_interview", tags) == "YP");
    CHECK(groupFromFileName("FW-12", tags) == "FW");
    CHECK(groupFromFileName("jp_07", tags) == "JP");
    CHECK_FALSE(groupFromFileName("YPX", tags));
    CHECK_FALSE(groupFromFileName("interview_YP03", tags));
    CHECK(participantFromFileName("YP03_interview", tags) == "YP03");
    CHECK(participantFromFileName("fw-12", tags) == "FW12");
    CHECK_FALSE(participantFromFileName("JP", tags));
    CHECK(canonicalParticipantId("yp_3") == "YP3");
    CHECK(canonicalParticipantId(" Ana ") == "Ana");
}

TEST_CASE("English and Spanish transcripts are told apart", "[import][language]")
{
    CHECK(guessLanguage("Interviewer: What did you do when he asked for the photos? YP01: I didn't tell anyone, "
                        "I was scared that my mum would be angry with me.") == "en");
    CHECK(guessLanguage("Entrevistadora: ¿Qué hiciste cuando te pidió las fotos? YP02: No le dije a nadie, "
                        "tenía miedo de que mi mamá se enojara conmigo por lo que pasó.") == "es");
    CHECK(normalizeLanguage("Español") == "es");
    CHECK(normalizeLanguage("EN") == "en");
    CHECK(normalizeLanguage("fr").empty());
}
