// SPDX-License-Identifier: MIT
#include <tenderscore/report/score_writers.hpp>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <sstream>

namespace score = tenderscore::score;
namespace report = tenderscore::report;
using tenderscore::util::Rational;

namespace {

score::CriterionPoints node(std::string id, int depth, std::string kind, Rational weight,
                            Rational points)
{
  score::CriterionPoints c;
  c.id = std::move(id);
  c.depth = depth;
  c.kind = std::move(kind);
  c.weight = weight;
  c.points = points;
  return c;
}

// Two ranked bids and an excluded one, with hostile names: an ANSI escape, a spreadsheet
// formula and HTML. Points: price 40 × 30/40 = 30 and 40; quality 60 × 3/5 = 36 and 60 × 2/5 = 24.
score::Result sample()
{
  score::Result result;
  result.tender = "t-1";
  result.title = "Test tender";
  result.price_method = "lowest-ratio";
  result.aggregate = "mean";
  result.social_value_share = 0;
  score::LotResult lot;
  lot.criteria_order = {"price", "quality", "q1"};
  lot.top_level = {"price", "quality"};

  score::BidResult a;
  a.bidder = "Acme\x1B[31m Ltd";
  a.rank = 1;
  a.total = Rational{66};
  a.price = Rational{40};
  a.criteria = {node("price", 0, "price", 40, 30), node("quality", 0, "group", 60, 36),
                node("q1", 1, "question", 60, 36)};
  score::BidResult b;
  b.bidder = "=HYPERLINK(\"http://x\",\"y\")";
  b.rank = 2;
  b.total = Rational{64};
  b.price = Rational{30};
  b.criteria = {node("price", 0, "price", 40, 40), node("quality", 0, "group", 60, 24),
                node("q1", 1, "question", 60, 24)};
  b.flags.push_back({"abnormally-low-price", "", "price 30 is low"});
  score::BidResult c;
  c.bidder = "<script>alert(1)</script>";
  c.status = score::BidStatus::excluded;
  c.exclusions.push_back({"gate", "insurance", "gate 'insurance' answered fail"});
  lot.bids = {a, b, c};
  lot.benchmarks.lowest = Rational{30};
  result.lots.push_back(lot);
  return result;
}

} // namespace

TEST_CASE("report::write_score_table")
{
  std::ostringstream out;
  report::write_score_table(sample(), out);
  CHECK(out.str() == "t-1 — Test tender\n"
                     "price method: lowest-ratio; panel aggregate: mean; social value: 0% of the "
                     "total\n"
                     "\n"
                     "Rank  Bidder                      Total  price  quality\n"
                     "1     Acme\\x1B[31m Ltd            66.00  30.00    36.00\n"
                     "2     =HYPERLINK(\"http://x\",\"y\")  64.00  40.00    24.00\n"
                     "\n"
                     "Excluded\n"
                     "  <script>alert(1)</script>: gate 'insurance' answered fail [gate]\n"
                     "\n"
                     "Flags\n"
                     "  =HYPERLINK(\"http://x\",\"y\"): abnormally-low-price: price 30 is low\n");
}

TEST_CASE("report::write_score_csv")
{
  std::ostringstream out;
  report::write_score_csv(sample(), out);
  // The formula cell is prefixed with ' and quoted (it holds quotes and a comma); the escape
  // character is shown as \x1B so the CSV is inert in a terminal.
  CHECK(out.str() == "lot,bidder,rank,status,total,price,quality,q1,flags,exclusion\r\n"
                     ",Acme\\x1B[31m Ltd,1,ranked,66,30,36,36,,\r\n"
                     ",\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",2,ranked,64,40,24,24,"
                     "abnormally-low-price,\r\n"
                     ",<script>alert(1)</script>,,excluded,,,,,,gate 'insurance' answered fail\r\n");
}

TEST_CASE("report::write_score_json")
{
  std::ostringstream out;
  report::write_score_json(sample(), out);
  const auto doc = nlohmann::json::parse(out.str());
  CHECK(doc["format"] == "tenderscore/result@1");
  CHECK(doc["tender"] == "t-1");
  const auto& bids = doc["lots"][0]["bids"];
  CHECK(doc["lots"][0]["lot"].is_null());
  CHECK(bids[0]["bidder"] == "Acme\x1B[31m Ltd"); // escaped by the JSON writer as \u001b
  CHECK(out.str().find("Acme\\u001b[31m Ltd") != std::string::npos);
  CHECK(bids[0]["rank"] == 1);
  CHECK(bids[0]["status"] == "ranked");
  CHECK(bids[0]["total"] == 66);
  CHECK(bids[0]["criteria"]["q1"] == 36);
  CHECK(bids[1]["flags"] == nlohmann::json::array({"abnormally-low-price"}));
  CHECK(bids[2]["rank"].is_null());
  CHECK(bids[2]["total"].is_null());
  CHECK(bids[2]["criteria"].empty());
  CHECK(bids[2]["exclusion"]["rule"] == "gate");
  CHECK(bids[2]["exclusion"]["criterion"] == "insurance");
  CHECK(doc["lots"][0]["price_benchmarks"]["lowest"] == 30);
}

TEST_CASE("report::json_number")
{
  // Whole numbers stay integers; others are the nearest double (2/3 → 0.6666666666666666).
  std::ostringstream out;
  score::Result result = sample();
  result.lots[0].bids[0].total = Rational{2, 3};
  report::write_score_json(result, out);
  CHECK(out.str().find("\"total\": 0.6666666666666666,") != std::string::npos);
  CHECK(out.str().find("\"total_exact\": \"2/3\"") != std::string::npos);
}
