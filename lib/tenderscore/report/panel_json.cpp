// SPDX-License-Identifier: MIT
// The moderation worksheet as JSON (tenderscore/panel@1): numbers unrounded, exact beside them.
#include <tenderscore/report/json_number.hpp>
#include <tenderscore/report/json_text.hpp>
#include <tenderscore/report/panel_writers.hpp>

#include <ostream>

namespace tenderscore::report {

namespace {

using nlohmann::ordered_json;

ordered_json text_or_null(const std::optional<std::string>& text)
{
  return text ? ordered_json(*text) : ordered_json(nullptr);
}

ordered_json exact(const std::optional<util::Rational>& value)
{
  return value ? ordered_json(util::format_exact(*value)) : ordered_json(nullptr);
}

// "name": the nearest number, "name_exact": the fraction ("7/2"), both null when absent.
void put(ordered_json& object, const std::string& name, const std::optional<util::Rational>& value)
{
  object[name] = json_number(value);
  object[name + "_exact"] = exact(value);
}

ordered_json item_json(const panel::Item& item)
{
  ordered_json j;
  j["lot"] = text_or_null(item.lot);
  j["question"] = item.question;
  j["bidder"] = item.bidder;
  ordered_json scores = ordered_json::array();
  for (const auto& s : item.scores) {
    ordered_json e;
    e["evaluator"] = s.evaluator;
    e["score"] = json_number(s.score);
    e["conflicted"] = s.conflicted;
    put(e, "deviation", s.deviation);
    if (!s.comment.empty()) {
      e["comment"] = s.comment;
    }
    scores.push_back(std::move(e));
  }
  j["scores"] = std::move(scores);
  j["used"] = item.used;
  put(j, "mean", item.mean);
  put(j, "median", item.median);
  j["min"] = json_number(item.low);
  j["max"] = json_number(item.high);
  put(j, "spread", item.spread);
  j["moderated"] = json_number(item.moderated);
  j["comment"] = text_or_null(item.comment);
  put(j, "score", item.score);
  j["score_source"] =
      item.score_source.empty() ? ordered_json(nullptr) : ordered_json(item.score_source);
  ordered_json flags = ordered_json::array();
  ordered_json details = ordered_json::array();
  for (const auto& f : item.flags) {
    flags.push_back(f.code);
    details.push_back({{"flag", f.code}, {"message", f.message}});
  }
  j["flags"] = std::move(flags);
  j["flag_details"] = std::move(details);
  return j;
}

ordered_json moderation_json(const panel::Worksheet& sheet)
{
  ordered_json list = ordered_json::array();
  for (const auto* item : panel::needing_moderation(sheet.items)) {
    for (const auto& f : item->flags) {
      list.push_back({{"lot", text_or_null(item->lot)},
                      {"question", item->question},
                      {"bidder", item->bidder},
                      {"flag", f.code},
                      {"message", f.message}});
    }
  }
  return list;
}

ordered_json leniency_json(const panel::Worksheet& sheet)
{
  ordered_json list = ordered_json::array();
  for (const auto& l : sheet.leniency) {
    ordered_json j;
    j["evaluator"] = l.evaluator;
    j["role"] = l.role;
    j["scored"] = l.scored;
    j["conflicted"] = l.conflicted;
    j["compared"] = l.compared;
    put(j, "mean_deviation", l.mean_deviation);
    j["sd_sample"] = l.sd_sample ? ordered_json(*l.sd_sample) : ordered_json(nullptr);
    j["label"] = l.label;
    list.push_back(std::move(j));
  }
  return list;
}

ordered_json agreement_json(const panel::Agreement& a)
{
  ordered_json j;
  j["coefficient"] = a.coefficient;
  j["name"] = a.name;
  j["formula"] = a.formula;
  j["m"] = a.raters;
  j["n"] = a.items;
  j["items_left_out"] = a.items_left_out;
  put(j, "w", a.w);
  put(j, "chi_square", a.chi_square);
  j["df"] = a.w ? ordered_json(a.items - 1) : ordered_json(nullptr);
  put(j, "s", a.s);
  put(j, "tie_sum", a.tie_sum);
  j["calculation"] = a.calculation.empty() ? ordered_json(nullptr) : ordered_json(a.calculation);
  j["reason"] = a.reason.empty() ? ordered_json(nullptr) : ordered_json(a.reason);
  return j;
}

} // namespace

void write_panel_json(const panel::Worksheet& sheet, std::ostream& out)
{
  ordered_json doc;
  doc["format"] = "tenderscore/panel@1";
  doc["tender"] = sheet.tender;
  doc["title"] = sheet.title;
  ordered_json evaluators = ordered_json::array();
  for (const auto& e : sheet.evaluators) {
    evaluators.push_back({{"id", e.id}, {"role", e.role}});
  }
  doc["panel"] = {{"evaluators", std::move(evaluators)},
                  {"aggregate", sheet.aggregate},
                  {"spread_flag", json_number(sheet.spread_flag)}};
  ordered_json items = ordered_json::array();
  for (const auto& item : sheet.items) {
    items.push_back(item_json(item));
  }
  doc["items"] = std::move(items);
  doc["moderation"] = moderation_json(sheet);
  doc["evaluators"] = leniency_json(sheet);
  doc["agreement"] = agreement_json(sheet.agreement);
  doc["rules"] = {
      {"statistics", "mean, exact median, min, max and spread (max − min) of the used scores; a "
                     "score set aside for a declared conflict is not used"},
      {"deviation", "score minus the mean of the other used scores on the same item "
                    "(leave-one-out), on items with at least 2 used scores"},
      {"sd_sample", "sample standard deviation of the deviations, dividing by n − 1; null below 2"},
      {"lenient_at_or_above", json_number(panel::k_leniency_threshold)},
      {"severe_at_or_below", json_number(util::Rational{-panel::k_leniency_threshold})},
      {"arithmetic", "exact rational (the _exact fields); numbers shown as the nearest double"}};
  out << json_escape_controls(doc.dump(2, ' ', false, ordered_json::error_handler_t::replace))
      << '\n';
}

} // namespace tenderscore::report
