// SPDX-License-Identifier: MIT
#include "value_test_support.hpp"

#include <tenderscore/value/washing.hpp>

#include <doctest/doctest.h>

#include <string>

using namespace tenderscore;

namespace {

// 200 WELLBYs × 13000, no adjustment, 1 year at 3.5%: PV = 2600000 ÷ 1.035 ≈ 2512077.29,
// above Heartlands' price (1500000) and the tender's estimated value (1800000).
const std::string k_claims = R"(format: tenderscore/value-map@1
value_map:
  id: claims
  tender: mh-wellbeing-2026
  bidder: Heartlands Health Ltd
costs:
  - {agency: county-council, total: 1500000}
outcomes:
  - id: wellbeing
    outcome: empowered
    kpi: wellbeing-change
    quantity: 200
    proxy: wellby
    deadweight: 0
    duration: 1
)";

std::string replaced(std::string text, const std::string& from, const std::string& to)
{
  text.replace(text.find(from), from.size(), to);
  return text;
}

app::CheckedInputs check(const std::string& map, bool with_bids = true)
{
  std::vector<std::pair<std::string, std::string>> files{
      {"vm.yaml", map},
      {"green-book.yaml", test::green_book()},
      {"tender.yaml", test::mh_example("tender.yaml")}};
  if (with_bids) {
    files.emplace_back("bids.yaml", test::mh_example("bids.yaml"));
  }
  return test::check_texts(files);
}

std::string warnings(const app::CheckedInputs& inputs)
{
  return test::diagnostics_text(inputs.diagnostics, "value.");
}

} // namespace

TEST_CASE("value::check_value_washing")
{
  SUBCASE("value.claim-above-price: against the bidder's price")
  {
    CHECK(warnings(check(k_claims)) ==
          "vm.yaml:5:11: warning: the value map claims GBP 2512077.29 of social value (present "
          "value), more than the price of the bid of 'Heartlands Health Ltd' (GBP 1500000.00): "
          "check the claim for value-washing [value.claim-above-price]");
    // 100 WELLBYs: 1256038.65, below the price: no warning
    CHECK(warnings(check(replaced(k_claims, "quantity: 200", "quantity: 100"))).empty());
  }
  SUBCASE("value.claim-above-price: against the tender's estimated value")
  {
    CHECK(warnings(check(k_claims, false)) ==
          "vm.yaml:3:7: warning: the value map claims GBP 2512077.29 of social value (present "
          "value), more than the estimated value of tender 'mh-wellbeing-2026' (GBP "
          "1800000.00): check the claim for value-washing [value.claim-above-price]");
    // 130 WELLBYs: 1690000 ÷ 1.035 ≈ 1632850.24, above Heartlands' 1500000 but below 1800000
    const auto map = replaced(k_claims, "quantity: 200", "quantity: 130");
    CHECK(warnings(check(map, false)).empty());
    CHECK(warnings(check(map)).find("1632850.24") != std::string::npos);
  }
  SUBCASE("value.bidder")
  {
    CHECK(warnings(check(replaced(k_claims, "Heartlands Health Ltd", "Heartland Health Ltd"))) ==
          "vm.yaml:5:11: warning: the value map is for bidder 'Heartland Health Ltd', who has no "
          "bid in the bids given; did you mean 'Heartlands Health Ltd'? [value.bidder]");
  }
  SUBCASE("value.tender: another tender's value map is not compared")
  {
    CHECK(warnings(check(replaced(k_claims, "tender: mh-wellbeing-2026", "tender: other"))) ==
          "vm.yaml:4:11: warning: the value map is for tender 'other', but tender "
          "'mh-wellbeing-2026' was given: its outcomes, KPIs and price were not compared "
          "[value.tender]");
  }
  SUBCASE("value.deadweight-missing: absent is a gap, 0 is a choice")
  {
    const auto small = replaced(k_claims, "quantity: 200", "quantity: 1");
    CHECK(warnings(check(small)).empty());
    CHECK(warnings(check(replaced(small, "    deadweight: 0\n", ""))) ==
          "vm.yaml:9:9: warning: outcome 'wellbeing' gives no deadweight, so it is counted as if "
          "none of it would have happened anyway; write 'deadweight: 0' if that is the finding "
          "[value.deadweight-missing]");
  }
  SUBCASE("value.double-count: one tender outcome under two KPIs")
  {
    // arts-access and loneliness both measure the tender outcome 'connected'
    const std::string map = replaced(k_claims, "quantity: 200", "quantity: 1") +
                            R"(  - id: groups
    outcome: connected
    kpi: arts-access
    quantity: 1
    proxy: wellby
    deadweight: 0
    duration: 1
  - id: less-lonely
    outcome: loneliness
    kpi: loneliness
    quantity: 1
    proxy: wellby
    deadweight: 0
    duration: 1
)";
    CHECK(warnings(check(map)) ==
          "vm.yaml:24:14: warning: outcome 'connected' is valued by 'groups' and again by "
          "'less-lonely' (line 16): the same outcome counted under two measures or proxies "
          "inflates the value [value.double-count]");
  }
  SUBCASE("value.double-count: one KPI for two outcomes")
  {
    const std::string map = replaced(k_claims, "quantity: 200", "quantity: 1") +
                            R"(  - id: again
    outcome: something-else
    kpi: wellbeing-change
    quantity: 1
    proxy: wellby
    deadweight: 0
    duration: 1
)";
    // 'wellbeing-change' belongs to 'empowered': the same tender outcome again
    CHECK(warnings(check(map)) ==
          "vm.yaml:17:14: warning: outcome 'empowered' is valued by 'wellbeing' and again by "
          "'again' (line 9): the same outcome counted under two measures or proxies inflates "
          "the value [value.double-count]");
  }
  SUBCASE("value.unmonitored")
  {
    const auto small = replaced(k_claims, "quantity: 200", "quantity: 1");
    CHECK(warnings(check(replaced(small, "kpi: wellbeing-change", "kpi: wellbeing-chnage"))) ==
          "vm.yaml:11:10: warning: outcome 'wellbeing' names KPI 'wellbeing-chnage', which "
          "tender 'mh-wellbeing-2026' does not monitor; did you mean 'wellbeing-change'? "
          "[value.unmonitored]");
    CHECK(warnings(check(replaced(small, "    kpi: wellbeing-change\n", ""))) ==
          "vm.yaml:9:9: warning: outcome 'wellbeing' has no monitoring KPI behind it: name one "
          "of tender 'mh-wellbeing-2026''s KPIs in 'kpi:' so the claim can be checked after "
          "award [value.unmonitored]");
    // an outcome id that is itself a KPI of the tender is monitored by it
    CHECK(warnings(check(replaced(replaced(small, "    kpi: wellbeing-change\n", ""),
                                  "outcome: empowered", "outcome: wellbeing-change")))
              .empty());
  }
  SUBCASE("without a tender only the map's own gaps are checked")
  {
    const auto inputs =
        test::check_texts({{"vm.yaml", replaced(k_claims, "    deadweight: 0\n", "")},
                           {"green-book.yaml", test::green_book()}});
    CHECK(warnings(inputs) ==
          "vm.yaml:9:9: warning: outcome 'wellbeing' gives no deadweight, so it is counted as if "
          "none of it would have happened anyway; write 'deadweight: 0' if that is the finding "
          "[value.deadweight-missing]");
  }
}
