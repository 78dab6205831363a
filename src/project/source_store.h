#pragma once
// Reading and managing what a project holds about its transcripts: participant groups,
// sources with their attributes, and speaker turns.
#include "import/transcript.h"
#include "project.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace hilo {

struct GroupInfo {
    std::int64_t id = 0;
    std::string tag;
    std::string label;
    std::int64_t sourceCount = 0;
};

struct SourceSummary {
    std::int64_t id = 0;
    std::string name;
    std::string groupTag;
    std::string participant;
    std::string language;
    std::string format;
    std::string encoding;
    std::string note;
    std::int64_t length = 0; // code points
    std::int64_t turnCount = 0;
    std::vector<import::Attribute> attributes;
};

struct SourceDetail : SourceSummary {
    std::string text; // NFC UTF-8
    std::vector<import::Turn> turns;
};

struct SpeakerPattern {
    std::string pattern; // a regular expression matched against the whole speaker label
    import::Role role = import::Role::Participant;
};

class SourceStore {
public:
    explicit SourceStore(Project& project) : project_(project) {}

    std::vector<GroupInfo> groups();
    std::optional<GroupInfo> findGroup(const std::string& tag);
    void addGroup(const std::string& tag, const std::string& label);
    // Changes a group's tag and/or label; its sources follow.
    void renameGroup(const std::string& tag, const std::string& newTag, const std::string& newLabel);

    // Sources ordered by group position, then name.
    std::vector<SourceSummary> sources();
    // A source by name or numeric id; UserError if there is none.
    SourceDetail source(const std::string& nameOrId);
    std::optional<std::int64_t> findSourceByHash(const std::string& contentHash);

    std::vector<SpeakerPattern> speakerPatterns();
    void addSpeakerPattern(const SpeakerPattern& pattern);

    std::vector<std::string> guardNames();
    void addGuardName(const std::string& name);

private:
    std::vector<import::Attribute> attributesOf(std::int64_t sourceId);
    Project& project_;
};

} // namespace hilo
