// SPDX-License-Identifier: MIT
#include <tenderscore/app/verify.hpp>

#include <tenderscore/app/json_input.hpp>
#include <tenderscore/app/report_run.hpp>
#include <tenderscore/report/json_text.hpp>
#include <tenderscore/report/report_writers.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace tenderscore::app {

namespace {

using nlohmann::ordered_json;

constexpr std::size_t k_listed = 20;

std::string shown(const ordered_json& value)
{
  const std::string text = value.dump(-1, ' ', false, ordered_json::error_handler_t::replace);
  return text.size() > 120 ? text.substr(0, 117) + "..." : text;
}

// The parts of a report that its inputs decide; the command line and timestamp are not.
ordered_json comparable(const ordered_json& report)
{
  ordered_json out = report;
  if (out.contains("audit") && out["audit"].is_object()) {
    auto& audit = out["audit"];
    audit.erase("command_line");
    audit.erase("command");
    audit.erase("timestamp");
    audit.erase("inputs");
  }
  return out;
}

ordered_json at(const ordered_json& doc, const std::string& pointer)
{
  const ordered_json::json_pointer p{pointer};
  return doc.contains(p) ? doc.at(p) : ordered_json();
}

void compare_inputs(const ordered_json& report, const CheckedInputs& inputs, Verification& out)
{
  const ordered_json recorded = at(report, "/audit/inputs");
  if (!recorded.is_array()) {
    out.input_changes.emplace_back("the report has no audit block listing its inputs");
    return;
  }
  if (recorded.size() != inputs.files.size()) {
    out.input_changes.push_back(fmt::format("the report was made from {} input files; {} were "
                                            "given",
                                            recorded.size(), inputs.files.size()));
  }
  for (std::size_t i = 0; i < std::min<std::size_t>(recorded.size(), inputs.files.size()); ++i) {
    const auto now = audit::digest_source(*inputs.files[i].source);
    const ordered_json& then = recorded[i];
    const std::string then_sha = then.value("sha256", std::string{});
    if (then_sha != now.sha256) {
      out.input_changes.push_back(fmt::format(
          "{}: changed since the report (input {} was {} with SHA-256 {}; now {} bytes, {})",
          now.path, i + 1, then.value("path", std::string{"?"}), then_sha, now.bytes, now.sha256));
    }
  }
}

// Whether `text` is exactly the report tenderscore writes: `written` with the report's own
// command line and timestamp. A JSON parser keeps the last of two equal keys, so comparing
// values alone would pass a file whose first copy of a key says something else.
bool same_text(ordered_json written, const ordered_json& report, const std::string& text)
{
  if (report.contains("audit") && report["audit"].is_object()) {
    for (const char* key : {"command_line", "command", "timestamp"}) {
      if (report["audit"].contains(key)) {
        written["audit"][key] = report["audit"][key];
      } else {
        written["audit"].erase(key);
      }
    }
  }
  return report::json_escape_controls(
             written.dump(2, ' ', false, ordered_json::error_handler_t::replace)) +
             "\n" ==
         text;
}

} // namespace

Verification verify_report(const std::string& report_path, const std::string& tender_path,
                           const std::vector<std::string>& bid_paths,
                           const validate::Options& options, const load::Limits& limits)
{
  Verification out;
  const auto source = load::read_source(report_path, limits);
  const auto report = read_json(source, out.diagnostics, "verify.json", "report", limits.max_depth);
  if (!report) {
    return out;
  }
  if (!report->is_object() || report->value("format", std::string{}) != report::k_report_format) {
    out.diagnostics.error({source, 1, 1}, "verify.format",
                          fmt::format("not a tenderscore JSON report: expected \"format\": \"{}\" "
                                      "(write one with `report --format json`)",
                                      report::k_report_format));
    return out;
  }
  const auto run = report_files(tender_path, bid_paths, options, {}, std::nullopt, limits);
  out.diagnostics.append(run.inputs.diagnostics);
  if (!run.evaluation) {
    return out;
  }
  out.checked = true;
  compare_inputs(*report, run.inputs, out);
  const ordered_json written = report::report_document(*run.evaluation);
  const ordered_json now = comparable(written);
  const ordered_json then = comparable(*report);
  for (const auto& op : ordered_json::diff(then, now)) {
    const std::string path = op.value("path", std::string{});
    if (out.differences.size() == k_listed) {
      ++out.more_differences;
      continue;
    }
    const std::string kind = op.value("op", std::string{});
    if (kind == "add") {
      out.differences.push_back(fmt::format("{}: not in the report, now {}", path,
                                            shown(op.value("value", ordered_json()))));
    } else if (kind == "remove") {
      out.differences.push_back(
          fmt::format("{}: report {}, now absent", path, shown(at(then, path))));
    } else {
      out.differences.push_back(fmt::format("{}: report {}, now {}", path, shown(at(then, path)),
                                            shown(op.value("value", ordered_json()))));
    }
  }
  if (out.differences.empty() && out.input_changes.empty() &&
      !same_text(written, *report, source->text())) {
    out.differences.emplace_back(
        "the file's text is not what tenderscore writes for these inputs, though its values "
        "match: it was edited by hand (a repeated key, reordered keys or changed spacing can hide "
        "a value from some readers)");
  }
  return out;
}

} // namespace tenderscore::app
