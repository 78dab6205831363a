#pragma once
// The project store's schema: forward-only migrations keyed by PRAGMA user_version, and the
// application_id that marks a SQLite file as a Hilo project.
#include "database.h"

namespace hilo::store {

inline constexpr std::int64_t kApplicationId = 0x48494C4F; // "HILO"

// The schema version this build writes. A project with a higher user_version was written by a
// newer Hilo and is refused rather than misread.
int currentSchemaVersion();

// Runs every migration above the file's user_version, each in its own transaction.
void migrate(Database& db);

// Sets the connection pragmas every Hilo connection needs (foreign keys, WAL, synchronous).
void configureConnection(Database& db);

} // namespace hilo::store
