// SPDX-License-Identifier: MIT
#include "test_load_support.hpp"

#include <tenderscore/app/workflow.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

using namespace tenderscore;
using test::Lines;

namespace {

std::string path_of(const std::string& relative)
{
  return std::string(TENDERSCORE_SOURCE_DIR) + "/" + relative;
}

std::string text_of(const std::string& relative)
{
  return load::read_source(path_of(relative))->text();
}

// Load each (name, text) pair as check_files would and check the set.
app::CheckedInputs check(const std::vector<std::pair<std::string, std::string>>& files)
{
  app::CheckedInputs inputs;
  for (const auto& [name, text] : files) {
    inputs.files.push_back(load::load_text(name, text, inputs.diagnostics));
  }
  app::check_loaded(inputs, validate::Options{});
  return inputs;
}

// The rendered errors of `inputs` whose rule starts with `family` (warnings and notes left out).
Lines errors(const app::CheckedInputs& inputs, const std::string& family = "")
{
  diag::Diagnostics only;
  for (const auto& d : inputs.diagnostics.items()) {
    if (d.severity == diag::Severity::error && d.rule.rfind(family, 0) == 0) {
      only.add(d);
    }
  }
  return test::render(only);
}

const std::pair<std::string, std::string> tender()
{
  return {"tender.yaml", text_of("examples/waste-2015/tender.yaml")};
}

const std::pair<std::string, std::string> gates_only()
{
  return {"bids.yaml", text_of("tests/data/csv/bids.yaml")};
}

const char* const k_header = "bidder,lot,question,evaluator,score,comment\n";

} // namespace

TEST_CASE("app::check_loaded with CSV sheets")
{
  SUBCASE("scores and prices merged into a YAML bids file")
  {
    const auto inputs = check({tender(),
                               gates_only(),
                               {"scores.csv", text_of("tests/data/csv/scores.csv")},
                               {"prices.csv", text_of("tests/data/csv/prices.csv")}});
    CHECK(errors(inputs).empty());
    const auto bids = inputs.bids();
    REQUIRE(bids.size() == 1);
    const model::Bid& greenway = bids[0]->bids[0];
    REQUIRE(greenway.price);
    CHECK(greenway.price->where.path() == "prices.csv");
    CHECK(greenway.price->where.line == 2);
    REQUIRE(greenway.scores.size() == 4);
    CHECK(greenway.scores[0].where.path() == "scores.csv");
    CHECK(greenway.gates.size() == 2);
  }
  SUBCASE("sheets without a YAML bids file form the bids on their own")
  {
    const auto inputs =
        check({tender(),
               {"scores.csv", text_of("tests/data/csv/scores.csv")},
               {"prices.csv", "bidder,price\nGreenway Services Ltd,1\nNew Bidder Ltd,2\n"}});
    const auto bids = inputs.bids();
    REQUIRE(bids.size() == 1);
    CHECK(bids[0]->tender.value == "waste-2015");
    REQUIRE(bids[0]->bids.size() == 7);
    CHECK(bids[0]->bids[0].price->value == 1);
    CHECK(bids[0]->bids[6].bidder.value == "New Bidder Ltd");
    CHECK(errors(inputs, "csv.").empty());
    CHECK(errors(inputs, "gate.").size() == 14);
  }
  SUBCASE("a sheet with errors leaves its tender's bids unchecked")
  {
    const auto inputs = check({tender(), gates_only(), {"prices.csv", "bidder,price\nX,none\n"}});
    CHECK(test::render(inputs.diagnostics) ==
          Lines{"prices.csv:2:3: error: price 'none' is not a number [csv.value]",
                "bids.yaml:5:9: note: bids for tender 'waste-2015' were not checked: a CSV sheet "
                "given with them has errors [csv.unchecked]",
                "tender.yaml:10:20: warning: the estimated value is over £5m (£50000000) but the "
                "tender sets 2 KPIs; the Procurement Act 2023 s.52 requires at least three "
                "[outcomes.too-few-kpis]",
                "tender.yaml:39:15: note: lowest-ratio scoring of 'price' is non-linear and can "
                "reverse the ranking of other bids when a bid is added or removed; consider "
                "fixed-bounds, which scores each price against bounds published in advance "
                "[price.method-risk]"});
  }
  SUBCASE("a CSV names no tender")
  {
    const auto inputs = check({{"prices.csv", "bidder,price\nAcme Ltd,1\n"}});
    CHECK(errors(inputs) == Lines{"prices.csv:1:1: error: a CSV sheet names no tender: give "
                                  "exactly one tender file with it (0 given) [usage.csv-tender]"});
  }
  SUBCASE("unknown bidder when a YAML file lists the bids")
  {
    const auto inputs =
        check({tender(), gates_only(), {"prices.csv", "bidder,price\nGreenway Service Ltd,1\n"}});
    CHECK(errors(inputs, "csv.") ==
          Lines{"prices.csv:2:1: error: no bid from 'Greenway Service Ltd' in 'bids.yaml'; did "
                "you mean 'Greenway Services Ltd'? [csv.bidder]"});
  }
  SUBCASE("a price given in YAML and CSV")
  {
    const auto inputs = check({tender(),
                               {"bids.yaml", text_of("examples/waste-2015/bids.yaml")},
                               {"prices.csv", "bidder,lot,price\nCheapskate Ltd,,31000000\n"}});
    CHECK(errors(inputs) == Lines{"prices.csv:2:17: error: the price of 'Cheapskate Ltd' is also "
                                  "given at bids.yaml:27:12 [csv.conflict]"});
  }
  SUBCASE("a score given in YAML and CSV")
  {
    const auto inputs = check(
        {tender(),
         {"bids.yaml", text_of("examples/waste-2015/bids.yaml")},
         {"scores.csv", std::string(k_header) + "Cheapskate Ltd,,mobilisation,ev-arts,4,\n"}});
    CHECK(errors(inputs) ==
          Lines{"scores.csv:2:30: error: the score for 'Cheapskate Ltd', question 'mobilisation', "
                "evaluator 'ev-arts' is also given at bids.yaml:32:69 [csv.conflict]"});
  }
  SUBCASE("a quantitative criterion's value given in YAML and CSV")
  {
    const auto inputs =
        check({{"tender.yaml", text_of("examples/community-transport/tender.yaml")},
               {"bids.yaml", text_of("examples/community-transport/bids.yaml")},
               {"values.csv", "bidder,lot,criterion,value\nValley Minibus CIC,,emissions,55\n"}});
    CHECK(errors(inputs) ==
          Lines{"values.csv:2:31: error: the value for 'Valley Minibus CIC', criterion "
                "'emissions' is also given at bids.yaml:19:43 [csv.conflict]"});
  }
  SUBCASE("unknown question and evaluator are reported at the CSV cell")
  {
    const auto inputs = check(
        {tender(),
         gates_only(),
         {"scores.csv", std::string(k_header) + "Cheapskate Ltd,,mobilisaton,ev-arts,4,\n"
                                                "Cheapskate Ltd,,service-delivery,ev-art,4,\n"}});
    CHECK(errors(inputs, "ref.") ==
          Lines{"scores.csv:2:17: error: bid 'Cheapskate Ltd' has a score for 'mobilisaton', which "
                "is not a criterion; did you mean 'mobilisation'? [ref.criterion]",
                "scores.csv:3:34: error: evaluator 'ev-art' is not on the panel; did you mean "
                "'ev-arts'? [ref.evaluator]"});
  }
}

TEST_CASE("app::check_tender_and_bids with a CSV first")
{
  const auto inputs = app::check_tender_and_bids(path_of("tests/data/csv/prices.csv"),
                                                 {path_of("examples/waste-2015/tender.yaml")}, {});
  CHECK(errors(inputs, "usage.tender").size() == 1);
  CHECK(app::ready_tender(inputs) == nullptr);
}

TEST_CASE("app::score_files with CSV sheets")
{
  // The same scores and prices as examples/waste-2015/bids.yaml, from two sheets: same totals.
  const std::string tender_path = path_of("examples/waste-2015/tender.yaml");
  const auto yaml = app::score_files(tender_path, {path_of("examples/waste-2015/bids.yaml")}, {});
  const auto csv =
      app::score_files(tender_path,
                       {path_of("tests/data/csv/bids.yaml"), path_of("tests/data/csv/scores.csv"),
                        path_of("tests/data/csv/prices.csv")},
                       {});
  REQUIRE(yaml.result);
  REQUIRE(csv.result);
  REQUIRE(yaml.result->lots.size() == csv.result->lots.size());
  for (std::size_t l = 0; l < yaml.result->lots.size(); ++l) {
    const auto& a = yaml.result->lots[l].bids;
    const auto& b = csv.result->lots[l].bids;
    REQUIRE(a.size() == b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
      CAPTURE(a[i].bidder);
      CHECK(a[i].bidder == b[i].bidder);
      CHECK(a[i].rank == b[i].rank);
      CHECK(a[i].total == b[i].total);
      CHECK(a[i].price == b[i].price);
      CHECK(a[i].criteria.size() == b[i].criteria.size());
    }
  }
}
