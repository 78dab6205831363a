// Chooses a reader by file extension and turns file-system problems into clear errors.
#include "raw_document.h"

#include "file_bytes.h"
#include "import_error.h"
#include "office_readers.h"
#include "subtitle_readers.h"
#include "text_decoding.h"

#include <QString>

#include <algorithm>

namespace hilo::import {
namespace {

// Transcripts are text: a ten-hour interview is under 1 MB. A file over 32 MB is a mistake (a
// video, a disk image, a whole corpus in one file) or hostile, and is refused before any byte is
// read, which also bounds the memory an import needs (README, "Reliability and privacy").
constexpr std::uintmax_t kMaxFileBytes = 32U * 1024U * 1024U;

} // namespace

const std::vector<std::string>& supportedExtensions()
{
    static const std::vector<std::string> extensions = {"txt", "md", "docx", "odt", "vtt", "srt"};
    return extensions;
}

RawDocument readDocument(const std::filesystem::path& file)
{
    const std::string name = file.filename().string();
    std::error_code error;
    const auto status = std::filesystem::status(file, error);
    if (error || !std::filesystem::exists(status))
        throw ImportError(file.string(), "no such file");
    if (std::filesystem::is_directory(status))
        throw ImportError(file.string(), "is a folder, not a transcript file");
    const std::uintmax_t size = std::filesystem::file_size(file, error);
    if (!error && size > kMaxFileBytes)
        throw ImportError(name, "is too large for a transcript (over 32 MB); split it into one file per interview");

    const std::string ext = lowerExtension(file);
    if (ext == "docx")
        return readDocx(file);
    if (ext == "odt")
        return readOdt(file);
    if (std::find(supportedExtensions().begin(), supportedExtensions().end(), ext) == supportedExtensions().end())
        throw ImportError(name, "has an unsupported format '." + ext + "' (supported: .txt, .md, .docx, .odt, .vtt, .srt)");

    DecodedText decoded = decodeText(readFileBytes(file), name);
    RawDocument document;
    if (ext == "vtt")
        document = readWebVtt(decoded.utf8, name);
    else if (ext == "srt")
        document = readSubRip(decoded.utf8, name);
    else {
        document.text = std::move(decoded.utf8);
        document.format = ext;
    }
    document.encoding = decoded.encoding;
    return document;
}

} // namespace hilo::import
