// SPDX-License-Identifier: MIT
#include <tenderscore/report/summary_cells.hpp>

#include <tenderscore/util/rational.hpp>
#include <tenderscore/util/text.hpp>

namespace tenderscore::report::summary_cells {

using util::format_fixed;
using util::format_short;
using util::ordinal;

std::string outcome(const SummaryBid& bid, const LotSummary& lot)
{
  if (!bid.ranked) {
    // A bid capped out of a lot was scored and ranked, then lost the lot to the cap on lots
    // per bidder: its reason says where it ranked and with how many points.
    if (!bid.exclusions.empty() && bid.exclusions.front().rule == "lot-cap") {
      return "Not awarded this lot because of the cap on lots per bidder (" +
             bid.exclusions.front().reason +
             "); the lot was then scored again without this bid, so no points are shown for it "
             "below.";
    }
    std::string text = "Excluded in the final stage, so no points were awarded";
    if (!bid.exclusions.empty()) {
      text += ": " + bid.exclusions.front().reason;
    }
    return text + ".";
  }
  std::string text = "Ranked " + ordinal(bid.rank.value_or(0)) + (bid.tied ? " (tied)" : "") +
                     " of " + std::to_string(lot.ranked) + " ranked bid" +
                     (lot.ranked == 1 ? "" : "s") + " with " + format_fixed(*bid.total, 2) +
                     " points";
  if (bid.funding) {
    return text + (bid.funding->funded ? ": funded " + format_short(bid.funding->amount) + "."
                                       : ": not funded (" + bid.funding->reason + ").");
  }
  if (bid.rank == 1 && bid.tied) {
    return text + ": tied for first place after the tie-break, so the award is not yet decided.";
  }
  return text + (bid.successful ? ": successful." : ": not successful.");
}

std::string available(const SummaryRow& row)
{
  std::string text = format_short(row.weight) + " points";
  if (row.scale_max) {
    text += "; scale " + format_short(row.scale_min.value_or(0)) + " to " +
            format_short(*row.scale_max);
  }
  return text;
}

std::string awarded(const SummaryRow& row)
{
  if (row.kind == "price") {
    return row.price ? "price " + format_short(*row.price) : "no price";
  }
  if (row.kind == "quantity") {
    return row.value
               ? "value " + format_short(*row.value) + (row.unit.empty() ? "" : " " + row.unit)
               : "no value";
  }
  if (row.kind != "question") {
    return "";
  }
  if (!row.score) {
    return "not scored";
  }
  std::string text = format_fixed(*row.score, 2);
  if (row.relative_to_best) {
    text += " (against the best score in contention)";
  } else if (row.scale_max) {
    text += " of " + format_short(*row.scale_max);
  }
  return text + (row.score_source.empty() ? "" : " (" + row.score_source + ")");
}

std::string points(const SummaryRow& row)
{
  if (!row.points) {
    return "not awarded";
  }
  const std::string text = format_fixed(*row.points, 2);
  return row.kind == "group" ? "sub-total " + text : text;
}

std::string explanation(const SummaryRow& row, const std::string& price_formula)
{
  if (row.kind == "price") {
    return price_formula;
  }
  if (row.kind == "quantity") {
    return row.formula;
  }
  if (row.kind == "group") {
    return "sum of its sub-criteria";
  }
  return row.explanation.empty() ? "(no explanation recorded)" : row.explanation;
}

std::string price_formula(const MethodStatement& method, const std::optional<std::string>& lot)
{
  const MethodCriteria* tender_own = nullptr;
  for (const auto& c : method.criteria) {
    if (!c.stage.empty()) {
      continue; // stage 1's own criteria have no price
    }
    if (c.lot == lot) {
      return c.price_formula;
    }
    if (!c.lot && tender_own == nullptr) {
      tender_own = &c;
    }
  }
  return tender_own ? tender_own->price_formula : "";
}

std::string winner_line(const SummaryBid& winner)
{
  return std::string("Ranked 1st") + (winner.tied ? " (tied)" : "") + " with " +
         (winner.total ? format_fixed(*winner.total, 2) : "0") + " points.";
}

util::Rational total_weight(const SummaryBid& bid)
{
  util::Rational weights = 0;
  for (const auto& row : bid.rows) {
    weights += row.depth == 0 ? row.weight : util::Rational{0};
  }
  return weights;
}

std::string total(const SummaryBid& bid)
{
  return bid.total ? format_fixed(*bid.total, 2) : "not awarded";
}

} // namespace tenderscore::report::summary_cells
