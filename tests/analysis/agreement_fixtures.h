#pragma once
// Loads the agreement reference fixtures in tests/data/agreement (copied from
// ../shared/agreement-reference; published values are in published.json there and restated in
// each test).
#include "analysis/agreement/ratings_matrix.h"
#include "analysis/agreement/unitizing_alpha.h"
#include "text/csv_reader.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <fstream>
#include <sstream>
#include <string>

namespace hilo::analysis::testing {

inline std::string agreementPath(const std::string& name)
{
    return std::string(HILO_TEST_DATA_DIR) + "/agreement/" + name;
}

inline std::string readText(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    REQUIRE(in.good());
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

// A units x coders CSV as a ratings matrix (see RatingsMatrix::fromStrings).
inline RatingsMatrix loadRatings(const std::string& name, std::vector<std::string>* labels = nullptr)
{
    const auto table = text::parseCsv(readText(agreementPath(name)), name);
    std::vector<std::vector<std::string>> rows;
    for (const auto& row : table.rows)
        rows.push_back(row.fields);
    return RatingsMatrix::fromStrings(rows, table.header.size(), labels);
}

// A coder,start,end,category CSV as a unitizing study.
inline UnitizingStudy loadUnitizing(const std::string& name, std::int64_t begin, std::int64_t length)
{
    const auto table = text::parseCsv(readText(agreementPath("unitizing/" + name)), name);
    UnitizingStudy study;
    study.begin = begin;
    study.length = length;
    for (const auto& row : table.rows) {
        UnitizedSpan s;
        s.coder = std::stoul(row.fields.at(0));
        s.span = {std::stoll(row.fields.at(1)), std::stoll(row.fields.at(2))};
        s.category = row.fields.at(3);
        study.coderCount = std::max(study.coderCount, s.coder + 1);
        study.spans.push_back(s);
    }
    return study;
}

// Half a unit in the last published decimal: 0.743 (3 decimals) -> 5e-4.
inline double tolerance(int decimals)
{
    return 0.5 * std::pow(10.0, -decimals);
}

inline double valueOf(const AgreementResult& r)
{
    INFO("undefined: " << r.undefinedReason);
    REQUIRE(r.defined());
    return *r.value;
}

} // namespace hilo::analysis::testing

#define CHECK_PUBLISHED(actual, published, decimals)                                               \
    CHECK(std::abs((actual) - (published)) <= hilo::analysis::testing::tolerance(decimals))

// For published values that were truncated, not rounded, or computed from rounded intermediate
// values: an explicit tolerance, with the reason stated at the call.
#define CHECK_NEAR(actual, expected, tol) CHECK(std::abs((actual) - (expected)) <= (tol))
