// SPDX-License-Identifier: MIT
// What changed between two scoring results: `tenderscore diff A.json B.json`.
#pragma once

#include <nlohmann/json_fwd.hpp>

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace tenderscore::report {

inline constexpr const char* k_diff_format = "tenderscore/diff@1";

// One difference between result A and result B.
struct Difference
{
  enum class Change { changed, added, removed };

  Change change = Change::changed;
  // Whose difference it is: a bid (its lot and bidder), a lot (no bidder) or the tender (none).
  bool in_lot = false;
  std::optional<std::string> lot; // the lot id; none for a tender without lots
  std::optional<std::string> bidder;
  // The field, as a path below the bid, lot or tender ("rank", "criteria/price"); "" when a
  // whole bid or lot was added or removed.
  std::string field;
  std::string pointer_a; // a JSON Pointer into file A; "" when added
  std::string pointer_b; // a JSON Pointer into file B; "" when removed
  std::string before;    // A's value as compact JSON; "" when added
  std::string after;     // B's value as compact JSON; "" when removed
  // For a number the result also gives exactly (`total` beside `total_exact`): the exact
  // fractions, by which it was compared; else "".
  std::string exact_before;
  std::string exact_after;
};

// The differences between two results, in the order of A's lots and bids, then what only B has.
struct ResultDiff
{
  std::string a; // the files' names, as given
  std::string b;
  std::vector<Difference> differences;

  bool equal() const { return differences.empty(); }
};

/// Return "" when `result` has the shape diff_results matches on: an object whose "lots" is a
/// list of objects, each with "lot" (a string, or null for a tender without lots) and "bids" (a
/// list of objects, each with a string "bidder"); else what is wrong, with the JSON Pointer of
/// the value (below `base`).
std::string result_shape_problem(const nlohmann::ordered_json& result, const std::string& base);

/// Compare `a` and `b` (each of the shape above), each a `score --format json` result
/// (tenderscore/result@1) found at JSON Pointer `base_a` / `base_b` of its file ("" for a result
/// file, "/result" for a report). Lots are matched by their id and bids by bidder within a lot, so
/// a bid that moves in the ranking is one bid with a new rank, not a removal and an addition. A
/// number that the result also gives exactly (`total` beside `total_exact`) is compared exactly.
/// Every other value is compared as JSON, member by member inside objects and whole for arrays and
/// scalars. The inputs' digests (`inputs`) are not compared: two results of the same bids at
/// different paths are the same result, and `verify` is what checks a file against its digest.
ResultDiff diff_results(const nlohmann::ordered_json& a, const std::string& base_a,
                        const nlohmann::ordered_json& b, const std::string& base_b);

/// Write `diff` for a terminal: one line per difference naming the bid, the field, the values
/// and the JSON Pointers into both files, then a count. Text from the files is escaped.
void write_diff_text(const ResultDiff& diff, std::ostream& out);

/// Write `diff` as JSON (tenderscore/diff@1): the files, `equal`, and every difference with its
/// change, lot, bidder, field and, per file, the pointer and value.
void write_diff_json(const ResultDiff& diff, std::ostream& out);

} // namespace tenderscore::report
