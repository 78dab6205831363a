#include "text/csv_reader.h"
#include "text/user_error.h"

#include <catch2/catch.hpp>

using namespace hilo::text;

TEST_CASE("CSV with quotes, embedded commas and newlines, and an Excel byte order mark", "[text][csv]")
{
    const CsvTable table = parseCsv("\xEF\xBB\xBFparticipant,state,quote\r\n"
                                    "YP01,Morelos,\"dijo \"\"no\"\", y ya\"\r\n"
                                    "\n"
                                    "FW02,\"Ciudad de México\",\"two\nlines\"\n",
                                    "people.csv");
    REQUIRE(table.header == std::vector<std::string>{"participant", "state", "quote"});
    REQUIRE(table.rows.size() == 2);
    CHECK(table.rows[0].fields[2] == "dijo \"no\", y ya");
    CHECK(table.rows[1].fields[1] == "Ciudad de México");
    CHECK(table.rows[1].fields[2] == "two\nlines");
    CHECK(table.rows[1].line == 4);
    CHECK(table.column({"STATE"}) == 1);
    CHECK(table.column({"missing"}) == std::string::npos);
}

TEST_CASE("short rows are padded, long rows and broken quoting are errors with a line", "[text][csv]")
{
    const CsvTable table = parseCsv("a,b,c\n1,2\n", "t.csv");
    CHECK(table.rows[0].fields == std::vector<std::string>{"1", "2", ""});

    try {
        parseCsv("a,b\n1,2\n3,4,5\n", "t.csv");
        FAIL("a row with too many fields was accepted");
    } catch (const hilo::UserError& e) {
        CHECK(std::string(e.what()) == "t.csv:3: row has 3 fields but the header has 2");
    }
    CHECK_THROWS_WITH(parseCsv("a,b\n1,\"open\n", "t.csv"), Catch::Contains("t.csv:") && Catch::Contains("malformed CSV"));
    CHECK_THROWS_WITH(parseCsv("", "empty.csv"), Catch::Contains("empty.csv: is empty"));
}
