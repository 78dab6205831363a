// The basket as documents, with provenance kept: the CSV says where every quote comes from, the
// Markdown matches a golden file, and the DOCX and ODT are read back by Hilo's own importers
// and open in LibreOffice.
#include "analysis/quotes/odt_export.h"
#include "analysis/quotes/quote_export.h"
#include "import/office_readers.h"
#include "quote_fixture.h"
#include "text/csv_reader.h"

#include <QProcess>

#include <filesystem>

using namespace hilo;
using namespace hilo::test;
namespace fs = std::filesystem;

namespace {

// A basket of three quotes: an edited one with a note, one from a coding, one in Spanish.
struct Basket : QuoteFixture {
    quotes::ExportOptions options;

    Basket()
    {
        const std::int64_t edited = add(english, "He said", {}, "chapter 2: what adults said");
        const auto [he, heEnd] = spanOf(english, "He said");
        quotes.setEdits(edited, {{quotes::QuoteEdit::Kind::Insert, he + 2, he + 2, "the teacher"}});
        (void)heEnd;
        const auto [start, end] = spanOf(spanish, "vergüenza");
        const std::int64_t coding = CodingStore(project).add({spanish, embarrassment, coder, start, end});
        quotes.addFromCoding(coding);
        quotes::TrimOptions limit{quotes::TrimOptions::Mode::Extend, 90};
        const auto [from, to] = spanOf(english, "I told Dr. Smith at the clinic \xF0\x9F\x98\xA2. Mr. Jones, my teacher, was there too. "
                                                "He said \"it was not your fault\" and I didn't believe him. I felt better");
        quotes::NewQuote longer;
        longer.sourceId = english;
        longer.start = from;
        longer.end = to;
        longer.trim = limit;
        quotes.add(longer);
        quotes.setAttributionTemplate("\u201CTEXT\u201D (GROUP{, AGE years old}{, STATE})");
        options.templateText = quotes.attributionTemplate();
        options.notes = true;
    }
};

// LibreOffice converts a document to PDF in a profile of its own, so that tests running side by
// side (or a user's open LibreOffice) do not collide.
bool convertsToPdf(const fs::path& document, const fs::path& work)
{
    QProcess office;
    office.start(QStringLiteral("libreoffice"),
                 {QStringLiteral("-env:UserInstallation=file://") + QString::fromStdString((work / "profile").string()),
                  QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("pdf"),
                  QStringLiteral("--outdir"), QString::fromStdString(work.string()),
                  QString::fromStdString(document.string())});
    if (!office.waitForFinished(240000) || office.exitStatus() != QProcess::NormalExit || office.exitCode() != 0)
        return false;
    const fs::path pdf = work / (document.stem().string() + ".pdf");
    return fs::exists(pdf) && readFile(pdf).rfind("%PDF", 0) == 0;
}

} // namespace

TEST_CASE("the CSV export carries each quote's provenance", "[quotes][export]")
{
    Basket b;
    const auto quotes = quotes::exportedQuotes(b.project, b.options);
    const text::CsvTable table = text::parseCsv(quotes::toCsv(quotes), "quotes.csv");
    REQUIRE(table.rows.size() == 3);
    auto column = [&](const std::string& name) {
        const std::size_t index = table.column({name});
        REQUIRE(index != std::string::npos);
        return index;
    };
    const std::string sourceText = b.text(b.spanish);
    const text::CsvRow& fromCoding = table.rows[1];
    CHECK(fromCoding.fields[column("source")] == "YP12");
    CHECK(fromCoding.fields[column("participant")] == "YP12");
    CHECK(fromCoding.fields[column("group")] == "YP");
    CHECK(fromCoding.fields[column("codes")] == "Disclosure/Embarrassment");
    CHECK(fromCoding.fields[column("coder")] == "Ana");
    // The offsets lead back to the very words quoted.
    const std::int64_t start = std::stoll(fromCoding.fields[column("start")]);
    const std::int64_t end = std::stoll(fromCoding.fields[column("end")]);
    CHECK(text::slice(sourceText, start, end) == fromCoding.fields[column("text")]);
    CHECK(fromCoding.fields[column("attribution")] == "\u201C" + fromCoding.fields[column("text")] + "\u201D (YP, 16 years old)");
    const text::CsvRow& edited = table.rows[0];
    CHECK(edited.fields[column("note")] == "chapter 2: what adults said");
    CHECK(edited.fields[column("edits")].find("\"insert\"") != std::string::npos);
    CHECK(edited.fields[column("text")].find("He [the teacher] said") == 0);
}

TEST_CASE("the Markdown export matches the golden file", "[quotes][export]")
{
    Basket b;
    const std::string markdown = quotes::toMarkdown(quotes::exportedQuotes(b.project, b.options), b.options);
    CHECK(markdown == readFile(fs::path(HILO_TEST_DATA_DIR) / "quotes" / "basket.md"));
}

TEST_CASE("the HTML export escapes the words and marks each quote's language", "[quotes][export]")
{
    Basket b;
    const std::string html = quotes::toHtml(quotes::exportedQuotes(b.project, b.options), b.options);
    CHECK(html.find("<blockquote lang=\"es\"><p>\u201CMe dio vergüenza") != std::string::npos);
    CHECK(html.find("<h1>Quotes</h1>") != std::string::npos);
}

TEST_CASE("the DOCX and ODT exports are read back by Hilo and open in LibreOffice", "[quotes][export][office]")
{
    Basket b;
    const auto quotes = quotes::exportedQuotes(b.project, b.options);
    const fs::path docx = b.folder / "quotes.docx";
    const fs::path odt = b.folder / "quotes.odt";
    quotes::writeExportFile(docx, quotes::toDocx(quotes, b.options));
    quotes::writeExportFile(odt, quotes::toOdt(quotes, b.options));
    // Quotes are participants' words: exports are owner-only.
    CHECK((fs::status(docx).permissions() & fs::perms::all) == (fs::perms::owner_read | fs::perms::owner_write));

    for (const auto& text : {import::readDocx(docx).text, import::readOdt(odt).text}) {
        for (const quotes::ExportedQuote& e : quotes)
            CHECK(text.find(e.attributed) != std::string::npos);
        CHECK(text.find("chapter 2: what adults said") != std::string::npos);
    }
    fs::create_directories(b.folder / "pdf");
    CHECK(convertsToPdf(docx, b.folder / "pdf"));
    CHECK(convertsToPdf(odt, b.folder / "pdf"));
}
