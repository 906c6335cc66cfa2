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

// Price per quality point: quality 100 {q1 100}; Acme 9,000 ÷ 60 = 150, Bravo 10,500 ÷ 68 =
// 2625/17 = 154.41…, Dunn excluded with no quality points.
score::Result sample_per_point()
{
  score::Result result;
  result.tender = "t-1";
  result.title = "Test tender";
  result.aggregate = "mean";
  result.award = "price-per-quality-point";
  score::LotResult lot;
  lot.criteria_order = {"quality", "q1"};
  lot.top_level = {"quality"};
  const auto ranked = [](std::string bidder, int rank, int total, int price, std::string formula) {
    score::BidResult bid;
    bid.bidder = std::move(bidder);
    bid.rank = rank;
    bid.total = Rational{total};
    bid.price = Rational{price};
    bid.price_per_point = Rational{price} / total;
    bid.price_per_point_formula = std::move(formula);
    bid.criteria = {node("quality", 0, "group", 100, total), node("q1", 1, "question", 100, total)};
    return bid;
  };
  score::BidResult dunn;
  dunn.bidder = "Dunn Ltd";
  dunn.status = score::BidStatus::excluded;
  dunn.price = Rational{500};
  dunn.exclusions.push_back({"no-quality-points", "", "0 quality points"});
  lot.bids = {ranked("Acme Ltd", 1, 60, 9000, "price 9000 ÷ 60 points = 150"),
              ranked("Bravo Ltd", 2, 68, 10500, "price 10500 ÷ 68 points = 154.411765…"), dunn};
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
  CHECK(out.str() ==
        "lot,bidder,rank,status,total,price,quality,q1,flags,exclusion\r\n"
        ",Acme\\x1B[31m Ltd,1,ranked,66,30,36,36,,\r\n"
        ",\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",2,ranked,64,40,24,24,"
        "abnormally-low-price,\r\n"
        ",<script>alert(1)</script>,,excluded,,,,,,gate 'insurance' answered fail\r\n");
}

TEST_CASE("report::write_score_csv under a funding pot")
{
  // The sample's two ranked bids under a pot of 100: the first funded 60, the second (asking
  // 50, more than the 40 left) not; the excluded bid has no funding. The organisation of the
  // formula-named bid is itself a formula: neutralised like the bidder.
  score::Result result = sample();
  auto& bids = result.lots[0].bids;
  bids[0].organisation = "Acme Group";
  bids[0].price = Rational{60};
  bids[0].funding = score::Funding{true, false, Rational{60}, "funded at rank 1"};
  bids[1].organisation = "=cmd";
  bids[1].price = Rational{50};
  bids[1].funding = score::Funding{false, true, Rational{0}, "undecided: a tie"};
  bids[2].organisation = "Other";
  result.lots[0].funding = score::Pot{Rational{100}, Rational{60}, Rational{40}, "skip", {}, {}};
  std::ostringstream out;
  report::write_score_csv(result, out);
  std::istringstream lines(out.str());
  std::string header;
  std::string first;
  std::string second;
  std::string third;
  std::getline(lines, header);
  std::getline(lines, first);
  std::getline(lines, second);
  std::getline(lines, third);
  CHECK(header == "lot,bidder,rank,status,total,price,quality,q1,flags,exclusion,organisation,"
                  "request,funding,undecided,amount,funding_reason\r");
  CHECK(first == ",Acme\\x1B[31m Ltd,1,ranked,66,30,36,36,,,Acme Group,60,funded,false,60,"
                 "funded at rank 1\r");
  CHECK(second.substr(second.find("abnormally-low-price,")) ==
        "abnormally-low-price,,'=cmd,50,not-funded,true,0,undecided: a tie\r");
  CHECK(third.substr(third.find("answered fail")) == "answered fail,Other,,,,,\r");
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

TEST_CASE("report score writers under price per quality point")
{
  SUBCASE("table: the award in the header, a £/point column and each bid's formula")
  {
    std::ostringstream out;
    report::write_score_table(sample_per_point(), out);
    CHECK(out.str() == "t-1 — Test tender\n"
                       "award: price per quality point (price ÷ total quality points, lowest "
                       "wins); panel aggregate: mean; social value: 0% of the total\n"
                       "\n"
                       "Rank  Bidder     Total  £/point  quality\n"
                       "1     Acme Ltd   60.00   150.00    60.00\n"
                       "2     Bravo Ltd  68.00   154.41    68.00\n"
                       "\n"
                       "Price per quality point (lowest wins)\n"
                       "  Acme Ltd: price 9000 ÷ 60 points = 150\n"
                       "  Bravo Ltd: price 10500 ÷ 68 points = 154.411765…\n"
                       "\n"
                       "Excluded\n"
                       "  Dunn Ltd: 0 quality points [no-quality-points]\n");
  }
  SUBCASE("csv: a price_per_point column after total")
  {
    std::ostringstream out;
    report::write_score_csv(sample_per_point(), out);
    CHECK(out.str() == "lot,bidder,rank,status,total,price_per_point,quality,q1,flags,"
                       "exclusion\r\n"
                       ",Acme Ltd,1,ranked,60,150,60,60,,\r\n"
                       ",Bravo Ltd,2,ranked,68,154.41176470588235,68,68,,\r\n"
                       ",Dunn Ltd,,excluded,,,,,,0 quality points\r\n");
  }
  SUBCASE("json: the award under rules and each bid's price per point")
  {
    std::ostringstream out;
    report::write_score_json(sample_per_point(), out);
    const auto doc = nlohmann::json::parse(out.str());
    CHECK(doc["rules"]["award"] == "price-per-quality-point");
    const auto& bids = doc["lots"][0]["bids"];
    CHECK(bids[0]["price_per_point"] == 150);
    CHECK(bids[0]["price_per_point_exact"] == "150");
    CHECK(bids[0]["price_per_point_formula"] == "price 9000 ÷ 60 points = 150");
    CHECK(bids[1]["price_per_point"] == doctest::Approx(154.41176470588235));
    CHECK(bids[1]["price_per_point_exact"] == "2625/17");
    CHECK(bids[2]["price_per_point"].is_null());
    CHECK(bids[2]["price_per_point_exact"].is_null());
  }
  SUBCASE("weighted total: no award or price per point fields, as before")
  {
    std::ostringstream out;
    report::write_score_json(sample(), out);
    CHECK(out.str().find("price_per_point") == std::string::npos);
    CHECK(out.str().find("\"award\"") == std::string::npos);
  }
}
