// SPDX-License-Identifier: MIT
// Hand-built score results for tests of the analyses that read a result (break-even weights,
// the social value sweep, weight draws): top-level points only, totals their sum.
#pragma once

#include <tenderscore/score/result.hpp>

#include <string>
#include <utility>
#include <vector>

namespace tenderscore::test {

/// Return the points `points` of top-level criterion `id` of weight `weight`.
inline score::CriterionPoints top(const std::string& id, const util::Rational& weight,
                                  const util::Rational& points, bool social_value = false)
{
  score::CriterionPoints c;
  c.id = id;
  c.kind = "question";
  c.weight = weight;
  c.points = points;
  c.social_value = social_value;
  return c;
}

/// Return a ranked bid of `bidder` at `rank` with `criteria`, its total their points' sum.
inline score::BidResult ranked_bid(const std::string& bidder, int rank,
                                   std::vector<score::CriterionPoints> criteria)
{
  score::BidResult bid;
  bid.bidder = bidder;
  bid.rank = rank;
  util::Rational total = 0;
  for (const auto& c : criteria) {
    total += c.points;
  }
  bid.criteria = std::move(criteria);
  bid.total = total;
  return bid;
}

/// Return a result of one lot (no lot id) with top-level criteria `top_level` and `bids`.
inline score::Result one_lot(std::vector<std::string> top_level, std::vector<score::BidResult> bids)
{
  score::Result result;
  score::LotResult lot;
  lot.top_level = std::move(top_level);
  lot.bids = std::move(bids);
  result.lots.push_back(std::move(lot));
  return result;
}

} // namespace tenderscore::test
