#pragma once
// Word (.docx) and OpenDocument (.odt) text: paragraphs become lines, tabs and line breaks are
// kept, formatting is dropped. XML is read with QXmlStreamReader, which does not expand external
// entities. Every bound in read_limits.h applies: the file's size, the inflated XML part's size
// and the size of the text taken from it; each refusal is an ImportError naming the file and
// the bound.
#include "file_bytes.h"
#include "raw_document.h"

#include <filesystem>

namespace hilo::import {

RawDocument readDocx(const std::filesystem::path& file);
RawDocument readOdt(const std::filesystem::path& file);
// The same, from a file the caller has opened (readDocument, which checked it once for all formats).
RawDocument readDocx(RegularFile file);
RawDocument readOdt(RegularFile file);

} // namespace hilo::import
