// SPDX-License-Identifier: MIT
// Private to report/: the numbers and formulas every value writer prints.
#pragma once

#include <tenderscore/value/result.hpp>

#include <string>
#include <vector>

namespace tenderscore::report::detail {

// One line of output: a named number with the formula that produced it.
struct ValueLine
{
  std::string section; // vfm, outcome, sroi, sensitivity
  std::string item;    // an agency, an outcome id, "total"
  std::string measure; // e.g. "cost per participant"
  util::Rational value;
  std::string formula; // written out with the numbers, e.g. "33480 ÷ 1000 = 33.48"
};

/// Return `value` rounded to 2 decimals.
std::string money(const util::Rational& value);

/// Return the year-1 formula of `outcome`, e.g. "120 × 13000 × (1 − 0.3) × … = 873600.00".
std::string year_one_formula(const value::OutcomeValue& outcome);

/// Return the present-value formula of `outcome`, year by year (Σ notation beyond 6 years).
std::string present_value_formula(const value::OutcomeValue& outcome);

/// Return every number of `result` with its formula, in report order.
std::vector<ValueLine> value_lines(const value::ValueResult& result);

/// Return the sentence naming the sensitivity range and the assumption that moves it most.
std::string range_sentence(const value::Sensitivity& sensitivity);

} // namespace tenderscore::report::detail
