#pragma once
// Brings a project's search index up to date before the window shows it, with a progress
// dialog when that takes more than a moment (a project changed elsewhere, or whose index was
// deleted or written by an older Hilo).
#include "project/project.h"

class QWidget;

namespace hilo::ui {

// Does nothing for a fresh index or a read-only project. Failures are left for the session's
// own sync to report.
void bringIndexUpToDate(QWidget* parent, Project& project);

} // namespace hilo::ui
