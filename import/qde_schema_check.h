#pragma once
// Checks a project.qde against the REFI-QDA project schema bundled with Hilo (libxml2's XML
// Schema validator). Other tools' files often deviate a little; Hilo imports what is clear and
// reports the deviations as warnings, so the check returns lines rather than throwing.
// The document must already have been read by readQde, which refuses a DTD; libxml2 is also
// told to load nothing from the network and expand no entities.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace hilo::import {

// One line per problem ("project.qde:12: Element 'Users': This element is not expected."),
// at most `limit`, then one line saying how many more there were.
std::vector<std::string> schemaProblems(std::string_view xml, const std::string& fileName, std::size_t limit = 10);

} // namespace hilo::import
