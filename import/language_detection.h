#pragma once
// Guesses whether a transcript is English or Spanish from its commonest function words, which
// is reliable on interview-length text and needs no model.
#include <string>
#include <string_view>

namespace hilo::import {

// "en" or "es"; "en" when the text gives no evidence either way.
std::string guessLanguage(std::string_view utf8);

// "en"/"english"/"inglés" -> "en", "es"/"spanish"/"español" -> "es"; empty when unrecognized.
std::string normalizeLanguage(std::string_view name);

} // namespace hilo::import
