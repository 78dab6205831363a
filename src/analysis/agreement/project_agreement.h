#pragma once
// Agreement between chosen coders of a project: reads their codings (and the sources' turns)
// from the store and runs the statistics of this folder per code, per source or group, and
// overall, on one kind of unit. What it decides, as a researcher reporting agreement would:
// - Sources compared: those in which every chosen coder made at least one coding (of any
//   code). A transcript one coder has not reached yet would otherwise count as "not coded"
//   by them and read as disagreement. The others are listed as skipped.
// - Codes: a code's own codings by default. Sub-codes are separate decisions in a codebook
//   (a coder choosing "Barriers/Shame" did not also choose "Barriers"), so counting them for
//   the parent would blur exactly the disagreements a team needs to see. includeSubcodes
//   counts a code's descendants as the code (for codebooks whose parents are themes).
// - Pooling: a code over several sources, or all codes together, pools the units (as NVivo and
//   MAXQDA report and pooling.h explains); it does not average coefficients.
// - Overall ("all codes"): every (code, unit) pair is one unit of a binary decision.
#include "analysis/agreement/bootstrap.h"
#include "analysis/agreement/result.h"
#include "analysis/agreement/segment_matching.h"
#include "analysis/agreement/spans.h"
#include "project/codebook_store.h"
#include "project/coder_store.h"
#include "project/project.h"
#include "project/source_store.h"
#include "text/progress.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace hilo::analysis {

enum class AgreementUnit {
    Character, // each code point of a source; coded by a coder or not (NVivo)
    Turn,      // each speaker turn's words [speech_start, end); marked if a coding overlaps it
    Segment,   // each coded segment matched by the other coder at an overlap threshold (MAXQDA)
    Unitized   // Krippendorff's unitizing alpha over spans (ATLAS.ti's cu-alpha / Cu-alpha)
};

enum class AgreementScope { Code, Source, Group };

struct AgreementRequest {
    std::vector<std::string> coders; // names, at least two (exactly two for segments)
    AgreementUnit unit = AgreementUnit::Character;
    double segmentThreshold = 0.9; // Segment: intersection / union at least this
    double turnMinShare = 0.0;     // Turn: share of the turn's words a coding must cover (0: any)
    std::vector<std::string> codes; // references (path, name, GUID); empty: every code a chosen
                                    // coder applied in a compared source
    bool includeSubcodes = false;
    AgreementScope by = AgreementScope::Code; // rows per code, or per code and source / group
    std::size_t bootstrapDraws = defaultBootstrapDraws;
    std::uint64_t seed = 20260101; // the bootstrap's seed: the same request gives the same interval
};

// "char", "turn", "segment", "segment:0.8", "unitized" (as the CLI takes them); UserError for
// anything else or a threshold outside (0, 1]. Sets request.unit and, for segments, the threshold.
void parseAgreementUnit(const std::string& text, AgreementRequest& request);
const char* agreementUnitName(AgreementUnit unit); // "char", "turn", "segment", "unitized"

struct AgreementStatistics {
    double units = 0;  // units with values from >= 2 coders (code points, turns, segments, or
                       // the continuum's length in code points for unitized alpha)
    std::string unitName; // "characters", "turns", "segments", "characters of continuum"
    AgreementResult percentAgreement; // mean pairwise (equals plain percent for two coders);
                                      // segments: matched segments of both coders / all segments
    AgreementResult cohenKappa;       // two coders only
    AgreementResult fleissKappa;
    AgreementResult brennanPrediger; // q = 2: coded / not coded. Segments: MAXQDA's kappa,
                                     // chance 1/k for the k codes analysed (every row the same k)
    AgreementResult alpha;           // nominal alpha (char, turn) or unitizing alpha (unitized)
    AgreementResult alphaLower;      // bootstrap 95% interval of alpha (turn units only)
    AgreementResult alphaUpper;
    std::size_t bootstrapDraws = 0;
    std::optional<SegmentMatching> segments; // segment unit: the counts behind the percentage
};

struct AgreementRow {
    std::int64_t codeId = 0; // 0: all codes together
    std::string code;        // the code's path, or "" for all codes together
    std::string scope;       // a source name or group tag, or "" for every compared source
    std::int64_t codings = 0; // codings of the chosen coders counted in this row
    AgreementStatistics statistics;
};

struct ProjectAgreement {
    std::vector<std::string> coders;         // as the project spells them
    std::vector<std::string> sources;        // compared
    std::vector<std::string> skippedSources; // not coded by every chosen coder
    // Per code (in codebook order) then all codes; with by Source/Group, each code's rows per
    // scope where a chosen coder applied it there, then its row over every compared source.
    std::vector<AgreementRow> rows;
};

// What a request reads from the store (its coders, codes and includeSubcodes), resolved to dense
// indices. Reading is about half the work on a large project, so a caller that reports several
// units or thresholds (the benchmark, the window switching units) loads once.
struct AgreementInput {
    struct Coding {
        std::size_t code;   // index into codes
        std::size_t source; // index into sources
        std::size_t coder;  // index into coders
        Span span;
    };
    std::vector<CoderRecord> coders;      // ids and names, in the order asked
    std::vector<CodeRecord> codes;        // selected: ids, GUIDs, paths
    std::vector<SourceSummary> sources;   // compared: ids, names, groups, lengths
    std::vector<std::string> skipped;     // sources not coded by every chosen coder
    std::vector<Coding> codings;          // sorted by code, source, coder, start
    std::vector<std::vector<Span>> turns; // per compared source, the turns' words in order
};

// UserError for fewer than two coders, an unknown coder or code, or more than 16 coders.
AgreementInput loadAgreementInput(Project& project, const AgreementRequest& request);
// Uses the request's unit, thresholds, scope and bootstrap settings; its coders and codes must
// be those `input` was loaded for. UserError for segments with other than two coders.
// Progress counts codes, twice (their codings, then their statistics); a cancel throws
// Cancelled between two codes.
ProjectAgreement computeProjectAgreement(const AgreementInput& input, const AgreementRequest& request,
                                         const Progress& progress = {});
// Both steps.
ProjectAgreement computeProjectAgreement(Project& project, const AgreementRequest& request,
                                         const Progress& progress = {});

} // namespace hilo::analysis
