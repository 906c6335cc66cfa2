// SPDX-License-Identifier: MIT
// Invariants of the evaluation over every shipped example: the points add up, and each
// break-even weight really is a tie — the tender is rescored by the engine with that weight
// (the other top-level weights rescaled in proportion) and the two bids' totals must be equal,
// exactly. This checks break_even_weights against the engine rather than against itself.
#include <tenderscore/app/report_run.hpp>
#include <tenderscore/score/engine.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

using namespace tenderscore;
using util::Rational;

namespace {

struct Example
{
  std::string tender;
  std::vector<std::string> bids;
};

std::string path(const std::string& relative)
{
  return std::string(TENDERSCORE_SOURCE_DIR) + "/examples/" + relative;
}

const std::vector<Example>& examples()
{
  static const std::vector<Example> all{
      {path("waste-2015/tender.yaml"), {path("waste-2015/bids.yaml")}},
      {path("arts-grants/tender.yaml"), {path("arts-grants/bids.yaml")}},
      {path("mental-health-wellbeing/tender.yaml"), {path("mental-health-wellbeing/bids.yaml")}},
      {path("grant-round-two-stage/tender.yaml"),
       {path("grant-round-two-stage/bids.yaml"), path("grant-round-two-stage/scores.csv")}},
      {path("lots-community-services/tender.yaml"), {path("lots-community-services/bids.yaml")}},
  };
  return all;
}

// Multiply the weight of `c` and of every criterion under it by `factor`.
void scale_weights(model::Criterion& c, const Rational& factor)
{
  c.weight.value *= factor;
  for (auto& child : c.children) {
    scale_weights(child, factor);
  }
}

// Return `criteria` with top-level `id` set to weight `x` and the others rescaled to 100 − x.
std::vector<model::Criterion> reweighted(std::vector<model::Criterion> criteria,
                                         const std::string& id, const Rational& x)
{
  Rational w = 0;
  for (const auto& c : criteria) {
    if (c.id == id) {
      w = c.weight.value;
    }
  }
  for (auto& c : criteria) {
    scale_weights(c, c.id == id ? Rational{x / w} : Rational{(100 - x) / (100 - w)});
  }
  return criteria;
}

const score::BidResult* find_bid(const score::LotResult& lot, const std::string& bidder)
{
  for (const auto& bid : lot.bids) {
    if (bid.bidder == bidder) {
      return &bid;
    }
  }
  return nullptr;
}

std::vector<std::string> ranked_bidders(const score::LotResult& lot)
{
  std::vector<std::string> out;
  for (const auto& bid : lot.bids) {
    if (bid.status == score::BidStatus::ranked) {
      out.push_back(bid.bidder);
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

// The award metric the winner and the bid drawing level must share at a break-even weight.
Rational metric(const score::Result& result, const score::BidResult& bid)
{
  return result.award == "price-per-quality-point" ? *bid.price_per_point : *bid.total;
}

} // namespace

TEST_CASE("every example: points add up and every break-even weight is an exact tie")
{
  int crossings_checked = 0;
  for (const auto& example : examples()) {
    CAPTURE(example.tender);
    auto run = app::report_files(example.tender, example.bids, {}, {"tenderscore", "report"});
    REQUIRE(run.evaluation);
    const auto& e = *run.evaluation;
    // Σ top-level points = total, and a group's points = Σ its children's
    for (const auto& lot : e.result.lots) {
      for (const auto& bid : lot.bids) {
        if (!bid.total) {
          continue;
        }
        Rational top = 0;
        for (const auto& c : bid.criteria) {
          top += c.depth == 0 ? c.points : Rational{0};
        }
        CHECK(top == *bid.total);
      }
    }
    REQUIRE(e.sensitivity.size() == e.result.lots.size());
    for (std::size_t l = 0; l < e.result.lots.size(); ++l) {
      const auto& s = e.sensitivity[l];
      for (const auto& b : s.criteria) {
        for (const auto& edge :
             {std::pair{b.lower, b.lower_bidder}, std::pair{b.upper, b.upper_bidder}}) {
          // Named copies, not structured bindings: clang 14 cannot capture those in the
          // lambdas doctest's CAPTURE builds.
          const auto& x = edge.first;
          const auto& bidder = edge.second;
          if (!x) {
            continue;
          }
          CAPTURE(b.criterion);
          CAPTURE(util::format_exact(*x));
          model::Tender tender = e.tender;
          const auto& lot_id = e.result.lots[l].lot;
          bool overridden = false;
          for (auto& lot : tender.lots) {
            if (lot_id && lot.id == *lot_id && lot.criteria) {
              lot.criteria = reweighted(*lot.criteria, b.criterion, *x);
              overridden = true;
            }
          }
          if (!overridden) {
            tender.criteria = reweighted(tender.criteria, b.criterion, *x);
          }
          const auto rescored = score::score_tender(tender, run.inputs.bids());
          const auto* winner = find_bid(rescored.lots[l], s.winner);
          const auto* other = find_bid(rescored.lots[l], bidder);
          REQUIRE(winner != nullptr);
          REQUIRE(other != nullptr);
          if (ranked_bidders(rescored.lots[l]) != ranked_bidders(e.result.lots[l])) {
            continue; // a stage-1 shortlist or a lot allocation moved with the weights
          }
          CHECK(metric(rescored, *winner) == metric(rescored, *other));
          ++crossings_checked;
        }
      }
    }
  }
  // waste-2015 alone has six crossings (three criteria, each bounded on both sides)
  CHECK(crossings_checked >= 6);
}

TEST_CASE("the waste example's audit block names both inputs and their SHA-256")
{
  const auto& waste = examples().front();
  auto run = app::report_files(waste.tender, waste.bids, {}, {"tenderscore", "report", "x"});
  REQUIRE(run.evaluation);
  const auto& audit = run.evaluation->audit;
  REQUIRE(audit.inputs.size() == 2);
  CHECK(audit.inputs[0].path == waste.tender);
  CHECK(audit.inputs[0].sha256.size() == 64);
  CHECK(audit.version == TENDERSCORE_VERSION);
  CHECK(audit.command_line == std::vector<std::string>{"tenderscore", "report", "x"});
  CHECK_FALSE(audit.timestamp);
  // the rules in force, in their fixed order
  CHECK(audit.rules.front() == "award: weighted-total");
  CHECK(audit.rules[1] == "price method: lowest-ratio");
  CHECK(audit.rules.back() == "arithmetic: exact rational");
}
