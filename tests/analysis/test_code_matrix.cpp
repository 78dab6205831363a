// The code matrix against counts computed independently, in this test, from what the store
// lists: random codings by three coders on a nested codebook, over sources in three groups.
#include "analysis/crosstab/code_matrix.h"
#include "index/index_sync.h"
#include "project/codebook_store.h"
#include "project/coder_store.h"
#include "project/coding_store.h"
#include "project/operations/source_operations.h"
#include "project/source_store.h"
#include "support/temp_folder.h"
#include "text/unicode_text.h"
#include "text/user_error.h"

#include <catch2/catch.hpp>

#include <QString>

#include <map>
#include <random>
#include <set>

using namespace hilo;
using namespace hilo::analysis;

namespace {

// Words with accents, a decomposed accent (stored NFC), an emoji and a rare word to query.
const char* const kLines[] = {
    "Me daba mucha vergüenza contarlo, y pensé que me iban a culpar 😢.",
    "Le dije a mi prima; ella me creyó y fuimos juntas con la orientadora.",
    "The helpline asked me to come with an adult, so I never called again.",
    "Nadie en la escuela supo qué hacer con la zanahoria del caso.",
    "Los papás de la nin\u0303a tardaron semanas en enterarse.",
    "We waited three months on the waiting list before anyone saw her.",
};

struct Fixture {
    test::TempFolder folder;
    Project project = Project::create(folder / "M.hilo");
    std::vector<std::string> codePaths;
    std::vector<std::int64_t> coders;

    Fixture()
    {
        // Nine sources in three groups, with ages to cut into bands; one has no age.
        const char* groups[] = {"YP", "FW", "JP"};
        const int ages[] = {14, 15, 17, 29, 35, 41, 44, 52, 0};
        std::mt19937 rng(20261129);
        ImportRequest request;
        for (int i = 0; i < 9; ++i) {
            const std::string participant = std::string(groups[i / 3]) + "0" + std::to_string(i % 3 + 1);
            std::string text = "Group: " + std::string(groups[i / 3]) + "\nParticipant: " + participant + "\n";
            if (ages[i] > 0)
                text += "Age: " + std::to_string(ages[i]) + "\n";
            text += "\nInterviewer: ¿Qué pasó?\n";
            for (int line = 0; line < 6; ++line)
                text += participant + ": " + kLines[(static_cast<std::size_t>(line) + rng()) % 6] + "\n";
            request.files.push_back(folder.write(participant + ".txt", text));
        }
        ops::importTranscripts(project, request);

        CodebookStore codebook(project);
        for (const char* path : {"Disclosure", "Disclosure/Barriers", "Disclosure/Barriers/Embarrassment",
                                 "Disclosure/Barriers/Fear of blame", "Disclosure/Who was told", "Impact",
                                 "Impact/Fear", "Care"})
            codebook.add(path);
        for (const CodeRecord& code : codebook.codes())
            codePaths.push_back(code.path);
        CoderStore coderStore(project);
        for (const char* name : {"Ana", "Luis", "Mar"})
            coders.push_back(coderStore.add(name));

        // Random spans (some overlapping, some identical across coders) on every code.
        CodingStore codings(project);
        std::vector<NewCoding> batch;
        for (const SourceSummary& source : SourceStore(project).sources()) {
            const int count = static_cast<int>(rng() % 12);
            for (int c = 0; c < count; ++c) {
                const std::int64_t start = static_cast<std::int64_t>(rng() % static_cast<unsigned>(source.length - 20));
                const std::int64_t end = start + 1 + static_cast<std::int64_t>(rng() % 120);
                batch.push_back({source.id, codebook.code(codePaths[rng() % codePaths.size()]).id, coders[rng() % 3], start,
                                 std::min(end, source.length)});
            }
        }
        codings.addMany(batch);
    }
};

// Words as letters-or-digits runs over a per-character mask of coded positions: a different
// method from the matrix's (interval merging and ICU word breaks), agreeing on this text.
std::int64_t wordsCovered(const std::u32string& text, const std::vector<CodingRecord>& codings)
{
    std::vector<bool> covered(text.size(), false);
    for (const CodingRecord& c : codings)
        for (std::int64_t i = c.start; i < c.end; ++i)
            covered[static_cast<std::size_t>(i)] = true;
    std::int64_t words = 0;
    bool inWord = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const bool letter = covered[i] && QString::fromUcs4(&text[i], 1).at(0).isLetterOrNumber();
        if (letter && !inWord)
            ++words;
        inWord = letter;
    }
    return words;
}

bool inRow(const CodingRecord& coding, const std::string& rowPath)
{
    return coding.codePath == rowPath || coding.codePath.rfind(rowPath + "/", 0) == 0;
}

struct Expected {
    std::int64_t excerpts = 0;
    std::int64_t participants = 0;
    std::int64_t words = 0;
};

Expected expectedCell(Project& project, const std::vector<CodingRecord>& codings, const std::string& rowPath,
                      const std::set<std::string>& sourceNames)
{
    Expected expected;
    std::map<std::string, std::vector<CodingRecord>> bySource;
    for (const CodingRecord& c : codings)
        if (inRow(c, rowPath) && sourceNames.count(c.sourceName))
            bySource[c.sourceName].push_back(c);
    for (const auto& [name, list] : bySource) {
        expected.excerpts += static_cast<std::int64_t>(list.size());
        ++expected.participants;
        expected.words += wordsCovered(text::toUtf32(SourceStore(project).source(name).text), list);
    }
    return expected;
}

void checkMatrix(Project& project, const CodeMatrix& matrix, const std::vector<CodingRecord>& codings,
                 const std::map<std::string, std::set<std::string>>& columnSources)
{
    REQUIRE(matrix.columns.size() == columnSources.size());
    for (const MatrixRow& row : matrix.rows) {
        for (std::size_t c = 0; c < matrix.columns.size(); ++c) {
            const MatrixColumn& column = matrix.columns[c];
            INFO(row.path << " / " << column.label);
            const std::set<std::string>& names = columnSources.at(column.label);
            CHECK(column.sources == static_cast<std::int64_t>(names.size()));
            const Expected expected = expectedCell(project, codings, row.path, names);
            CHECK(row.cells[c].excerpts == expected.excerpts);
            CHECK(row.cells[c].participants == expected.participants);
            CHECK(row.cells[c].words == expected.words);
            CHECK(row.cells[c].percent == Approx(names.empty() ? 0.0 : 100.0 * static_cast<double>(expected.participants) /
                                                                           static_cast<double>(names.size())));
        }
    }
}

} // namespace

TEST_CASE("Matrix cells by group equal counts computed from the codings list")
{
    Fixture f;
    const std::vector<CodingRecord> codings = CodingStore(f.project).list();
    REQUIRE(codings.size() > 30);
    std::map<std::string, std::set<std::string>> byGroup{{"YP", {}}, {"FW", {}}, {"JP", {}}};
    for (const SourceSummary& s : SourceStore(f.project).sources())
        byGroup[s.groupTag].insert(s.name);

    const CodeMatrix matrix = buildCodeMatrix(f.project, {});
    CHECK(matrix.rows.size() == f.codePaths.size());
    checkMatrix(f.project, matrix, codings, byGroup);

    // Totals: each coding once, across rows and columns.
    std::set<std::string> all;
    for (const auto& [group, names] : byGroup)
        all.insert(names.begin(), names.end());
    CHECK(matrix.grandTotal.excerpts == static_cast<std::int64_t>(codings.size()));
    for (std::size_t c = 0; c < matrix.columns.size(); ++c) {
        std::set<std::string> coded;
        std::int64_t excerpts = 0;
        for (const CodingRecord& coding : codings)
            if (coding.groupTag == matrix.columns[c].label) {
                ++excerpts;
                coded.insert(coding.sourceName);
            }
        CHECK(matrix.columnTotals[c].excerpts == excerpts);
        CHECK(matrix.columnTotals[c].participants == static_cast<std::int64_t>(coded.size()));
    }
    for (const MatrixRow& row : matrix.rows) {
        const Expected total = expectedCell(f.project, codings, row.path, all);
        CHECK(row.total.excerpts == total.excerpts);
        CHECK(row.total.participants == total.participants);
        CHECK(row.total.words == total.words);
    }
}

TEST_CASE("Matrix restricted to one coder, and to the top level, rolls descendants up")
{
    Fixture f;
    std::vector<CodingRecord> codings;
    for (const CodingRecord& c : CodingStore(f.project).list())
        if (c.coderName == "Luis")
            codings.push_back(c);
    std::map<std::string, std::set<std::string>> byGroup{{"YP", {}}, {"FW", {}}, {"JP", {}}};
    for (const SourceSummary& s : SourceStore(f.project).sources())
        byGroup[s.groupTag].insert(s.name);

    MatrixOptions options;
    options.coder = "luis"; // names are case-insensitive
    options.maxDepth = 1;
    const CodeMatrix matrix = buildCodeMatrix(f.project, options);
    REQUIRE(matrix.rows.size() == 3); // Disclosure, Impact, Care
    CHECK(matrix.rows[0].path == "Disclosure");
    checkMatrix(f.project, matrix, codings, byGroup);

    options.coder = "Nobody";
    CHECK_THROWS_AS(buildCodeMatrix(f.project, options), UserError);
}

TEST_CASE("Matrix by a number attribute puts sources in age bands, and by source one a column")
{
    Fixture f;
    const std::vector<CodingRecord> codings = CodingStore(f.project).list();
    MatrixOptions options;
    options.columns = ColumnKind::Attribute;
    options.attribute = "AGE";
    options.binEdges = {12, 18, 30, 50};
    const CodeMatrix matrix = buildCodeMatrix(f.project, options);
    // 14, 15, 17 | 29 | 35, 41, 44 | 52 | no age
    std::map<std::string, std::set<std::string>> bands{
        {"12-17", {"YP01", "YP02", "YP03"}}, {"18-29", {"FW01"}}, {"30-49", {"FW02", "FW03", "JP01"}},
        {"50+", {"JP02"}}, {"(no value)", {"JP03"}}};
    checkMatrix(f.project, matrix, codings, bands);

    // Chosen bands: ages 14-52 in bands of 10.
    options.binEdges.clear();
    std::vector<std::string> labels;
    for (const MatrixColumn& column : buildCodeMatrix(f.project, options).columns)
        labels.push_back(column.label);
    CHECK(labels == std::vector<std::string>{"10-19", "20-29", "30-39", "40-49", "50-59", "(no value)"});

    options.attribute = "shoe size";
    CHECK_THROWS_AS(buildCodeMatrix(f.project, options), UserError);

    MatrixOptions bySource;
    bySource.columns = ColumnKind::Source;
    const CodeMatrix perSource = buildCodeMatrix(f.project, bySource);
    std::map<std::string, std::set<std::string>> single;
    for (const SourceSummary& s : SourceStore(f.project).sources())
        single[s.name] = {s.name};
    checkMatrix(f.project, perSource, codings, single);
}

TEST_CASE("Matrix restricted by a search query counts only the codings whose words match")
{
    Fixture f;
    syncIndex(f.project);
    // A coding's document holds every word its span touches (index/source_documents.cpp), so
    // a coding matches when it overlaps an occurrence of the word in its source.
    std::vector<CodingRecord> codings;
    for (const CodingRecord& c : CodingStore(f.project).list()) {
        const std::u32string text = text::toUtf32(SourceStore(f.project).source(c.sourceName).text);
        const std::u32string word = U"zanahoria";
        bool overlaps = false;
        for (std::size_t at = text.find(word); at != std::u32string::npos; at = text.find(word, at + 1))
            overlaps = overlaps || (c.start < static_cast<std::int64_t>(at + word.size()) && static_cast<std::int64_t>(at) < c.end);
        if (overlaps)
            codings.push_back(c);
    }
    REQUIRE_FALSE(codings.empty());
    std::map<std::string, std::set<std::string>> byGroup{{"YP", {}}, {"FW", {}}, {"JP", {}}};
    for (const SourceSummary& s : SourceStore(f.project).sources())
        byGroup[s.groupTag].insert(s.name);
    MatrixOptions options;
    options.query = "zanahoria";
    checkMatrix(f.project, buildCodeMatrix(f.project, options), codings, byGroup);

    options.query = "code:\"No such code\"";
    CHECK_THROWS_AS(buildCodeMatrix(f.project, options), UserError);
}
