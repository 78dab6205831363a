#pragma once
// Codings: a code applied by a coder to a span [start, end) of a source, in code points.
#include "project.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace hilo {

struct CodingRecord {
    std::int64_t id = 0;
    std::string guid;
    std::int64_t sourceId = 0;
    std::string sourceName;
    std::string groupTag;
    std::int64_t codeId = 0;
    std::string codePath;
    std::string codeColor;
    std::int64_t coderId = 0;
    std::string coderName;
    std::int64_t start = 0;
    std::int64_t end = 0;
    std::string memo;
    std::string createdAt;
    std::string text; // the coded words
};

struct CodingFilter {
    std::optional<std::string> source{}; // name or id
    std::optional<std::string> code{};   // reference; includes the code's descendants
    std::optional<std::string> coder{};
    std::optional<std::string> group{};
};

struct NewCoding {
    std::int64_t sourceId = 0;
    std::int64_t codeId = 0;
    std::int64_t coderId = 0;
    std::int64_t start = 0;
    std::int64_t end = 0;
    std::string memo{};
};

class CodingStore {
public:
    explicit CodingStore(Project& project) : project_(project) {}

    // Validates the span against the source's text and the code's codability; UserError if
    // the same coder already has this code on exactly this span. Returns the new id.
    std::int64_t add(const NewCoding& coding);
    // Adds many in one transaction (autocoding); spans the coder already has are skipped.
    // Returns the ids of the codings added.
    std::vector<std::int64_t> addMany(const std::vector<NewCoding>& codings);
    void remove(std::int64_t codingId);
    // Ordered by source, then start.
    std::vector<CodingRecord> list(const CodingFilter& filter = {});
    std::vector<CodingRecord> forSource(std::int64_t sourceId);
    std::int64_t count();

private:
    Project& project_;
};

} // namespace hilo
