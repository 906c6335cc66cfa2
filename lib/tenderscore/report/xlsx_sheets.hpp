// SPDX-License-Identifier: MIT
// Private to report/: what the sheets of the XLSX report share (report_xlsx.cpp writes the method,
// weights and evaluator sheets, xlsx_lot_sheet.cpp one sheet per lot over them).
#pragma once

#include <tenderscore/report/evaluation.hpp>
#include <tenderscore/report/xlsx_book.hpp>

#include <cstddef>
#include <map>
#include <string>
#include <tuple>
#include <utility>

namespace tenderscore::report::xlsx {

inline constexpr const char* weights_name = "Weights";
inline constexpr const char* scores_name = "Evaluator scores";

/// Return the absolute reference ($A$1) of the 0-based `row` and `col`.
inline std::string abs_cell(std::size_t row, std::size_t col)
{
  return cell(row, col, true);
}

/// Return `ref` qualified by the worksheet `sheet`, e.g. 'Weights'!$E$4.
inline std::string in_sheet(const std::string& sheet, const std::string& ref)
{
  return "'" + sheet + "'!" + ref;
}

// Columns of the Weights sheet.
enum WeightCol : std::size_t {
  w_lot,
  w_criterion,
  w_parent,
  w_kind,
  w_weight,
  w_scale,
  w_scale_max,
  w_normalise,
  w_method,
  w_k,
  w_floor,
  w_ceiling,
  w_social,
  w_title,
};

// Where each criterion's row is in the Weights sheet: the tender's criteria under key "", a
// lot's own criteria under the lot's id.
using WeightRows = std::map<std::pair<std::string, std::string>, std::size_t>;

// The rows of the "score used" column that hold one bid's evaluators' scores for one question:
// keyed by lot number, bid number within the lot and question id; first and last row.
using ScoreRanges = std::map<std::tuple<std::size_t, std::size_t, std::string>,
                             std::pair<std::size_t, std::size_t>>;

constexpr std::size_t score_used_col = 4;

/// Throw XlsxLimitError when a lot of `result` has more bids in contention than a lot sheet has
/// columns for: checked before anything is written.
void check_lot_sheet_limits(const score::Result& result);

/// Write lot number `index` of `evaluation` as the worksheet `name`: its bids in contention as
/// columns, with final scores, points, totals and prices per point as formulas over the
/// `Weights` cells at `weight_rows` and the evaluator scores at `ranges`; excluded bids below.
void write_lot_sheet(Book& book, const std::string& name, const Evaluation& evaluation,
                     std::size_t index, const WeightRows& weight_rows, const ScoreRanges& ranges);

} // namespace tenderscore::report::xlsx
