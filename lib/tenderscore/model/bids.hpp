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
  Located<Rational> score; // where = the score value
  Location where;          // the evaluator id key
};

// Every evaluator's score for one question of one bid, and the moderated score if any.
struct QuestionScore
{
  std::string question;
  Location where; // the question id key
  std::vector<EvaluatorScore> evaluators;
  std::optional<Located<Rational>> moderated;
  std::optional<Located<std::string>> comment;
};

struct GateAnswer
{
  std::string gate;
  bool pass = false;
  Location where; // the answer value
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
  std::optional<Located<Rational>> price;
  std::vector<GateAnswer> gates;
  std::vector<QuestionScore> scores;
  std::vector<Located<std::string>> conflicts;
  std::vector<KpiCommitment> kpi_commitments;

  /// Return the scores for question `id`, or nullptr.
  const QuestionScore* find_score(const std::string& id) const;
  /// Return the answer to gate `id`, or nullptr.
  const GateAnswer* find_gate(const std::string& id) const;
};

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
