// SPDX-License-Identifier: MIT
#pragma once

#include <tenderscore/audit/audit.hpp>
#include <tenderscore/model/tender.hpp>
#include <tenderscore/panel/worksheet.hpp>
#include <tenderscore/report/method.hpp>
#include <tenderscore/score/result.hpp>
#include <tenderscore/score/sensitivity.hpp>

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
  panel::Worksheet worksheet;                     // every evaluator's score, for spread
  audit::AuditBlock audit;
};

/// Build the evaluation of `bids` against `tender` (inputs must have passed validation), with
/// `audit` completed by the scoring rules in force.
Evaluation evaluate(const model::Tender& tender, const std::vector<const model::BidsFile*>& bids,
                    audit::AuditBlock audit);

/// Return the scoring rules of `result` in words, in a fixed order, for the audit block.
std::vector<std::string> scoring_rules(const score::Result& result);

} // namespace tenderscore::report
