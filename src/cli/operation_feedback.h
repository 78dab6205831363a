#pragma once
// How the CLI follows an operation: a progress line on a terminal (none for scripts and logs),
// and warnings on stderr for what went wrong after the change was saved.
#include "project/operations/operation_context.h"

#include <string>

namespace hilo::cli {

// `what` names the steps counted ("Reading", "Indexing"); `verb` prefixes warnings.
ops::OperationContext operationContext(const std::string& verb, const std::string& what);

} // namespace hilo::cli
