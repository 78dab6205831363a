#pragma once
// Word (.docx) and OpenDocument (.odt) text: paragraphs become lines, tabs and line breaks are
// kept, formatting is dropped. XML is read with QXmlStreamReader, which does not expand external
// entities.
#include "raw_document.h"

#include <filesystem>

namespace hilo::import {

RawDocument readDocx(const std::filesystem::path& file);
RawDocument readOdt(const std::filesystem::path& file);

} // namespace hilo::import
