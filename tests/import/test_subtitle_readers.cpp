#include "import/import_error.h"
#include "import/subtitle_readers.h"
#include "text/unicode_text.h"

#include <catch2/catch.hpp>

using hilo::import::ImportError;
using hilo::import::RawDocument;
using hilo::import::readSubRip;
using hilo::import::readWebVtt;
using hilo::import::Role;
using hilo::text::slice;

namespace {

std::string errorOf(std::string_view input, RawDocument (*reader)(std::string_view, const std::string&),
                    const std::string& fileName)
{
    try {
        reader(input, fileName);
    } catch (const ImportError& error) {
        return error.what();
    }
    FAIL("no ImportError was thrown");
    return {};
}

std::string vttError(std::string_view input)
{
    return errorOf(input, readWebVtt, "FW-20.vtt");
}

std::string srtError(std::string_view input)
{
    return errorOf(input, readSubRip, "FW-21.srt");
}

// Checks a turn against the text through its offsets, as the project store will use them.
void checkTurn(const RawDocument& document, std::size_t index, const std::string& speaker, const std::string& words,
               std::int64_t startMs, std::int64_t endMs)
{
    INFO("turn " << index);
    REQUIRE(index < document.turns.size());
    const auto& turn = document.turns[index];
    CHECK(turn.speaker == speaker);
    CHECK(slice(document.text, turn.start, turn.speechStart) == (speaker.empty() ? "" : speaker + ": "));
    CHECK(slice(document.text, turn.speechStart, turn.end) == words);
    CHECK(turn.role == Role::Unknown);
    CHECK(turn.timeStartMs == startMs);
    CHECK(turn.timeEndMs == endMs);
}

std::string withCrLf(std::string_view text)
{
    std::string out;
    for (const char c : text) {
        if (c == '\n')
            out += '\r';
        out += c;
    }
    return out;
}

const std::string voicedVtt = "WEBVTT\n"
                              "\n"
                              "00:00:01.000 --> 00:00:04.500\n"
                              "<v Entrevistadora>¿Cómo <i>empezó</i> todo?</v>\n"
                              "\n"
                              "intro-2\n"
                              "00:00:05.000 --> 00:00:07.000 align:start position:10%\n"
                              "<v.loud María José>Pues mira,\n"
                              "fue en 2019 😀.\n"
                              "\n"
                              "00:00:07.500 --> 00:00:09.250\n"
                              "<v María José>La niña &amp; yo.</v>\n"
                              "\n"
                              "01:00:00.000 --> 01:00:01.001\n"
                              "<v Entrevistadora>¿Y después?\n";

} // namespace

TEST_CASE("readWebVtt takes speakers from voice tags and merges a speaker's cues", "[import][vtt]")
{
    const auto document = readWebVtt(voicedVtt, "FW-20.vtt");

    CHECK(document.text
          == "Entrevistadora: ¿Cómo empezó todo?\n\n"
             "María José: Pues mira, fue en 2019 😀. La niña & yo.\n\n"
             "Entrevistadora: ¿Y después?");
    REQUIRE(document.turns.size() == 3);
    checkTurn(document, 0, "Entrevistadora", "¿Cómo empezó todo?", 1000, 4500);
    checkTurn(document, 1, "María José", "Pues mira, fue en 2019 😀. La niña & yo.", 5000, 9250);
    checkTurn(document, 2, "Entrevistadora", "¿Y después?", 3600000, 3601001);
    CHECK(document.turns[0].start == 0);
    CHECK(document.turns[1].start == document.turns[0].end + 2);
    CHECK(document.format == "vtt");
    CHECK(document.encoding.empty());
    CHECK(document.headerText.empty());
    CHECK(document.turnsFromCues);
}

TEST_CASE("readWebVtt reads Name: labels, hours-less timings and the first NOTE as header", "[import][vtt]")
{
    const std::string input = "WEBVTT - Entrevista FW-20\n"
                              "Kind: captions\n"
                              "\n"
                              "NOTE\n"
                              "Participant: YP03\n"
                              "Fecha:   2024-03-01  \n"
                              "Transcribed by hand, then checked.\n"
                              "\n"
                              "NOTE Group: from a later note, ignored\n"
                              "\n"
                              "1\n"
                              "00:01.000 --> 00:02.500\n"
                              "Interviewer: Tell me about the village.\n"
                              "\n"
                              "2\n"
                              "00:03.000 --> 00:05.000\n"
                              "YP03: It was small.\n"
                              "\n"
                              "00:05.000 --> 00:06.000\n"
                              "Everyone knew everyone, at 10:30 the bus came.\n"
                              "\n"
                              "00:06.500 --> 00:07.000\n"
                              "YP03: Really small.\n"
                              "\n"
                              "00:08.000 --> 00:09.000\n"
                              "Interviewer: And now?\n";

    const auto document = readWebVtt(input, "FW-20.vtt");

    CHECK(document.headerText == "Participant: YP03\nFecha: 2024-03-01");
    REQUIRE(document.turns.size() == 3);
    checkTurn(document, 0, "Interviewer", "Tell me about the village.", 1000, 2500);
    checkTurn(document, 1, "YP03", "It was small. Everyone knew everyone, at 10:30 the bus came. Really small.", 3000,
              7000);
    checkTurn(document, 2, "Interviewer", "And now?", 8000, 9000);
}

TEST_CASE("readWebVtt keeps words before any speaker in a turn without speaker", "[import][vtt]")
{
    const std::string input = "WEBVTT\n\n"
                              "00:00.000 --> 00:01.000\n"
                              "[música] Well, as I said: it began.\n\n"
                              "00:01.000 --> 00:02.000\n"
                              "Jose\xCC\x81: man\xCC\x83" "ana 😀 sí\n";

    const auto document = readWebVtt(input, "FW-20.vtt");

    // Combining marks are composed before offsets are counted.
    CHECK(document.text == "[música] Well, as I said: it began.\n\nJosé: mañana 😀 sí");
    REQUIRE(document.turns.size() == 2);
    checkTurn(document, 0, "", "[música] Well, as I said: it began.", 0, 1000);
    CHECK(document.turns[0].start == document.turns[0].speechStart);
    checkTurn(document, 1, "José", "mañana 😀 sí", 1000, 2000);
    CHECK(document.turns[1].end == hilo::text::codePointLength(document.text));
}

TEST_CASE("readWebVtt strips tags and decodes character references", "[import][vtt]")
{
    const std::string input = "WEBVTT\n\n"
                              "00:00:01.000 --> 00:00:02.000\n"
                              "<v Ana>&lt;<c.yellow>Hola</c>&gt; <b>mundo</b>, <lang es>señor</lang>&nbsp;y "
                              "<00:00:01.500><u>karaoke</u> &#241;&#x1F600; &unknown;\n\n"
                              "00:00:03.000 --> 00:00:04.000\n"
                              "- <v Ana>Sí.\n"
                              "- <v Tom &amp; Jerry>No.\n";

    const auto document = readWebVtt(input, "FW-20.vtt");

    REQUIRE(document.turns.size() == 2);
    checkTurn(document, 0, "Ana", "<Hola> mundo, señor y karaoke ñ😀 &unknown; Sí.", 1000, 4000);
    checkTurn(document, 1, "Tom & Jerry", "No.", 3000, 4000);
}

TEST_CASE("readWebVtt accepts CRLF and CR line endings", "[import][vtt]")
{
    const auto crlf = readWebVtt(withCrLf(voicedVtt), "FW-20.vtt");
    CHECK(crlf.text == readWebVtt(voicedVtt, "FW-20.vtt").text);
    CHECK(crlf.text.find('\r') == std::string::npos);

    std::string cr = voicedVtt;
    std::replace(cr.begin(), cr.end(), '\n', '\r');
    CHECK(readWebVtt(cr, "FW-20.vtt").text == crlf.text);

    // Line numbers in errors count CRLF as one line end.
    CHECK_THAT(vttError(withCrLf("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nhola\n\n00:00:03.000 --> 00:00:0x.000\n")),
               Catch::StartsWith("FW-20.vtt:6:18: bad cue end time"));
}

TEST_CASE("readWebVtt reports malformed files with line and column", "[import][vtt]")
{
    CHECK_THAT(vttError("1\n00:00:01.000 --> 00:00:02.000\nhola\n"),
               Catch::StartsWith("FW-20.vtt:1:1: does not start with the WebVTT signature"));
    CHECK_THAT(vttError("WEBVTTX\n"), Catch::StartsWith("FW-20.vtt:1:1: "));
    CHECK_THAT(vttError(""), Catch::StartsWith("FW-20.vtt:1:1: "));
    CHECK_THAT(vttError("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nhola\n\n00:00:0x.000 --> 00:00:04.000\nadiós\n"),
               Catch::StartsWith("FW-20.vtt:6:1: bad cue start time"));
    CHECK_THAT(vttError("WEBVTT\n\n00:00:01.000 -> 00:00:02.000\nhola\n"),
               Catch::StartsWith("FW-20.vtt:3:14: expected \"-->\""));
    CHECK_THAT(vttError("WEBVTT\n\ncue-1\n00:00:01.000 --> 00:00:02.000X\nhola\n"),
               Catch::StartsWith("FW-20.vtt:4:18: bad cue end time"));
    CHECK_THAT(vttError("WEBVTT\n\n00:00:05.000 --> 00:00:04.000\nhola\n"),
               Catch::StartsWith("FW-20.vtt:3:18: cue ends (00:00:04.000) before it starts (00:00:05.000)"));
    CHECK_THAT(vttError("WEBVTT\n\n00:01:75.000 --> 00:01:80.000\nhola\n"),
               Catch::StartsWith("FW-20.vtt:3:1: bad cue start time"));
    CHECK_THAT(vttError("WEBVTT\n\ncue-1\nhola\n"), Catch::StartsWith("FW-20.vtt:4:1: expected a cue timing line"));
    CHECK_THAT(vttError("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nhola\n00:00:03.000 --> 00:00:04.000\nadiós\n"),
               Catch::StartsWith("FW-20.vtt:5:14: unexpected \"-->\" in cue text"));
    CHECK(vttError("WEBVTT\n\nNOTE nothing yet\n") == "FW-20.vtt: contains no cues");
    // A cue with no text is skipped, not an error.
    const auto document =
        readWebVtt("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n\n00:00:02.000 --> 00:00:03.000\n<v A>hola\n", "x.vtt");
    REQUIRE(document.turns.size() == 1);
    checkTurn(document, 0, "A", "hola", 2000, 3000);
}

TEST_CASE("readSubRip reads numbered cues, labels and tags", "[import][srt]")
{
    const std::string input = "1\n"
                              "00:00:01,000 --> 00:00:03,000\n"
                              "<i>Entrevistadora:</i> ¿Dónde naciste?\n"
                              "\n"
                              "2\n"
                              "00:00:03,500 --> 00:00:06,000\n"
                              "<font color=\"#ffff00\">Ana:</font> En Oaxaca, <b>cerca</b>\n"
                              "del <u>río</u>.\n"
                              "\n"
                              "3\n"
                              "00:00:06,000 --> 00:00:08,200 X1:10 X2:20 Y1:30 Y2:40\n"
                              "{\\an8}Y luego nos mudamos 😀 (a < b & c).\n"
                              "Norte --> sur.\n"
                              "\n"
                              "4\n"
                              "00:00:09,000 --> 00:00:10,000\n"
                              "<v Entrevistadora>¿Cuándo?\n"
                              "\n"
                              "\n";

    const auto document = readSubRip(withCrLf(input), "FW-21.srt");

    CHECK(document.text
          == "Entrevistadora: ¿Dónde naciste?\n\n"
             "Ana: En Oaxaca, cerca del río. Y luego nos mudamos 😀 (a < b & c). Norte --> sur.\n\n"
             "Entrevistadora: ¿Cuándo?");
    REQUIRE(document.turns.size() == 3);
    checkTurn(document, 0, "Entrevistadora", "¿Dónde naciste?", 1000, 3000);
    checkTurn(document, 1, "Ana", "En Oaxaca, cerca del río. Y luego nos mudamos 😀 (a < b & c). Norte --> sur.", 3500,
              8200);
    checkTurn(document, 2, "Entrevistadora", "¿Cuándo?", 9000, 10000);
    CHECK(document.format == "srt");
    CHECK(document.turnsFromCues);
    CHECK(document.headerText.empty());
}

TEST_CASE("readSubRip reports malformed files with line and column", "[import][srt]")
{
    CHECK_THAT(srtError("1\n00:00:01,000 --> 00:00:02,000\nhola\n\n2\n00:00:03,000 --> 00:00:0,000\nadiós\n"),
               Catch::StartsWith("FW-21.srt:6:18: bad cue end time"));
    CHECK_THAT(srtError("1\n00:00:05,000 --> 00:00:04,000\nhola\n"),
               Catch::StartsWith("FW-21.srt:2:18: cue ends (00:00:04.000) before it starts"));
    CHECK_THAT(srtError("Hola a todos\nqué tal\n"), Catch::StartsWith("FW-21.srt:1:1: expected a cue number"));
    CHECK_THAT(srtError("1\nhola\n"), Catch::StartsWith("FW-21.srt:2:1: expected a cue timing line"));
    CHECK_THAT(srtError("1\n\n"), Catch::StartsWith("FW-21.srt:2:1: expected a cue timing line"));
    CHECK_THAT(srtError("00:00:01,000 - 00:00:02,000\nhola\n"), Catch::StartsWith("FW-21.srt:1:14: expected \"-->\""));
    CHECK(srtError("\n\n  \n") == "FW-21.srt: contains no cues");
    CHECK(srtError("1\n00:00:01,000 --> 00:00:02,000\n<i></i>\n") == "FW-21.srt: contains no text in its cues");
    CHECK(srtError("1\n00:00:01,000 --> 00:00:02,000\n\xFF\n") == "FW-21.srt: is not valid UTF-8");
}
