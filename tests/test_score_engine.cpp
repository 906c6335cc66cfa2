// SPDX-License-Identifier: MIT
// score_tender end to end: lots with their own criteria (and how the writers show their rules),
// relative-to-best against the bids in contention, and the FORMAT.md waste tender.
#include "score_test_support.hpp"

#include <tenderscore/report/score_writers.hpp>
#include <tenderscore/score/engine.hpp>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <sstream>

using namespace tenderscore;
using namespace tenderscore::score::test;
using score::BidStatus;

namespace {

const std::vector<std::string> k_panel{"ev-procurement", "ev-service", "ev-arts"};

// A bid for the waste tender passing `insurance` as given and exclusion-grounds.
BidBuilder waste_bid(const std::string& bidder, const Rational& price, bool insured = true)
{
  return bid(bidder, price)
      .evaluators(k_panel)
      .gate("insurance", insured)
      .gate("exclusion-grounds", true);
}

} // namespace

TEST_CASE("score::score_tender")
{
  SUBCASE("lots are scored separately, each with its own criteria and benchmarks")
  {
    // tender: price 40 lowest-ratio, quality 60 {q 60}; lot south overrides with price 30
    // range and quality-south 70 {q-south 70}; tie-break quality (absent from south)
    auto t = tender({price("price", 40, model::PriceMethod::lowest_ratio),
                     group("quality", 60, {question("q", 60)})},
                    {"quality"});
    t.lots.push_back({"north", {}, "North", std::nullopt});
    t.lots.push_back(
        {"south",
         {},
         "South",
         std::vector<Criterion>{price("price", 30, model::PriceMethod::range),
                                group("quality-south", 70, {question("q-south", 70)})}});
    const auto result = score_files_and_check(
        t, {bids_file({bid("North One", 100000).lot("north").score("q", {4}),
                       bid("South One", 10000).lot("south").score("q-south", {2})}),
            bids_file({bid("South Two", 20000).lot("south").score("q-south", {5}),
                       bid("North Two", 80000).lot("north").score("q", {3}),
                       bid("South Three", 10000).lot("south").score("q-south", {2})})});
    REQUIRE(result.lots.size() == 2);
    const auto& north = result.lots[0];
    CHECK(*north.lot == "north");
    // North One: 40 × 80,000 ÷ 100,000 + 60 × 4 ÷ 5 = 32 + 48 = 80; North Two: 40 + 36 = 76
    CHECK(bidders(north) == std::vector<std::string>{"North One", "North Two"});
    CHECK(*north.bids[0].total == 80);
    CHECK(*north.bids[1].total == 76);
    CHECK(*north.bids[0].lot == "north");
    CHECK(*north.benchmarks.lowest == 80000); // south's 10,000 is another lot's price
    CHECK(*north.benchmarks.median == 90000);

    const auto& south = result.lots[1];
    CHECK(*south.lot == "south");
    CHECK(south.criteria_order == std::vector<std::string>{"price", "quality-south", "q-south"});
    // range over 10,000–20,000: South One 30 × (20,000 − 10,000) ÷ 10,000 + 70 × 2 ÷ 5 = 58,
    // South Three the same; South Two 0 + 70 × 5 ÷ 5 = 70 (lowest-ratio would give it 15)
    CHECK(bidders(south) == std::vector<std::string>{"South Two", "South One", "South Three"});
    CHECK(*south.bids[0].total == 70);
    CHECK(*south.bids[1].total == 58);
    CHECK(*south.bids[1].rank == 2);
    CHECK(*south.bids[2].rank == 2);
    CHECK(south.bids[1].tie_note ==
          "tied with 'South Three' on total; no tie-break criterion applies");
    CHECK(*south.benchmarks.median == 10000);     // sorted 10,000 10,000 20,000
    CHECK(result.price_method == "lowest-ratio"); // the tender's own price criterion
    CHECK(north.price_method == "lowest-ratio");  // north uses the tender's criteria
    CHECK(south.price_method == "range");         // south scores price by its own method
    CHECK(result.social_value_share == 0);
    CHECK(north.social_value_share == 0);
    CHECK(south.social_value_share == 0);
  }
  SUBCASE("a lot's own criteria set its price method and social value share, shown by writers")
  {
    // tender: price 40 lowest-ratio, quality 50 {q 50}, social 10 {sv 10} (social value);
    // lot south: price 30 fixed-bounds 1,000–2,000, quality 50 {q 50}, social 20 {sv 20}
    auto t = tender({price("price", 40, model::PriceMethod::lowest_ratio),
                     group("quality", 50, {question("q", 50)}),
                     group("social", 10, {question("sv", 10)}).social_value()});
    t.lots.push_back({"north", {}, "North", std::nullopt});
    t.lots.push_back(
        {"south",
         {},
         "South",
         std::vector<Criterion>{
             price("price", 30, model::PriceMethod::fixed_bounds).floor(1000).ceiling(2000),
             group("quality", 50, {question("q", 50)}),
             group("social", 20, {question("sv", 20)}).social_value()}});
    const auto result =
        score_and_check(t, {bid("North Ltd", 1000).lot("north").score("q", {4}).score("sv", {5}),
                            bid("South Ltd", 1500).lot("south").score("q", {3}).score("sv", {5})});
    CHECK(result.price_method == "lowest-ratio"); // the tender-level rules
    CHECK(result.social_value_share == 10);
    REQUIRE(result.lots.size() == 2);
    const auto& north = result.lots[0];
    const auto& south = result.lots[1];
    CHECK(north.price_method == "lowest-ratio");
    CHECK(north.social_value_share == 10);
    CHECK(south.price_method == "fixed-bounds");
    CHECK(south.social_value_share == 20);
    // North Ltd: 40 × 1,000 ÷ 1,000 = 40; 50 × 4 ÷ 5 = 40; 10 × 5 ÷ 5 = 10; total 90
    CHECK(*north.bids[0].total == 90);
    // South Ltd: 30 × (2,000 − 1,500) ÷ (2,000 − 1,000) = 15; 50 × 3 ÷ 5 = 30; 20 × 5 ÷ 5 = 20;
    // total 65, of which 20 social value
    CHECK(*south.bids[0].total == 65);
    CHECK(south.bids[0].social_value_points == 20);

    // The table names a lot's rules only where they differ from the tender's.
    std::ostringstream table;
    report::write_score_table(result, table);
    CHECK(table.str() ==
          "t — Test tender\n"
          "price method: lowest-ratio; panel aggregate: mean; social value: 10% of the total\n"
          "\n"
          "Lot north\n"
          "Rank  Bidder     Total  price  quality  social\n"
          "1     North Ltd  90.00  40.00    40.00   10.00\n"
          "\n"
          "Lot south\n"
          "price method: fixed-bounds; social value: 20% of the total\n"
          "Rank  Bidder     Total  price  quality  social\n"
          "1     South Ltd  65.00  15.00    30.00   20.00\n");

    // The JSON names every lot's rules; "rules" keeps the tender's.
    std::ostringstream json;
    report::write_score_json(result, json);
    const auto doc = nlohmann::json::parse(json.str());
    CHECK(doc["rules"]["price_method"] == "lowest-ratio");
    CHECK(doc["rules"]["social_value_share"] == 10);
    CHECK(doc["lots"][0]["price_method"] == "lowest-ratio");
    CHECK(doc["lots"][0]["social_value_share"] == 10);
    CHECK(doc["lots"][1]["price_method"] == "fixed-bounds");
    CHECK(doc["lots"][1]["social_value_share"] == 20);

    // Without lots the lot object is unchanged: its rules are the tender's, under "rules".
    t.lots.clear();
    std::ostringstream single;
    report::write_score_json(
        score_and_check(t, {bid("North Ltd", 1000).score("q", {4}).score("sv", {5})}), single);
    const auto lot = nlohmann::json::parse(single.str())["lots"][0];
    CHECK_FALSE(lot.contains("price_method"));
    CHECK_FALSE(lot.contains("social_value_share"));
  }
  SUBCASE("relative-to-best takes the best among bids in contention, not an excluded bid's")
  {
    // q 40 relative-to-best; r 60 on the scale max, minimum 2.
    // Star Ltd: q 5, r 1 < 2: excluded by the minimum, so its 5 is not the best.
    // Best q in contention = max(Acme 4, Bravo 2) = 4.
    // Acme Ltd:  40 × 4 ÷ best 4 = 40;  r 60 × 3 ÷ 5 = 36;                     total 76
    // Bravo Ltd: 40 × 2 ÷ best 4 = 20;  r mean (4 + 5) ÷ 2 = 4.5, 60 × 4.5 ÷ 5 = 54; total 74
    // Had Star's 5 been the best: Acme 32 + 36 = 68 and Bravo 16 + 54 = 70, the order reversed.
    const auto t = tender({question("q", 40).relative_to_best(), question("r", 60).minimum(2)});
    const auto result =
        score_and_check(t, {bid("Star Ltd", 100).score("q", {5}).score("r", {1}),
                            bid("Acme Ltd", 100).score("q", {4}).score("r", {3}),
                            bid("Bravo Ltd", 100).score("q", {2}).score("r", {4, 5})});
    const auto& lot = result.lots[0];
    CHECK(bidders(lot) == std::vector<std::string>{"Acme Ltd", "Bravo Ltd", "Star Ltd"});
    const auto& star = bid_of(lot, "Star Ltd");
    CHECK(star.status == BidStatus::excluded);
    REQUIRE(star.exclusions.size() == 1);
    CHECK(star.exclusions[0].reason == "score 1 on 'r' is below the minimum of 2");
    const auto& acme = bid_of(lot, "Acme Ltd");
    CHECK(*points_of(acme, "q").divisor == 4);
    CHECK(points_of(acme, "q").formula == "40 × 4 ÷ best 4 = 40");
    CHECK(*acme.total == 76);
    const auto& bravo = bid_of(lot, "Bravo Ltd");
    CHECK(points_of(bravo, "q").formula == "40 × 2 ÷ best 4 = 20");
    CHECK(points_of(bravo, "r").points == 54);
    CHECK(*bravo.total == 74);
  }
  SUBCASE("without lots one result holds every bid")
  {
    const auto t = tender({question("q", 100)});
    const auto result = score_files_and_check(t, {bids_file({bid("A Ltd", 1).score("q", {1})}),
                                                  bids_file({bid("B Ltd", 1).score("q", {2})})});
    REQUIRE(result.lots.size() == 1);
    CHECK_FALSE(result.lots[0].lot);
    CHECK(bidders(result.lots[0]) == std::vector<std::string>{"B Ltd", "A Ltd"});
  }
  SUBCASE("the FORMAT.md waste tender with five bids")
  {
    const model::Tender t = waste_tender();
    const auto result = score_files_and_check(
        t, {bids_file({waste_bid("Greenway Services Ltd", 47200000)
                           .score("service-delivery", {4, 4, 3})
                           .moderated("service-delivery", 4,
                                      "Clear collection plan with resilience for peak periods.")
                           .score("recycling-performance", {3, 3, 3})
                           .score("mobilisation", {3, 4, 3})
                           .score("community-engagement", {4, 5, 5})
                           .moderated("community-engagement", 5),
                       waste_bid("Cheapskate Ltd", 20000000, false)
                           .score("service-delivery", {1, 1, 2})
                           .score("recycling-performance", {2, 2, 2})
                           .score("mobilisation", {2, 2, 2})
                           .score("community-engagement", {2, 3, 3})
                           .moderated("community-engagement", 5)}),
            bids_file({waste_bid("Bluebin Recycling plc", 40000000)
                           .score("service-delivery", {3, 3, 3})
                           .score("recycling-performance", {4, 3, 4})
                           .score("mobilisation", {3, 3, 3})
                           .score("community-engagement", {2, 5, 3}),
                       waste_bid("Civic Waste Partnership", 52000000)
                           .score("service-delivery", {5, 5, 4})
                           .moderated("service-delivery", 5)
                           .score("recycling-performance", {4, 4, 4})
                           .score("mobilisation", {4, 5, 5})
                           .score("community-engagement", {4, 4, 4}),
                       waste_bid("Thinline Ltd", 45000000)
                           .score("service-delivery", {2, 2, 2})
                           .score("recycling-performance", {3, 3, 3})
                           .score("mobilisation", {2, 3, 2})
                           .score("community-engagement", {3, 3, 3})})});

    CHECK(result.tender == "waste-2015");
    CHECK(result.title == "Waste management and recycling services");
    CHECK(result.price_method == "lowest-ratio");
    CHECK(result.social_value_share == 5);
    CHECK(result.tie_break == std::vector<std::string>{"quality", "social-value"});
    CHECK(result.aggregate == "mean");
    const auto& lot = result.lots.at(0);
    CHECK(lot.criteria_order == std::vector<std::string>{"price", "quality", "service-delivery",
                                                         "recycling-performance", "mobilisation",
                                                         "social-value", "community-engagement"});
    CHECK(bidders(lot) == std::vector<std::string>{"Civic Waste Partnership",
                                                   "Bluebin Recycling plc", "Greenway Services Ltd",
                                                   "Cheapskate Ltd", "Thinline Ltd"});

    // In contention: 47.2m, 40m, 52m (Cheapskate failed a gate, Thinline the threshold)
    CHECK(*lot.benchmarks.lowest == 40000000);
    CHECK(*lot.benchmarks.highest == 52000000);
    CHECK(*lot.benchmarks.median == 47200000); // with Thinline's 45m it would be 46.1m
    CHECK(*lot.benchmarks.abnormally_low_below == 37760000); // 0.8 × 47,200,000

    const auto& greenway = bid_of(lot, "Greenway Services Ltd");
    CHECK(*greenway.rank == 3);
    CHECK(greenway.flags.empty());
    // 40 × 40,000,000 ÷ 47,200,000 = 4000/118 = 2000/59 = 33.898305…
    CHECK(points_of(greenway, "price").points == Rational{2000, 59});
    CHECK(points_of(greenway, "price").formula == "40 × lowest 40000000 ÷ 47200000 = 33.898305…");
    const auto& sd = points_of(greenway, "service-delivery");
    CHECK(sd.score_source == "moderated"); // moderated 4; evaluators 4, 4, 3 kept
    CHECK(sd.points == 20);                // 25 × 4 ÷ 5
    CHECK(sd.evaluators.size() == 3);
    CHECK(sd.evaluators[2].evaluator == "ev-arts");
    CHECK(sd.comment == "Clear collection plan with resilience for peak periods.");
    CHECK(points_of(greenway, "recycling-performance").points == 12); // 20 × 3 ÷ 5
    // mean (3 + 4 + 3) ÷ 3 = 10/3; 10 × 10/3 ÷ 5 = 20/3
    CHECK(points_of(greenway, "mobilisation").points == Rational{20, 3});
    CHECK(points_of(greenway, "mobilisation").formula == "10 × 3.333333… ÷ 5 = 6.666667…");
    // 20 + 12 + 20/3 = 116/3
    CHECK(points_of(greenway, "quality").points == Rational{116, 3});
    CHECK(points_of(greenway, "quality").formula ==
          "sum of children = 20 + 12 + 6.666667… = 38.666667…");
    CHECK(points_of(greenway, "social-value").points == 5); // moderated 5: 5 × 5 ÷ 5
    // 2000/59 + 116/3 + 5 = (6000 + 6844 + 885) ÷ 177 = 13729/177 = 77.564971…
    CHECK(*greenway.total == Rational{13729, 177});
    CHECK(util::format_fixed(*greenway.total, 2) == "77.56");
    CHECK(greenway.social_value_points == 5);

    const auto& civic = bid_of(lot, "Civic Waste Partnership");
    CHECK(*civic.rank == 1);
    // price 40 × 40m ÷ 52m = 400/13; quality 25 + 16 + 10 × 14/3 ÷ 5 = 41 + 28/3 = 151/3;
    // social value 5 × 4 ÷ 5 = 4; total (1200 + 1963 + 156) ÷ 39 = 3319/39 = 85.102564…
    CHECK(points_of(civic, "price").points == Rational{400, 13});
    CHECK(points_of(civic, "quality").points == Rational{151, 3});
    CHECK(*civic.total == Rational{3319, 39});
    CHECK(util::format_fixed(*civic.total, 2) == "85.10");

    const auto& bluebin = bid_of(lot, "Bluebin Recycling plc");
    CHECK(*bluebin.rank == 2);
    // price 40; quality 15 + 20 × 11/3 ÷ 5 + 6 = 107/3; social value 5 × 10/3 ÷ 5 = 10/3;
    // total 40 + 107/3 + 10/3 = 40 + 39 = 79
    CHECK(points_of(bluebin, "quality").points == Rational{107, 3});
    CHECK(*bluebin.total == 79);
    CHECK(bluebin.social_value_points == Rational{10, 3});
    REQUIRE(bluebin.flags.size() == 1); // community engagement 2, 5, 3: spread 3
    CHECK(bluebin.flags[0].name() == "panel-spread:community-engagement");
    CHECK(bluebin.flags[0].message == "evaluators' scores range from 2 to 5 (spread 3, flag at 2)");

    const auto& cheap = bid_of(lot, "Cheapskate Ltd");
    CHECK(cheap.status == BidStatus::excluded);
    REQUIRE(cheap.exclusions.size() == 3);
    CHECK(cheap.exclusions[0].reason == "gate 'insurance' answered fail");
    // (1 + 1 + 2) ÷ 3 = 4/3 < 2
    CHECK(cheap.exclusions[1].reason ==
          "score 1.333333… on 'service-delivery' is below the minimum of 2");
    // 25 × 4/3 ÷ 5 + 20 × 2 ÷ 5 + 10 × 2 ÷ 5 = 20/3 + 8 + 4 = 56/3 of 55 = 33.9%
    CHECK(cheap.exclusions[2].reason ==
          "scored 18.666667… of 55 available points (33.9%) in 'quality', below the threshold "
          "of 60%");
    // 20m is below 0.8 × 47.2m, but Cheapskate is excluded: no abnormally-low flag, only the
    // panel's own flag
    REQUIRE(cheap.flags.size() == 1);
    CHECK(cheap.flags[0].name() == "moderated-outside-range:community-engagement");
    CHECK(cheap.flags[0].message == "moderated score 5 lies outside the evaluators' range 2–3");

    const auto& thin = bid_of(lot, "Thinline Ltd");
    REQUIRE(thin.exclusions.size() == 1);
    // 25 × 2 ÷ 5 + 20 × 3 ÷ 5 + 10 × 7/3 ÷ 5 = 10 + 12 + 14/3 = 80/3 of 55 = 48.48…%,
    // rounded down
    CHECK(thin.exclusions[0].reason ==
          "scored 26.666667… of 55 available points (48.4%) in 'quality', below the threshold "
          "of 60%");
    CHECK(thin.flags.empty()); // 45m is not below 37.76m
  }
}
