// SPDX-License-Identifier: MIT
// The builders and the invariant checks of score_test_support.hpp.
#include "score_test_support.hpp"

#include <cstddef>

namespace tenderscore::score::test {

CriterionBuilder question(std::string id, Rational weight, std::string scale)
{
  CriterionBuilder b;
  b.value.id = std::move(id);
  b.value.weight = at(std::move(weight));
  b.value.scale = at(std::move(scale));
  return b;
}

CriterionBuilder group(std::string id, Rational weight, std::vector<Criterion> children)
{
  CriterionBuilder b;
  b.value.id = std::move(id);
  b.value.weight = at(std::move(weight));
  b.value.children = std::move(children);
  return b;
}

CriterionBuilder quantity(std::string id, Rational weight, model::QuantityMethod method,
                          model::Direction direction)
{
  CriterionBuilder b;
  b.value.id = std::move(id);
  b.value.weight = at(std::move(weight));
  b.value.quantity = model::QuantityRule{};
  b.value.quantity->method = at(method);
  b.value.quantity->direction = at(direction);
  return b;
}

CriterionBuilder price(std::string id, Rational weight, model::PriceMethod method)
{
  CriterionBuilder b;
  b.value.id = std::move(id);
  b.value.weight = at(std::move(weight));
  b.value.price = model::PriceRule{};
  b.value.price->method = at(method);
  return b;
}

model::Tender tender(std::vector<Criterion> criteria, const std::vector<std::string>& tie_break,
                     const std::vector<std::string>& gates)
{
  model::Tender t;
  t.info.id = "t";
  t.info.title = "Test tender";
  model::Scale scale;
  scale.id = "q05";
  scale.min = at(Rational{0});
  scale.max = at(Rational{5});
  scale.step = at(Rational{1});
  t.scales.push_back(scale);
  for (const auto* id : {"ev-a", "ev-b", "ev-c", "ev-d"}) {
    t.panel.evaluators.push_back({id, "evaluator", {}});
  }
  for (const auto& id : gates) {
    t.gates.push_back({id, "gate " + id, {}});
  }
  t.criteria = std::move(criteria);
  for (const auto& id : tie_break) {
    t.tie_break.push_back(at(id));
  }
  return t;
}

model::Tender waste_tender()
{
  model::Tender t = tender(
      {price("price", 40, model::PriceMethod::lowest_ratio).abnormally_low(Rational{4, 5}),
       group("quality", 55,
             {question("service-delivery", 25).minimum(2),
              question("recycling-performance", 20).minimum(2), question("mobilisation", 10)})
           .threshold(Rational{3, 5}),
       group("social-value", 5, {question("community-engagement", 5)}).social_value()},
      {"quality", "social-value"}, {"insurance", "exclusion-grounds"});
  t.info.id = "waste-2015";
  t.info.title = "Waste management and recycling services";
  t.panel.evaluators.clear();
  for (const auto* id : {"ev-procurement", "ev-service", "ev-arts"}) {
    t.panel.evaluators.push_back({id, "evaluator", {}});
  }
  return t;
}

BidBuilder bid(std::string bidder, Rational price)
{
  BidBuilder b;
  b.value.bidder = at(std::move(bidder));
  b.value.price = at(std::move(price));
  return b;
}

model::BidsFile bids_file(std::vector<model::Bid> bids)
{
  model::BidsFile file;
  file.tender = at(std::string{"t"});
  file.bids = std::move(bids);
  return file;
}

namespace {

// Checks the subtree of `c` against the points listed from `index` on; returns c's points.
Rational check_node(const Criterion& c, int depth, const BidResult& bid, std::size_t& index)
{
  REQUIRE(index < bid.criteria.size());
  const CriterionPoints& p = bid.criteria[index++];
  CHECK(p.id == c.id);
  CHECK(p.depth == depth);
  CHECK(p.weight == c.weight.value);
  CHECK(p.social_value == c.social_value);
  CHECK(p.points >= 0);
  CHECK(p.points <= p.weight);
  CHECK_FALSE(p.formula.empty());
  if (c.children.empty()) {
    CHECK(p.kind == (c.price ? "price" : c.quantity ? "quantity" : "question"));
    return p.points;
  }
  CHECK(p.kind == "group");
  Rational sum = 0;
  for (const auto& child : c.children) {
    sum += check_node(child, depth + 1, bid, index);
  }
  CHECK(p.points == sum); // children sum to their parent
  return p.points;
}

Rational outermost_social_value(const std::vector<Criterion>& criteria, const BidResult& bid)
{
  Rational sum = 0;
  for (const auto& c : criteria) {
    sum += c.social_value ? points_of(bid, c.id).points : outermost_social_value(c.children, bid);
  }
  return sum;
}

void check_ranked(const BidResult& bid, const std::vector<Criterion>& criteria)
{
  REQUIRE(bid.rank);
  REQUIRE(bid.total);
  CHECK(bid.exclusions.empty());
  std::size_t index = 0;
  Rational top = 0;
  for (const auto& c : criteria) {
    top += check_node(c, 0, bid, index);
  }
  CHECK(index == bid.criteria.size());
  CHECK(top == *bid.total); // top-level points sum to the total
  CHECK(bid.social_value_points == outermost_social_value(criteria, bid));
}

// Returns -1, 0 or 1 as `a` has less, equal or more points than `b` on the first differing key.
int compare_keys(const BidResult& a, const BidResult& b, const std::vector<std::string>& keys)
{
  for (const auto& key : keys) {
    const Rational& pa = points_of(a, key).points;
    const Rational& pb = points_of(b, key).points;
    if (pa != pb) {
      return pa < pb ? -1 : 1;
    }
  }
  return 0;
}

} // namespace

void check_invariants(const LotResult& lot, const std::vector<Criterion>& criteria,
                      const std::vector<std::string>& tie_break, model::Award award)
{
  const bool per_point = award == model::Award::price_per_quality_point;
  std::vector<std::string> order;
  model::for_each_criterion(criteria, [&](const Criterion& c, int) { order.push_back(c.id); });
  CHECK(lot.criteria_order == order);
  std::vector<std::string> top;
  for (const auto& c : criteria) {
    top.push_back(c.id);
  }
  CHECK(lot.top_level == top);
  std::vector<std::string> keys;
  for (const auto& id : tie_break) {
    if (model::find_criterion(criteria, id)) {
      keys.push_back(id);
    }
  }

  bool seen_excluded = false;
  for (std::size_t i = 0; i < lot.bids.size(); ++i) {
    const BidResult& bid = lot.bids[i];
    CHECK(bid.lot == lot.lot);
    if (bid.status == BidStatus::excluded) {
      seen_excluded = true;
      CHECK_FALSE(bid.rank); // excluded bids have no rank, total or criteria
      CHECK_FALSE(bid.total);
      CHECK(bid.criteria.empty());
      CHECK_FALSE(bid.exclusions.empty());
      CHECK_FALSE(bid.tied);
      CHECK(bid.social_value_points == 0);
      CHECK_FALSE(bid.price_per_point);
      continue;
    }
    CHECK_FALSE(seen_excluded); // ranked bids come before excluded ones
    check_ranked(bid, criteria);
    if (per_point) { // price per point = price ÷ total, set only under price per quality point
      REQUIRE(bid.price);
      REQUIRE(bid.price_per_point);
      CHECK(*bid.price_per_point == *bid.price / *bid.total);
    } else {
      CHECK_FALSE(bid.price_per_point);
    }
    if (i == 0) {
      CHECK(*bid.rank == 1);
      continue;
    }
    const BidResult& prev = lot.bids[i - 1];
    CHECK(*prev.rank <= *bid.rank); // ranks non-decreasing, metric never better than before
    bool level = false;
    if (per_point) {
      CHECK(*prev.price_per_point <= *bid.price_per_point);
      level = *prev.price_per_point == *bid.price_per_point;
    } else {
      CHECK(*prev.total >= *bid.total);
      level = *prev.total == *bid.total;
    }
    const int keys_order = level ? compare_keys(prev, bid, keys) : 1;
    CHECK(keys_order >= 0); // tie-break order respected
    if (keys_order == 0) {
      CHECK(*bid.rank == *prev.rank); // a true tie shares the rank
      CHECK(bid.tied);
      CHECK(prev.tied);
    } else {
      CHECK(*bid.rank == static_cast<int>(i + 1)); // competition ranking: 1, 1, 3
    }
  }
}

Result score_files_and_check(const model::Tender& t, const std::vector<model::BidsFile>& files)
{
  std::vector<const model::BidsFile*> pointers;
  for (const auto& f : files) {
    pointers.push_back(&f);
  }
  Result result = score_tender(t, pointers);
  REQUIRE(result.lots.size() == (t.lots.empty() ? 1 : t.lots.size()));
  for (const auto& lot : result.lots) {
    check_invariants(lot, t.criteria_for(lot.lot), result.tie_break, t.award.value);
  }
  return result;
}

Result score_and_check(const model::Tender& t, std::vector<model::Bid> bids)
{
  return score_files_and_check(t, {bids_file(std::move(bids))});
}

const BidResult& bid_of(const LotResult& lot, const std::string& bidder)
{
  for (const auto& b : lot.bids) {
    if (b.bidder == bidder) {
      return b;
    }
  }
  FAIL("no bid by " << bidder);
  static const BidResult none;
  return none;
}

const CriterionPoints& points_of(const BidResult& bid, const std::string& id)
{
  for (const auto& p : bid.criteria) {
    if (p.id == id) {
      return p;
    }
  }
  FAIL("no points for " << id << " in the bid of " << bid.bidder);
  static const CriterionPoints none;
  return none;
}

std::vector<std::string> bidders(const LotResult& lot)
{
  std::vector<std::string> names;
  for (const auto& b : lot.bids) {
    names.push_back(b.bidder);
  }
  return names;
}

} // namespace tenderscore::score::test
