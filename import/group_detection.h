#pragma once
// Participant groups and IDs from file names: "YP03_interview.docx", "FW-12.txt", "jp_07.vtt".
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hilo::import {

// The known tag a file name starts with, followed by a digit, a separator or the end
// (case-insensitive; the longest tag wins). "YPX.txt" has no tag; "yp_07" has YP.
std::optional<std::string> groupFromFileName(std::string_view stem, const std::vector<std::string>& knownTags);

// A participant ID in its canonical form: letters upper-cased and joined to the number
// ("fw-12" and "FW_12" become "FW12"); other values are returned trimmed and unchanged.
std::string canonicalParticipantId(std::string_view id);

// The participant ID a file name starts with ("YP03_interview" gives "YP03"), if any.
std::optional<std::string> participantFromFileName(std::string_view stem, const std::vector<std::string>& knownTags);

} // namespace hilo::import
