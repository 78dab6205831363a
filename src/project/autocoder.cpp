#include "autocoder.h"

#include "codebook_store.h"
#include "coder_store.h"
#include "coding_store.h"
#include "source_store.h"
#include "text/qt_offsets.h"
#include "text/unicode_text.h"
#include "text/user_error.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>

#include <QRegularExpression>

#include <memory>

namespace hilo {
namespace {

// Each term becomes a regular expression over folded text with word boundaries.
std::vector<QRegularExpression> compileQuery(const std::string& query)
{
    const QString folded = QString::fromStdString(text::fold(query));
    std::vector<QString> terms;
    QString current;
    bool inPhrase = false;
    qsizetype phraseStart = 0;
    for (qsizetype i = 0; i < folded.size(); ++i) {
        const QChar c = folded.at(i);
        if (c == u'"') {
            if (inPhrase && !current.trimmed().isEmpty())
                terms.push_back(current.trimmed());
            else if (!inPhrase && !current.trimmed().isEmpty())
                for (const QString& word : current.split(u' ', Qt::SkipEmptyParts))
                    terms.push_back(word);
            current.clear();
            inPhrase = !inPhrase;
            phraseStart = i;
        } else {
            current.append(c);
        }
    }
    if (inPhrase)
        throw UserError("query has an unclosed quote at position " + std::to_string(phraseStart + 1));
    for (const QString& word : current.split(u' ', Qt::SkipEmptyParts))
        terms.push_back(word);
    if (terms.empty())
        throw UserError("the query is empty: give words to look for");

    std::vector<QRegularExpression> expressions;
    for (const QString& term : terms) {
        const bool prefix = term.endsWith(u'*');
        QString body = QRegularExpression::escape(prefix ? term.chopped(1) : term);
        body.replace(QStringLiteral("\\ "), QStringLiteral("\\s+"));
        expressions.emplace_back(QStringLiteral("(?<![\\p{L}\\p{N}])") + body +
                                 (prefix ? QString() : QStringLiteral("(?![\\p{L}\\p{N}])")));
    }
    return expressions;
}

bool matchesAll(const std::vector<QRegularExpression>& terms, const std::string& unitText)
{
    const QString folded = QString::fromStdString(text::fold(unitText));
    for (const QRegularExpression& term : terms)
        if (!term.match(folded).hasMatch())
            return false;
    return true;
}

struct Span {
    std::int64_t start;
    std::int64_t end;
};

// Sentences of one turn's speech, in code points of the source, without surrounding spaces.
std::vector<Span> sentencesOf(const std::string& sourceText, const Span& speech, const std::string& language)
{
    const QString text = text::toQString(text::slice(sourceText, speech.start, speech.end));
    const text::Utf16CodePointMap offsets(text);
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> breaks(
        icu::BreakIterator::createSentenceInstance(icu::Locale(language.c_str()), status));
    if (U_FAILURE(status))
        return {speech};
    const icu::UnicodeString unicode(reinterpret_cast<const char16_t*>(text.utf16()), static_cast<int32_t>(text.size()));
    breaks->setText(unicode);
    std::vector<Span> spans;
    for (int32_t start = breaks->first(), end = breaks->next(); end != icu::BreakIterator::DONE;
         start = end, end = breaks->next()) {
        int32_t s = start;
        int32_t e = end;
        while (s < e && text.at(s).isSpace())
            ++s;
        while (e > s && text.at(e - 1).isSpace())
            --e;
        if (e > s)
            spans.push_back({speech.start + offsets.toCodePoint(s), speech.start + offsets.toCodePoint(e)});
    }
    return spans;
}

} // namespace

AutocodeReport autocode(Project& project, const AutocodeRequest& request)
{
    const std::vector<QRegularExpression> terms = compileQuery(request.query);
    const CodeRecord code = CodebookStore(project).code(request.code);
    const CoderRecord coder = CoderStore(project).require(request.coder);
    if (request.role && *request.role != "interviewer" && *request.role != "participant")
        throw UserError("role must be interviewer or participant");

    SourceStore sources(project);
    std::vector<SourceSummary> summaries;
    if (request.source)
        summaries.push_back(sources.source(*request.source));
    else
        summaries = sources.sources();

    AutocodeReport report;
    std::vector<NewCoding> codings;
    for (const SourceSummary& summary : summaries) {
        const SourceDetail source = sources.source(std::to_string(summary.id));
        for (const import::Turn& turn : source.turns) {
            if (request.role && import::roleName(turn.role) != *request.role)
                continue;
            if (turn.end <= turn.speechStart)
                continue;
            const Span speech{turn.speechStart, turn.end};
            const std::vector<Span> units = request.unit == AutocodeRequest::Unit::Turn
                                                ? std::vector<Span>{speech}
                                                : sentencesOf(source.text, speech, source.language);
            for (const Span& unit : units) {
                if (!matchesAll(terms, text::slice(source.text, unit.start, unit.end)))
                    continue;
                ++report.matched;
                codings.push_back({source.id, code.id, coder.id, unit.start, unit.end, ""});
            }
        }
    }
    report.codingIds = CodingStore(project).addMany(codings);
    report.coded = static_cast<std::int64_t>(report.codingIds.size());
    return report;
}

} // namespace hilo
