#pragma once
// The REFI-QDA project document (project.qde inside a .qdpx) as written, before its text
// sources are read and its positions interpreted: what readQde found, element by element.
// Elements Hilo does not model (graphs, links, picture selections, ...) are left out with a
// warning, so a valid file from another tool imports rather than failing.
#include "codebook/codebook.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hilo::import {

struct QdeCoding {
    std::string guid;
    std::string codeGuid;
    std::string creatingUser;
    std::string created;
    std::vector<std::string> noteRefs;
};

struct QdeSelection {
    std::string guid;
    std::string name;
    std::int64_t start = 0;
    std::int64_t end = 0;
    std::string creatingUser;
    std::string created;
    std::string description;
    std::vector<QdeCoding> codings;
    std::vector<std::string> noteRefs;
};

struct QdeVariableValue {
    std::string variableGuid;
    std::string value;
};

struct QdeTextSource {
    std::string guid;
    std::string name;
    std::string plainTextPath;                   // e.g. internal://<guid>.txt
    std::optional<std::string> plainTextContent; // the text itself, when held inline
    std::string description;
    std::vector<QdeSelection> selections;
    std::vector<QdeVariableValue> values;
    std::vector<std::string> noteRefs;
    long line = 0;
};

struct QdeVariable {
    std::string guid;
    std::string name;
    std::string type; // Text, Boolean, Integer, Float, Date, DateTime
};

struct QdeCase {
    std::string guid;
    std::string name;
    std::vector<QdeVariableValue> values;
    std::vector<std::string> sourceRefs;
};

struct QdeNote {
    std::string guid;
    std::string name;
    std::string plainTextPath;
    std::optional<std::string> plainTextContent;
};

struct QdeSet {
    std::string guid;
    std::string name;
    std::string description;
    std::vector<std::string> memberSources;
};

struct QdeOtherSource {
    std::string name;
    std::string kind; // "a PDF", "a picture", "an audio", "a video"
};

struct QdeUser {
    std::string guid;
    std::string name;
};

struct QdeDocument {
    std::string name;
    std::vector<QdeUser> users;
    codebook::Codebook codebook;
    std::vector<QdeVariable> variables;
    std::vector<QdeCase> cases;
    std::vector<QdeTextSource> textSources;
    std::vector<QdeOtherSource> otherSources;
    std::vector<QdeNote> notes;
    std::vector<QdeSet> sets;
    std::vector<std::string> warnings;
};

// Throws UserError naming `fileName`, line and column for malformed XML, a document type
// declaration (entities can expand without limit; external ones reach outside the archive),
// nesting deeper than Hilo accepts, a missing required attribute or a malformed GUID or
// position. GUIDs come back lower-case without braces.
QdeDocument readQde(std::string_view xml, const std::string& fileName);

} // namespace hilo::import
