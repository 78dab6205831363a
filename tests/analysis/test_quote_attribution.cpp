// Attribution templates over real quotes: the default, attributes as fields, optional parts
// that vanish when a participant lacks a value, and templates that are refused.
#include "analysis/quotes/attribution.h"
#include "quote_fixture.h"

using namespace hilo;
using namespace hilo::test;

TEST_CASE("the default attribution names the group", "[quotes][attribution]")
{
    QuoteFixture f;
    CHECK(f.quotes.attributionTemplate() == quotes::kDefaultTemplate);
    const quotes::QuoteRecord r = f.quotes.quote(f.add(f.english, "went home"));
    CHECK(f.quotes.attributed(r, f.quotes.attributionTemplate()) == "\u201CThen we went home.\u201D (YP)");
    CHECK(f.quotes.attributed(r, f.quotes.attributionTemplate(), quotes::QuoteMarks::Straight) ==
          "\"Then we went home.\" (YP)");
}

TEST_CASE("templates use attributes, and optional parts drop when a value is missing", "[quotes][attribution]")
{
    QuoteFixture f;
    f.quotes.setAttributionTemplate("\u201CTEXT\u201D (GROUP{, AGE years old}{, STATE})");
    const std::string shape = f.quotes.attributionTemplate();
    const quotes::QuoteRecord en = f.quotes.quote(f.add(f.english, "went home"));
    const quotes::QuoteRecord es = f.quotes.quote(f.add(f.spanish, "tranquila"));
    CHECK(f.quotes.attributed(en, shape) == "\u201CThen we went home.\u201D (YP, 17 years old, Morelos)");
    // YP12 has no state: no dangling comma.
    CHECK(f.quotes.attributed(es, shape) == "\u201CAhora estoy más tranquila.\u201D (YP, 16 years old)");
    CHECK(f.quotes.attributed(es, "TEXT — PARTICIPANT, SPEAKER, SOURCE{, NOTE}") ==
          "Ahora estoy más tranquila. — YP12, YP12, YP12");
    // Capital words that are no field stay as written.
    CHECK(f.quotes.attributed(en, "TEXT (YP, participant PARTICIPANT)") == "Then we went home. (YP, participant YP11)");
}

TEST_CASE("field expansion is independent of the store", "[quotes][attribution]")
{
    const quotes::AttributionFields fields{{"TEXT", "Sí."}, {"GROUP", "FW"}, {"ROLE", "social worker"}, {"AGE", ""},
                                           {"YEARS_EXPERIENCE", "14"}};
    CHECK(quotes::attribute("\u201CTEXT\u201D (GROUP, ROLE{, AGE years}{, YEARS_EXPERIENCE years in post})", fields) ==
          "\u201CSí.\u201D (FW, social worker, 14 years in post)");
    CHECK(quotes::fieldName("years experience") == "YEARS_EXPERIENCE");
    // Fields are whole words: "xGROUP" and "GROUPS" are text.
    CHECK(quotes::attribute("TEXT xGROUP GROUPS GROUP", fields) == "Sí. xGROUP GROUPS FW");
}

TEST_CASE("a template without TEXT or with unbalanced braces is refused and not stored", "[quotes][attribution][errors]")
{
    QuoteFixture f;
    CHECK_THROWS_WITH(f.quotes.setAttributionTemplate("(GROUP)"), Catch::Contains("must contain TEXT"));
    CHECK_THROWS_WITH(f.quotes.setAttributionTemplate("TEXT {, AGE"), Catch::Contains("never closed"));
    CHECK_THROWS_WITH(f.quotes.setAttributionTemplate("TEXT }"), Catch::Contains("'}' without '{'"));
    CHECK(f.quotes.attributionTemplate() == quotes::kDefaultTemplate);
}
