#pragma once
// Words in a stretch of text, as ICU's word break rules see them in any language: runs of
// letters, digits, kana or ideographs; punctuation, spaces and emoji are not words.
#include <string_view>

namespace hilo::analysis {

long countWords(std::u32string_view text);

} // namespace hilo::analysis
