// SPDX-License-Identifier: MIT
#include <tenderscore/app/diff_run.hpp>

#include <tenderscore/app/json_input.hpp>
#include <tenderscore/load/loader.hpp>
#include <tenderscore/report/report_writers.hpp>
#include <tenderscore/report/score_writers.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace tenderscore::app {

namespace {

using nlohmann::ordered_json;

// A result to compare: the file's JSON and the pointer to its result ("" or "/result").
struct Loaded
{
  ordered_json document;
  std::string base;
};

std::string string_member(const ordered_json& object, const char* key)
{
  if (!object.is_object()) {
    return "";
  }
  const auto found = object.find(key);
  return found != object.end() && found->is_string() ? found->get<std::string>() : "";
}

std::optional<Loaded> load_result(const std::string& path, const load::Limits& limits,
                                  diag::Diagnostics& diags)
{
  const auto source = load::read_source(path, limits);
  auto document = read_json(source, diags, "diff.json", "file", limits.max_depth);
  if (!document) {
    return std::nullopt;
  }
  std::string base = "none";
  const std::string format = string_member(*document, "format");
  if (format == report::k_result_format) {
    base = "";
  } else if (format == report::k_report_format) {
    const auto result = document->find("result");
    if (result != document->end() && string_member(*result, "format") == report::k_result_format) {
      base = "/result";
    }
  }
  if (base == "none") {
    diags.error({source, 1, 1}, "diff.format",
                fmt::format("not a tenderscore result or report: expected \"format\": \"{}\" "
                            "(from `score --format json`) or \"{}\" (from `report --format json`)",
                            report::k_result_format, report::k_report_format));
    return std::nullopt;
  }
  const ordered_json& result = document->at(ordered_json::json_pointer{base});
  const std::string problem = report::result_shape_problem(result, base);
  if (!problem.empty()) {
    diags.error({source, 1, 1}, "diff.format",
                fmt::format("not a tenderscore result: {}", problem));
    return std::nullopt;
  }
  return Loaded{std::move(*document), base};
}

} // namespace

DiffRun diff_files(const std::string& path_a, const std::string& path_b, const load::Limits& limits)
{
  DiffRun run;
  const auto a = load_result(path_a, limits, run.diagnostics);
  const auto b = load_result(path_b, limits, run.diagnostics);
  if (!a || !b) {
    return run;
  }
  const ordered_json::json_pointer at_a{a->base};
  const ordered_json::json_pointer at_b{b->base};
  run.diff = report::diff_results(a->document.at(at_a), a->base, b->document.at(at_b), b->base);
  run.diff->a = path_a;
  run.diff->b = path_b;
  return run;
}

} // namespace tenderscore::app
