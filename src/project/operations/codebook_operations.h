#pragma once
// Shaping the codebook, as `hilo codebook` and the codebook dock run it. Merging two codes and
// importing a codebook are bulk changes (a backup first); every change updates the index, since
// a code's place in the tree is part of what its codings' passages are found by.
#include "codebook/codebook.h"
#include "operation_context.h"
#include "project/codebook_store.h"
#include "project/project.h"

#include <cstdint>
#include <optional>
#include <string>

namespace hilo::ops {

// A new code at PATH (its parent must exist), last among its siblings. Returns its id.
std::int64_t addCode(Project& project, const std::string& path, const CodeFields& fields = {},
                     const std::string& guid = "", const OperationContext& context = {});
void editCode(Project& project, const std::string& code, const CodeFields& fields, const OperationContext& context = {});
void renameCode(Project& project, const std::string& code, const std::string& newName, const OperationContext& context = {});
// Under a new parent ("" for the top level), at a position among its new siblings (nullopt: last).
void moveCode(Project& project, const std::string& code, const std::string& newParent, std::optional<int> position = {},
              const OperationContext& context = {});
// `from`'s codings become `into`'s, its children move under `into`, `from` goes. Returns how
// many codings moved.
std::int64_t mergeCodes(Project& project, const std::string& from, const std::string& into,
                        const OperationContext& context = {});
// Deletes a code and its subtree; refused while codings exist unless withCodings. Returns how
// many codings were deleted.
std::int64_t deleteCode(Project& project, const std::string& code, bool withCodings, const OperationContext& context = {});
// Merges a codebook in, by GUID and then by path.
CodebookImportReport importCodebook(Project& project, const codebook::Codebook& codebook,
                                    const OperationContext& context = {});

} // namespace hilo::ops
