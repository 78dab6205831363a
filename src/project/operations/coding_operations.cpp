#include "coding_operations.h"

#include "index/index_sync.h"
#include "project/codebook_store.h"
#include "project/coder_store.h"
#include "project/source_store.h"
#include "text/qt_offsets.h"
#include "text/user_error.h"
#include "write_policy.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>

#include <memory>

namespace hilo::ops {
namespace {

// Sentences of a turn's speech, in code points of that text, without surrounding spaces.
std::vector<TextSpan> sentencesOf(const std::string& speech, const std::string& language)
{
    const QString text = text::toQString(speech);
    const text::Utf16CodePointMap offsets(text);
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> breaks(
        icu::BreakIterator::createSentenceInstance(icu::Locale(language.c_str()), status));
    if (U_FAILURE(status))
        return {{0, offsets.toCodePoint(text.size())}};
    const icu::UnicodeString unicode(reinterpret_cast<const char16_t*>(text.utf16()), static_cast<int32_t>(text.size()));
    breaks->setText(unicode);
    std::vector<TextSpan> spans;
    for (int32_t start = breaks->first(), end = breaks->next(); end != icu::BreakIterator::DONE;
         start = end, end = breaks->next()) {
        int32_t s = start;
        int32_t e = end;
        while (s < e && text.at(s).isSpace())
            ++s;
        while (e > s && text.at(e - 1).isSpace())
            --e;
        if (e > s)
            spans.push_back({offsets.toCodePoint(s), offsets.toCodePoint(e)});
    }
    return spans;
}

UnitQuery unitQuery(Project& project, const AutocodeRequest& request)
{
    if (request.role && *request.role != "interviewer" && *request.role != "participant" && *request.role != "unknown")
        throw UserError("role must be interviewer, participant or unknown, not '" + *request.role + "'");
    UnitQuery query;
    query.query = request.query;
    query.role = request.role;
    if (request.source)
        query.sourceId = SourceStore(project).source(*request.source).id;
    if (request.unit == AutocodeRequest::Unit::Sentence)
        query.split = sentencesOf;
    return query;
}

} // namespace

std::int64_t code(Project& project, const NewCoding& coding, const OperationContext& context)
{
    requireWritable(project, "code");
    return writeAndIndex(project, context, [&] { return CodingStore(project).add(coding); });
}

void uncode(Project& project, std::int64_t codingId, const OperationContext& context)
{
    requireWritable(project, "remove a coding");
    writeAndIndex(project, context, [&] { CodingStore(project).remove(codingId); });
}

std::vector<MatchedUnit> findAutocodeUnits(Project& project, const AutocodeRequest& request)
{
    if (request.query.find_first_not_of(" \t\r\n") == std::string::npos)
        throw UserError("the query is empty: give words to look for");
    return matchUnits(project, unitQuery(project, request));
}

AutocodeReport autocode(Project& project, const AutocodeRequest& request, const OperationContext& context)
{
    requireWritable(project, "autocode");
    const CodeRecord code = CodebookStore(project).resolve(request.code);
    if (!code.codable)
        throw UserError("code '" + code.path + "' only groups other codes and cannot be applied");
    const CoderRecord coder = CoderStore(project).require(request.coder);
    syncIndex(project); // match against the project as it is
    const std::vector<MatchedUnit> units = findAutocodeUnits(project, request);

    AutocodeReport report;
    report.matched = static_cast<std::int64_t>(units.size());
    if (units.empty())
        return report;
    std::vector<NewCoding> codings;
    codings.reserve(units.size());
    for (const MatchedUnit& unit : units)
        codings.push_back({unit.sourceId, code.id, coder.id, unit.start, unit.end, ""});
    report.codingIds = writeWithBackup(project, "autocode", context, [&] { return CodingStore(project).addMany(codings); });
    report.coded = static_cast<std::int64_t>(report.codingIds.size());
    return report;
}

} // namespace hilo::ops
