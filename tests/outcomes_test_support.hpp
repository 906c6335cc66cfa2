// SPDX-License-Identifier: MIT
// A small contract for the outcomes tests: two KPIs, one higher-is-better counted over periods
// (sum), one lower-is-better averaged (mean); monitoring returns and bids as inline YAML/CSV.
#pragma once

#include "test_load_support.hpp"

#include <tenderscore/app/workflow.hpp>
#include <tenderscore/outcomes/assessment.hpp>

#include <string>
#include <utility>
#include <vector>

namespace tenderscore::test {

// people: higher, sum, weight 60, targets 100 / 200 / 300.
// waits:  lower,  mean, weight 40, targets 10 / 6 / 4.
inline std::string outcomes_tender(const std::string& monitoring = "")
{
  return R"(format: tenderscore/tender@1
tender: {id: t1, title: Test contract, estimated_value: 1000000}
criteria:
  - {id: price, weight: 100, price: {method: lowest-ratio}}
outcomes:
  - id: o1
    kpis:
      - {id: people, weight: 60, targets: {minimum: 100, expected: 200, stretch: 300}, over_periods: sum}
      - {id: waits, direction: lower, weight: 40, targets: {minimum: 10, expected: 6, stretch: 4}}
)" + monitoring;
}

inline std::string monitoring_return(const std::string& period, const std::string& kpis,
                                     const std::string& tender = "t1")
{
  return "format: tenderscore/monitoring@1\ntender: " + tender +
         "\nprovider: Acme Ltd\nperiods:\n  - period: " + period + "\n    kpis: " + kpis +
         "\n    cost: 1000\n";
}

using Files = std::vector<std::pair<std::string, std::string>>;

// Load each (name, text) pair as check_files would and check the set.
inline app::CheckedInputs check_set(const Files& files)
{
  app::CheckedInputs inputs;
  for (const auto& [name, text] : files) {
    inputs.files.push_back(load::load_text(name, text, inputs.diagnostics));
  }
  app::check_loaded(inputs, validate::Options{});
  return inputs;
}

// The rendered diagnostics of `inputs` whose rule starts with `family`, leaving out the two the
// test tender always draws (no social value criterion, lowest-ratio pricing): not the subject.
inline std::vector<std::string> only(const diag::Diagnostics& diags, const std::string& family)
{
  diag::Diagnostics kept;
  for (const auto& d : diags.items()) {
    if (d.rule == "social-value.missing" || d.rule == "price.method-risk") {
      continue;
    }
    if (d.rule.rfind(family, 0) == 0) {
      kept.add(d);
    }
  }
  return render(kept);
}

// Check `files` (a tender first) and assess them; the check must find no error.
inline outcomes::Assessment assess_set(const Files& files)
{
  app::CheckedInputs inputs = check_set(files);
  REQUIRE(only(inputs.diagnostics, "monitoring.duplicate").empty());
  REQUIRE(!inputs.diagnostics.has_errors());
  diag::Diagnostics diags;
  auto result = outcomes::assess(*inputs.files.front().tender,
                                 outcomes::Inputs{inputs.monitoring(), inputs.bids()}, diags);
  REQUIRE(!diags.has_errors());
  return result;
}

inline const outcomes::KpiResult& kpi(const outcomes::Assessment& a, const std::string& id)
{
  for (const auto& k : a.kpis) {
    if (k.id == id) {
      return k;
    }
  }
  FAIL("no KPI " << id);
  return a.kpis.front();
}

} // namespace tenderscore::test
