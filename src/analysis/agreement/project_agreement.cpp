#include "analysis/agreement/project_agreement.h"

#include "analysis/agreement/brennan_prediger.h"
#include "analysis/agreement/character_units.h"
#include "analysis/agreement/cohen_kappa.h"
#include "analysis/agreement/fleiss_kappa.h"
#include "analysis/agreement/krippendorff_alpha.h"
#include "analysis/agreement/percent_agreement.h"
#include "analysis/agreement/turn_units.h"
#include "analysis/agreement/unitizing_alpha.h"
#include "codebook/code_path.h"
#include "project/codebook_store.h"
#include "project/coder_store.h"
#include "project/source_store.h"
#include "text/user_error.h"

#include <algorithm>
#include <functional>
#include <map>
#include <set>
#include <stdexcept>
#include <unordered_map>
#include <unordered_set>

#include <QString>

namespace hilo::analysis {

namespace {

constexpr std::size_t kMaxCoders = 16; // rating patterns are bit masks of 2^coders cells

const char* kNobodyApplied = "none of the chosen coders applied this code in these sources";
const char* kNoCharacterBootstrap =
    "no interval for character units: neighbouring characters are not independent units "
    "(use --unit turn for a bootstrap interval)";
const char* kSegmentsHaveNoChance =
    "segments have no 'neither coded' cell, so only Brennan-Prediger's chance of 1/k applies to "
    "them (use --unit char or turn for Cohen, Fleiss and alpha)";
const char* kSegmentsOneCode = "segment kappa takes chance agreement as 1/k over the k codes "
                               "analysed (as MAXQDA does); with one code it is not defined";
const char* kUnitizedOnlyAlpha = "unitized spans have unitizing alpha only (use --unit char or "
                                 "turn for percent agreement and kappa)";

using Loaded = AgreementInput;
using LoadedCoding = AgreementInput::Coding;

std::vector<CoderRecord> resolveCoders(Project& project, const std::vector<std::string>& names)
{
    if (names.size() < 2)
        throw UserError("agreement needs at least two coders (give them as --coders ana,ben)");
    if (names.size() > kMaxCoders)
        throw UserError("agreement compares at most " + std::to_string(kMaxCoders) + " coders at a time");
    // Names and ids only: CoderStore::coders() also counts every coder's codings, a scan of
    // the codings table per call that a large project feels.
    std::vector<CoderRecord> known;
    auto query = project.db().prepare("SELECT id, name FROM coders");
    while (query.step()) {
        CoderRecord coder;
        coder.id = query.columnInt(0);
        coder.name = query.columnText(1);
        known.push_back(std::move(coder));
    }
    std::vector<CoderRecord> out;
    std::set<std::int64_t> seen;
    for (const std::string& name : names) {
        const auto found = std::find_if(known.begin(), known.end(), [&](const CoderRecord& c) {
            return QString::fromStdString(c.name).compare(QString::fromStdString(name), Qt::CaseInsensitive) == 0;
        });
        const CoderRecord coder = found != known.end() ? *found : CoderStore(project).require(name); // throws, naming the known coders
        if (!seen.insert(coder.id).second)
            throw UserError("coder '" + coder.name + "' is named twice in --coders");
        out.push_back(coder);
    }
    return out;
}

// The codebook in its order (depth first, siblings by position) with paths, without the
// per-code counts CodebookStore::codes() adds: those group the whole codings table.
std::vector<CodeRecord> codebookInOrder(Project& project)
{
    std::map<std::optional<std::int64_t>, std::vector<CodeRecord>> byParent;
    auto query = project.db().prepare("SELECT id, guid, parent_id, name FROM codes ORDER BY position, id");
    while (query.step()) {
        CodeRecord r;
        r.id = query.columnInt(0);
        r.guid = query.columnText(1);
        r.parentId = query.columnOptionalInt(2);
        r.name = query.columnText(3);
        byParent[r.parentId].push_back(std::move(r));
    }
    std::vector<CodeRecord> ordered;
    const std::function<void(const std::optional<std::int64_t>&, const std::vector<std::string>&)> visit =
        [&](const std::optional<std::int64_t>& parent, const std::vector<std::string>& path) {
            const auto it = byParent.find(parent);
            if (it == byParent.end())
                return;
            for (CodeRecord& record : it->second) {
                std::vector<std::string> own = path;
                own.push_back(record.name);
                record.path = codebook::joinCodePath(own);
                ordered.push_back(record);
                visit(record.id, own);
            }
        };
    visit(std::nullopt, {});
    return ordered;
}

// A code by path, GUID, numeric id or unique name among `all`; anything else (an ambiguous
// name, no such code) goes to CodebookStore::code, whose message says what is wrong.
CodeRecord resolveCode(Project& project, const std::vector<CodeRecord>& all, const std::string& reference)
{
    std::vector<const CodeRecord*> byName;
    for (const CodeRecord& code : all) {
        if (code.path == reference || code.guid == reference || std::to_string(code.id) == reference)
            return code;
        if (codebook::sameCodeName(code.name, reference))
            byName.push_back(&code);
    }
    if (byName.size() == 1)
        return *byName.front();
    return CodebookStore(project).code(reference);
}

// Turns' words per compared source, the units of --unit turn. Label-only turns have no words.
std::vector<std::vector<Span>> loadTurns(Project& project, const std::vector<SourceSummary>& sources)
{
    std::map<std::int64_t, std::size_t> index;
    for (std::size_t i = 0; i < sources.size(); ++i)
        index[sources[i].id] = i;
    std::vector<std::vector<Span>> turns(sources.size());
    auto statement =
        project.db().prepare("SELECT source_id, speech_start, end FROM turns WHERE end > speech_start ORDER BY source_id, ordinal");
    while (statement.step()) {
        const auto found = index.find(statement.columnInt(0));
        if (found != index.end())
            turns[found->second].push_back({statement.columnInt(1), statement.columnInt(2)});
    }
    return turns;
}

} // namespace

AgreementInput loadAgreementInput(Project& project, const AgreementRequest& request)
{
    Loaded loaded;
    loaded.coders = resolveCoders(project, request.coders);
    // Hash maps, not ordered ones: every lookup below runs once per coding.
    std::unordered_map<std::int64_t, std::size_t> coderIndex;
    for (std::size_t c = 0; c < loaded.coders.size(); ++c)
        coderIndex[loaded.coders[c].id] = c;

    struct Raw {
        std::int64_t source, code;
        std::size_t coder;
        Span span;
    };
    std::vector<Raw> raw;
    auto statement = project.db().prepare("SELECT source_id, code_id, coder_id, start, end FROM codings");
    while (statement.step()) {
        const auto coder = coderIndex.find(statement.columnInt(2));
        if (coder == coderIndex.end())
            continue;
        raw.push_back({statement.columnInt(0), statement.columnInt(1), coder->second,
                       {statement.columnInt(3), statement.columnInt(4)}});
    }

    // Compared sources: coded by every chosen coder.
    std::unordered_map<std::int64_t, std::uint32_t> codersOfSource;
    for (const Raw& r : raw)
        codersOfSource[r.source] |= 1u << r.coder;
    const std::uint32_t everyone = (1u << loaded.coders.size()) - 1;
    std::unordered_map<std::int64_t, std::size_t> sourceIndex;
    // Only what agreement needs, in the order SourceStore::sources() lists them: reading every
    // source's attributes too would cost a query per source.
    std::vector<SourceSummary> allSources;
    auto listed = project.db().prepare("SELECT s.id, s.name, s.length, g.tag FROM sources s JOIN groups g ON g.id = s.group_id "
                                       "ORDER BY g.position, s.name COLLATE NOCASE");
    while (listed.step()) {
        SourceSummary source;
        source.id = listed.columnInt(0);
        source.name = listed.columnText(1);
        source.length = listed.columnInt(2);
        source.groupTag = listed.columnText(3);
        allSources.push_back(std::move(source));
    }
    for (SourceSummary& source : allSources) {
        const auto found = codersOfSource.find(source.id);
        if (found != codersOfSource.end() && found->second == everyone) {
            sourceIndex[source.id] = loaded.sources.size();
            loaded.sources.push_back(std::move(source));
        } else {
            loaded.skipped.push_back(source.name);
        }
    }

    // Selected codes, and which selected codes a coding's code counts for.
    CodebookStore codebook(project);
    const std::vector<CodeRecord> all = codebookInOrder(project);
    if (!request.codes.empty()) {
        std::set<std::int64_t> seen;
        for (const std::string& reference : request.codes) {
            CodeRecord code = resolveCode(project, all, reference);
            if (seen.insert(code.id).second)
                loaded.codes.push_back(std::move(code));
        }
    } else {
        std::unordered_set<std::int64_t> used;
        for (const Raw& r : raw)
            if (sourceIndex.count(r.source))
                used.insert(r.code);
        for (const CodeRecord& code : all)
            if (used.count(code.id))
                loaded.codes.push_back(code);
    }
    std::unordered_map<std::int64_t, std::vector<std::size_t>> countsFor;
    for (std::size_t k = 0; k < loaded.codes.size(); ++k) {
        if (request.includeSubcodes)
            for (const std::int64_t id : codebook.subtreeIds(loaded.codes[k].id))
                countsFor[id].push_back(k);
        else
            countsFor[loaded.codes[k].id].push_back(k);
    }

    for (const Raw& r : raw) {
        const auto source = sourceIndex.find(r.source);
        const auto codes = countsFor.find(r.code);
        if (source == sourceIndex.end() || codes == countsFor.end())
            continue;
        for (const std::size_t k : codes->second)
            loaded.codings.push_back({k, source->second, r.coder, r.span});
    }
    std::sort(loaded.codings.begin(), loaded.codings.end(), [](const LoadedCoding& a, const LoadedCoding& b) {
        return std::tie(a.code, a.source, a.coder, a.span.start, a.span.end) <
               std::tie(b.code, b.source, b.coder, b.span.start, b.span.end);
    });
    loaded.turns = loadTurns(project, loaded.sources);
    return loaded;
}

namespace {


// The turns that some coding overlaps: the others are "nobody marked it" for every coder and
// are counted as such without a look. `turns` are in text order and do not overlap.
std::vector<Span> turnsTouched(const std::vector<Span>& turns, const std::vector<std::vector<Span>>& spansByCoder)
{
    std::vector<Span> all;
    for (const auto& spans : spansByCoder)
        all.insert(all.end(), spans.begin(), spans.end());
    std::vector<Span> out;
    std::int64_t taken = -1; // end of the last turn taken, so a turn is taken once
    for (const Span& coded : mergeSpans(all)) {
        auto it = std::upper_bound(turns.begin(), turns.end(), coded.start, [](std::int64_t pos, const Span& t) { return pos < t.end; });
        for (; it != turns.end() && it->start < coded.end; ++it)
            if (it->end > taken) {
                out.push_back(*it);
                taken = it->end;
            }
    }
    return out;
}

// Rows are codes then "all codes"; columns are scopes then "every compared source".
struct Grid {
    std::size_t rows = 0;
    std::size_t scopes = 0; // including the last, "every compared source"
    std::size_t patterns = 0;
    std::vector<double> weights; // [row][scope][pattern]
    std::vector<std::int64_t> codings;
    std::vector<SegmentMatching> segments;

    Grid(std::size_t rowCount, std::size_t scopeCount, std::size_t coderCount)
        : rows(rowCount), scopes(scopeCount), patterns(std::size_t{1} << coderCount),
          weights(rowCount * scopeCount * patterns, 0.0), codings(rowCount * scopeCount, 0),
          segments(rowCount * scopeCount)
    {
    }
    double* cell(std::size_t row, std::size_t scope) { return &weights[(row * scopes + scope) * patterns]; }
};

// Visits (row, scope) pairs a source's units count in, each once.
template <typename F>
void forTargets(const Grid& grid, std::size_t code, std::size_t scope, F f)
{
    const std::size_t all = grid.scopes - 1;
    for (const std::size_t r : {code, grid.rows - 1}) {
        f(r, scope);
        if (scope != all)
            f(r, all);
    }
}

RatingsMatrix matrixOf(const double* weights, std::size_t patterns, std::size_t coders)
{
    RatingsMatrix m(coders);
    for (std::size_t p = 0; p < patterns; ++p) {
        if (!(weights[p] > 0))
            continue;
        std::vector<std::optional<double>> row(coders);
        for (std::size_t c = 0; c < coders; ++c)
            row[c] = (p >> c) & 1u ? 1.0 : 0.0;
        m.addUnit(std::move(row), weights[p]);
    }
    return m;
}

std::size_t patternOf(const RatingsMatrix& m, std::size_t unit)
{
    std::size_t p = 0;
    for (std::size_t c = 0; c < m.coderCount(); ++c)
        if (m.value(unit, c).value_or(0.0) != 0.0)
            p |= std::size_t{1} << c;
    return p;
}

AgreementStatistics binaryStatistics(const RatingsMatrix& m, const AgreementRequest& request, bool turns)
{
    AgreementStatistics s;
    s.unitName = turns ? "turns" : "characters";
    for (std::size_t u = 0; u < m.unitCount(); ++u)
        s.units += m.weight(u);
    s.percentAgreement = percentAgreement(m).pairwise;
    s.cohenKappa = m.coderCount() == 2
                       ? cohenKappa(m)
                       : AgreementResult::undefined("Cohen's kappa is for two coders; see Fleiss' kappa");
    s.fleissKappa = fleissKappa(m);
    s.brennanPrediger = brennanPrediger(m, 2); // two categories: coded, not coded
    s.alpha = krippendorffAlpha(m, AlphaMetric::Nominal);
    if (!turns) {
        s.alphaLower = s.alphaUpper = AgreementResult::undefined(kNoCharacterBootstrap);
    } else if (!s.alpha.defined()) {
        s.alphaLower = s.alphaUpper = AgreementResult::undefined("alpha is undefined");
    } else {
        const BootstrapInterval interval = bootstrapAlphaOfCounts(m, AlphaMetric::Nominal, request.seed, request.bootstrapDraws);
        s.alphaLower = interval.lower;
        s.alphaUpper = interval.upper;
        s.bootstrapDraws = interval.draws;
    }
    return s;
}

void markUndefined(AgreementStatistics& s, const std::string& reason, bool keepPercent)
{
    for (AgreementResult* r : {&s.cohenKappa, &s.fleissKappa, &s.brennanPrediger, &s.alpha, &s.alphaLower, &s.alphaUpper})
        *r = AgreementResult::undefined(reason);
    if (!keepPercent)
        s.percentAgreement = AgreementResult::undefined(reason);
    s.bootstrapDraws = 0;
}

// Calls f(code, source, spansByCoder, codings) for every (code, source) pair that has codings.
template <typename F>
void forEachGroup(const Loaded& loaded, F f)
{
    const std::size_t coders = loaded.coders.size();
    std::size_t i = 0;
    while (i < loaded.codings.size()) {
        const std::size_t code = loaded.codings[i].code;
        const std::size_t source = loaded.codings[i].source;
        std::vector<std::vector<Span>> spans(coders);
        std::int64_t count = 0;
        for (; i < loaded.codings.size() && loaded.codings[i].code == code && loaded.codings[i].source == source; ++i) {
            spans[loaded.codings[i].coder].push_back(loaded.codings[i].span);
            ++count;
        }
        f(code, source, spans, count);
    }
}

} // namespace

void parseAgreementUnit(const std::string& text, AgreementRequest& request)
{
    if (text == "char" || text == "character" || text == "characters")
        request.unit = AgreementUnit::Character;
    else if (text == "turn" || text == "turns")
        request.unit = AgreementUnit::Turn;
    else if (text == "unitized" || text == "unitizing")
        request.unit = AgreementUnit::Unitized;
    else if (text == "segment" || text.rfind("segment:", 0) == 0) {
        request.unit = AgreementUnit::Segment;
        if (text != "segment") {
            const std::string share = text.substr(8);
            std::size_t used = 0;
            double value = -1;
            try {
                value = std::stod(share, &used);
            } catch (const std::exception&) {
                used = 0;
            }
            if (used != share.size() || share.empty() || !(value > 0.0 && value <= 1.0))
                throw UserError("--unit " + text + ": the overlap threshold must be a share in (0, 1], e.g. segment:0.9");
            request.segmentThreshold = value;
        }
    } else {
        throw UserError("--unit '" + text + "' is not a unit; use char, turn, segment[:0.9] or unitized");
    }
}

const char* agreementUnitName(AgreementUnit unit)
{
    switch (unit) {
    case AgreementUnit::Character: return "char";
    case AgreementUnit::Turn: return "turn";
    case AgreementUnit::Segment: return "segment";
    case AgreementUnit::Unitized: return "unitized";
    }
    return "";
}

ProjectAgreement computeProjectAgreement(Project& project, const AgreementRequest& request, const Progress& progress)
{
    if (request.unit == AgreementUnit::Segment && request.coders.size() != 2)
        throw UserError("segment agreement compares two coders; give exactly two in --coders");
    return computeProjectAgreement(loadAgreementInput(project, request), request, progress);
}

ProjectAgreement computeProjectAgreement(const AgreementInput& loaded, const AgreementRequest& request,
                                         const Progress& progress)
{
    if (request.unit == AgreementUnit::Segment && loaded.coders.size() != 2)
        throw UserError("segment agreement compares two coders; give exactly two in --coders");
    const std::size_t coders = loaded.coders.size();

    ProjectAgreement out;
    for (const CoderRecord& c : loaded.coders)
        out.coders.push_back(c.name);
    for (const SourceSummary& s : loaded.sources)
        out.sources.push_back(s.name);
    out.skippedSources = loaded.skipped;

    // Scopes: each compared source or group (when asked), then every compared source.
    std::vector<std::string> scopeNames;
    std::vector<std::size_t> scopeOf(loaded.sources.size(), 0);
    for (std::size_t i = 0; i < loaded.sources.size(); ++i) {
        if (request.by == AgreementScope::Code)
            continue;
        const std::string name = request.by == AgreementScope::Source ? loaded.sources[i].name : loaded.sources[i].groupTag;
        auto found = std::find(scopeNames.begin(), scopeNames.end(), name);
        scopeOf[i] = static_cast<std::size_t>(found - scopeNames.begin());
        if (found == scopeNames.end())
            scopeNames.push_back(name);
    }
    const std::size_t all = scopeNames.size();
    if (request.by == AgreementScope::Code)
        std::fill(scopeOf.begin(), scopeOf.end(), all);
    scopeNames.emplace_back();

    const std::size_t codeRows = loaded.codes.size();
    Grid grid(codeRows + 1, scopeNames.size(), coders);
    std::vector<AgreementStatistics> unitized(grid.rows * grid.scopes);
    // Steps: each code's codings (the groups come sorted by code), then each row's statistics.
    const std::size_t steps = codeRows + grid.rows;
    std::size_t lastStep = steps;
    const auto step = [&](std::size_t done) {
        if (done != lastStep)
            checkProgress(progress, lastStep = done, steps);
    };
    step(0);

    forEachGroup(loaded, [&](std::size_t code, std::size_t source, const std::vector<std::vector<Span>>&, std::int64_t count) {
        forTargets(grid, code, scopeOf[source], [&](std::size_t r, std::size_t s) { grid.codings[r * grid.scopes + s] += count; });
    });

    if (request.unit == AgreementUnit::Character || request.unit == AgreementUnit::Turn) {
        const bool turns = request.unit == AgreementUnit::Turn;
        const std::vector<std::vector<Span>>& turnSpans = loaded.turns;
        // Every (code, source) starts as "nobody coded any unit"; sources with codings of the
        // code then move their coded units to their patterns.
        for (std::size_t i = 0; i < loaded.sources.size(); ++i) {
            const double units = turns ? static_cast<double>(turnSpans[i].size()) : static_cast<double>(loaded.sources[i].length);
            for (std::size_t k = 0; k < codeRows; ++k)
                forTargets(grid, k, scopeOf[i], [&](std::size_t r, std::size_t s) { grid.cell(r, s)[0] += units; });
        }
        forEachGroup(loaded, [&](std::size_t code, std::size_t source, const std::vector<std::vector<Span>>& spans, std::int64_t) {
            step(code);
            const RatingsMatrix m = turns ? turnUnits(turnsTouched(turnSpans[source], spans), spans, request.turnMinShare)
                                          : characterUnits(loaded.sources[source].length, spans);
            forTargets(grid, code, scopeOf[source], [&](std::size_t r, std::size_t s) {
                double* cell = grid.cell(r, s);
                for (std::size_t u = 0; u < m.unitCount(); ++u) {
                    const std::size_t p = patternOf(m, u);
                    if (p != 0) {
                        cell[p] += m.weight(u);
                        cell[0] -= m.weight(u);
                    }
                }
            });
        });
    } else if (request.unit == AgreementUnit::Segment) {
        forEachGroup(loaded, [&](std::size_t code, std::size_t source, const std::vector<std::vector<Span>>& spans, std::int64_t) {
            step(code);
            const SegmentMatching m = matchSegments(spans[0], spans[1], request.segmentThreshold);
            forTargets(grid, code, scopeOf[source], [&](std::size_t r, std::size_t s) {
                SegmentMatching& into = grid.segments[r * grid.scopes + s];
                into.firstSegments += m.firstSegments;
                into.firstMatched += m.firstMatched;
                into.secondSegments += m.secondSegments;
                into.secondMatched += m.secondMatched;
            });
        });
    } else {
        // One continuum per scope: its sources end to end, each coder's codings of a code merged
        // (the 1995 model has no overlapping units of one category within one coder).
        std::vector<UnitizingStudy> studies(grid.scopes);
        std::vector<std::int64_t> offset(loaded.sources.size() * 2, 0); // in own scope, in all
        for (std::size_t i = 0; i < loaded.sources.size(); ++i) {
            const std::int64_t length = loaded.sources[i].length;
            for (const std::size_t s : {scopeOf[i], all}) {
                offset[i * 2 + (s == all ? 1 : 0)] = studies[s].length;
                studies[s].length += length;
                if (s == all && scopeOf[i] == all)
                    break;
            }
        }
        for (UnitizingStudy& study : studies)
            study.coderCount = coders;
        forEachGroup(loaded, [&](std::size_t code, std::size_t source, const std::vector<std::vector<Span>>& spans, std::int64_t) {
            step(code);
            for (std::size_t c = 0; c < coders; ++c)
                for (const Span& merged : mergeSpans(spans[c])) {
                    const std::int64_t length = loaded.sources[source].length;
                    const Span clipped{std::clamp<std::int64_t>(merged.start, 0, length), std::clamp<std::int64_t>(merged.end, 0, length)};
                    if (clipped.length() <= 0)
                        continue;
                    for (const std::size_t s : {scopeOf[source], all}) {
                        const std::int64_t shift = offset[source * 2 + (s == all ? 1 : 0)];
                        studies[s].spans.push_back({c, {clipped.start + shift, clipped.end + shift}, std::to_string(code)});
                        if (s == all && scopeOf[source] == all)
                            break;
                    }
                }
        });
        for (std::size_t s = 0; s < grid.scopes; ++s) {
            if (studies[s].spans.empty() && s != all)
                continue;
            const UnitizingAlpha result = unitizingAlpha(studies[s]);
            auto fill = [&](std::size_t r, const AgreementResult& alpha) {
                AgreementStatistics& st = unitized[r * grid.scopes + s];
                st.unitName = "characters of continuum";
                st.units = static_cast<double>(studies[s].length);
                markUndefined(st, kUnitizedOnlyAlpha, false);
                st.alpha = alpha;
            };
            for (std::size_t k = 0; k < codeRows; ++k)
                fill(k, AgreementResult::undefined(kNobodyApplied));
            for (const UnitizingCategoryAlpha& category : result.categories)
                fill(std::stoul(category.category), category.alpha);
            fill(codeRows, result.overall);
        }
    }

    for (std::size_t r = 0; r < grid.rows; ++r) {
        step(codeRows + r);
        for (std::size_t s = 0; s < grid.scopes; ++s) {
            const std::int64_t codings = grid.codings[r * grid.scopes + s];
            if (s != all && codings == 0)
                continue;
            AgreementRow row;
            if (r < codeRows) {
                row.codeId = loaded.codes[r].id;
                row.code = loaded.codes[r].path;
            }
            row.scope = scopeNames[s];
            row.codings = codings;
            switch (request.unit) {
            case AgreementUnit::Character:
            case AgreementUnit::Turn:
                row.statistics = binaryStatistics(matrixOf(grid.cell(r, s), grid.patterns, coders), request,
                                                  request.unit == AgreementUnit::Turn);
                break;
            case AgreementUnit::Segment: {
                const SegmentMatching& counts = grid.segments[r * grid.scopes + s];
                AgreementStatistics& st = row.statistics;
                st.unitName = "segments";
                st.units = static_cast<double>(counts.firstSegments + counts.secondSegments);
                markUndefined(st, kSegmentsHaveNoChance, false);
                st.segments = counts;
                // Every segment is a unit rated (1, 1) when matched and (1, 0) when not, so the
                // engine's percent agreement and Brennan-Prediger kappa apply as MAXQDA computes
                // them: chance 1/k for the k codes of the analysis.
                const double matched = static_cast<double>(counts.firstMatched + counts.secondMatched);
                RatingsMatrix segments(2);
                if (matched > 0)
                    segments.addUnit({1.0, 1.0}, matched);
                if (st.units > matched)
                    segments.addUnit({1.0, 0.0}, st.units - matched);
                if (st.units > 0) {
                    st.percentAgreement = percentAgreement(segments).pairwise;
                    st.brennanPrediger = codeRows >= 2
                                             ? brennanPrediger(segments, codeRows)
                                             : AgreementResult::undefined(kSegmentsOneCode);
                } else {
                    st.percentAgreement = AgreementResult::undefined(kNobodyApplied);
                }
                st.segments->percentAgreement = st.percentAgreement;
                break;
            }
            case AgreementUnit::Unitized:
                row.statistics = unitized[r * grid.scopes + s];
                break;
            }
            if (codings == 0)
                markUndefined(row.statistics, kNobodyApplied, false);
            out.rows.push_back(std::move(row));
        }
    }
    step(steps);
    return out;
}

} // namespace hilo::analysis
