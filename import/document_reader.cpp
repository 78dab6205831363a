// Chooses a reader by file extension and turns file-system problems into clear errors.
#include "raw_document.h"

#include "file_bytes.h"
#include "import_error.h"
#include "office_readers.h"
#include "read_limits.h"
#include "subtitle_readers.h"

#include <QString>

#include <algorithm>

namespace hilo::import {

const std::vector<std::string>& supportedExtensions()
{
    static const std::vector<std::string> extensions = {"txt", "md", "docx", "odt", "vtt", "srt"};
    return extensions;
}

RawDocument readDocument(const std::filesystem::path& file, const DecodeOptions& decoding)
{
    const std::string name = file.filename().string();
    // Opened once, for every format: refused here when missing, a folder, not a regular file
    // (/dev/zero, a pipe) or over 32 MB, before a byte is read, which also bounds the memory an
    // import needs (README, "Reliability and privacy"). The readers below read this descriptor.
    RegularFile opened(file, transcriptFileLimit());

    const std::string ext = lowerExtension(file);
    if (ext == "docx")
        return readDocx(std::move(opened));
    if (ext == "odt")
        return readOdt(std::move(opened));
    if (std::find(supportedExtensions().begin(), supportedExtensions().end(), ext) == supportedExtensions().end())
        throw ImportError(name, "has an unsupported format '." + ext + "' (supported: .txt, .md, .docx, .odt, .vtt, .srt)");

    DecodedText decoded = decodeText(opened.readAll(), name, decoding);
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
    if (!decoded.warning.empty())
        document.warnings.push_back(std::move(decoded.warning));
    return document;
}

} // namespace hilo::import
