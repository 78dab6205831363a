#pragma once
// Codebook exchange formats.
//  - REFI-QDA codebook (.qdc): <CodeBook><Codes><Code guid name isCodable color><Description>
//    with nested <Code> elements, as NVivo, ATLAS.ti, MAXQDA and QualCoder write it. Hilo's
//    extra fields (Spanish label, inclusion, exclusion, example, memo) travel inside the
//    Description as labelled sections (see description_sections.h), so other tools show them
//    as text and Hilo reads them back.
//  - CSV: one row per code, header with a `path` column ("Disclosure/Barriers/Embarrassment")
//    and any of guid, label_es, definition, inclusion, exclusion, example, memo, color, codable.
//    Parents missing from the file are created; unknown columns are an error.
#include "codebook.h"

#include <string>
#include <string_view>

namespace hilo::codebook {

// Throw UserError naming `fileName` and the line (and column) of what is malformed; the
// result has passed validate(). Readers store GUIDs and colours lower-case (readQdc also takes
// the GUIDs in braces and #rgb colours the REFI-QDA schema allows, and NFC-normalizes names and
// descriptions). writeQdc writes colours upper-case (#E57373) as the REFI-QDA examples do;
// writeCodebookCsv writes them lower-case. A qdc has no codebook name: readQdc leaves it empty.
Codebook readQdc(std::string_view xml, const std::string& fileName);
std::string writeQdc(const Codebook& codebook);

Codebook readCodebookCsv(std::string_view utf8, const std::string& fileName);
std::string writeCodebookCsv(const Codebook& codebook);

} // namespace hilo::codebook
