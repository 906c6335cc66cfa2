// SPDX-License-Identifier: MIT
// Ranking by total (or price per quality point) with the tender's tie-break criteria; a tie that
// survives them is reported.
#include <tenderscore/score/detail.hpp>

#include <tenderscore/util/rational.hpp>
#include <tenderscore/util/text.hpp>

#include <algorithm>
#include <iterator>
#include <span>

namespace tenderscore::score::detail {

namespace {

using util::format_short;

Rational points_of(const BidResult& bid, const std::string& id)
{
  for (const auto& p : bid.criteria) {
    if (p.id == id) {
      return p.points;
    }
  }
  return 0;
}

Rational total_of(const BidResult& bid)
{
  return bid.total.value_or(Rational{0});
}

// The award metric: total points (higher is better) or price per quality point (lower is).
struct Metric
{
  bool per_point = false;

  Rational of(const BidResult& bid) const
  {
    return per_point ? bid.price_per_point.value_or(Rational{0}) : total_of(bid);
  }
  bool level(const BidResult& a, const BidResult& b) const { return of(a) == of(b); }
  bool better(const BidResult& a, const BidResult& b) const
  {
    return per_point ? of(a) < of(b) : of(a) > of(b);
  }
  const char* name() const { return per_point ? "price per point" : "total"; }
};

// Return the first of `keys` on which `a` and `b` have different points, or nullptr.
const std::string* first_difference(const BidResult& a, const BidResult& b,
                                    const std::vector<std::string>& keys)
{
  for (const auto& key : keys) {
    if (points_of(a, key) != points_of(b, key)) {
      return &key;
    }
  }
  return nullptr;
}

// Best metric first; equal metrics are separated by the tie-break criteria in order, higher
// points first. Bids equal on all of them are not separated (never at random).
bool ranks_before(const BidResult& a, const BidResult& b, const std::vector<std::string>& keys,
                  const Metric& metric)
{
  if (!metric.level(a, b)) {
    return metric.better(a, b);
  }
  const std::string* key = first_difference(a, b, keys);
  return key && points_of(a, *key) > points_of(b, *key);
}

std::string names(const std::vector<const BidResult*>& bids)
{
  std::string text;
  for (std::size_t i = 0; i < bids.size(); ++i) {
    if (i > 0) {
      text += i + 1 == bids.size() ? " and " : ", ";
    }
    text += util::quote(bids[i]->bidder);
  }
  return text;
}

// How a level total with each other bid was resolved: a true tie, or the deciding criterion.
// `level` is the run of ranked bids level with `bid` on the metric (contiguous once sorted).
std::string tie_note(const BidResult& bid, std::span<const BidResult> level,
                     const std::vector<std::string>& keys, const Metric& metric)
{
  std::vector<const BidResult*> tied;
  std::vector<std::string> clauses;
  for (const auto& other : level) {
    if (&other == &bid || !metric.level(other, bid)) {
      continue;
    }
    const std::string* key = first_difference(bid, other, keys);
    if (!key) {
      tied.push_back(&other);
      continue;
    }
    clauses.push_back(std::string("level on ") + metric.name() + " with " +
                      util::quote(other.bidder) + "; ranked by tie-break on '" + *key + "' (" +
                      format_short(points_of(bid, *key)) + " vs " +
                      format_short(points_of(other, *key)) + ")");
  }
  if (!tied.empty()) {
    clauses.insert(clauses.begin(), "tied with " + names(tied) + " on " + metric.name() +
                                        (keys.empty() ? "; no tie-break criterion applies"
                                                      : " and every tie-break criterion"));
  }
  std::string note;
  for (const auto& clause : clauses) {
    note += (note.empty() ? "" : "; ") + clause;
  }
  return note;
}

} // namespace

// Competition ranking (1, 1, 3): bids level on total and every tie-break criterion share a
// rank and are kept in input order; excluded bids follow in input order, unranked.
void award_price_per_point(BidResult& result)
{
  const Rational total = total_of(result);
  Exclusion exclusion;
  if (!result.price) {
    exclusion = {"no-price", "", "no price given, so it has no price per quality point"};
  } else if (total <= 0) {
    exclusion = {"no-quality-points", "",
                 "0 quality points, so price per quality point cannot be computed"};
  } else {
    result.price_per_point = *result.price / total;
    result.price_per_point_formula = "price " + format_short(*result.price) + " ÷ " +
                                     format_short(total) +
                                     " points = " + format_short(*result.price_per_point);
    return;
  }
  result.exclusions.push_back(std::move(exclusion));
  result.status = BidStatus::excluded;
  result.total.reset();
  result.criteria.clear();
  result.social_value_points = 0;
}

void rank_bids(std::vector<BidResult>& bids, const std::vector<model::Criterion>& criteria,
               const std::vector<std::string>& tie_break, model::Award award)
{
  const Metric metric{award == model::Award::price_per_quality_point};
  std::vector<std::string> keys; // a tie-break criterion the lot lacks is skipped
  for (const auto& id : tie_break) {
    if (model::find_criterion(criteria, id)) {
      keys.push_back(id);
    }
  }
  std::vector<BidResult> ranked;
  std::vector<BidResult> excluded;
  for (auto& bid : bids) {
    (bid.status == BidStatus::ranked ? ranked : excluded).push_back(std::move(bid));
  }
  std::stable_sort(ranked.begin(), ranked.end(), [&](const BidResult& a, const BidResult& b) {
    return ranks_before(a, b, keys, metric);
  });
  for (std::size_t i = 0; i < ranked.size(); ++i) {
    if (i > 0 && !ranks_before(ranked[i - 1], ranked[i], keys, metric)) {
      ranked[i].rank = ranked[i - 1].rank;
      ranked[i].tied = true;
      ranked[i - 1].tied = true;
    } else {
      ranked[i].rank = static_cast<int>(i + 1);
    }
  }
  for (std::size_t first = 0, last = 0; first < ranked.size(); first = last) {
    while (last < ranked.size() && metric.level(ranked[first], ranked[last])) {
      ++last;
    }
    const std::span<const BidResult> level(ranked.data() + first, last - first);
    for (std::size_t i = first; i < last; ++i) {
      ranked[i].tie_note = tie_note(ranked[i], level, keys, metric);
    }
  }
  bids.clear();
  bids.reserve(ranked.size() + excluded.size());
  std::move(ranked.begin(), ranked.end(), std::back_inserter(bids));
  std::move(excluded.begin(), excluded.end(), std::back_inserter(bids));
}

} // namespace tenderscore::score::detail
