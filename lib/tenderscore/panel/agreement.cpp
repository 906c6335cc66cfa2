// SPDX-License-Identifier: MIT
// Inter-rater agreement of the panel: Kendall's W with the correction for ties, exact.
#include <tenderscore/panel/agreement.hpp>
#include <tenderscore/panel/worksheet.hpp>

#include <algorithm>
#include <numeric>

namespace tenderscore::panel {

namespace {

using util::format_short;

Rational as_rational(std::size_t n)
{
  return Rational{static_cast<long>(n)};
}

// T_j = Σ (t³ − t) over the groups of t equal values in `values`.
Rational tie_term(std::vector<Rational> values)
{
  std::sort(values.begin(), values.end());
  Rational sum = 0;
  for (std::size_t i = 0; i < values.size();) {
    std::size_t j = i;
    while (j < values.size() && values[j] == values[i]) {
      ++j;
    }
    const Rational t = as_rational(j - i);
    sum += t * t * t - t;
    i = j;
  }
  return sum;
}

} // namespace

std::vector<Rational> average_ranks(const std::vector<Rational>& values)
{
  std::vector<std::size_t> order(values.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return values[a] < values[b]; });
  std::vector<Rational> ranks(values.size());
  for (std::size_t i = 0; i < order.size();) {
    std::size_t j = i;
    while (j < order.size() && values[order[j]] == values[order[i]]) {
      ++j;
    }
    // Positions i..j−1 hold ranks i+1..j; each gets their average (i + 1 + j) / 2.
    const Rational average{static_cast<long>(i + 1 + j), 2};
    for (std::size_t k = i; k < j; ++k) {
      ranks[order[k]] = average;
    }
    i = j;
  }
  return ranks;
}

Agreement kendall_w(const std::vector<std::vector<Rational>>& ratings, std::size_t left_out)
{
  Agreement result;
  result.formula = k_kendall_formula;
  result.raters = ratings.size();
  result.items = ratings.empty() ? 0 : ratings.front().size();
  result.items_left_out = left_out;
  if (result.raters < 2) {
    result.reason = "the panel has fewer than 2 evaluators";
    return result;
  }
  if (result.items < 2) {
    result.reason = "fewer than 2 items were scored by every evaluator without a conflict";
    return result;
  }
  const Rational m = as_rational(result.raters);
  const Rational n = as_rational(result.items);
  std::vector<Rational> rank_sums(result.items, Rational{0});
  Rational tie_sum = 0;
  for (const auto& row : ratings) {
    const auto ranks = average_ranks(row);
    for (std::size_t i = 0; i < ranks.size(); ++i) {
      rank_sums[i] += ranks[i];
    }
    tie_sum += tie_term(row);
  }
  const Rational expected = m * (n + 1) / 2;
  Rational s = 0;
  for (const auto& r : rank_sums) {
    s += (r - expected) * (r - expected);
  }
  result.s = s;
  result.tie_sum = tie_sum;
  const Rational denominator = m * m * (n * n * n - n) - m * tie_sum;
  result.calculation = "W = 12 × " + format_short(s) + " / (" + format_short(m) + "² × (" +
                       format_short(n) + "³ − " + format_short(n) + ") − " + format_short(m) +
                       " × " + format_short(tie_sum) + ")";
  if (denominator == 0) {
    result.reason = "every evaluator gave every complete item the same score: there is no "
                    "ranking to agree on";
    return result;
  }
  result.w = 12 * s / denominator;
  result.chi_square = m * (n - 1) * *result.w;
  result.calculation += " = " + format_short(*result.w);
  return result;
}

Agreement panel_agreement(const std::vector<Item>& items, const std::vector<Evaluator>& evaluators)
{
  std::vector<std::vector<Rational>> ratings(evaluators.size());
  std::size_t left_out = 0;
  for (const auto& item : items) {
    std::vector<Rational> column;
    for (const auto& e : evaluators) {
      const auto it = std::find_if(item.scores.begin(), item.scores.end(), [&](const auto& s) {
        return s.evaluator == e.id && !s.conflicted;
      });
      if (it == item.scores.end()) {
        break;
      }
      column.push_back(it->score);
    }
    if (column.size() != evaluators.size()) {
      ++left_out;
      continue;
    }
    for (std::size_t j = 0; j < column.size(); ++j) {
      ratings[j].push_back(column[j]);
    }
  }
  return kendall_w(ratings, left_out);
}

} // namespace tenderscore::panel
