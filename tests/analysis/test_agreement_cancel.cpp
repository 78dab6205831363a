// Agreement's progress callback: it counts the codes twice (their codings, then their
// statistics) up to its total, a stop ends the computation with Cancelled between two codes,
// and a computation that ran with a callback gives the same table as one without.
#include "analysis/agreement/project_agreement.h"
#include "exchange/exchange_fixtures.h"
#include "support/temp_folder.h"

#include <catch2/catch.hpp>

using namespace hilo;
using namespace hilo::analysis;

TEST_CASE("agreement reports its progress and stops between codes when asked", "[agreement][cancel]")
{
    const test::TempFolder folder;
    Project project = Project::create(folder / "Coded.hilo");
    test::fillCodedDemo(project);
    AgreementRequest request;
    request.coders = {"Ana", "Luis"};
    for (const AgreementUnit unit : {AgreementUnit::Character, AgreementUnit::Turn, AgreementUnit::Segment, AgreementUnit::Unitized}) {
        request.unit = unit;
        const ProjectAgreement plain = computeProjectAgreement(project, request);
        REQUIRE(plain.rows.size() == 3); // Embarrassment, Fear of blame, all codes

        std::vector<std::pair<std::size_t, std::size_t>> reports;
        const ProjectAgreement reported = computeProjectAgreement(project, request, [&](std::size_t done, std::size_t total) {
            reports.emplace_back(done, total);
            return true;
        });
        CHECK(reported.rows.size() == plain.rows.size());
        for (std::size_t r = 0; r < plain.rows.size(); ++r)
            CHECK(reported.rows[r].statistics.alpha.value == plain.rows[r].statistics.alpha.value);
        REQUIRE(!reports.empty());
        CHECK(reports.front().first == 0);
        CHECK(reports.back().first == reports.back().second);
        CHECK(reports.back().second == 2 * 2 + 1); // two codes' codings, then three rows
        for (std::size_t i = 1; i < reports.size(); ++i)
            CHECK(reports[i].first > reports[i - 1].first);

        for (std::size_t stopAt = 1; stopAt <= reports.back().second; ++stopAt)
            CHECK_THROWS_AS(computeProjectAgreement(project, request,
                                                    [&](std::size_t done, std::size_t) { return done < stopAt; }),
                            Cancelled);
    }
}
