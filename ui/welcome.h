#pragma once
// The first start: a welcome that offers the demo project, built from the installed demo
// corpus (share/hilo/demo: fictional interviews) into the user's data folder, so a new user
// sees transcripts, groups and attributes before importing anything of their own.
#include <QString>

#include <filesystem>
#include <optional>

class QWidget;

namespace hilo::ui {

// The demo corpus folder (holding corpus/ and participants.csv): the installed one under the
// XDG data folders, else the source tree's when running from a build.
std::optional<std::filesystem::path> demoCorpusFolder();

// Builds (or reuses, when it exists) the demo project at `target` from the corpus, with its
// participants' attributes. Throws UserError when the corpus cannot be read.
std::filesystem::path buildDemoProject(const std::filesystem::path& corpus, const std::filesystem::path& target);

// Where the demo project is kept: <user data folder>/Demo.hilo.
std::filesystem::path demoProjectPath();

// True once, on the first start: the welcome is shown, and remembered as shown.
bool firstStart();

// Asks whether to open the demo project; returns its path when the user wants it (and it
// could be built), otherwise nothing.
std::optional<std::filesystem::path> offerDemoProject(QWidget* parent);

} // namespace hilo::ui
