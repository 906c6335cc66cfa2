// SPDX-License-Identifier: MIT
#include <tenderscore/score/sensitivity.hpp>

#include <tenderscore/util/rational.hpp>

#include <fmt/format.h>

namespace tenderscore::score {

namespace {

using util::format_short;

const Rational k_hundred{100};

const BidResult* ranked_at(const LotResult& lot, std::size_t place)
{
  std::size_t seen = 0;
  for (const auto& bid : lot.bids) {
    if (bid.status == BidStatus::ranked && seen++ == place) {
      return &bid;
    }
  }
  return nullptr;
}

Rational points_on(const BidResult& bid, const std::string& criterion)
{
  for (const auto& c : bid.criteria) {
    if (c.depth == 0 && c.id == criterion) {
      return c.points;
    }
  }
  return 0;
}

// A bid's total as a linear function a + b·x of the criterion's weight x, the other top-level
// weights rescaled by (100 − x) ÷ (100 − w): T(x) = x·P÷w + (100 − x)·(T − P)÷(100 − w).
struct Line
{
  Rational a;
  Rational b;
};

Line total_line(const BidResult& bid, const std::string& criterion, const Rational& w)
{
  const Rational p = points_on(bid, criterion);
  const Rational rest = *bid.total - p;
  return {k_hundred * rest / (k_hundred - w), p / w - rest / (k_hundred - w)};
}

// The value D(x) = a + b·x that is positive while the winner stays ahead of `other`.
Line lead_line(const LotResult& lot, bool per_point, const BidResult& winner,
               const BidResult& other, const std::string& criterion, const Rational& w)
{
  const Line tw = total_line(winner, criterion, w);
  const Line to = total_line(other, criterion, w);
  if (!per_point) {
    return {tw.a - to.a, tw.b - to.b};
  }
  // price_w ÷ T_w(x) < price_o ÷ T_o(x)  ⇔  price_o·T_w(x) − price_w·T_o(x) > 0 (totals > 0)
  (void)lot;
  const Rational& pw = *winner.price;
  const Rational& po = *other.price;
  return {po * tw.a - pw * to.a, po * tw.b - pw * to.b};
}

bool all_totals_known(const LotResult& lot)
{
  for (const auto& bid : lot.bids) {
    if (bid.status != BidStatus::ranked) {
      continue;
    }
    if (!bid.total) {
      return false;
    }
    Rational sum = 0;
    for (const auto& c : bid.criteria) {
      if (c.depth == 0) {
        sum += c.points;
      }
    }
    if (sum != *bid.total) {
      return false;
    }
  }
  return true;
}

BreakEven break_even(const LotResult& lot, bool per_point, const BidResult& winner,
                     const std::string& criterion, const Rational& w)
{
  BreakEven out{criterion, w, {}, {}, {}, {}, {}};
  for (const auto& other : lot.bids) {
    if (&other == &winner || other.status != BidStatus::ranked) {
      continue;
    }
    const Line d = lead_line(lot, per_point, winner, other, criterion, w);
    if (d.b == 0) {
      continue; // the lead does not depend on this weight
    }
    const Rational x = -d.a / d.b;
    if (x <= 0 || x >= k_hundred) {
      continue; // a weight of 0 or 100 (or beyond) is not a move the tender could make
    }
    if (x <= w && (!out.lower || x > *out.lower)) {
      out.lower = x;
      out.lower_bidder = other.bidder;
    }
    if (x >= w && (!out.upper || x < *out.upper)) {
      out.upper = x;
      out.upper_bidder = other.bidder;
    }
  }
  const std::string rescale =
      fmt::format("the other top-level weights × (100 − x) ÷ {}", format_short(k_hundred - w));
  std::string found;
  if (out.lower) {
    found += fmt::format("at x = {} ({} draws level)", format_short(*out.lower), out.lower_bidder);
  }
  if (out.upper) {
    found += fmt::format("{}at x = {} ({} draws level)", found.empty() ? "" : "; ",
                         format_short(*out.upper), out.upper_bidder);
  }
  out.explanation = fmt::format(
      "weight of {} set to x (now {}), {}: {}", criterion, format_short(w), rescale,
      found.empty() ? "no other bid draws level for any x strictly between 0 and 100" : found);
  return out;
}

} // namespace

std::vector<LotSensitivity> break_even_weights(const Result& result)
{
  const bool per_point = result.award == "price-per-quality-point";
  std::vector<LotSensitivity> all;
  for (const auto& lot : result.lots) {
    LotSensitivity s;
    s.lot = lot.lot;
    const BidResult* first = ranked_at(lot, 0);
    const BidResult* second = ranked_at(lot, 1);
    if (first == nullptr) {
      s.note = "no bid was ranked";
      all.push_back(std::move(s));
      continue;
    }
    s.winner = first->bidder;
    if (second == nullptr) {
      s.note = "only one bid was ranked: no weight change can alter the winner";
      all.push_back(std::move(s));
      continue;
    }
    s.runner_up = second->bidder;
    if (per_point && first->price_per_point && second->price_per_point) {
      s.margin = *second->price_per_point - *first->price_per_point;
    } else if (first->total && second->total) {
      s.margin = *first->total - *second->total;
    }
    if (!all_totals_known(lot)) {
      s.note = "totals are not the sum of top-level points: break-even weights not computed";
      all.push_back(std::move(s));
      continue;
    }
    if (first->tied) {
      s.note = "the first place is tied: the award rests on the tie-break";
    } else if (!result.stages.empty()) {
      s.note = "the stage-1 shortlist is held fixed; only the bids ranked in the final stage "
               "compete";
    } else if (!result.lot_cap.empty()) {
      s.note = "the allocation of lots under the cap is held fixed; only the bids ranked in this "
               "lot compete";
    }
    for (const auto& id : lot.top_level) {
      Rational w = 0;
      for (const auto& c : first->criteria) {
        if (c.depth == 0 && c.id == id) {
          w = c.weight;
        }
      }
      if (w <= 0 || w >= k_hundred) {
        continue; // a sole criterion (100%) cannot move against the others
      }
      s.criteria.push_back(break_even(lot, per_point, *first, id, w));
    }
    for (const auto& b : s.criteria) {
      for (const auto& [x, bidder] :
           {std::pair{b.lower, b.lower_bidder}, std::pair{b.upper, b.upper_bidder}}) {
        if (x && (!s.smallest || abs(*x - b.weight) < abs(s.smallest->to - s.smallest->from))) {
          s.smallest = WeightChange{b.criterion, b.weight, *x, bidder};
        }
      }
    }
    all.push_back(std::move(s));
  }
  return all;
}

} // namespace tenderscore::score
