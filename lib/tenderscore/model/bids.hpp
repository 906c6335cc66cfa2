// SPDX-License-Identifier: MIT
#pragma once

#include <tenderscore/model/tender.hpp>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace tenderscore::model {

struct EvaluatorScore
{
  std::string evaluator;
  Located<Rational> score;                     // where = the score value
  Location where;                              // the evaluator id key
  std::optional<Located<std::string>> comment; // this evaluator's own comment (CSV sheets)
};

// Every evaluator's score for one question of one bid, and the moderated score if any.
struct QuestionScore
{
  std::string question;
  Location where; // the question id key
  std::vector<EvaluatorScore> evaluators;
  std::optional<Located<Rational>> moderated;
  // The explanation of the score: the question's `comment` in YAML, the moderated row's
  // comment in a CSV sheet. Evaluators' own comments stay with their scores.
  std::optional<Located<std::string>> comment;
};

struct GateAnswer
{
  std::string gate;
  bool pass = false;
  Location where; // the answer value
};

// The value a bid states for a quantitative criterion, e.g. delivery: 20 (days).
struct QuantityValue
{
  std::string criterion;
  Located<Rational> value; // where = the value
  Location where;          // the criterion id key
};

struct KpiCommitment
{
  std::string kpi;
  Located<Rational> value;
  Location where; // the kpi id key
};

// One bidder's bid for one lot (or for the whole tender when it has no lots).
struct Bid
{
  Located<std::string> bidder;
  Location where; // the bid's mapping in `bids:`
  std::optional<Located<std::string>> lot;
  std::optional<Located<Rational>> price; // under a funding pot: the amount requested
  // the organisation behind the bid (default: the bidder); funding caps count organisations
  std::optional<Located<std::string>> organisation;
  std::vector<GateAnswer> gates;
  std::vector<QuestionScore> scores;
  std::vector<QuantityValue> values; // for quantitative criteria
  std::vector<Located<std::string>> conflicts;
  std::vector<KpiCommitment> kpi_commitments;

  /// Return the scores for question `id`, or nullptr.
  const QuestionScore* find_score(const std::string& id) const;
  /// Return the value stated for the quantitative criterion `id`, or nullptr.
  const QuantityValue* find_value(const std::string& id) const;
  /// Return the answer to gate `id`, or nullptr.
  const GateAnswer* find_gate(const std::string& id) const;
  /// Return whether `evaluator` declared a conflict of interest for this bid.
  bool conflicted(const std::string& evaluator) const;
};

/// Return the explanation of the score `score` of `bid`: its own (moderated) comment when it
/// is not blank, else the comment of `panel`'s explanation_from evaluator when that evaluator
/// has no conflict for `bid` and its comment is not blank, else nullptr. Never another
/// evaluator's comment: which one came first is no reason to send it to a bidder.
const Located<std::string>* explanation(const QuestionScore& score, const Bid& bid,
                                        const Panel& panel);

// A bids file (format tenderscore/bids@1).
struct BidsFile
{
  diag::SourcePtr source;
  Located<std::string> tender; // the tender id it names
  std::vector<Bid> bids;
};

} // namespace tenderscore::model

namespace tenderscore::model {

// The bids competing in one lot (or, without lots, in the whole tender), in input order.
struct LotBids
{
  std::optional<std::string> lot;
  std::vector<const Bid*> bids;
};

/// Group every bid of `files` (file order, then bid order) as the tender's lots take them:
/// without lots one group holds every bid; with lots, one group per lot in tender order holds
/// the bids that name it.
std::vector<LotBids> bids_by_lot(const Tender& tender, const std::vector<const BidsFile*>& files);

} // namespace tenderscore::model
