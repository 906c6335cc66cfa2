// SPDX-License-Identifier: MIT
#include <tenderscore/report/diagnostics.hpp>

#include <doctest/doctest.h>

#include <sstream>

namespace diag = tenderscore::diag;
namespace report = tenderscore::report;

namespace {

diag::Diagnostic make(diag::Severity severity, diag::Location where, std::string message,
                      std::string rule)
{
  diag::Diagnostic d;
  d.severity = severity;
  d.where = std::move(where);
  d.message = std::move(message);
  d.rule = std::move(rule);
  return d;
}

std::vector<diag::Diagnostic> sample()
{
  auto file = std::make_shared<diag::SourceFile>(
    "t.yaml", "criteria:\n  - id: mobilisation\n    wieght: 10\n  - id: caf\xC3\xA9\tx: 1\n");
  // Built one by one: GCC 12 misreports brace-initialised lists of these as uninitialised.
  std::vector<diag::Diagnostic> list;
  list.push_back(make(diag::Severity::error, {file, 3, 5},
                      "unknown key 'wieght'; did you mean 'weight'?", "schema.unknown-key"));
  list.push_back(make(diag::Severity::warning, {file, 4, 14},
                      "a warning, with: commas\nand a newline 100%", "demo.rule"));
  list.push_back(make(diag::Severity::note, {file, 0, 0}, "no location", "demo.note"));
  return list;
}

} // namespace

TEST_CASE("report::write_diagnostics_text")
{
  std::ostringstream out;
  report::write_diagnostics_text(sample(), out);
  // The caret sits under the column in code points; a tab is shown as one space.
  CHECK(out.str() == "t.yaml:3:5: error: unknown key 'wieght'; did you mean 'weight'? "
                     "[schema.unknown-key]\n"
                     "    3 |     wieght: 10\n"
                     "      |     ^\n"
                     "t.yaml:4:14: warning: a warning, with: commas\nand a newline 100% [demo.rule]\n"
                     "    4 |   - id: caf\xC3\xA9 x: 1\n"
                     "      |              ^\n"
                     "t.yaml: note: no location [demo.note]\n");
}

TEST_CASE("report::write_diagnostics_text escapes control characters in the quoted line")
{
  auto file = std::make_shared<diag::SourceFile>("t.yaml", "bidder: A\x1B[2Jcme\n");
  std::ostringstream out;
  std::vector<diag::Diagnostic> list;
  list.push_back(make(diag::Severity::error, {file, 1, 15}, "m", "r"));
  report::write_diagnostics_text(list, out);
  // Column 15 is the 'm' of "cme". ESC is shown as the four characters \x1B, so the caret
  // moves with it: 9 ("bidder: A") + 4 ("\x1B") + 4 ("[2Jc") = 17 columns before it.
  CHECK(out.str() == "t.yaml:1:15: error: m [r]\n"
                     "    1 | bidder: A\\x1B[2Jcme\n"
                     "      | " + std::string(17, ' ') + "^\n");
}

TEST_CASE("report::write_diagnostics_text shows a window of a very long line")
{
  // 20,000 '[' then ']': column 65 is the 65th '['. The window starts at 65 - 60 = 5, so the
  // caret sits after "…" and 60 characters; 120 characters are shown, then "…".
  auto file = std::make_shared<diag::SourceFile>("deep.yaml", std::string(20000, '[') + "]\n");
  std::vector<diag::Diagnostic> list;
  list.push_back(make(diag::Severity::error, {file, 1, 65}, "too deep", "yaml.limit"));
  std::ostringstream out;
  report::write_diagnostics_text(list, out);
  CHECK(out.str() == "deep.yaml:1:65: error: too deep [yaml.limit]\n"
                     "    1 | …" + std::string(120, '[') + "…\n"
                     "      | " + std::string(61, ' ') + "^\n");
}

TEST_CASE("report::write_diagnostics_github")
{
  std::ostringstream out;
  report::write_diagnostics_github(sample(), out);
  CHECK(out.str() ==
        "::error file=t.yaml,line=3,col=5,title=schema.unknown-key::unknown key 'wieght'; did you "
        "mean 'weight'?\n"
        "::warning file=t.yaml,line=4,col=14,title=demo.rule::a warning, with: commas%0Aand a "
        "newline 100%25\n"
        "::notice file=t.yaml,title=demo.note::no location\n");
}

TEST_CASE("report::write_diagnostics_json")
{
  std::ostringstream out;
  report::write_diagnostics_json({sample()[0]}, {"t.yaml"}, false, out);
  CHECK(out.str() == R"({
  "format": "tenderscore/diagnostics@1",
  "valid": false,
  "files": [
    "t.yaml"
  ],
  "counts": {
    "error": 1,
    "warning": 0,
    "note": 0
  },
  "diagnostics": [
    {
      "file": "t.yaml",
      "line": 3,
      "column": 5,
      "severity": "error",
      "rule": "schema.unknown-key",
      "message": "unknown key 'wieght'; did you mean 'weight'?"
    }
  ]
}
)");
}

TEST_CASE("report::count_summary")
{
  CHECK(report::count_summary({}) == "no problems");
  CHECK(report::count_summary(sample()) == "1 error, 1 warning, 1 note");
}
