// SPDX-License-Identifier: MIT
// Property: scoring on util::Rational's 64-bit fast path gives exactly what the arbitrary-
// precision path gives. Thousands of seeded random tenders (every price method, mean and median
// panels, moderated scores, conflicts, relative-to-best questions, minimums and thresholds,
// two stages, lots with a cap, price per quality point) are scored twice — once as usual and
// once with every arithmetic result forced onto Boost.Multiprecision — and every writer's
// output must be byte-identical.
#include <tenderscore/app/workflow.hpp>
#include <tenderscore/load/loader.hpp>
#include <tenderscore/report/score_writers.hpp>
#include <tenderscore/score/engine.hpp>
#include <tenderscore/util/rational.hpp>

#include <doctest/doctest.h>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <random>
#include <sstream>
#include <string>
#include <vector>

namespace tenderscore {

namespace {

// A reproducible random tender and bids, as YAML text.
class TenderGenerator
{
public:
  explicit TenderGenerator(std::uint64_t seed)
      : m_engine(seed)
  {
  }

  struct Texts
  {
    std::string tender;
    std::string bids;
  };

  Texts next()
  {
    m_scale_max = pick({4, 5, 10});
    m_evaluators = 2 + static_cast<int>(below(3)); // a panel needs at least 2
    m_lots = chance(4) ? 2 + static_cast<int>(below(2)) : 0;
    m_staged = m_lots == 0 && chance(4);
    m_per_point = !m_staged && m_lots == 0 && chance(8);
    return {tender(), bids()};
  }

private:
  std::uint64_t below(std::uint64_t n) { return m_engine() % n; }
  bool chance(std::uint64_t one_in) { return below(one_in) == 0; }
  int pick(std::initializer_list<int> values)
  {
    return *(values.begin() + static_cast<std::ptrdiff_t>(below(values.size())));
  }

  // A price with up to two decimals (pence) between 1,000 and 100,000.
  std::string price()
  {
    const std::uint64_t pence = 100000 + below(9900000);
    return chance(2) ? fmt::format("{}", pence / 100)
                     : fmt::format("{}.{:02}", pence / 100, pence % 100);
  }

  std::string price_criterion(int weight)
  {
    std::string method;
    switch (below(5)) {
    case 0:
      method = "method: lowest-ratio";
      break;
    case 1:
      method = fmt::format("method: linear, k: {}", pick({1, 2, 3}) * (chance(2) ? 1 : 0.5));
      break;
    case 2:
      method = "method: range";
      break;
    case 3:
      method = "method: fixed-bounds, floor: 20000, ceiling: 90000";
      break;
    default:
      method = "method: budget, ceiling: 95000";
      break;
    }
    const std::string low = chance(2) ? ", abnormally_low: 0.8" : "";
    return fmt::format("  - {{id: price, weight: {}, price: {{{}{}}}}}\n", weight, method, low);
  }

  std::string question(const std::string& id, const std::string& weight)
  {
    std::string extra;
    if (chance(3)) {
      extra += ", normalise: relative-to-best";
    }
    if (chance(5)) {
      extra += ", minimum: 1";
    }
    return fmt::format("      - {{id: {}, weight: {}, scale: s{}}}\n", id, weight, extra);
  }

  std::string tender()
  {
    std::string t = "format: tenderscore/tender@1\n"
                    "tender: {id: generated, title: Generated, authority: Test, currency: GBP, "
                    "estimated_value: 100000, procedure: open}\n";
    m_half_steps = chance(3);
    t += fmt::format("scales:\n  s:\n    min: 0\n    max: {}\n    step: {}\n", m_scale_max,
                     m_half_steps ? "0.5" : "1");
    t += "panel:\n  evaluators:\n";
    for (int e = 0; e < m_evaluators; ++e) {
      t += fmt::format("    - {{id: ev{}, role: panel}}\n", e);
    }
    t += fmt::format("  aggregate: {}\n", chance(2) ? "mean" : "median");
    t += "gates:\n  - {id: g1, text: Eligible}\n";
    if (m_per_point) {
      t += "award: price-per-quality-point\n";
    }
    // Weights: price p, quality q split over three questions, social value the rest.
    const int price_weight = m_per_point ? 0 : 10 + static_cast<int>(below(41));
    const int sv = 5 + static_cast<int>(below(11));
    const int quality = 100 - price_weight - sv;
    const int first = quality / 2;
    const int second = quality / 3;
    t += "criteria:\n";
    if (!m_per_point) {
      t += price_criterion(price_weight);
    }
    t += fmt::format("  - id: quality\n    weight: {}\n", quality);
    if (chance(5)) {
      t += "    threshold: 0.4\n";
    }
    t += "    children:\n";
    t += question("q1", fmt::format("{}.5", first - 1));
    t += question("q2", fmt::format("{}.5", second));
    t += question("q3", fmt::format("{}", quality - first - second)); // (f-0.5)+(s+0.5)+(q-f-s) = q
    t += fmt::format("  - id: sv\n    weight: {}\n    social_value: true\n    children:\n", sv);
    t += question("q4", fmt::format("{}", sv));
    t += "tie_break: [quality]\n";
    if (m_staged) {
      t += fmt::format("stages:\n  - {{id: first, gates: [g1], criteria: [q1, q2], shortlist: "
                       "{{top: {}}}}}\n  - {{id: award}}\n",
                       2 + below(4));
    }
    if (m_lots > 0) {
      t += "lots:\n";
      for (int l = 0; l < m_lots; ++l) {
        t += fmt::format("  - {{id: lot{}, title: Lot {}, value: {}}}\n", l, l, 1000 * (l + 1));
      }
      t += fmt::format("lot_rules: {{max_lots_per_bidder: 1, allocation: {}}}\n",
                       chance(2) ? "by-lot-value" : "best-combination");
    }
    return t;
  }

  std::string score()
  {
    const int steps = m_scale_max * 2;
    auto half_steps = static_cast<int>(below(static_cast<std::uint64_t>(steps) + 1));
    if (!m_half_steps) {
      half_steps -= half_steps % 2;
    }
    return half_steps % 2 == 0 ? fmt::format("{}", half_steps / 2)
                               : fmt::format("{}.5", half_steps / 2);
  }

  std::string bid(int bidder, const std::string& lot)
  {
    std::string b = fmt::format("  - bidder: Bidder {}\n", bidder);
    if (!lot.empty()) {
      b += fmt::format("    lot: {}\n", lot);
    }
    b += fmt::format("    price: {}\n", price());
    b += fmt::format("    gates: {{g1: {}}}\n", chance(10) ? "fail" : "pass");
    b += "    scores:\n";
    for (const char* q : {"q1", "q2", "q3", "q4"}) {
      b += fmt::format("      {}:\n        evaluators: {{", q);
      for (int e = 0; e < m_evaluators; ++e) {
        b += fmt::format("{}ev{}: {}", e == 0 ? "" : ", ", e, score());
      }
      b += "}\n";
      if (chance(4)) {
        b += fmt::format("        moderated: {}\n        comment: Agreed at moderation\n", score());
      }
    }
    if (m_evaluators > 2 && chance(8)) {
      b += "    conflicts: [ev0]\n";
    }
    return b;
  }

  std::string bids()
  {
    std::string b = "format: tenderscore/bids@1\ntender: generated\nbids:\n";
    const int bidders = 2 + static_cast<int>(below(7));
    for (int i = 0; i < bidders; ++i) {
      if (m_lots == 0) {
        b += bid(i, "");
        continue;
      }
      for (int l = 0; l < m_lots; ++l) {
        if (!chance(4)) {
          b += bid(i, fmt::format("lot{}", l));
        }
      }
    }
    return b;
  }

  std::mt19937_64 m_engine;
  int m_scale_max = 5;
  int m_evaluators = 3;
  int m_lots = 0;
  bool m_half_steps = false;
  bool m_staged = false;
  bool m_per_point = false;
};

// Every writer's output for `result`, concatenated.
std::string render(const score::Result& result)
{
  std::ostringstream out;
  report::write_score_json(result, out);
  report::write_score_csv(result, out);
  report::write_score_table(result, out);
  return out.str();
}

} // namespace

TEST_CASE("score::score_tender fast path equals exact path")
{
  constexpr int k_tenders = 1500;
  TenderGenerator generator(20261207);
  int scored = 0;
  int staged = 0;
  int lots = 0;
  for (int i = 0; i < k_tenders; ++i) {
    const auto texts = generator.next();
    app::CheckedInputs inputs;
    inputs.files.push_back(load::load_text("tender.yaml", texts.tender, inputs.diagnostics));
    inputs.files.push_back(load::load_text("bids.yaml", texts.bids, inputs.diagnostics));
    app::check_loaded(inputs, validate::Options{});
    if (!inputs.valid(false)) {
      CAPTURE(texts.tender);
      CAPTURE(texts.bids);
      CAPTURE(inputs.diagnostics.items().front().message);
      FAIL("a generated tender is invalid");
      continue;
    }
    const model::Tender& tender = *inputs.tenders().front();
    const auto fast = score::score_tender(tender, inputs.bids());
    std::string exact_text;
    {
      const util::ForceExactPath exact_path;
      exact_text = render(score::score_tender(tender, inputs.bids()));
    }
    const std::string fast_text = render(fast);
    if (fast_text != exact_text) {
      CAPTURE(texts.tender);
      CAPTURE(texts.bids);
      CHECK(fast_text == exact_text);
    }
    if (i % 10 == 0) {
      // The streamed JSON is exactly nlohmann's own rendering of the same document, pretty
      // and compact.
      std::ostringstream pretty;
      std::ostringstream compact;
      report::write_score_json(fast, pretty);
      report::write_score_json(fast, compact, true);
      const auto doc = nlohmann::ordered_json::parse(pretty.str());
      CHECK(doc.dump(2) + "\n" == pretty.str());
      CHECK(doc.dump() + "\n" == compact.str());
    }
    ++scored;
    staged += tender.stages.empty() ? 0 : 1;
    lots += tender.lots.empty() ? 0 : 1;
  }
  // The generator must reach every feature, or the property proves less than it says.
  CHECK(scored == k_tenders);
  CHECK(staged > k_tenders / 10);
  CHECK(lots > k_tenders / 10);
}

} // namespace tenderscore
