// SPDX-License-Identifier: MIT
#include <tenderscore/report/batch_writers.hpp>
#include <tenderscore/report/diagnostics.hpp>
#include <tenderscore/report/json_documents.hpp>
#include <tenderscore/report/json_stream.hpp>
#include <tenderscore/util/text.hpp>

#include <fmt/format.h>

#include <array>
#include <cstdint>
#include <ostream>

namespace tenderscore::report {

const char* set_status_name(SetStatus status)
{
  switch (status) {
  case SetStatus::scored:
    return "scored";
  case SetStatus::invalid:
    return "invalid";
  case SetStatus::unreadable:
    return "unreadable";
  case SetStatus::failed:
    break;
  }
  return "failed";
}

namespace {

void write_diagnostics(JsonStream& json, const BatchLine& line)
{
  std::array<std::int64_t, 3> counts{}; // note, warning, error
  for (const auto& d : line.diagnostics) {
    ++counts[static_cast<std::size_t>(d.severity)];
  }
  json.key("counts");
  json.begin_object();
  for (const auto severity :
       {diag::Severity::error, diag::Severity::warning, diag::Severity::note}) {
    json.key(diag::severity_name(severity));
    json.integer(counts[static_cast<std::size_t>(severity)]);
  }
  json.end_object();
  json.key("diagnostics");
  json.begin_array();
  std::size_t listed = 0;
  for (const auto& d : line.diagnostics) {
    if (listed == line.max_listed) {
      break;
    }
    ++listed;
    json.begin_object();
    json.key("file");
    json.string(d.where.path());
    json.key("line");
    json.integer(d.where.line);
    json.key("column");
    json.integer(d.where.column);
    json.key("severity");
    json.string(diag::severity_name(d.severity));
    json.key("rule");
    json.string(d.rule);
    json.key("message");
    json.string(d.message);
    json.end_object();
  }
  json.end_array();
  if (listed < line.diagnostics.size()) {
    json.key("not_shown");
    json.integer(static_cast<std::int64_t>(line.diagnostics.size() - listed));
  }
}

// "Northfield (total 80.5)", or the bids sharing first place.
std::string first_place(const score::LotResult& lot, bool per_point)
{
  std::string names;
  std::string figure;
  std::size_t ranked = 0;
  std::size_t first = 0;
  for (const auto& bid : lot.bids) {
    if (bid.status != score::BidStatus::ranked) {
      continue;
    }
    ++ranked;
    if (bid.rank != 1) {
      continue;
    }
    ++first;
    names += (names.empty() ? "" : " = ") + util::escape_terminal(bid.bidder);
    const auto& value = per_point ? bid.price_per_point : bid.total;
    if (value) {
      figure = util::format_short(*value);
    }
  }
  const std::size_t excluded = lot.bids.size() - ranked;
  if (first == 0) {
    return fmt::format("no bid ranked ({} excluded)", excluded);
  }
  return fmt::format("first {} ({} {}{}); {} ranked, {} excluded", names,
                     per_point ? "price per point" : "total", figure, first > 1 ? ", tied" : "",
                     ranked, excluded);
}

} // namespace

void write_batch_jsonl(const BatchLine& line, std::ostream& out)
{
  JsonStream json(out, true);
  json.begin_object();
  json.key("format");
  json.string(k_batch_line_format);
  json.key("name");
  json.string(line.name);
  json.key("manifest_line");
  json.integer(line.manifest_line);
  json.key("status");
  json.string(set_status_name(line.status));
  json.key("inputs");
  write_input_digests(json, line.inputs);
  write_diagnostics(json, line);
  if (line.status == SetStatus::unreadable || line.status == SetStatus::failed) {
    json.key("error");
    json.string(line.error);
  }
  json.key("result");
  if (line.result != nullptr) {
    write_score_result(json, *line.result, line.inputs);
  } else {
    json.null();
  }
  json.end_object();
  json.flush();
  out << '\n';
}

void write_batch_text(const BatchLine& line, std::ostream& out)
{
  out << util::escape_terminal(line.name) << ": " << set_status_name(line.status);
  if (line.status == SetStatus::unreadable || line.status == SetStatus::failed) {
    out << " (" << util::escape_terminal(line.error) << ")\n";
    return;
  }
  if (line.status == SetStatus::invalid || line.result == nullptr) {
    const std::vector<diag::Diagnostic> all(line.diagnostics.begin(), line.diagnostics.end());
    out << " (" << count_summary(all) << ")\n";
    return;
  }
  const bool per_point = line.result->award == "price-per-quality-point";
  for (const auto& lot : line.result->lots) {
    out << "; ";
    if (lot.lot) {
      out << "lot " << util::escape_terminal(*lot.lot) << ": ";
    }
    out << first_place(lot, per_point);
  }
  out << '\n';
}

} // namespace tenderscore::report
