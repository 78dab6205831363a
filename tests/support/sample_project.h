#pragma once
// A new project in a temporary folder with its stores, the two coders Ana and Luis, and the
// small codebook that store, index and CLI tests start from. Fixtures derive from it and
// import their own transcripts.
#include "project/codebook_store.h"
#include "project/coder_store.h"
#include "project/coding_store.h"
#include "project/project.h"
#include "support/temp_folder.h"

#include <cstdint>

namespace hilo::test {

struct SampleProject {
    TempFolder folder;
    Project project = Project::create(folder / "S.hilo");
    CodebookStore codebook{project};
    CodingStore codings{project};
    CoderStore coders{project};
    std::int64_t ana = 0;
    std::int64_t luis = 0;

    // Disclosure (blue) > Barriers > Embarrassment, Fear of blame; Disclosure > To whom;
    // Impact (red).
    void addCodersAndCodebook()
    {
        ana = coders.add("Ana");
        luis = coders.add("Luis");
        codebook.add("Disclosure", {.color = "#3366cc"});
        codebook.add("Disclosure/Barriers");
        codebook.add("Disclosure/Barriers/Embarrassment");
        codebook.add("Disclosure/Barriers/Fear of blame");
        codebook.add("Disclosure/To whom");
        codebook.add("Impact", {.color = "#cc3333"});
    }
};

} // namespace hilo::test
