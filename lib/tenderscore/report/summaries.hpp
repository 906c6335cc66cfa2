// SPDX-License-Identifier: MIT
#pragma once

#include <tenderscore/diag/diagnostic.hpp>
#include <tenderscore/model/bids.hpp>
#include <tenderscore/report/evaluation.hpp>

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace tenderscore::report {

// One criterion of one bid as an assessment summary shows it (Procurement Regulations 2024
// reg. 31: title, weight, available score, score awarded, explanation, sub-totals).
struct SummaryRow
{
  std::string id;
  std::string title; // the criterion's title, else its id
  int depth = 0;
  std::string kind;                        // "group" | "price" | "question" | "quantity"
  util::Rational weight;                   // available points: the criterion's share of the total
  std::optional<util::Rational> scale_min; // questions: the scale's range
  std::optional<util::Rational> scale_max;
  bool relative_to_best = false;        // questions scored against the best score in contention
  std::optional<util::Rational> score;  // questions: the final score awarded
  std::string score_source;             // "moderated" | "mean" | "median"
  std::optional<util::Rational> price;  // the price criterion: the bid's price
  std::optional<util::Rational> points; // weighted points (a group's sub-total); none when the
                                        // bid was excluded and so awarded no points
  std::string explanation;              // questions: the moderated comment, untrusted text
  std::optional<util::Rational> value;  // quantity: the value the bid states
  std::string unit;                     // quantity: its unit
  std::string formula;                  // quantity: the method in words, then (when scored)
                                        // the bid's points worked out
};

// One bid of one lot: its outcome and its rows.
struct SummaryBid
{
  std::string bidder; // untrusted text
  bool ranked = false;
  std::optional<int> rank;
  bool tied = false;
  bool successful = false;               // ranked 1st, or under a funding pot funded
  std::optional<score::Funding> funding; // under a funding pot, when ranked
  std::optional<util::Rational> total;   // none when excluded
  std::optional<util::Rational> price;
  std::vector<score::Exclusion> exclusions; // every reason, first one decisive
  std::vector<SummaryRow> rows;             // criteria tree order
};

// What one bidder is told about one lot it bid in (or the whole tender without lots).
struct LotSummary
{
  std::optional<std::string> lot;
  std::string lot_title;
  std::size_t bids_in_final_stage = 0; // how many bids the lot's final stage assessed
  std::size_t ranked = 0;              // how many of them were ranked
  SummaryBid bid;
  // The winning bid (more than one on a true tie for 1st), for a bid that did not win; empty
  // for a winner and when no bid was ranked.
  std::vector<SummaryBid> winners;
};

// The assessment summary of one bidder that reached the final stage (Procurement Act 2023
// s.50): its bids and, where it lost, the winning bid; nothing about any other losing bid.
struct AssessmentSummary
{
  std::string bidder;           // untrusted text
  std::vector<LotSummary> lots; // in the result's lot order
};

/// Return whether `bid` reached the final stage of `result`: it was not excluded at a gate or
/// left off a stage-1 shortlist (a bid excluded in the final stage by a threshold, minimum,
/// budget or lot cap did reach it).
bool reached_final_stage(const score::Result& result, const score::BidResult& bid);

/// Return one assessment summary per bidder of `evaluation` that reached the final stage in at
/// least one lot, in order of first appearance in the result.
std::vector<AssessmentSummary> assessment_summaries(const Evaluation& evaluation);

/// Return one error (rule "summary.missing-explanation") per scored question of every bid that
/// gets an assessment summary and has no explanation (no or a blank comment) in `bids`, at the
/// question's key in its bids file, ordered by file, line and column.
std::vector<diag::Diagnostic> summary_gaps(const Evaluation& evaluation,
                                           const std::vector<const model::BidsFile*>& bids);

/// Return a safe, unique and deterministic file name for the summary of `bidder`:
/// "summary-" + an ASCII slug of the name (at most 40 characters) + "-" + the first 8 hex
/// digits of the SHA-256 of the exact name + "." + `extension`. It never holds a path
/// separator, "..", a leading dot, a space or a control character.
std::string summary_file_name(const std::string& bidder, const std::string& extension);

/// Return the file name of each of `summaries` (same order) as summary_file_name does, with the
/// whole digest instead of its first 8 digits for names that would otherwise collide.
std::vector<std::string> summary_file_names(const std::vector<AssessmentSummary>& summaries,
                                            const std::string& extension);

// How a summary is rendered. A draft is marked DRAFT at the top and bottom of every page.
struct SummaryOptions
{
  bool draft = false;
};

/// Write the assessment summary `summary` of `evaluation` as Markdown: every untrusted text
/// escaped with md_escape; no price benchmark or best score of another bid is written out.
void write_summary_md(const AssessmentSummary& summary, const Evaluation& evaluation,
                      const SummaryOptions& options, std::ostream& out);

/// Write the assessment summary `summary` of `evaluation` as one self-contained HTML page, as
/// write_summary_md does; every untrusted text HTML-escaped. A draft carries DRAFT at the top
/// and bottom of every printed page and as a watermark.
void write_summary_html(const AssessmentSummary& summary, const Evaluation& evaluation,
                        const SummaryOptions& options, std::ostream& out);

} // namespace tenderscore::report
