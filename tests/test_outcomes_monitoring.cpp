// SPDX-License-Identifier: MIT
// Monitoring returns (YAML and CSV) checked against their tender, and the tender's monitoring
// terms: every diagnostic pinned to its file, line and column.
#include "outcomes_test_support.hpp"

#include <doctest/doctest.h>

using namespace tenderscore;
using test::check_set;
using test::monitoring_return;
using test::only;
using test::outcomes_tender;
using Lines = std::vector<std::string>;

namespace {

Lines errors_of(const test::Files& files, const std::string& family = "")
{
  const auto inputs = check_set(files);
  Lines out;
  for (const auto& line : only(inputs.diagnostics, family)) {
    out.push_back(line);
  }
  return out;
}

test::Files with_tender(test::Files returns, const std::string& terms = "")
{
  returns.insert(returns.begin(), {"tender.yaml", outcomes_tender(terms)});
  return returns;
}

} // namespace

TEST_CASE("monitoring returns: a valid pair loads and checks clean")
{
  const auto inputs = check_set(
      with_tender({{"q1.yaml", monitoring_return("2026-Q1", "{people: 80, waits: 9}")},
                   {"q2.csv", "period,kpi,value\n2026-Q2,people,90\n2026-Q2,waits,7\n"}}));
  CHECK(only(inputs.diagnostics, "").empty());
  REQUIRE(inputs.monitoring().size() == 2);
  const model::MonitoringReturn& csv = *inputs.monitoring()[1];
  CHECK(csv.from_csv);
  CHECK(csv.tender.value == "t1"); // attached to the run's one tender
  REQUIRE(csv.periods.size() == 1);
  CHECK(csv.periods[0].kpis[1].kpi == "waits");
  CHECK(csv.periods[0].kpis[1].value.value == 7);
  CHECK(csv.periods[0].kpis[1].value.where.line == 3);
  CHECK(csv.periods[0].kpis[1].value.where.column == 15);
}

TEST_CASE("monitoring returns: unknown KPI, wrong tender, duplicates, period kinds and order")
{
  SUBCASE("monitoring.unknown-kpi with a did-you-mean")
  {
    CHECK(
        errors_of(with_tender({{"r.yaml", monitoring_return("2026-Q1", "{peeple: 90, waits: 7}")}}),
                  "monitoring.unknown") ==
        Lines{"r.yaml:6:12: error: KPI 'peeple' is not a KPI of tender 't1'; did you mean "
              "'people'? [monitoring.unknown-kpi]"});
  }
  SUBCASE("monitoring.tender")
  {
    CHECK(errors_of(with_tender({{"r.yaml", monitoring_return("2026-Q1", "{people: 9}", "t2")}}),
                    "monitoring.tender") ==
          Lines{"r.yaml:2:9: error: monitoring return names tender 't2', which is not among the "
                "files given; did you mean 't1'? [monitoring.tender]"});
  }
  SUBCASE("monitoring.duplicate-period in one file and across files")
  {
    const std::string twice =
        monitoring_return("2026-Q1", "{people: 9}") + "  - period: 2026-Q1\n    kpis: {waits: 7}\n";
    CHECK(errors_of(with_tender({{"r.yaml", twice}}), "monitoring.duplicate") ==
          Lines{"r.yaml:8:13: error: period '2026-Q1' is reported twice (first at line 5) "
                "[monitoring.duplicate-period]"});
    CHECK(errors_of(with_tender({{"a.yaml", monitoring_return("2026-Q1", "{people: 9, waits: 7}")},
                                 {"b.yaml", monitoring_return("2026-Q1", "{people: 10}")}}),
                    "monitoring.duplicate") ==
          Lines{"b.yaml:6:12: error: KPI 'people' for period '2026-Q1' is also reported at "
                "a.yaml:6 [monitoring.duplicate-period]"});
  }
  SUBCASE("monitoring.period-kind and monitoring.period-order")
  {
    CHECK(
        errors_of(with_tender({{"a.yaml", monitoring_return("2026-Q1", "{people: 9, waits: 7}")},
                               {"b.yaml", monitoring_return("2026-04", "{people: 10, waits: 7}")}}),
                  "monitoring.period") ==
        Lines{"b.yaml:5:13: error: period '2026-04' is a month, but a.yaml:5 reports by "
              "quarter: use one kind of period throughout [monitoring.period-kind]"});
    const std::string backwards = monitoring_return("2026-Q2", "{people: 9, waits: 7}") +
                                  "  - period: 2026-Q1\n    kpis: {people: 1, waits: 7}\n";
    CHECK(errors_of(with_tender({{"r.yaml", backwards}}), "monitoring.period") ==
          Lines{"r.yaml:8:13: warning: period '2026-Q1' comes after a later period; list periods "
                "in order [monitoring.period-order]"});
  }
  SUBCASE("monitoring.provider: one provider per run")
  {
    std::string other = monitoring_return("2026-Q2", "{people: 9, waits: 7}");
    other.replace(other.find("Acme Ltd"), 8, "Zenith plc");
    CHECK(errors_of(with_tender({{"a.yaml", monitoring_return("2026-Q1", "{people: 9, waits: 7}")},
                                 {"b.yaml", other}}),
                    "monitoring.provider") ==
          Lines{"b.yaml:3:11: error: provider 'Zenith plc' differs from 'Acme Ltd' at a.yaml:3: "
                "the returns of one run must report on one provider's contract "
                "[monitoring.provider]"});
  }
}

TEST_CASE("monitoring returns: schema errors")
{
  SUBCASE("a value that is not a number")
  {
    CHECK(errors_of({{"r.yaml", monitoring_return("2026-Q1", "{people: many}")}}) ==
          Lines{"r.yaml:6:20: error: expected a number, got string 'many' [schema.type]"});
  }
  SUBCASE("a period that is not a year, half, quarter or month")
  {
    CHECK(errors_of({{"r.yaml", monitoring_return("2026-Q5", "{people: 1}")}}) ==
          Lines{"r.yaml:5:13: error: '2026-Q5' is not a period (a year 2026, a half 2026-H1, a "
                "quarter 2026-Q1 or a month 2026-03) [schema.pattern]"});
  }
  SUBCASE("an unknown instrument")
  {
    CHECK(errors_of({{"r.yaml", monitoring_return("2026-Q1", "{people: 1}") +
                                    "participants: {measure: wembws, file: p.csv}\n"}}) ==
          Lines{"r.yaml:8:25: error: 'wembws' is not one of: wemwbs, swemwbs, eq5d-3l, ons4; did "
                "you mean 'wemwbs'? [schema.enum]"});
  }
  SUBCASE("an unknown key")
  {
    CHECK(
        errors_of({{"r.yaml", monitoring_return("2026-Q1", "{people: 1}") + "costs: 5\n"}}) ==
        Lines{"r.yaml:8:1: error: unknown key 'costs' in monitoring return [schema.unknown-key]"});
  }
}

TEST_CASE("monitoring returns: CSV errors")
{
  SUBCASE("bad period, KPI id and value; a duplicate row; a short row")
  {
    CHECK(errors_of(with_tender({{"r.csv", "period,kpi,value\n2026-Q5,people,1\n2026-Q1,People,2\n"
                                           "2026-Q1,people,lots\n2026-Q1,waits,7\n2026-Q1,waits,8\n"
                                           "2026-Q2,people\n"}})) ==
          Lines{"r.csv:2:1: error: period '2026-Q5' is not a year (2026), half (2026-H1), quarter "
                "(2026-Q1) or month (2026-03) [csv.value]",
                "r.csv:3:9: error: KPI 'People' is not an id (lower-case letters, digits and '-') "
                "[csv.value]",
                "r.csv:4:16: error: value 'lots' is not a number [csv.value]",
                "r.csv:6:1: error: KPI 'waits' is reported twice for period '2026-Q1' (first at "
                "line 5) [monitoring.duplicate-period]",
                "r.csv:7:1: error: this row has 2 fields but the header has 3 [csv.syntax]"});
  }
  SUBCASE("header: unknown and missing columns")
  {
    CHECK(errors_of(with_tender({{"r.csv", "period,kpi,valeu\n2026-Q1,people,1\n"}})) ==
          Lines{"r.csv:1:1: error: missing column 'value' [csv.header]",
                "r.csv:1:12: error: unknown column 'valeu'; did you mean 'value'? [csv.header]"});
  }
  SUBCASE("a CSV return needs exactly one tender in the run")
  {
    CHECK(errors_of({{"r.csv", "period,kpi,value\n2026-Q1,people,1\n"}}) ==
          Lines{"r.csv:1:1: error: a CSV monitoring return names no tender: give exactly one "
                "tender file with it (0 given) [usage.csv-tender]"});
  }
  SUBCASE("unknown KPI in a CSV return")
  {
    CHECK(errors_of(with_tender({{"r.csv", "period,kpi,value\n2026-Q1,peple,1\n"}}),
                    "monitoring.unknown") ==
          Lines{"r.csv:2:9: error: KPI 'peple' is not a KPI of tender 't1'; did you mean "
                "'people'? [monitoring.unknown-kpi]"});
  }
}

TEST_CASE("tender monitoring terms")
{
  const auto terms_errors = [](const std::string& terms) {
    return errors_of({{"tender.yaml", outcomes_tender(terms)}}, "monitoring.");
  };
  CHECK(
      terms_errors("monitoring:\n  banding: {minimum: 50, expected: 100, stretch: 120}\n").empty());
  CHECK(terms_errors("monitoring:\n  banding: {minimum: 60, expected: 50}\n") ==
        Lines{"tender.yaml:11:3: error: the attainment banding must not fall from minimum to "
              "expected to stretch, got 60 / 50 / 120 [monitoring.banding-order]"});
  CHECK(terms_errors("monitoring:\n  ratings: {good: 0, approaching_target: 0}\n") ==
        Lines{"tender.yaml:11:3: error: rating thresholds must fall from good to "
              "approaching_target to requires_improvement, got 0 / 0 / -1 "
              "[monitoring.ratings-order]"});
  CHECK(terms_errors("monitoring:\n  payment: {mechanism: curve}\n") ==
        Lines{"tender.yaml:11:24: error: a curve payment needs an `amount` (the payment at the "
              "expected targets) [monitoring.payment]"});
  CHECK(terms_errors("monitoring:\n  payment: {mechanism: per-outcome}\n") ==
        Lines{"tender.yaml:11:24: error: a per-outcome payment needs `rates` (the payment per "
              "unit of a KPI) [monitoring.payment]",
              "tender.yaml:11:24: error: a per-outcome payment needs a `cap` (the most that can "
              "be paid) [monitoring.payment]"});
  CHECK(terms_errors("monitoring:\n  payment: {mechanism: per-outcome, cap: 9, rates: {peeple: 1, "
                     "waits: 2}}\n") ==
        Lines{"tender.yaml:11:53: error: payment rate for unknown KPI 'peeple'; did you mean "
              "'people'? [monitoring.unknown-kpi]",
              "tender.yaml:11:64: error: KPI 'waits' is lower-is-better: paying per unit of it "
              "would reward a worse result; use a curve or pay-if-met payment "
              "[monitoring.payment]"});
  CHECK(terms_errors(
            "monitoring:\n  payment: {mechanism: pay-if-met, amount: 9, curve: {minimum: 0}}\n") ==
        Lines{"tender.yaml:11:47: error: `curve` applies only to a curve payment, not pay-if-met "
              "[monitoring.payment]"});
}

TEST_CASE("outcomes.too-few-kpis: over £5m needs three KPIs (Procurement Act 2023 s.52)")
{
  std::string tender = outcomes_tender();
  CHECK(errors_of({{"tender.yaml", tender}}, "outcomes.").empty()); // £1m
  tender.replace(tender.find("1000000"), 7, "5000000");
  CHECK(errors_of({{"tender.yaml", tender}}, "outcomes.").empty()); // exactly £5m is not over
  tender.replace(tender.find("5000000"), 7, "5000000.01");
  CHECK(errors_of({{"tender.yaml", tender}}, "outcomes.") ==
        Lines{"tender.yaml:2:57: warning: the estimated value is over £5m (£5000000.01) but the "
              "tender sets 2 KPIs; the Procurement Act 2023 s.52 requires at least three "
              "[outcomes.too-few-kpis]"});
}
