// SPDX-License-Identifier: MIT
#include <tenderscore/score/share_sweep.hpp>

#include <algorithm>
#include <numeric>

namespace tenderscore::score {

namespace {

const Rational k_all_weights{100};

// Points on social value criteria (a flagged criterion's children are not counted again).
Rational flagged_points(const BidResult& bid)
{
  Rational sum = 0;
  int inside = -1; // depth of the flagged criterion being walked, or -1
  for (const auto& c : bid.criteria) {
    if (inside >= 0 && c.depth > inside) {
      continue;
    }
    inside = -1;
    if (c.social_value) {
      sum += c.points;
      inside = c.depth;
    }
  }
  return sum;
}

// A bid's standing as a line a + c·s in the share s: its total (or its total per unit of price
// under price per quality point, where higher is better too).
struct ShareLine
{
  std::string bidder;
  Rational a;
  Rational c;
  Rational at(const Rational& s) const { return a + c * s; }
};

std::vector<ShareLine> share_lines(const LotResult& lot, bool per_point, const Rational& share)
{
  std::vector<ShareLine> lines;
  for (const auto& bid : lot.bids) {
    if (bid.status != BidStatus::ranked || !bid.total) {
      continue;
    }
    const Rational sv = flagged_points(bid);
    const Rational rest = *bid.total - sv;
    // T(s) = sv·s ÷ S + rest·(100 − s) ÷ (100 − S)
    ShareLine line{bid.bidder, k_all_weights * rest / (k_all_weights - share),
                   sv / share - rest / (k_all_weights - share)};
    if (per_point && bid.price && *bid.price > 0) {
      line.a = line.a / *bid.price;
      line.c = line.c / *bid.price;
    }
    lines.push_back(std::move(line));
  }
  return lines;
}

// The bidders whose lines are highest at `s`, in the result's order.
std::vector<std::string> highest_at(const std::vector<ShareLine>& lines, const Rational& s)
{
  std::vector<std::string> out;
  std::optional<Rational> best;
  for (const auto& line : lines) {
    const Rational v = line.at(s);
    if (!best || v > *best) {
      best = v;
      out = {line.bidder};
    } else if (v == *best) {
      out.push_back(line.bidder);
    }
  }
  return out;
}

// The lines highest just above `s`: the highest at s with the steepest slope among them.
std::vector<const ShareLine*> leaders_after(const std::vector<ShareLine>& lines, const Rational& s)
{
  const auto top = highest_at(lines, s);
  std::vector<const ShareLine*> out;
  for (const auto& line : lines) {
    if (std::find(top.begin(), top.end(), line.bidder) == top.end()) {
      continue;
    }
    if (out.empty() || line.c > out.front()->c) {
      out = {&line};
    } else if (line.c == out.front()->c) {
      out.push_back(&line);
    }
  }
  return out;
}

std::vector<std::string> bidders_of(const std::vector<const ShareLine*>& lines)
{
  std::vector<std::string> out;
  for (const ShareLine* line : lines) {
    out.push_back(line->bidder);
  }
  return out;
}

SweepStep step_at(const std::vector<ShareLine>& lines, const Rational& s)
{
  std::vector<std::size_t> order(lines.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t x, std::size_t y) { return lines[x].at(s) > lines[y].at(s); });
  SweepStep step{s, {}, highest_at(lines, s)};
  for (const std::size_t i : order) {
    step.ranking.push_back(lines[i].bidder);
  }
  return step;
}

} // namespace

std::vector<LotSweep> social_value_sweep(const Result& result, const Rational& step,
                                         const Rational& end)
{
  const bool per_point = result.award == "price-per-quality-point";
  std::vector<LotSweep> out;
  for (const auto& lot : result.lots) {
    LotSweep sweep{lot.lot, lot.social_value_share, {}, {}, {}};
    const Rational& share = lot.social_value_share;
    if (share <= 0 || share >= k_all_weights) {
      sweep.note = share <= 0 ? "no criterion is marked social value, so there is no share to move"
                              : "every criterion is social value, so there is no other weight to "
                                "rescale";
      out.push_back(std::move(sweep));
      continue;
    }
    const std::vector<ShareLine> lines = share_lines(lot, per_point, share);
    if (lines.empty()) {
      sweep.note = "no bid was ranked";
      out.push_back(std::move(sweep));
      continue;
    }
    for (Rational s = 0; s < end; s += step) {
      sweep.steps.push_back(step_at(lines, s));
    }
    sweep.steps.push_back(step_at(lines, end));
    // Walk the upper envelope from 0: the next share at which a steeper line meets the leaders.
    Rational s = 0;
    std::vector<const ShareLine*> leaders = leaders_after(lines, s);
    while (true) {
      std::optional<Rational> next;
      for (const auto& line : lines) {
        const ShareLine& lead = *leaders.front();
        if (line.c <= lead.c) {
          continue;
        }
        const Rational meet = (lead.a - line.a) / (line.c - lead.c);
        if (meet > s && (!next || meet < *next)) {
          next = meet;
        }
      }
      if (!next || *next > end) {
        break;
      }
      s = *next;
      auto after = leaders_after(lines, s);
      sweep.changes.push_back({s, bidders_of(leaders), bidders_of(after)});
      leaders = std::move(after);
    }
    out.push_back(std::move(sweep));
  }
  return out;
}

} // namespace tenderscore::score
