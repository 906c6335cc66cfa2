// SPDX-License-Identifier: MIT
#include "validate_test_support.hpp"

#include <doctest/doctest.h>

using namespace tenderscore;
using test::check;
using test::rendered;

TEST_CASE("validate::check_tender outcomes")
{
  model::Tender t = test::waste_tender();
  model::Kpi& rate = t.outcomes[0].kpis[0];
  model::Kpi& arts = t.outcomes[0].kpis[1];

  SUBCASE("kpi.targets-order: higher is better")
  {
    CHECK(rendered(check(t), "kpi.targets-order").empty());
    rate.targets->minimum.value = 50;
    rate.targets->expected.value = 45;
    CHECK(rendered(check(t), "kpi.targets-order") ==
          "t.yaml:69:42: error: targets of 'recycling-rate' are out of order for a "
          "higher-is-better KPI: minimum 50 > expected 45 [kpi.targets-order]");
    rate.targets->minimum.value = 50;
    rate.targets->expected.value = 50;
    rate.targets->stretch.value = 50;
    CHECK(rendered(check(t), "kpi.targets-order").empty());
  }
  SUBCASE("kpi.targets-order: lower is better")
  {
    rate.direction.value = model::Direction::lower;
    CHECK(rendered(check(t), "kpi.targets-order") ==
          "t.yaml:69:42: error: targets of 'recycling-rate' are out of order for a "
          "lower-is-better KPI: minimum 45 < expected 50 [kpi.targets-order]\n"
          "t.yaml:69:55: error: targets of 'recycling-rate' are out of order for a "
          "lower-is-better KPI: expected 50 < stretch 55 [kpi.targets-order]");
    rate.targets->minimum.value = 55;
    rate.targets->stretch.value = 45;
    CHECK(rendered(check(t), "kpi.targets-order").empty());
  }
  SUBCASE("kpi.targets-missing")
  {
    CHECK(rendered(check(t), "kpi.targets-missing").empty());
    arts.targets.reset();
    CHECK(rendered(check(t), "kpi.targets-missing") ==
          "t.yaml:70:13: error: KPI 'arts-participants' has no targets: give its minimum, "
          "expected and stretch [kpi.targets-missing]");
  }
  SUBCASE("kpi.weights")
  {
    CHECK(rendered(check(t), "kpi.weights").empty());
    rate.weight->value = 60;
    CHECK(rendered(check(t), "kpi.weights") ==
          "t.yaml:68:17: error: KPI weights sum to 90, not 100 [kpi.weights]");
    rate.weight->value = 100;
    arts.weight->value = 0;
    CHECK(rendered(check(t), "kpi.weights") ==
          "t.yaml:74:17: error: weight of KPI 'arts-participants' must be greater than zero, "
          "got 0 [kpi.weights]");
    arts.weight.reset();
    CHECK(rendered(check(t), "kpi.weights") ==
          "t.yaml:70:13: error: KPI 'arts-participants' has no weight, but other KPIs have one; "
          "weight every KPI [kpi.weights]");
    rate.weight.reset();
    CHECK(rendered(check(t), "kpi.weights").empty()); // an unweighted portfolio is fine
  }
  SUBCASE("kpi.weights sum across outcomes")
  {
    model::Outcome second = t.outcomes[0];
    second.id = "participation";
    second.kpis.erase(second.kpis.begin());
    t.outcomes[0].kpis.pop_back();
    t.outcomes.push_back(second);
    CHECK(rendered(check(t), "kpi.weights").empty());
  }
}
