// SPDX-License-Identifier: MIT
#pragma once

#include <tenderscore/model/tender.hpp>
#include <tenderscore/score/result.hpp>

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace tenderscore::report {

// One row of the criteria tree as the method statement shows it.
struct MethodCriterion
{
  std::string id;
  std::string title; // the criterion's title, else its id
  int depth = 0;
  util::Rational weight; // percent of the whole score
  std::string kind;      // "group" | "price" | "question"
  std::string how;       // how it is scored, e.g. "scale quality-0-5, ÷ 5 (scale max)"
  std::vector<std::string> conditions; // thresholds and minimum scores, in words
  bool social_value = false;
  std::string text; // the question put to bidders (tender text)
};

// The criteria that apply to the whole tender or, when it overrides them, to one lot; or the
// own criteria of stage 1 (an expression of interest), which rank the shortlist and carry no
// award weight.
struct MethodCriteria
{
  std::optional<std::string> lot;
  std::vector<MethodCriterion> rows; // tree order
  std::string price_formula;         // written out; "" without a price criterion
  std::string stage{};               // the stage whose own criteria these are; "" for award
};

struct MethodScale
{
  std::string id;
  std::string range;                                       // e.g. "0 to 5 in steps of 1"
  std::vector<std::pair<std::string, std::string>> labels; // point, descriptor
};

// The method statement a report opens with, generated from the tender (SPEC §7): every rule
// that decided the scores, in words, so a reader can check the arithmetic that follows.
struct MethodStatement
{
  std::vector<std::pair<std::string, std::string>> facts; // label, value (procedure, award, …)
  std::vector<MethodCriteria> criteria; // stage 1's own, the tender's, then lot overrides
  std::vector<MethodScale> scales;
  std::vector<std::pair<std::string, std::string>> gates; // id, text
};

/// Return the method statement of `tender` as scored into `result`.
MethodStatement method_statement(const model::Tender& tender, const score::Result& result);

/// Return the formula of a quantity rule in words, e.g. for range with lower better "range,
/// lower is better (days): points = weight × (highest − bid's value) ÷ (highest − lowest), …".
std::string quantity_formula_text(const model::QuantityRule& rule);

/// Return the formula of a price method in words, e.g. for lowest-ratio
/// "points = weight × lowest price in contention ÷ bid price".
std::string price_formula_text(const model::PriceRule& rule);

} // namespace tenderscore::report
