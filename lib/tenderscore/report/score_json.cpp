// SPDX-License-Identifier: MIT
// The score result as JSON (tenderscore/result@1), streamed bid by bid: memory is one buffer,
// not a document of the whole round.
#include <tenderscore/report/json_documents.hpp>
#include <tenderscore/report/json_number.hpp>
#include <tenderscore/report/json_stream.hpp>
#include <tenderscore/report/score_writers.hpp>

#include <cstdint>
#include <ostream>

namespace tenderscore::report {

using nlohmann::ordered_json;

nlohmann::ordered_json json_number(const util::Rational& value)
{
  if (const auto whole = value.to_int64()) {
    return *whole;
  }
  return util::to_double(value);
}

nlohmann::ordered_json json_number(const std::optional<util::Rational>& value)
{
  return value ? json_number(*value) : ordered_json(nullptr);
}

void write_number(JsonStream& json, const util::Rational& value)
{
  if (const auto whole = value.to_int64()) {
    json.integer(*whole);
  } else {
    json.number(util::to_double(value));
  }
}

void write_number(JsonStream& json, const std::optional<util::Rational>& value)
{
  if (value) {
    write_number(json, *value);
  } else {
    json.null();
  }
}

namespace {

void text_or_null(JsonStream& json, const std::string& text)
{
  if (text.empty()) {
    json.null();
  } else {
    json.string(text);
  }
}

void exact_or_null(JsonStream& json, const std::optional<util::Rational>& value)
{
  if (value) {
    json.string(util::format_exact(*value));
  } else {
    json.null();
  }
}

void write_explain(JsonStream& json, const score::CriterionPoints& c)
{
  json.begin_object();
  json.key("kind");
  json.string(c.kind);
  json.key("weight");
  write_number(json, c.weight);
  json.key("points");
  write_number(json, c.points);
  json.key("points_exact");
  json.string(util::format_exact(c.points));
  json.key("formula");
  json.string(c.formula);
  if (c.score) {
    json.key("score");
    write_number(json, c.score);
    json.key("score_source");
    json.string(c.score_source);
    json.key("evaluators");
    json.begin_object();
    bool conflicted = false;
    bool comments = false;
    for (const auto& e : c.evaluators) {
      conflicted = conflicted || e.conflicted;
      comments = comments || !e.comment.empty();
      if (!e.conflicted) {
        json.key(e.evaluator);
        write_number(json, e.score);
      }
    }
    json.end_object();
    if (conflicted) {
      json.key("conflicted");
      json.begin_array();
      for (const auto& e : c.evaluators) {
        if (e.conflicted) {
          json.string(e.evaluator);
        }
      }
      json.end_array();
    }
    json.key("divisor");
    write_number(json, c.divisor);
    if (!c.comment.empty()) {
      json.key("comment");
      json.string(c.comment);
    }
    if (comments) { // every evaluator's own comment, a conflicted one's too
      json.key("evaluator_comments");
      json.begin_object();
      for (const auto& e : c.evaluators) {
        if (!e.comment.empty()) {
          json.key(e.evaluator);
          json.string(e.comment);
        }
      }
      json.end_object();
    }
  }
  if (c.price) {
    json.key("price");
    write_number(json, c.price);
  }
  if (c.kind == "quantity") {
    json.key("value");
    write_number(json, c.value);
    json.key("unit");
    json.string(c.unit);
  }
  json.end_object();
}

void write_exclusion(JsonStream& json, const score::Exclusion& e)
{
  json.begin_object();
  json.key("rule");
  json.string(e.rule);
  json.key("criterion");
  json.string(e.criterion);
  json.key("reason");
  json.string(e.reason);
  json.end_object();
}

// Which optional parts a result has, so that results without them stay as they were.
struct Shape
{
  bool per_point = false; // awarded on price per quality point
  bool staged = false;    // a two-stage evaluation
  bool funding = false;   // a funding pot
};

void write_funding(JsonStream& json, const std::optional<score::Funding>& funding)
{
  if (!funding) {
    json.null();
    return;
  }
  json.begin_object();
  json.key("status");
  json.string(funding->funded ? "funded" : "not-funded");
  json.key("amount");
  write_number(json, funding->amount);
  json.key("undecided");
  json.boolean(funding->undecided);
  json.key("reason");
  json.string(funding->reason);
  json.end_object();
}

void write_pot(JsonStream& json, const score::Pot& pot)
{
  json.begin_object();
  json.key("pot");
  write_number(json, pot.pot);
  json.key("awarded");
  write_number(json, pot.awarded);
  json.key("remaining");
  write_number(json, pot.remaining);
  json.key("rule");
  json.string(pot.rule);
  json.key("minimum_total");
  write_number(json, pot.minimum_total);
  json.key("max_awards_per_organisation");
  write_number(json, pot.max_awards_per_organisation);
  json.end_object();
}

void write_bid(JsonStream& json, const score::BidResult& bid, const Shape& shape)
{
  const bool per_point = shape.per_point;
  const bool staged = shape.staged;
  json.begin_object();
  json.key("bidder");
  json.string(bid.bidder);
  json.key("rank");
  if (bid.rank) {
    json.integer(*bid.rank);
  } else {
    json.null();
  }
  json.key("status");
  json.string(bid.status == score::BidStatus::ranked ? "ranked" : "excluded");
  if (staged) { // two-stage only: the last stage the bid reached
    json.key("stage");
    json.string(bid.stage_reached);
  }
  json.key("total");
  write_number(json, bid.total);
  json.key("criteria");
  json.begin_object();
  for (const auto& c : bid.criteria) {
    json.key(c.id);
    write_number(json, c.points);
  }
  json.end_object();
  json.key("flags");
  json.begin_array();
  for (const auto& f : bid.flags) {
    json.string(f.name());
  }
  json.end_array();
  json.key("exclusion");
  if (bid.exclusions.empty()) {
    json.null();
  } else {
    write_exclusion(json, bid.exclusions.front());
  }
  // Fields beyond FORMAT.md's contract: exact values and how every number was computed.
  json.key("tied");
  json.boolean(bid.tied);
  json.key("price");
  write_number(json, bid.price);
  if (!bid.values.empty()) { // quantitative criteria only: the values the bid states
    json.key("values");
    json.begin_object();
    for (const auto& [id, value] : bid.values) {
      json.key(id);
      write_number(json, value);
    }
    json.end_object();
  }
  json.key("total_exact");
  exact_or_null(json, bid.total);
  json.key("social_value_points");
  if (bid.status == score::BidStatus::ranked) {
    write_number(json, bid.social_value_points);
  } else {
    json.null();
  }
  json.key("exclusions");
  json.begin_array();
  for (const auto& e : bid.exclusions) {
    write_exclusion(json, e);
  }
  json.end_array();
  json.key("flag_details");
  json.begin_array();
  for (const auto& f : bid.flags) {
    json.begin_object();
    json.key("flag");
    json.string(f.code);
    json.key("criterion");
    json.string(f.criterion);
    json.key("message");
    json.string(f.message);
    json.end_object();
  }
  json.end_array();
  json.key("tie_note");
  text_or_null(json, bid.tie_note);
  if (per_point) { // only under price per quality point, so other outputs stay as they were
    json.key("price_per_point");
    write_number(json, bid.price_per_point);
    json.key("price_per_point_exact");
    exact_or_null(json, bid.price_per_point);
    json.key("price_per_point_formula");
    text_or_null(json, bid.price_per_point_formula);
  }
  if (shape.funding) { // only under a funding pot
    json.key("organisation");
    json.string(bid.organisation);
    json.key("funding");
    write_funding(json, bid.funding);
  }
  json.key("explain");
  json.begin_object();
  for (const auto& c : bid.criteria) {
    json.key(c.id);
    write_explain(json, c);
  }
  json.end_object();
  json.end_object();
}

void write_lot(JsonStream& json, const score::LotResult& lot, const Shape& shape)
{
  json.begin_object();
  json.key("lot");
  if (lot.lot) {
    json.string(*lot.lot);
  } else {
    json.null();
  }
  if (lot.lot) { // a lot may override the tender's criteria; without lots, see "rules"
    json.key("price_method");
    text_or_null(json, lot.price_method);
    json.key("social_value_share");
    write_number(json, lot.social_value_share);
  }
  json.key("bids");
  json.begin_array();
  for (const auto& bid : lot.bids) {
    write_bid(json, bid, shape);
  }
  json.end_array();
  if (shape.staged) {
    json.key("stage_note");
    text_or_null(json, lot.stage_note);
  }
  if (lot.funding) {
    json.key("funding");
    write_pot(json, *lot.funding);
  }
  const auto& b = lot.benchmarks;
  json.key("price_benchmarks");
  json.begin_object();
  json.key("lowest");
  write_number(json, b.lowest);
  json.key("highest");
  write_number(json, b.highest);
  json.key("median");
  write_number(json, b.median);
  json.key("abnormally_low_below");
  write_number(json, b.abnormally_low_below);
  json.end_object();
  json.end_object();
}

void write_strings(JsonStream& json, const std::vector<std::string>& texts)
{
  json.begin_array();
  for (const auto& text : texts) {
    json.string(text);
  }
  json.end_array();
}

} // namespace

void write_input_digests(JsonStream& json, std::span<const audit::InputDigest> inputs)
{
  json.begin_array();
  for (const auto& input : inputs) {
    json.begin_object();
    json.key("path");
    json.string(input.path);
    json.key("bytes");
    json.integer(static_cast<std::int64_t>(input.bytes));
    json.key("sha256");
    json.string(input.sha256);
    json.end_object();
  }
  json.end_array();
}

void write_score_result(JsonStream& json, const score::Result& result,
                        std::span<const audit::InputDigest> inputs)
{
  const bool per_point = result.award == "price-per-quality-point";
  const bool staged = !result.stages.empty();
  Shape shape{per_point, staged, false};
  for (const auto& lot : result.lots) {
    shape.funding = shape.funding || lot.funding.has_value();
  }
  json.begin_object();
  json.key("format");
  json.string(k_result_format);
  json.key("tender");
  json.string(result.tender);
  json.key("lots");
  json.begin_array();
  for (const auto& lot : result.lots) {
    write_lot(json, lot, shape);
  }
  json.end_array();
  json.key("title");
  json.string(result.title);
  json.key("rules");
  json.begin_object();
  json.key("price_method");
  text_or_null(json, result.price_method);
  json.key("aggregate");
  json.string(result.aggregate);
  json.key("social_value_share");
  write_number(json, result.social_value_share);
  json.key("tie_break");
  write_strings(json, result.tie_break);
  json.key("arithmetic");
  json.string("exact rational; numbers shown as the nearest double");
  if (per_point) {
    json.key("award");
    json.string(result.award);
  }
  if (staged) {
    json.key("stages");
    write_strings(json, result.stages);
  }
  if (!result.lot_cap.empty()) {
    json.key("lot_cap");
    json.string(result.lot_cap);
  }
  json.end_object();
  if (!inputs.empty()) { // as the report's audit block lists them
    json.key("inputs");
    write_input_digests(json, inputs);
  }
  json.end_object();
}

void write_score_json(const score::Result& result, std::ostream& out, bool compact,
                      std::span<const audit::InputDigest> inputs)
{
  JsonStream json(out, compact);
  write_score_result(json, result, inputs);
  json.flush();
  out << '\n';
}

} // namespace tenderscore::report
