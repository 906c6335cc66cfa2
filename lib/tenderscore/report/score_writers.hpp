// SPDX-License-Identifier: MIT
#pragma once

#include <tenderscore/audit/audit.hpp>
#include <tenderscore/score/result.hpp>

#include <iosfwd>
#include <span>

namespace tenderscore::report {

inline constexpr const char* k_result_format = "tenderscore/result@1";

/// Write `result` as a terminal table: per lot the ranking with each top-level criterion, then
/// exclusions with reasons, flags and tie notes; untrusted text is escaped.
void write_score_table(const score::Result& result, std::ostream& out);

/// Write `result` as the `score --format json` contract (tenderscore/result@1), with unrounded
/// numbers and, per bid, how each number was computed; streamed, pretty-printed or `compact`.
/// When `inputs` are given, an `inputs` member last lists each file's path, size and SHA-256.
void write_score_json(const score::Result& result, std::ostream& out, bool compact = false,
                      std::span<const audit::InputDigest> inputs = {});

/// Write `result` as CSV: lot,bidder,rank,status,total, one column per criterion in tree order,
/// flags,exclusion; cells are neutralised against spreadsheet formula injection.
void write_score_csv(const score::Result& result, std::ostream& out);

} // namespace tenderscore::report
