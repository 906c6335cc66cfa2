// SPDX-License-Identifier: MIT
#include <tenderscore/report/json_documents.hpp>
#include <tenderscore/report/json_number.hpp>
#include <tenderscore/report/score_writers.hpp>

#include <ostream>

namespace tenderscore::report {

using nlohmann::ordered_json;

nlohmann::ordered_json json_number(const util::Rational& value)
{
  if (boost::multiprecision::denominator(value) == 1) {
    const util::Integer whole = boost::multiprecision::numerator(value);
    if (whole >= std::numeric_limits<std::int64_t>::min() &&
        whole <= std::numeric_limits<std::int64_t>::max()) {
      return whole.convert_to<std::int64_t>();
    }
  }
  return util::to_double(value);
}

nlohmann::ordered_json json_number(const std::optional<util::Rational>& value)
{
  return value ? json_number(*value) : ordered_json(nullptr);
}

namespace {

ordered_json explain(const score::CriterionPoints& c)
{
  ordered_json item;
  item["kind"] = c.kind;
  item["weight"] = json_number(c.weight);
  item["points"] = json_number(c.points);
  item["points_exact"] = util::format_exact(c.points);
  item["formula"] = c.formula;
  if (c.score) {
    item["score"] = json_number(c.score);
    item["score_source"] = c.score_source;
    ordered_json evaluators = ordered_json::object();
    ordered_json conflicted = ordered_json::array();
    for (const auto& e : c.evaluators) {
      if (e.conflicted) {
        conflicted.push_back(e.evaluator);
      } else {
        evaluators[e.evaluator] = json_number(e.score);
      }
    }
    item["evaluators"] = std::move(evaluators);
    if (!conflicted.empty()) {
      item["conflicted"] = std::move(conflicted);
    }
    item["divisor"] = json_number(c.divisor);
    if (!c.comment.empty()) {
      item["comment"] = c.comment;
    }
  }
  if (c.price) {
    item["price"] = json_number(c.price);
  }
  return item;
}

ordered_json exclusion_json(const score::Exclusion& e)
{
  return {{"rule", e.rule}, {"criterion", e.criterion}, {"reason", e.reason}};
}

ordered_json bid_json(const score::BidResult& bid, bool per_point, bool staged)
{
  ordered_json item;
  item["bidder"] = bid.bidder;
  item["rank"] = bid.rank ? ordered_json(*bid.rank) : ordered_json(nullptr);
  item["status"] = bid.status == score::BidStatus::ranked ? "ranked" : "excluded";
  if (staged) { // two-stage only: the last stage the bid reached
    item["stage"] = bid.stage_reached;
  }
  item["total"] = json_number(bid.total);
  ordered_json criteria = ordered_json::object();
  ordered_json details = ordered_json::object();
  for (const auto& c : bid.criteria) {
    criteria[c.id] = json_number(c.points);
    details[c.id] = explain(c);
  }
  item["criteria"] = std::move(criteria);
  ordered_json flags = ordered_json::array();
  ordered_json flag_details = ordered_json::array();
  for (const auto& f : bid.flags) {
    flags.push_back(f.name());
    flag_details.push_back({{"flag", f.code}, {"criterion", f.criterion}, {"message", f.message}});
  }
  item["flags"] = std::move(flags);
  item["exclusion"] =
      bid.exclusions.empty() ? ordered_json(nullptr) : exclusion_json(bid.exclusions.front());
  // Fields beyond FORMAT.md's contract: exact values and how every number was computed.
  item["tied"] = bid.tied;
  item["price"] = json_number(bid.price);
  item["total_exact"] = bid.total ? ordered_json(util::format_exact(*bid.total)) : nullptr;
  item["social_value_points"] =
      bid.status == score::BidStatus::ranked ? json_number(bid.social_value_points) : nullptr;
  ordered_json exclusions = ordered_json::array();
  for (const auto& e : bid.exclusions) {
    exclusions.push_back(exclusion_json(e));
  }
  item["exclusions"] = std::move(exclusions);
  item["flag_details"] = std::move(flag_details);
  item["tie_note"] = bid.tie_note.empty() ? ordered_json(nullptr) : ordered_json(bid.tie_note);
  if (per_point) { // only under price per quality point, so other outputs stay as they were
    item["price_per_point"] = json_number(bid.price_per_point);
    item["price_per_point_exact"] =
        bid.price_per_point ? ordered_json(util::format_exact(*bid.price_per_point)) : nullptr;
    item["price_per_point_formula"] = bid.price_per_point_formula.empty()
                                          ? ordered_json(nullptr)
                                          : ordered_json(bid.price_per_point_formula);
  }
  item["explain"] = std::move(details);
  return item;
}

} // namespace

ordered_json score_document(const score::Result& result)
{
  const bool per_point = result.award == "price-per-quality-point";
  const bool staged = !result.stages.empty();
  ordered_json doc;
  doc["format"] = "tenderscore/result@1";
  doc["tender"] = result.tender;
  ordered_json lots = ordered_json::array();
  for (const auto& lot : result.lots) {
    ordered_json item;
    item["lot"] = lot.lot ? ordered_json(*lot.lot) : ordered_json(nullptr);
    if (lot.lot) { // a lot may override the tender's criteria; without lots, see "rules"
      item["price_method"] =
          lot.price_method.empty() ? ordered_json(nullptr) : ordered_json(lot.price_method);
      item["social_value_share"] = json_number(lot.social_value_share);
    }
    ordered_json bids = ordered_json::array();
    for (const auto& bid : lot.bids) {
      bids.push_back(bid_json(bid, per_point, staged));
    }
    item["bids"] = std::move(bids);
    if (staged) {
      item["stage_note"] =
          lot.stage_note.empty() ? ordered_json(nullptr) : ordered_json(lot.stage_note);
    }
    const auto& b = lot.benchmarks;
    item["price_benchmarks"] = {{"lowest", json_number(b.lowest)},
                                {"highest", json_number(b.highest)},
                                {"median", json_number(b.median)},
                                {"abnormally_low_below", json_number(b.abnormally_low_below)}};
    lots.push_back(std::move(item));
  }
  doc["lots"] = std::move(lots);
  doc["title"] = result.title;
  doc["rules"] = {{"price_method", result.price_method.empty() ? ordered_json(nullptr)
                                                               : ordered_json(result.price_method)},
                  {"aggregate", result.aggregate},
                  {"social_value_share", json_number(result.social_value_share)},
                  {"tie_break", result.tie_break},
                  {"arithmetic", "exact rational; numbers shown as the nearest double"}};
  if (per_point) {
    doc["rules"]["award"] = result.award;
  }
  if (staged) {
    doc["rules"]["stages"] = result.stages;
  }
  if (!result.lot_cap.empty()) {
    doc["rules"]["lot_cap"] = result.lot_cap;
  }
  return doc;
}

void write_score_json(const score::Result& result, std::ostream& out)
{
  out << score_document(result).dump(2, ' ', false, ordered_json::error_handler_t::replace) << '\n';
}

} // namespace tenderscore::report
