// SPDX-License-Identifier: MIT
#include <tenderscore/app/report_run.hpp>
#include <tenderscore/report/html.hpp>
#include <tenderscore/report/report_writers.hpp>

#include "score_test_support.hpp"

#include <doctest/doctest.h>

#include <set>
#include <sstream>
#include <string>
#include <tuple>

namespace app = tenderscore::app;
namespace report = tenderscore::report;

namespace {

std::string source(const std::string& relative)
{
  return std::string(TENDERSCORE_SOURCE_DIR) + "/" + relative;
}

// `prefix` + "tender.yaml" and `prefix` + "bids.yaml": "examples/waste-2015/" or
// "tests/data/hostile/names.".
report::Evaluation evaluation_of(const std::string& prefix, std::vector<std::string> command)
{
  auto run = app::report_files(source(prefix + "tender.yaml"), {source(prefix + "bids.yaml")}, {},
                               command);
  REQUIRE(run.evaluation.has_value());
  return std::move(*run.evaluation);
}

std::string html_of(const report::Evaluation& evaluation)
{
  std::ostringstream out;
  report::write_report_html(evaluation, out);
  return out.str();
}

// Every tag of `html` (a `<` is only ever markup, the escaping guarantees it) must be one the
// writer emits, carry no event handler, no `src` and no link other than to this page.
void check_tags(const std::string& html)
{
  static const std::set<std::string> allowed{
      "!DOCTYPE", "html",   "head",       "meta",    "title", "style", "body",    "header",
      "h1",       "h2",     "h3",         "h4",      "p",     "table", "caption", "thead",
      "tbody",    "tr",     "th",         "td",      "nav",   "ol",    "ul",      "li",
      "a",        "strong", "main",       "section", "code",  "span",  "div",     "br",
      "pre",      "figure", "figcaption", "svg",     "line",  "text",  "rect",    "circle"};
  std::size_t tags = 0;
  for (std::size_t at = html.find('<'); at != std::string::npos; at = html.find('<', at + 1)) {
    const std::size_t end = html.find('>', at);
    REQUIRE(end != std::string::npos);
    const std::string tag = html.substr(at + 1, end - at - 1);
    const std::size_t name_start = tag[0] == '/' ? 1 : 0;
    const std::string name =
        tag.substr(name_start, tag.find_first_of(" /", name_start) - name_start);
    INFO("tag: <" << tag << ">");
    CHECK(allowed.count(name) == 1);
    CHECK(tag.find(" on") == std::string::npos);
    CHECK(tag.find("src=") == std::string::npos);
    CHECK(tag.find("href=\"#") == tag.find("href="));
    ++tags;
  }
  CHECK(tags > 100);
}

} // namespace

TEST_CASE("report::html_escape")
{
  SUBCASE("markup")
  {
    CHECK(report::html_escape("<a href=\"x\">'&'</a>") ==
          "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  }
  SUBCASE("controls, bidi overrides and line breaks are made visible or flattened")
  {
    CHECK(report::html_escape("\x1B[31mred") == "\\x1B[31mred");
    CHECK(report::html_escape("\u202Eevil\u202C") == "\\u{202E}evil\\u{202C}");
    CHECK(report::html_escape("one\r\ntwo\nthree") == "one two three");
  }
  SUBCASE("text that needs nothing is unchanged")
  {
    CHECK(report::html_escape("Café — £15,000 | =1+1") == "Café — £15,000 | =1+1");
  }
}

TEST_CASE("report::cut_text")
{
  CHECK(report::cut_text("Café au lait", 5) == "Café…");
  CHECK(report::cut_text("Café", 4) == "Café");
  CHECK(report::cut_text("££££££", 3) == "££…");
}

TEST_CASE("report::write_report_html")
{
  SUBCASE("hostile names are shown escaped and inert")
  {
    const auto e = evaluation_of("tests/data/hostile/names.",
                                 {"tenderscore", "report", "<script>x</script>", "a'b"});
    const std::string html = html_of(e);
    check_tags(html);
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("<img") == std::string::npos);
    CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
    CHECK(html.find("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;") != std::string::npos);
    CHECK(html.find("=HYPERLINK(&quot;http://evil&quot;,&quot;x&quot;)") != std::string::npos);
    CHECK(html.find("| --- | _x001B_[31mred_x001B_[0m") != std::string::npos);
    CHECK(html.find("&lt;b&gt;Authority&lt;/b&gt; \\u{202B}red\\u{202C}") != std::string::npos);
    CHECK(html.find("\\u{202E}evil\\u{202C} Ltd") != std::string::npos);
    CHECK(html.find(
              "&lt;/td&gt;&lt;script&gt;alert(&quot;c&quot;)&lt;/script&gt; &amp; &#39;x&#39;") !=
          std::string::npos);
    CHECK(html.find("<pre class=\"cmd\"><code>tenderscore report "
                    "&#39;&lt;script&gt;x&lt;/script&gt;&#39; &#39;a&#39;\\&#39;&#39;b&#39;") !=
          std::string::npos);
    for (char c : html) {
      CHECK_MESSAGE((static_cast<unsigned char>(c) >= 0x20 || c == '\n'), "control byte");
    }
  }
  SUBCASE("numbers: totals, chart geometry and break-even weights, worked in bids.yaml")
  {
    const std::string html =
        html_of(evaluation_of("tests/data/hostile/names.", {"tenderscore", "report"}));
    // Ranking: 92, 725/9, 70, 1210/19.
    for (const char* total : {"92.00", "80.56", "70.00", "63.68"}) {
      CHECK(html.find(std::string("<td class=\"num\">") + total + "</td>") != std::string::npos);
    }
    // First bar: price 32 and quality 60 points at 540 px per 100 points: 172.80 and 324.00.
    CHECK(html.find("<rect x=\"262.00\" y=\"33\" width=\"172.80\"") != std::string::npos);
    CHECK(html.find("<rect x=\"434.80\" y=\"33\" width=\"324.00\"") != std::string::npos);
    // Margin 92 − 725/9 = 103/9. Price weight w: first 100 − w/5, second-placed "><img… 50 + w/2,
    // level at w = 500/7; nothing below (at w = 0 the first has 100, the others 75 and 50).
    CHECK(html.find("margin: 11.44 (= 103/9) points") != std::string::npos);
    CHECK(html.find("from 40 to 71.43 (= 500/7) (+31.43 points)") != std::string::npos);
    // Break-even chart: 460 px per 100, the band from 212 over 460 × 5/7 = 328.57 px.
    CHECK(
        html.find("<rect x=\"212.00\" y=\"34\" width=\"328.57\" height=\"14\" class=\"holds\">") !=
        std::string::npos);
  }
  SUBCASE("self-contained and deterministic")
  {
    const auto e = evaluation_of("examples/waste-2015/", {"tenderscore", "report"});
    const std::string html = html_of(e);
    check_tags(html);
    CHECK(html.rfind("<!DOCTYPE html>\n", 0) == 0);
    CHECK(html.find("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                    "style-src 'unsafe-inline'; img-src data:\">") != std::string::npos);
    CHECK(html.find("url(") == std::string::npos);
    CHECK(html.find("@import") == std::string::npos);
    CHECK(html == html_of(e));
    CHECK(html.find("<th scope=\"row\">Generated</th>") == std::string::npos);
  }
}

TEST_CASE("report::write_report_html: a lot of more than 200 bids shows its top 100 and says so")
{
  // The page of a large round stays readable: the ranking, the points chart, the points per
  // criterion and the panel sections show the top 100 of a lot of more than 200 bids in
  // contention, with a note pointing to the full outputs; a lot of 200 is shown whole.
  namespace st = tenderscore::score::test;
  const auto t = st::tender({st::question("q1", 60), st::question("q2", 40)});
  const auto html_for = [&t](int count) {
    std::vector<tenderscore::model::Bid> bids;
    for (int i = 0; i < count; ++i) {
      std::string name = "Bidder ";
      name += std::to_string(1000 + i);
      bids.push_back(st::bid(name, 100)
                         .score("q1", {i % 6, (i / 6) % 6, (i / 36) % 6})
                         .score("q2", {(i / 7) % 6, i % 5, (i / 3) % 6}));
    }
    const auto file = st::bids_file(std::move(bids));
    const auto evaluation = report::evaluate(t, {&file}, {});
    const auto& lot = evaluation.result.lots.front();
    return std::make_tuple(html_of(evaluation), lot.bids.front().bidder, lot.bids.back().bidder);
  };
  const auto [whole, whole_first, whole_last] = html_for(200);
  CHECK(whole.find("This page shows the top") == std::string::npos);
  CHECK(whole.find(whole_first) != std::string::npos);
  CHECK(whole.find(whole_last) != std::string::npos);

  const auto [cut, first, last] = html_for(201);
  CHECK(cut.find("This page shows the top 100 of the 201 bids in contention; every bid&#39;s "
                 "total, points and scores are in the CSV, JSON and XLSX outputs") !=
        std::string::npos);
  CHECK(cut.find("Weighted points of each ranked bid (the top 100)") != std::string::npos);
  CHECK(cut.find("each chart shows the top 100 bids") != std::string::npos);
  CHECK(cut.find(first) != std::string::npos);
  CHECK(cut.find(last) == std::string::npos); // ranked 201st: in no table, chart or list
  CHECK(cut.size() < whole.size());
  check_tags(cut);
}
