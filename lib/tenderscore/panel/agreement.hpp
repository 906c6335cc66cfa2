// SPDX-License-Identifier: MIT
#pragma once

#include <tenderscore/util/rational.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace tenderscore::panel {

using util::Rational;

// Kendall's coefficient of concordance W, corrected for ties, over the complete cases: the items
// that every panel evaluator scored without a conflict. 0 = no agreement, 1 = every evaluator
// ranks the items in the same order.
struct Agreement
{
  std::string coefficient = "kendall-w";
  std::string name = "Kendall's coefficient of concordance W, corrected for ties";
  std::string formula;                // the general formula, see k_kendall_formula
  std::size_t raters = 0;             // m
  std::size_t items = 0;              // n: complete cases
  std::size_t items_left_out = 0;     // items some evaluator did not score or was conflicted on
  std::optional<Rational> w;          // none when undefined (see reason)
  std::optional<Rational> chi_square; // m(n − 1)W, df = n − 1
  std::optional<Rational> s;          // Σ (R_i − m(n + 1)/2)²
  std::optional<Rational> tie_sum;    // Σ_j T_j
  std::string calculation;            // the formula with this panel's numbers written out
  std::string reason;                 // why w is undefined; "" when it is defined
};

inline constexpr const char* k_kendall_formula =
    "W = 12·S / (m²·(n³ − n) − m·Σ T_j), S = Σ_i (R_i − m·(n + 1)/2)², T_j = Σ (t³ − t) over the "
    "groups of t tied scores of evaluator j, R_i = sum of the ranks of item i (average ranks for "
    "ties); chi-square = m·(n − 1)·W with n − 1 degrees of freedom";

/// Return each of `values` replaced by its rank among them, 1 for the lowest, ties sharing the
/// average of the ranks they span.
std::vector<Rational> average_ranks(const std::vector<Rational>& values);

/// Return Kendall's W for `ratings`, one row per rater holding that rater's score of each item
/// (every row the same length, the number of items); `left_out` is copied into the result.
Agreement kendall_w(const std::vector<std::vector<Rational>>& ratings, std::size_t left_out = 0);

} // namespace tenderscore::panel
