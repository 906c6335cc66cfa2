// SPDX-License-Identifier: MIT
// Loading is linear in the bytes whatever the line lengths: a file of one 1 MB line loads
// within a small factor of the time the same bytes take over many short lines. (Line and
// column used to be counted from the start of the line for every node or field, so one
// 1,000,000-comma CSV line took 239 s and a 600 KB YAML flow list 34 s.) A ratio of two runs
// on the same machine, not a time, so the test holds on any machine and build.
#include <tenderscore/diag/source.hpp>
#include <tenderscore/load/csv.hpp>
#include <tenderscore/load/loader.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <functional>
#include <memory>
#include <string>

using namespace tenderscore;

namespace {

// The fastest of three runs of `work`, in seconds.
double fastest(const std::function<void()>& work)
{
  double best = 1e9;
  for (int i = 0; i < 3; ++i) {
    const auto start = std::chrono::steady_clock::now();
    work();
    const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
    best = std::min(best, took.count());
  }
  return best;
}

// `text` with every `separator` at a multiple of `every` bytes turned into a line break.
std::string broken_into_lines(std::string text, char separator, std::size_t every)
{
  for (std::size_t i = every; i < text.size(); i += every) {
    const auto at = text.find(separator, i);
    if (at == std::string::npos) {
      break;
    }
    text[at] = '\n';
    i = at;
  }
  return text;
}

// How many times longer one long line takes than the same bytes over short lines.
double long_line_ratio(const std::string& one_line, const std::string& many_lines,
                       const std::function<void(const std::string&)>& load)
{
  const double long_line = fastest([&] { load(one_line); });
  const double short_lines = fastest([&] { load(many_lines); });
  CAPTURE(long_line);
  CAPTURE(short_lines);
  return long_line / std::max(short_lines, 1e-6);
}

} // namespace

TEST_CASE("load::read_csv is linear in the bytes")
{
  // Every cell's line and column is computed (read_csv keeps them all).
  const auto read = [](const std::string& text) {
    diag::Diagnostics diags;
    const auto rows = load::read_csv(std::make_shared<diag::SourceFile>("s.csv", text), diags);
    REQUIRE(rows);
  };
  SUBCASE("ASCII: 1 MB of cells on one line")
  {
    std::string text;
    while (text.size() < 1'000'000) {
      text += "ab,";
    }
    text += "ab\n";
    CHECK(long_line_ratio(text, broken_into_lines(text, ',', 60), read) < 8);
  }
  SUBCASE("UTF-8: 1 MB of cells with accents on one line")
  {
    std::string text;
    while (text.size() < 1'000'000) {
      text += "\xC3\xA9t\xC3\xA9,"; // "été,"
    }
    text += "x\n";
    CHECK(long_line_ratio(text, broken_into_lines(text, ',', 60), read) < 8);
  }
}

TEST_CASE("load::load_text is linear in the bytes for YAML")
{
  // One bid whose conflicts list holds 100,000 evaluator ids: a flow list on one line of about
  // 1 MB, against the same list one item per line.
  std::string items;
  for (int i = 0; i < 100'000; ++i) {
    items += (i == 0 ? "" : ", ") + std::string("ev-") + std::to_string(i % 1000);
  }
  const std::string head =
      "format: tenderscore/bids@1\ntender: t\nbids:\n  - bidder: \xC3\x89lan Ltd\n"
      "    conflicts: [";
  const std::string one_line = head + items + "]\n";
  const std::string many_lines = head + broken_into_lines(items, ' ', 60) + "]\n";
  const auto load = [](const std::string& text) {
    diag::Diagnostics diags;
    const auto file = load::load_text("bids.yaml", text, diags);
    CHECK_FALSE(diags.has_errors());
  };
  CHECK(long_line_ratio(one_line, many_lines, load) < 8);
}
