#pragma once
// The bounds every transcript import stays within, in one place so that readers, errors and the
// README agree. Each is far above what a real interview needs and far below what would exhaust a
// laptop's memory; a file past one is refused with an error that names the bound it hit.
#include "file_bytes.h"

#include <cstddef>
#include <cstdint>

namespace hilo::import {

// A file on disk, in any transcript format. A ten-hour interview is under 1 MB of text; a file
// over 32 MB is a mistake (a video, a disk image, a whole corpus in one file) or hostile.
inline constexpr std::uintmax_t kMaxTranscriptFileBytes = 32U * 1024U * 1024U;
inline SizeLimit transcriptFileLimit()
{
    return {kMaxTranscriptFileBytes, "a transcript", "split it into one file per interview"};
}

// One XML part inside a .docx or .odt, once inflated. Markup is several times the size of the
// text it carries, so this is twice the text bound; the declared size is checked before
// inflating and the inflated size while inflating, because declared sizes can lie (zip bombs).
inline constexpr std::size_t kMaxOfficeXmlBytes = 64U * 1024U * 1024U;

// The UTF-8 text taken out of a .docx or .odt: the same bound as a text file, so that markup
// that expands (<text:s text:c="1000"/>, empty paragraphs) cannot build more text than a
// plain-text transcript could hold.
inline constexpr std::size_t kMaxTranscriptTextBytes = 32U * 1024U * 1024U;

// Speaker turns in one source. An interview has hundreds; a focus group over a day a few
// thousand. More than 100,000 is a file of many interviews or a generated one, and each turn is a
// database row and an index document.
inline constexpr std::size_t kMaxTurnsPerSource = 100000;

} // namespace hilo::import
