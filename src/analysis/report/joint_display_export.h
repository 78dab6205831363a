#pragma once
// The joint display as Markdown, HTML (also the input of the ODT writer) or CSV (one row per
// theme and indicator, with the interview counts per group).
#include "analysis/survey/joint_display.h"

#include <string>

namespace hilo::analysis {

// "13% (base 1,027; 95% CI 11-15) — girls" and the like, as the display shows an indicator.
std::string indicatorText(const SurveyIndicator& indicator);

std::string jointDisplayToMarkdown(const JointDisplay& display, const std::string& title = "Joint display");
std::string jointDisplayToHtml(const JointDisplay& display, const std::string& title = "Joint display");
std::string jointDisplayToCsv(const JointDisplay& display);

} // namespace hilo::analysis
