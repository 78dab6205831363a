#pragma once
// The basket as documents: Markdown, HTML, CSV with provenance, and DOCX (a minimal
// WordprocessingML package written with libzip). ODT needs QtGui and lives in odt_export.h.
// Every format shows each quote as its attribution template renders it; the CSV also carries
// where each quote comes from (source, participant, group, offsets, edits, codes, coder).
#include "quote_store.h"

#include <filesystem>
#include <string>
#include <vector>

namespace hilo::quotes {

struct ExportOptions {
    std::string title = "Quotes";
    std::string templateText = kDefaultTemplate;
    QuoteMarks marks = QuoteMarks::Typographic;
    bool notes = false; // the researcher's notes under each quote
};

struct ExportedQuote {
    QuoteRecord quote;
    std::string attributed; // the template applied
};

// The basket in order, attributed with options.templateText.
std::vector<ExportedQuote> exportedQuotes(Project& project, const ExportOptions& options);

std::string toMarkdown(const std::vector<ExportedQuote>& quotes, const ExportOptions& options);
std::string toHtml(const std::vector<ExportedQuote>& quotes, const ExportOptions& options);
std::string toCsv(const std::vector<ExportedQuote>& quotes);
// Plain text, one quote per paragraph, for the clipboard.
std::string toPlainText(const std::vector<ExportedQuote>& quotes, const ExportOptions& options);
// The bytes of a .docx file.
std::string toDocx(const std::vector<ExportedQuote>& quotes, const ExportOptions& options);

// Formats by name: md, html, csv, docx (odt is handled where QtGui is linked).
std::string exportBytes(const std::vector<ExportedQuote>& quotes, const ExportOptions& options, const std::string& format);

// Writes an export through a temporary file and makes it owner-only (0600): quotes are
// participants' words.
void writeExportFile(const std::filesystem::path& file, const std::string& bytes);

} // namespace hilo::quotes
