#pragma once
// A project with a few fictional transcripts, a small codebook and two coders, for store tests.
#include "project/codebook_store.h"
#include "project/coder_store.h"
#include "project/coding_store.h"
#include "project/operations/source_operations.h"
#include "project/project.h"
#include "project/source_store.h"
#include "support/sample_project.h"

namespace hilo::test {

struct CodingFixture : SampleProject {
    std::int64_t source = 0;

    CodingFixture()
    {
        ImportRequest request;
        request.files = {folder.write("YP01.txt", "Interviewer: ¿Le contaste a alguien?\n"
                                                  "YP01: No 😢. Me daba vergüenza, y pensé que me iban a culpar.\n"
                                                  "Interviewer: ¿Y después?\n"
                                                  "YP01: Se lo dije a mi prima. Ella me creyó.\n")};
        ops::importTranscripts(project, request);
        source = SourceStore(project).source("YP01").id;
        addCodersAndCodebook();
    }

    std::int64_t code(const std::string& path) { return codebook.code(path).id; }
};

} // namespace hilo::test
