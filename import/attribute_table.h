#pragma once
// Participant attributes from a spreadsheet keyed by participant ID (people.csv):
//   participant,age,gender,state,role
//   YP03,17,girl,Morelos,student
// Each column's type is inferred from all its values: number, date (YYYY-MM-DD) or text.
#include "transcript.h"

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace hilo::import {

class AttributeTable {
public:
    AttributeTable() = default;
    // Throws UserError naming the file (and line) when it cannot be read, has no participant
    // column, or names a participant twice.
    static AttributeTable read(const std::filesystem::path& file);

    // The participant's attributes (empty cells left out); nullptr for an unknown participant.
    // IDs are compared in canonical form, so "FW-12" finds the row "FW12".
    const std::vector<Attribute>* find(const std::string& participant) const;
    std::size_t size() const { return rows_.size(); }

private:
    std::map<std::string, std::vector<Attribute>> rows_;
};

} // namespace hilo::import
