#pragma once
// A project with a few fictional transcripts, a small codebook and two coders, for store tests.
#include "project/codebook_store.h"
#include "project/coder_store.h"
#include "project/coding_store.h"
#include "project/importer.h"
#include "project/project.h"
#include "project/source_store.h"
#include "support/temp_folder.h"

namespace hilo::test {

struct CodingFixture {
    TempFolder folder;
    Project project = Project::create(folder / "S.hilo");
    CodebookStore codebook{project};
    CodingStore codings{project};
    CoderStore coders{project};
    std::int64_t ana = 0;
    std::int64_t luis = 0;
    std::int64_t source = 0;

    CodingFixture()
    {
        ImportRequest request;
        request.files = {folder.write("YP01.txt", "Interviewer: ¿Le contaste a alguien?\n"
                                                  "YP01: No 😢. Me daba vergüenza, y pensé que me iban a culpar.\n"
                                                  "Interviewer: ¿Y después?\n"
                                                  "YP01: Se lo dije a mi prima. Ella me creyó.\n")};
        importTranscripts(project, request);
        source = SourceStore(project).source("YP01").id;
        ana = coders.add("Ana");
        luis = coders.add("Luis");
        codebook.add("Disclosure", {.color = "#3366cc"});
        codebook.add("Disclosure/Barriers");
        codebook.add("Disclosure/Barriers/Embarrassment");
        codebook.add("Disclosure/Barriers/Fear of blame");
        codebook.add("Disclosure/To whom");
        codebook.add("Impact", {.color = "#cc3333"});
    }

    std::int64_t code(const std::string& path) { return codebook.code(path).id; }
};

} // namespace hilo::test
