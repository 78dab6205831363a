#pragma once
// What rows are stamped with, the same everywhere they are written: a source's content hash
// (SHA-256 of its NFC text, in hex; a re-import or a merge recognises a transcript by it) and
// the creation time (UTC, ISO 8601).
#include <string>

namespace hilo {

std::string contentHash(const std::string& nfcText);
std::string timestampNow();

} // namespace hilo
