// SPDX-License-Identifier: MIT
// Private to the assessment summary writers: the text of each cell, before any escaping. The
// texts hold untrusted input (names, comments, exclusion reasons): each writer escapes them.
#pragma once

#include <tenderscore/report/summaries.hpp>

#include <string>

namespace tenderscore::report::summary_cells {

/// The banner at the top and bottom of a draft summary.
inline constexpr const char* k_draft =
    "DRAFT — not for issue: some scores have no explanation yet. This is not an assessment "
    "summary under the Procurement Act 2023 s.50.";

/// The opening paragraph of every summary.
inline constexpr const char* k_purpose =
    "This assessment summary (Procurement Act 2023 s.50, Procurement Regulations 2024 reg. 31) "
    "sets out, for each criterion and sub-criterion, its weight and the score available, the "
    "score awarded to your bid with the reasons, the sub-totals and the total; where your bid "
    "did not win, the same for the winning bid.";

/// The paragraph that opens the method section.
inline constexpr const char* k_method =
    "Each criterion's weight is its share of the total in percent, and so the points available "
    "for it. A question's points are its weight × the score awarded ÷ the scale's maximum (or ÷ "
    "the best score in contention where so stated); a group's points are the sum of its "
    "sub-criteria. The evaluation report's method statement sets out every rule in full.";

/// Return e.g. "Ranked 2nd of 3 ranked bids with 72.00 points: not successful." or the
/// exclusion with its decisive reason.
std::string outcome(const SummaryBid& bid, const LotSummary& lot);

/// Return e.g. "40 points; scale 0 to 5".
std::string available(const SummaryRow& row);

/// Return e.g. "3.00 of 5 (moderated)", "price 80", or "" for a group.
std::string awarded(const SummaryRow& row);

/// Return e.g. "24.00", "sub-total 32.00" or "not awarded".
std::string points(const SummaryRow& row);

/// Return the explanation of `row`: the comment of a question, the price formula in words
/// (`price_formula`, never with another bid's price), or how a group adds up.
std::string explanation(const SummaryRow& row, const std::string& price_formula);

/// Return the price formula in words of the criteria that apply to `lot`, or "".
std::string price_formula(const MethodStatement& method, const std::optional<std::string>& lot);

/// Return e.g. "Ranked 1st (tied) with 76.00 points." for a winning bid.
std::string winner_line(const SummaryBid& winner);

/// Return the sum of the top-level weights of `bid`, i.e. the points available in all.
util::Rational total_weight(const SummaryBid& bid);

/// Return the total of `bid` for its Total row: e.g. "72.00" or "not awarded".
std::string total(const SummaryBid& bid);

} // namespace tenderscore::report::summary_cells
