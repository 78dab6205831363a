#pragma once
// A whole project in memory, as it travels between projects and tools: coders, the codebook,
// participant groups, text sources and the codings on them. A REFI-QDA .qdpx is read into one
// and written from one; `hilo merge` reads another Hilo project into one. Applying a snapshot
// to a project (src/project/snapshot_merger.h) is where matching by content hash and GUID
// happens, in one transaction.
#include "codebook/codebook.h"
#include "transcript.h"

#include <cstdint>
#include <string>
#include <vector>

namespace hilo::import {

struct SnapshotCoder {
    std::string guid; // lower-case, no braces
    std::string name;
};

struct SnapshotGroup {
    std::string tag; // YP, FW, JP, ...
    std::string label;
};

struct SnapshotSource {
    std::string guid;
    std::string name;
    std::string text;        // NFC UTF-8 with \n line ends, as Hilo stores text
    std::string groupTag;    // empty when the snapshot does not say
    std::string participant; // may be empty
    std::string language;    // en or es; empty when the snapshot does not say
    std::string note;
    std::vector<Attribute> attributes;
    std::vector<Turn> turns; // empty: split into turns by the receiving project's speaker rules
    std::string originPath;  // where it came from, e.g. "in.qdpx:sources/<guid>.txt"
    std::string format;      // e.g. "qdpx"
    std::string encoding;    // of the original bytes
};

struct SnapshotCoding {
    std::string guid;
    std::string sourceGuid;
    std::string codeGuid;
    std::string coderGuid;
    std::int64_t start = 0; // code points over SnapshotSource::text, inclusive
    std::int64_t end = 0;   // exclusive
    std::string memo;
    std::string createdAt;  // ISO 8601; may be empty
};

// A source the snapshot could not carry (a PDF, picture, audio or video in a .qdpx), listed so
// that nothing is dropped silently.
struct SkippedSource {
    std::string name;
    std::string reason;
};

struct ProjectSnapshot {
    std::string name;
    std::vector<SnapshotCoder> coders;
    codebook::Codebook codebook;
    std::vector<SnapshotGroup> groups;
    std::vector<SnapshotSource> sources;
    std::vector<SnapshotCoding> codings;
    std::vector<SkippedSource> skipped;
    std::vector<std::string> warnings; // what was read leniently or left out, one line each
    std::string offsetReading;         // how selection positions were counted, for the report
};

} // namespace hilo::import
