// SPDX-License-Identifier: MIT
// Builders for tenders and bids in C++, and the invariants that every scoring test checks.
#pragma once

#include <tenderscore/model/bids.hpp>
#include <tenderscore/model/tender.hpp>
#include <tenderscore/score/engine.hpp>

#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace tenderscore::score::test {

using model::Criterion;
using util::Rational;

/// Return `value` with an unknown location.
template <typename T>
model::Located<T> at(T value)
{
  return {std::move(value), {}};
}

// A criterion under construction; converts to model::Criterion.
struct CriterionBuilder
{
  Criterion value;

  CriterionBuilder& minimum(Rational m)
  {
    value.minimum = at(std::move(m));
    return *this;
  }
  CriterionBuilder& threshold(Rational t)
  {
    value.threshold = at(std::move(t));
    return *this;
  }
  CriterionBuilder& social_value()
  {
    value.social_value = true;
    return *this;
  }
  CriterionBuilder& relative_to_best()
  {
    value.normalise = at(model::Normalise::relative_to_best);
    return *this;
  }
  CriterionBuilder& k(Rational v)
  {
    value.price->k = at(std::move(v));
    return *this;
  }
  CriterionBuilder& floor(Rational v)
  {
    value.price->floor = at(std::move(v));
    return *this;
  }
  CriterionBuilder& ceiling(Rational v)
  {
    value.price->ceiling = at(std::move(v));
    return *this;
  }
  CriterionBuilder& abnormally_low(Rational v)
  {
    value.price->abnormally_low = at(std::move(v));
    return *this;
  }
  CriterionBuilder& bounds(Rational floor, Rational ceiling) // quantity: fixed-bounds
  {
    value.quantity->floor = at(std::move(floor));
    value.quantity->ceiling = at(std::move(ceiling));
    return *this;
  }
  CriterionBuilder& band(std::optional<Rational> from, std::optional<Rational> to, Rational points)
  {
    model::Band b{std::nullopt, std::nullopt, at(std::move(points)), {}};
    if (from) {
      b.from = at(std::move(*from));
    }
    if (to) {
      b.to = at(std::move(*to));
    }
    value.quantity->bands.push_back(std::move(b));
    return *this;
  }
  CriterionBuilder& quantity_k(Rational v)
  {
    value.quantity->k = at(std::move(v));
    return *this;
  }
  operator Criterion() const { return value; }
};

/// Return a question `id` worth `weight` on the scale `scale` (default the 0–5 scale "q05").
CriterionBuilder question(std::string id, Rational weight, std::string scale = "q05");

/// Return a group `id` worth `weight` holding `children`.
CriterionBuilder group(std::string id, Rational weight, std::vector<Criterion> children);

/// Return a price criterion `id` worth `weight` scored by `method`.
CriterionBuilder price(std::string id, Rational weight, model::PriceMethod method);

/// Return a quantitative criterion `id` worth `weight` scored by `method`, `direction` better.
CriterionBuilder quantity(std::string id, Rational weight, model::QuantityMethod method,
                          model::Direction direction);

/// Return a tender "t" with `criteria`, `tie_break`, the 0–5 scale "q05", a mean panel
/// (spread flag 2) and the gates `gates`.
model::Tender tender(std::vector<Criterion> criteria,
                     const std::vector<std::string>& tie_break = {},
                     const std::vector<std::string>& gates = {});

/// Return the waste-management tender of FORMAT.md (lowest-ratio price, abnormally low 0.8).
model::Tender waste_tender();

// A bid under construction; converts to model::Bid. Evaluator scores are given in order and
// assigned to the evaluators named by `evaluators` (default ev-a, ev-b, ev-c, ev-d).
struct BidBuilder
{
  model::Bid value;
  std::vector<std::string> names{"ev-a", "ev-b", "ev-c", "ev-d"};

  BidBuilder& evaluators(std::vector<std::string> ids)
  {
    names = std::move(ids);
    return *this;
  }
  BidBuilder& lot(std::string id)
  {
    value.lot = at(std::move(id));
    return *this;
  }
  BidBuilder& gate(std::string id, bool pass)
  {
    value.gates.push_back({std::move(id), pass, {}});
    return *this;
  }
  BidBuilder& score(std::string question, std::vector<Rational> scores)
  {
    model::QuestionScore qs;
    qs.question = std::move(question);
    for (std::size_t i = 0; i < scores.size(); ++i) {
      qs.evaluators.push_back({names.at(i), at(scores[i]), {}, std::nullopt});
    }
    value.scores.push_back(std::move(qs));
    return *this;
  }
  BidBuilder& moderated(const std::string& question, Rational score, std::string comment = {})
  {
    for (auto& qs : value.scores) {
      if (qs.question == question) {
        qs.moderated = at(std::move(score));
        if (!comment.empty()) {
          qs.comment = at(std::move(comment));
        }
      }
    }
    return *this;
  }
  BidBuilder& comment(const std::string& question, const std::string& evaluator, std::string text)
  {
    for (auto& qs : value.scores) {
      for (auto& e : qs.evaluators) {
        if (qs.question == question && e.evaluator == evaluator) {
          e.comment = at(text);
        }
      }
    }
    return *this;
  }
  BidBuilder& stated(std::string criterion, Rational v) // a quantitative criterion's value
  {
    value.values.push_back({std::move(criterion), at(std::move(v)), {}});
    return *this;
  }
  BidBuilder& conflict(std::string evaluator)
  {
    value.conflicts.push_back(at(std::move(evaluator)));
    return *this;
  }
  operator model::Bid() const { return value; }
};

/// Return a bid by `bidder` at `price`.
BidBuilder bid(std::string bidder, Rational price);

/// Return a bids file holding `bids`.
model::BidsFile bids_file(std::vector<model::Bid> bids);

/// Check the invariants of `lot` scored on `criteria` with `tie_break` (STYLE.md §7): the
/// criteria tree and order, children summing to parents, top level summing to the total,
/// excluded bids unranked and last, ranks following totals (under `award` price per quality
/// point: price per point = price ÷ total, ranks following it, lowest first) and the tie-break
/// order.
void check_invariants(const LotResult& lot, const std::vector<Criterion>& criteria,
                      const std::vector<std::string>& tie_break,
                      model::Award award = model::Award::weighted_total);

/// Score `files` against `t` and check the invariants of every lot of the result.
Result score_files_and_check(const model::Tender& t, const std::vector<model::BidsFile>& files);

/// Score `bids`, one file in input order, against `t` and check the invariants of every lot.
Result score_and_check(const model::Tender& t, std::vector<model::Bid> bids);

/// Return the result of `bidder` in `lot` (fails the test when it is missing).
const BidResult& bid_of(const LotResult& lot, const std::string& bidder);

/// Return the points of criterion `id` in `bid` (fails the test when it is missing).
const CriterionPoints& points_of(const BidResult& bid, const std::string& id);

/// Return the bidder names of `lot` in result order.
std::vector<std::string> bidders(const LotResult& lot);

} // namespace tenderscore::score::test
