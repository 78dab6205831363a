#pragma once
// The quote basket of a project: quotes kept in project.db (schema migration 4) in the order a
// report will use them, each with its source, span, edits, codes, coder and note, and the
// project's attribution template. Every change is one transaction on the `quotes` table, which
// the workbench's undo journal covers.
#include "attribution.h"
#include "import/transcript.h"
#include "project/project.h"
#include "quote_span.h"
#include "quote_text.h"
#include "quote_trimming.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace hilo::quotes {

struct QuoteRecord {
    std::int64_t id = 0;
    std::string guid;
    int position = 0; // 1-based order in the basket
    std::int64_t sourceId = 0;
    std::string sourceName;
    std::string groupTag;
    std::string participant; // the source's participant, else its name
    std::string language;
    QuoteSpan span;
    std::optional<std::int64_t> codingId;
    std::vector<std::string> codes; // paths, as when the quote was taken
    std::string coderName;          // "" when none
    std::string note;
    std::string createdAt;
    std::string speaker; // of the turn where the quote starts
    std::string role;    // that turn's role: participant, interviewer, unknown
    std::vector<import::Attribute> attributes;
    std::string text;    // the rendered words (typographic quotation marks)
};

struct NewQuote {
    std::int64_t sourceId = 0;
    std::int64_t start = 0; // code points
    std::int64_t end = 0;
    std::vector<QuoteEdit> edits{};
    std::optional<std::int64_t> codingId{};
    std::optional<std::int64_t> coderId{};
    std::string note{};
    TrimOptions trim{};
};

class QuoteStore {
public:
    explicit QuoteStore(Project& project) : project_(project) {}

    // Trims the span (inside its speaker turn's words) and adds the quote last in the basket,
    // with the codes of the codings it overlaps. Returns the new id.
    std::int64_t add(const NewQuote& quote);
    // A quote of a coding's words, with the coding's code first and its coder.
    std::int64_t addFromCoding(std::int64_t codingId, const TrimOptions& trim = {}, const std::string& note = {});

    std::vector<QuoteRecord> list(QuoteMarks marks = QuoteMarks::Typographic);
    // UserError naming the id when there is no such quote.
    QuoteRecord quote(std::int64_t id, QuoteMarks marks = QuoteMarks::Typographic);
    std::int64_t count();

    void remove(std::int64_t id);
    // Moves a quote to a 1-based position (clamped to the basket), shifting the others.
    void move(std::int64_t id, int position);
    void setNote(std::int64_t id, const std::string& note);
    // Trims the quote's current span again with other options (keeping its clarifications).
    void retrim(std::int64_t id, const TrimOptions& trim);
    // Replaces the quote's edits (elisions, insertions, replacements), validated.
    void setEdits(std::int64_t id, std::vector<QuoteEdit> edits);

    std::string attributionTemplate();
    void setAttributionTemplate(const std::string& templateText);

    // The fields a template can use for this quote (every attribute the project knows is a
    // field, empty when this source lacks it).
    AttributionFields fields(const QuoteRecord& quote);
    std::string attributed(const QuoteRecord& quote, const std::string& templateText, QuoteMarks marks = QuoteMarks::Typographic);

private:
    std::optional<Bounds> turnWords(std::int64_t sourceId, std::int64_t start);
    void renumber();
    Project& project_;
};

} // namespace hilo::quotes
