// SPDX-License-Identifier: MIT
// score_tender: lots, then per lot questions → exclusions → benchmarks → points → ranking.
#include <tenderscore/score/engine.hpp>

#include <tenderscore/score/detail.hpp>
#include <tenderscore/util/names.hpp>
#include <tenderscore/util/rational.hpp>

#include <algorithm>
#include <iterator>
#include <map>

namespace tenderscore::score {

namespace {

// One bid of a lot while it is being scored.
struct Entry
{
  detail::PanelScores scores;
  detail::Values values;
  BidResult result;
};

std::vector<std::string> criteria_ids(const std::vector<model::Criterion>& criteria)
{
  std::vector<std::string> ids;
  model::for_each_criterion(criteria,
                            [&](const model::Criterion& c, int /*depth*/) { ids.push_back(c.id); });
  return ids;
}

// Social value share: Σ weights of the outermost criteria marked social_value.
Rational social_value_weight(const std::vector<model::Criterion>& criteria)
{
  Rational sum = 0;
  for (const auto& c : criteria) {
    sum += c.social_value ? c.weight.value : social_value_weight(c.children);
  }
  return sum;
}

// The name of the price method of `criteria`, or "" when none of them scores price.
std::string price_method_of(const std::vector<model::Criterion>& criteria)
{
  const model::Criterion* price = detail::find_price_criterion(criteria);
  return price ? model::price_method_name(price->price->method.value) : "";
}

Entry start_entry(const model::Tender& tender, const std::vector<model::Criterion>& criteria,
                  const std::optional<std::string>& lot, const model::Bid& bid)
{
  Entry entry;
  BidResult& result = entry.result;
  result.bidder = bid.bidder.value;
  result.lot = lot; // the lot it is scored in
  // (a blank organisation, which validation refuses, falls back to the bidder)
  result.organisation = bid.organisation && !util::normalise_name(bid.organisation->value).empty()
                            ? bid.organisation->value
                            : bid.bidder.value;
  if (bid.price) {
    result.price = bid.price->value;
  }
  for (const auto& v : bid.values) {
    entry.values.emplace(v.criterion, v.value.value);
    result.values.emplace_back(v.criterion, v.value.value);
  }
  // An expression of interest's own questions first (their ids are distinct from the award
  // criteria's), then the award questions.
  entry.scores = detail::score_questions(tender.stage_criteria(), bid, tender.panel, result.flags);
  entry.scores.merge(detail::score_questions(criteria, bid, tender.panel, result.flags));
  if (tender.stages.empty()) {
    result.exclusions = detail::find_exclusions(tender, criteria, bid, entry.scores);
    result.status = result.exclusions.empty() ? BidStatus::ranked : BidStatus::excluded;
  }
  return entry;
}

// Two stages: stage 1 decides who reaches stage 2, where the other gates, minimums, thresholds
// and the budget apply as in a one-stage evaluation.
std::string run_stages(const model::Tender& tender, const std::vector<model::Criterion>& criteria,
                       const std::vector<const model::Bid*>& bids, std::vector<Entry>& entries)
{
  std::vector<detail::StageEntry> stage_entries;
  for (std::size_t i = 0; i < entries.size(); ++i) {
    stage_entries.push_back({bids[i], &entries[i].scores, &entries[i].result});
  }
  std::string note = detail::apply_stage_one(tender, criteria, stage_entries);
  const std::vector<std::string> done = detail::stage_one_gates(tender);
  for (std::size_t i = 0; i < entries.size(); ++i) {
    BidResult& result = entries[i].result;
    if (result.status != BidStatus::ranked) {
      continue;
    }
    result.stage_reached = tender.stages.back().id;
    result.exclusions =
        detail::find_exclusions(tender, criteria, *bids[i], entries[i].scores, done);
    result.status = result.exclusions.empty() ? BidStatus::ranked : BidStatus::excluded;
  }
  return note;
}

// Benchmarks over the bids in contention; the abnormally-low flag goes on every bid in contention
// whose price is below the line, ahead of its panel flags. A bid already excluded (at a gate, a
// stage-1 shortlist, a minimum or threshold) is not asked to explain its price.
PriceBenchmarks benchmark_prices(std::vector<Entry>& entries, const model::Criterion* price)
{
  std::vector<Rational> prices;
  for (const auto& e : entries) {
    if (e.result.status == BidStatus::ranked && e.result.price) {
      prices.push_back(*e.result.price);
    }
  }
  PriceBenchmarks benchmarks = detail::price_benchmarks(std::move(prices), price);
  for (auto& e : entries) {
    if (!e.result.price || e.result.status != BidStatus::ranked) {
      continue;
    }
    if (auto flag = detail::abnormally_low_flag(*e.result.price, benchmarks, price)) {
      e.result.flags.insert(e.result.flags.begin(), std::move(*flag));
    }
  }
  return benchmarks;
}

const char* award_name(model::Award award)
{
  return award == model::Award::price_per_quality_point ? "price-per-quality-point"
                                                        : "weighted-total";
}

// `capped`: organisations (by util::normalise_name) excluded from this lot by the cap on lots
// per bidder, with the reason.
LotResult score_lot(const model::Tender& tender, const std::optional<std::string>& lot,
                    const std::vector<const model::Bid*>& bids,
                    const std::vector<std::string>& tie_break,
                    const std::map<std::string, Exclusion>& capped = {})
{
  const std::vector<model::Criterion>& criteria = tender.criteria_for(lot);
  LotResult out;
  out.lot = lot;
  out.price_method = price_method_of(criteria);
  out.social_value_share = social_value_weight(criteria);
  out.criteria_order = criteria_ids(criteria);
  for (const auto& c : criteria) {
    out.top_level.push_back(c.id);
  }

  std::vector<Entry> entries;
  for (const model::Bid* bid : bids) {
    entries.push_back(start_entry(tender, criteria, lot, *bid));
  }
  if (!tender.stages.empty()) {
    out.stage_note = run_stages(tender, criteria, bids, entries);
  }
  for (auto& e : entries) {
    const auto found = capped.find(util::normalise_name(e.result.organisation));
    if (found != capped.end() && e.result.status == BidStatus::ranked) {
      e.result.exclusions.push_back(found->second);
      e.result.status = BidStatus::excluded;
    }
  }
  out.benchmarks = benchmark_prices(entries, detail::find_price_criterion(criteria));

  std::vector<const detail::PanelScores*> in_contention;
  std::vector<const detail::Values*> values_in_contention;
  for (const auto& e : entries) {
    if (e.result.status == BidStatus::ranked) {
      in_contention.push_back(&e.scores);
      values_in_contention.push_back(&e.values);
    }
  }
  const detail::BestScores best = detail::best_scores(criteria, in_contention);
  const detail::ValueBenchmarks values = detail::value_benchmarks(criteria, values_in_contention);
  for (auto& e : entries) {
    if (e.result.status == BidStatus::ranked) {
      detail::award_points(e.result, tender, criteria, {e.scores, e.values},
                           {best, out.benchmarks, values});
      if (tender.award.value == model::Award::price_per_quality_point) {
        detail::award_price_per_point(e.result);
      }
    }
    out.bids.push_back(std::move(e.result));
  }
  detail::rank_bids(out.bids, criteria, tie_break, tender.award.value);
  return out;
}

// The cap on lots per bidder, re-derived until the allocation is stable: while a bidder ranks
// 1st in more lots than the cap, allocate the lots and exclude from each lot the bids ranked
// ahead of its winner (from a lot left without one, every bid: their bidders are all at the
// cap); then lift every exclusion whose bidder no longer wins as many lots as the cap (removing
// a bid moves its lot's price benchmarks, which can change who wins elsewhere). Each lot whose
// exclusions change is scored again. The rounds are bounded; lots are scored independently, so
// in practice a few rounds settle it.
void apply_lot_rules(const model::Tender& tender,
                     const std::vector<std::vector<const model::Bid*>>& bids, Result& result)
{
  std::vector<std::map<std::string, Exclusion>> capped(result.lots.size());
  std::size_t total_bids = 0;
  for (const auto& lot : bids) {
    total_bids += lot.size();
  }
  const auto rescore = [&](const std::vector<std::size_t>& changed) {
    for (std::size_t i : changed) {
      result.lots[i] = score_lot(tender, tender.lots[i].id, bids[i], result.tie_break, capped[i]);
    }
  };
  for (std::size_t round = 0; round <= 2 * total_bids + 2; ++round) {
    std::vector<std::size_t> changed;
    const std::map<std::string, Rational> wins = detail::lots_won(result.lots);
    const Rational& cap = tender.lot_rules->max_lots_per_bidder.value;
    for (std::size_t i = 0; i < capped.size(); ++i) {
      const auto lifted = std::erase_if(capped[i], [&](const auto& entry) {
        const auto found = wins.find(entry.first);
        return found == wins.end() || found->second < cap;
      });
      if (lifted > 0) {
        changed.push_back(i);
      }
    }
    if (changed.empty() && detail::over_cap(*tender.lot_rules, result.lots)) {
      const std::vector<std::string> winners = detail::allocate_lots(tender, result.lots);
      for (std::size_t i = 0; i < result.lots.size(); ++i) {
        if (detail::cap_out(tender, result.lots, winners, i, capped[i])) {
          changed.push_back(i);
        }
      }
    }
    if (changed.empty()) {
      break;
    }
    rescore(changed);
  }
  detail::restate_lot_caps(tender, result.lots);
}

} // namespace

// Bids are taken in input order (file order, then bid order). Without lots, one result holds
// every bid; with lots, each lot holds the bids that name it and uses its own criteria, whose
// price method and social value share it reports; the result's are the tender's own.
Result score_tender(const model::Tender& tender, const std::vector<const model::BidsFile*>& bids)
{
  Result result;
  result.tender = tender.info.id;
  result.title = tender.info.title;
  result.price_method = price_method_of(tender.criteria);
  result.social_value_share = social_value_weight(tender.criteria);
  for (const auto& id : tender.tie_break) {
    result.tie_break.push_back(id.value);
  }
  result.aggregate = tender.panel.aggregate.value == model::Aggregate::median ? "median" : "mean";
  result.award = award_name(tender.award.value);
  for (const auto& stage : tender.stages) {
    result.stages.push_back(stage.id);
  }

  const auto groups = model::bids_by_lot(tender, bids);
  std::vector<std::vector<const model::Bid*>> by_lot;
  for (const auto& group : groups) {
    by_lot.push_back(group.bids);
    result.lots.push_back(score_lot(tender, group.lot, group.bids, result.tie_break));
  }
  if (tender.lot_rules && !tender.lots.empty()) {
    const model::LotRules& rules = *tender.lot_rules;
    const Rational& cap = rules.max_lots_per_bidder.value;
    result.lot_cap =
        "at most " + util::format_short(cap) + " lot" + (cap == 1 ? "" : "s") +
        " per bidder, kept " +
        (rules.allocation.value == model::Allocation::best_combination ? "by best combination"
                                                                       : "by lot value");
    apply_lot_rules(tender, by_lot, result);
  }
  if (tender.funding) {
    for (LotResult& lot : result.lots) {
      const model::Lot* own = nullptr;
      for (const auto& l : tender.lots) {
        own = lot.lot && l.id == *lot.lot ? &l : own;
      }
      const auto& pot = own ? own->pot : tender.funding->pot;
      if (pot) {
        detail::fund_bids(lot, *tender.funding, pot->value);
      }
    }
  }
  return result;
}

} // namespace tenderscore::score
