// SPDX-License-Identifier: MIT
#include <tenderscore/report/json_documents.hpp>
#include <tenderscore/report/json_number.hpp>
#include <tenderscore/report/json_stream.hpp>
#include <tenderscore/report/report_writers.hpp>
#include <tenderscore/report/sensitivity_writers.hpp>

#include <ostream>
#include <sstream>

namespace tenderscore::report {

namespace {

using nlohmann::ordered_json;

ordered_json exact(const std::optional<util::Rational>& value)
{
  return value ? ordered_json(util::format_exact(*value)) : ordered_json(nullptr);
}

ordered_json pairs(const std::vector<std::pair<std::string, std::string>>& items, const char* first,
                   const char* second)
{
  ordered_json out = ordered_json::array();
  for (const auto& [a, b] : items) {
    out.push_back({{first, a}, {second, b}});
  }
  return out;
}

ordered_json method_json(const MethodStatement& method)
{
  ordered_json criteria = ordered_json::array();
  for (const auto& set : method.criteria) {
    ordered_json rows = ordered_json::array();
    for (const auto& row : set.rows) {
      rows.push_back({{"id", row.id},
                      {"title", row.title},
                      {"depth", row.depth},
                      {"weight", json_number(row.weight)},
                      {"kind", row.kind},
                      {"how", row.how},
                      {"conditions", row.conditions},
                      {"social_value", row.social_value},
                      {"text", row.text}});
    }
    ordered_json item{{"lot", set.lot ? ordered_json(*set.lot) : ordered_json(nullptr)}};
    if (!set.stage.empty()) {
      item["stage"] = set.stage; // stage 1's own criteria: no award weight
    }
    item["price_formula"] = set.price_formula;
    item["criteria"] = std::move(rows);
    criteria.push_back(std::move(item));
  }
  ordered_json scales = ordered_json::array();
  for (const auto& scale : method.scales) {
    scales.push_back({{"id", scale.id},
                      {"range", scale.range},
                      {"labels", pairs(scale.labels, "point", "label")}});
  }
  return {{"facts", pairs(method.facts, "label", "value")},
          {"criteria", std::move(criteria)},
          {"scales", std::move(scales)},
          {"gates", pairs(method.gates, "id", "text")}};
}

} // namespace

nlohmann::ordered_json sensitivity_json(const std::vector<score::LotSensitivity>& all)
{
  ordered_json out = ordered_json::array();
  for (const auto& s : all) {
    ordered_json criteria = ordered_json::array();
    for (const auto& b : s.criteria) {
      criteria.push_back({{"criterion", b.criterion},
                          {"weight", json_number(b.weight)},
                          {"lower", json_number(b.lower)},
                          {"lower_exact", exact(b.lower)},
                          {"lower_bidder", b.lower ? ordered_json(b.lower_bidder) : nullptr},
                          {"upper", json_number(b.upper)},
                          {"upper_exact", exact(b.upper)},
                          {"upper_bidder", b.upper ? ordered_json(b.upper_bidder) : nullptr},
                          {"explanation", b.explanation}});
    }
    ordered_json item{{"lot", s.lot ? ordered_json(*s.lot) : ordered_json(nullptr)},
                      {"winner", s.winner},
                      {"runner_up", s.runner_up},
                      {"margin", json_number(s.margin)},
                      {"margin_exact", exact(s.margin)},
                      {"break_even", std::move(criteria)},
                      {"smallest_change", nullptr},
                      {"note", s.note}};
    ordered_json reversals = ordered_json::array();
    for (const auto& r : s.reversals) {
      reversals.push_back({{"withdrawn", r.withdrawn}, {"first", r.first}});
    }
    item["rank_reversal"] = {{"checked", s.reversal_checked},
                             {"reversals", std::move(reversals)},
                             {"note", s.reversal_note}};
    if (s.smallest) {
      const auto& c = *s.smallest;
      item["smallest_change"] = {{"criterion", c.criterion},
                                 {"from", json_number(c.from)},
                                 {"to", json_number(c.to)},
                                 {"to_exact", util::format_exact(c.to)},
                                 {"change", json_number(util::Rational{c.to - c.from})},
                                 {"new_winner", c.new_winner}};
    }
    out.push_back(std::move(item));
  }
  return out;
}

nlohmann::ordered_json audit_document(const audit::AuditBlock& audit)
{
  ordered_json inputs = ordered_json::array();
  for (const auto& input : audit.inputs) {
    inputs.push_back({{"path", input.path}, {"bytes", input.bytes}, {"sha256", input.sha256}});
  }
  ordered_json out{{"tool", audit.tool},
                   {"version", audit.version},
                   {"command_line", audit.command_line},
                   {"command", audit::shell_command_line(audit.command_line)},
                   {"inputs", std::move(inputs)},
                   {"rules", audit.rules}};
  if (audit.timestamp) {
    out["timestamp"] = *audit.timestamp;
  }
  return out;
}

void write_report_json(const Evaluation& evaluation, std::ostream& out)
{
  JsonStream json(out, false);
  json.begin_object();
  json.key("format");
  json.string(k_report_format);
  json.key("tender");
  json.string(evaluation.result.tender);
  json.key("title");
  json.string(evaluation.result.title);
  json.key("method");
  json.value(method_json(evaluation.method));
  json.key("result");
  write_score_result(json, evaluation.result); // streamed: the largest part by far
  json.key("sensitivity");
  ordered_json sensitivity = sensitivity_json(evaluation.sensitivity);
  for (std::size_t i = 0; i < sensitivity.size(); ++i) {
    add_lot_analyses_json({evaluation.sweep[i], evaluation.draws[i], evaluation.methods,
                           evaluation.result.lots[i].lot,
                           evaluation.result.award == "price-per-quality-point",
                           evaluation.draw_options, evaluation.methods_note},
                          sensitivity[i]);
  }
  json.value(sensitivity);
  const auto& agreement = evaluation.worksheet.agreement;
  json.key("panel_agreement");
  json.value(ordered_json{{"kendalls_w", json_number(agreement.w)},
                          {"raters", agreement.raters},
                          {"items", agreement.items},
                          {"calculation", agreement.calculation},
                          {"reason", agreement.reason}});
  json.key("audit");
  json.value(audit_document(evaluation.audit));
  json.end_object();
  json.flush();
  out << '\n';
}

nlohmann::ordered_json report_document(const Evaluation& evaluation)
{
  std::ostringstream text;
  write_report_json(evaluation, text);
  return ordered_json::parse(text.str());
}

} // namespace tenderscore::report
