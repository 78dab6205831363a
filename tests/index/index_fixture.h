#pragma once
// Two small hand-written transcripts (Spanish and English) with a codebook, two coders and an
// index on disk, for exact assertions about search.
#include "index/index_sync.h"
#include "index/search.h"
#include "project/codebook_store.h"
#include "project/coder_store.h"
#include "project/coding_store.h"
#include "project/operations/source_operations.h"
#include "project/project.h"
#include "project/source_store.h"
#include "support/sample_project.h"
#include "text/unicode_text.h"

#include <algorithm>
#include <set>
#include <string>

namespace hilo::test {

inline const char* const kSpanishTranscript = "Group: YP\n"
                                              "Participant: YP01\n"
                                              "Language: es\n"
                                              "Age: 15\n"
                                              "State: Ciudad de México\n"
                                              "\n"
                                              "Entrevistadora: ¿Le contaste a alguien?\n"
                                              "YP01: No. Me daba vergüenza, y pensé que me iban a culpar.\n"
                                              "Entrevistadora: ¿Y las otras NIÑAS del salón?\n"
                                              "YP01: Se lo dije a mi prima, otra niña. Ella me creyó.\n";

inline const char* const kEnglishTranscript = "Group: FW\n"
                                              "Participant: FW01\n"
                                              "Language: en\n"
                                              "Age: 34\n"
                                              "State: Morelos\n"
                                              "\n"
                                              "Interviewer: What stops young people from telling someone?\n"
                                              "FW01: Embarrassment, mostly. And fear of blame from their parents.\n"
                                              "Interviewer: Anything else?\n"
                                              "FW01: Phones. A phone call to a helpline is easier than a visit.\n";

struct SearchFixture : SampleProject {
    std::int64_t yp01 = 0;
    std::int64_t fw01 = 0;
    std::int64_t shameCoding = 0;
    std::int64_t blameCoding = 0;

    SearchFixture()
    {
        ImportRequest request;
        request.files = {folder.write("YP01.txt", kSpanishTranscript), folder.write("FW01.txt", kEnglishTranscript)};
        ops::importTranscripts(project, request);
        SourceStore sources(project);
        yp01 = sources.source("YP01").id;
        fw01 = sources.source("FW01").id;
        addCodersAndCodebook();
        shameCoding = codeText(yp01, "Me daba vergüenza", "Disclosure/Barriers/Embarrassment", ana);
        blameCoding = codeText(fw01, "fear of blame", "Disclosure/Barriers/Fear of blame", luis);
        syncIndex(project);
    }

    // Codes the first occurrence of `words` in a source; returns the coding id.
    std::int64_t codeText(std::int64_t source, const std::string& words, const std::string& code, std::int64_t coder)
    {
        const SourceDetail detail = SourceStore(project).source(std::to_string(source));
        const std::size_t byte = detail.text.find(words);
        const std::int64_t start = text::codePointLength(detail.text.substr(0, byte));
        return codings.add({source, codebook.code(code).id, coder, start, start + text::codePointLength(words)});
    }

    SearchResults find(const std::string& query, SearchOptions options = {.limit = 1000})
    {
        return search(project, query, options);
    }

    // "turn:ID" / "coding:ID" of every hit, sorted: for comparing result sets.
    std::set<std::string> ids(const std::string& query)
    {
        std::set<std::string> out;
        for (const SearchHit& hit : find(query).hits)
            out.insert(hit.kind + ":" + std::to_string(hit.id));
        return out;
    }

    std::set<std::string> sourcesOf(const std::string& query)
    {
        std::set<std::string> out;
        for (const SearchHit& hit : find(query).hits)
            out.insert(hit.sourceName);
        return out;
    }
};

} // namespace hilo::test
