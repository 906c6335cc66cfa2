// SPDX-License-Identifier: MIT
// An assessment summary as Markdown (Procurement Regulations 2024 reg. 31).
#include <tenderscore/report/markdown.hpp>
#include <tenderscore/report/summaries.hpp>
#include <tenderscore/report/summary_cells.hpp>

#include <tenderscore/util/rational.hpp>

#include <ostream>

namespace tenderscore::report {

namespace {

namespace cells = summary_cells;
using util::format_short;

std::string title_cell(const SummaryRow& row)
{
  std::string indent;
  for (int i = 0; i < row.depth; ++i) {
    indent += "&nbsp;&nbsp;&nbsp;&nbsp;";
  }
  return indent + md_escape(row.title) +
         (row.title == row.id ? "" : " (`" + md_escape(row.id) + "`)");
}

void write_breakdown(const SummaryBid& bid, const std::string& price_formula, std::ostream& out)
{
  out << "| Criterion | Weight | Available score | Score awarded | Points | Explanation |\n"
      << "| --- | ---: | --- | --- | ---: | --- |\n";
  for (const auto& row : bid.rows) {
    out << "| " << title_cell(row) << " | " << format_short(row.weight) << "% | "
        << cells::available(row) << " | " << md_escape(cells::awarded(row)) << " | "
        << cells::points(row) << " | " << md_escape(cells::explanation(row, price_formula))
        << " |\n";
  }
  const util::Rational weights = cells::total_weight(bid);
  out << "| **Total** | " << format_short(weights) << "% | " << format_short(weights)
      << " points |  | **" << cells::total(bid) << "** |  |\n\n";
}

void write_lot(const LotSummary& lot, const Evaluation& e, bool with_lots, std::ostream& out)
{
  const std::string formula = cells::price_formula(e.method, lot.lot);
  const char* heading = with_lots ? "### " : "## ";
  if (with_lots) {
    out << "## Lot " << md_escape(lot.lot_title)
        << (lot.lot && lot.lot_title != *lot.lot ? " (`" + md_escape(*lot.lot) + "`)" : "")
        << "\n\n";
  }
  out << "**Outcome:** " << md_escape(cells::outcome(lot.bid, lot)) << "\n\n";
  if (lot.bid.exclusions.size() > 1) {
    out << "Every reason for the exclusion:\n\n";
    for (const auto& x : lot.bid.exclusions) {
      out << "- " << md_escape(x.reason) << "\n";
    }
    out << "\n";
  }
  out << heading << "Your bid\n\n";
  write_breakdown(lot.bid, formula, out);
  if (lot.winners.empty() && !lot.bid.successful) {
    out << "No bid was ranked, so there is no winning bid to compare.\n\n";
  }
  for (const auto& winner : lot.winners) {
    out << heading << "The winning bid: " << md_escape(winner.bidder) << "\n\n"
        << cells::winner_line(winner) << "\n\n";
    write_breakdown(winner, formula, out);
  }
}

void write_method(const Evaluation& e, std::ostream& out)
{
  out << "## How bids were scored\n\n" << md_escape(cells::k_method) << "\n\n";
  for (const auto& rule : e.audit.rules) {
    out << "- " << md_escape(rule) << "\n";
  }
  for (const auto& scale : e.method.scales) {
    out << "- scale `" << md_escape(scale.id) << "`: " << md_escape(scale.range);
    for (const auto& [point, text] : scale.labels) {
      out << "; " << md_escape(point) << " = " << md_escape(text);
    }
    out << "\n";
  }
  out << "\n";
}

void write_audit(const Evaluation& e, std::ostream& out)
{
  out << "## Audit\n\n"
      << "- " << md_escape(e.audit.tool) << " version " << md_escape(e.audit.version) << "\n";
  if (e.audit.timestamp) {
    out << "- written " << md_escape(*e.audit.timestamp) << "\n";
  }
  for (const auto& input : e.audit.inputs) {
    // Not a code span: backslash escapes do not work inside one, and a path is untrusted text.
    out << "- " << md_escape(input.path) << " (" << input.bytes << " bytes) SHA-256 `"
        << input.sha256 << "`\n";
  }
  out << "\n";
}

} // namespace

void write_summary_md(const AssessmentSummary& summary, const Evaluation& evaluation,
                      const SummaryOptions& options, std::ostream& out)
{
  if (options.draft) {
    out << "**" << md_escape(cells::k_draft) << "**\n\n";
  }
  const model::TenderInfo& info = evaluation.tender.info;
  out << "# Assessment summary: " << md_escape(summary.bidder) << "\n\n"
      << "Tender: " << md_escape(info.title.empty() ? info.id : info.title) << " (`"
      << md_escape(info.id) << "`)"
      << (info.authority.empty() ? "" : ", " + md_escape(info.authority)) << ".\n\n"
      << md_escape(cells::k_purpose) << "\n\n";
  const bool with_lots = !evaluation.tender.lots.empty();
  for (const auto& lot : summary.lots) {
    write_lot(lot, evaluation, with_lots, out);
  }
  write_method(evaluation, out);
  write_audit(evaluation, out);
  if (options.draft) {
    out << "**" << md_escape(cells::k_draft) << "**\n";
  }
}

} // namespace tenderscore::report
