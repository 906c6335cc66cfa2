// SPDX-License-Identifier: MIT
#pragma once

#include <tenderscore/audit/audit.hpp>
#include <tenderscore/model/tender.hpp>
#include <tenderscore/panel/worksheet.hpp>
#include <tenderscore/report/method.hpp>
#include <tenderscore/score/price_methods.hpp>
#include <tenderscore/score/result.hpp>
#include <tenderscore/score/sensitivity.hpp>
#include <tenderscore/score/share_sweep.hpp>
#include <tenderscore/score/weight_draws.hpp>

#include <vector>

namespace tenderscore::report {

// Everything an evaluation report shows, computed once from valid inputs; the report writers
// (Markdown, HTML, XLSX, JSON) only render it.
struct Evaluation
{
  model::Tender tender;
  score::Result result;
  MethodStatement method;
  std::vector<score::LotSensitivity> sensitivity; // one per lot of `result`, same order
  // the other analyses of `tenderscore sensitivity`: the sweep 0-20% in steps of 5 (every exact
  // change still listed), 10,000 draws, seed 1, concentration 100; draws and price formulas for
  // lots of at most 100 ranked bids
  std::vector<score::LotSweep> sweep;
  score::DrawOptions draw_options;
  std::vector<score::LotDraws> draws;
  std::vector<score::MethodResult> methods;
  std::string methods_note;   // why the price formulas were not compared, else ""
  panel::Worksheet worksheet; // every evaluator's score, for spread
  audit::AuditBlock audit;
};

/// Build the evaluation of `bids` against `tender` (inputs must have passed validation), with
/// `audit` completed by the scoring rules in force.
Evaluation evaluate(const model::Tender& tender, const std::vector<const model::BidsFile*>& bids,
                    audit::AuditBlock audit);

/// Return the scoring rules of `result` in words, in a fixed order, for the audit block.
std::vector<std::string> scoring_rules(const score::Result& result);

} // namespace tenderscore::report
