#pragma once
// A codebook in memory: a tree of codes as researchers write them down and exchange them
// (REFI-QDA .qdc, spreadsheets, the bundled codebooks). The project store holds the live copy;
// this is the form in which codebooks travel in and out.
#include <string>
#include <vector>

namespace hilo::codebook {

struct Code {
    std::string guid;       // stable identity across projects and tools (REFI-QDA guid)
    std::string name;       // unique among siblings, compared case- and accent-insensitively
    std::string labelEs;    // the name in Spanish, for bilingual teams; may be empty
    std::string color;      // "#rrggbb" or empty
    std::string definition;
    std::string inclusion;  // when to apply the code
    std::string exclusion;  // when not to (and which code to use instead)
    std::string example;
    std::string memo;
    bool codable = true;    // false for grouping codes that only hold others
    std::vector<Code> children;
};

struct Codebook {
    std::string name;
    std::vector<Code> codes; // the top level
};

// One code with where it sits, in depth-first order (parents before children).
struct FlatCode {
    const Code* code = nullptr;
    std::vector<std::string> path; // names from the top level down to this code
    std::string parentGuid;        // empty at the top level
    int position = 0;              // among its siblings, from 0
};
std::vector<FlatCode> flatten(const Codebook& codebook);

// Checks what every codebook must satisfy, naming `fileName` and the code's path in errors:
// non-empty names, unique sibling names, well-formed unique GUIDs (a GUID repeated inside its
// own subtree is reported as a cycle), colours of the form #rrggbb.
void validate(const Codebook& codebook, const std::string& fileName);

// A new random GUID in REFI-QDA form (lower-case, no braces).
std::string newGuid();
bool isWellFormedGuid(const std::string& guid);

} // namespace hilo::codebook
