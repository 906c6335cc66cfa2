// SPDX-License-Identifier: MIT
// An assessment summary as Markdown (Procurement Regulations 2024 reg. 31).
#include <tenderscore/report/markdown.hpp>
#include <tenderscore/report/summaries.hpp>

#include <tenderscore/util/rational.hpp>

#include <ostream>

namespace tenderscore::report {

namespace {

using util::format_fixed;
using util::format_short;

constexpr const char* k_draft =
    "**DRAFT — not for issue: some scores have no explanation yet. This is not an assessment "
    "summary under the Procurement Act 2023 s.50.**";

std::string ordinal(int n)
{
  const int last_two = n % 100;
  const char* suffix = "th";
  if (last_two < 11 || last_two > 13) {
    switch (n % 10) {
    case 1:
      suffix = "st";
      break;
    case 2:
      suffix = "nd";
      break;
    case 3:
      suffix = "rd";
      break;
    default:
      break;
    }
  }
  return std::to_string(n) + suffix;
}

std::string outcome(const SummaryBid& bid, const LotSummary& lot)
{
  if (!bid.ranked) {
    std::string text = "Excluded in the final stage, so no points were awarded";
    if (!bid.exclusions.empty()) {
      text += ": " + md_escape(bid.exclusions.front().reason);
    }
    return text + ".";
  }
  std::string text = "Ranked " + ordinal(bid.rank.value_or(0)) + (bid.tied ? " (tied)" : "") +
                     " of " + std::to_string(lot.ranked) + " ranked bid" +
                     (lot.ranked == 1 ? "" : "s") + " with " + format_fixed(*bid.total, 2) +
                     " points";
  return text + (bid.successful ? ": successful." : ": not successful.");
}

std::string available(const SummaryRow& row)
{
  std::string text = format_short(row.weight) + " points";
  if (row.scale_max) {
    text += "; scale " + format_short(row.scale_min.value_or(0)) + " to " +
            format_short(*row.scale_max);
  }
  return text;
}

std::string awarded(const SummaryRow& row)
{
  if (row.kind == "price") {
    return row.price ? "price " + format_short(*row.price) : "no price";
  }
  if (row.kind != "question") {
    return "";
  }
  if (!row.score) {
    return "not scored";
  }
  std::string text = format_fixed(*row.score, 2);
  if (row.relative_to_best) {
    text += " (against the best score in contention)";
  } else if (row.scale_max) {
    text += " of " + format_short(*row.scale_max);
  }
  return text + (row.score_source.empty() ? "" : " (" + row.score_source + ")");
}

std::string points(const SummaryRow& row)
{
  if (!row.points) {
    return "not awarded";
  }
  const std::string text = format_fixed(*row.points, 2);
  return row.kind == "group" ? "sub-total " + text : text;
}

std::string title_cell(const SummaryRow& row)
{
  std::string indent;
  for (int i = 0; i < row.depth; ++i) {
    indent += "&nbsp;&nbsp;&nbsp;&nbsp;";
  }
  return indent + md_escape(row.title) +
         (row.title == row.id ? "" : " (`" + md_escape(row.id) + "`)");
}

std::string explanation(const SummaryRow& row, const std::string& price_formula)
{
  if (row.kind == "price") {
    return md_escape(price_formula);
  }
  if (row.kind == "group") {
    return "sum of its sub-criteria";
  }
  return row.explanation.empty() ? "*(no explanation recorded)*" : md_escape(row.explanation);
}

void write_breakdown(const SummaryBid& bid, const std::string& price_formula, std::ostream& out)
{
  out << "| Criterion | Weight | Available score | Score awarded | Points | Explanation |\n"
      << "| --- | ---: | --- | --- | ---: | --- |\n";
  util::Rational weights = 0;
  for (const auto& row : bid.rows) {
    weights += row.depth == 0 ? row.weight : util::Rational{0};
    out << "| " << title_cell(row) << " | " << format_short(row.weight) << "% | " << available(row)
        << " | " << awarded(row) << " | " << points(row) << " | " << explanation(row, price_formula)
        << " |\n";
  }
  out << "| **Total** | " << format_short(weights) << "% | " << format_short(weights)
      << " points |  | **" << (bid.total ? format_fixed(*bid.total, 2) : "not awarded")
      << "** |  |\n\n";
}

const MethodCriteria* criteria_of(const MethodStatement& method,
                                  const std::optional<std::string>& lot)
{
  const MethodCriteria* tender_own = nullptr;
  for (const auto& c : method.criteria) {
    if (c.lot == lot) {
      return &c;
    }
    if (!c.lot && tender_own == nullptr) {
      tender_own = &c;
    }
  }
  return tender_own;
}

void write_lot(const LotSummary& lot, const Evaluation& e, bool with_lots, std::ostream& out)
{
  const MethodCriteria* criteria = criteria_of(e.method, lot.lot);
  const std::string formula = criteria ? criteria->price_formula : "";
  if (with_lots) {
    out << "## Lot " << md_escape(lot.lot_title)
        << (lot.lot && lot.lot_title != *lot.lot ? " (`" + md_escape(*lot.lot) + "`)" : "")
        << "\n\n";
  }
  out << "**Outcome:** " << outcome(lot.bid, lot) << "\n\n";
  if (lot.bid.exclusions.size() > 1) {
    out << "Every reason for the exclusion:\n\n";
    for (const auto& x : lot.bid.exclusions) {
      out << "- " << md_escape(x.reason) << "\n";
    }
    out << "\n";
  }
  out << (with_lots ? "### " : "## ") << "Your bid\n\n";
  write_breakdown(lot.bid, formula, out);
  if (lot.winners.empty() && !lot.bid.successful) {
    out << "No bid was ranked, so there is no winning bid to compare.\n\n";
  }
  for (const auto& winner : lot.winners) {
    out << (with_lots ? "### " : "## ") << "The winning bid: " << md_escape(winner.bidder) << "\n\n"
        << "Ranked 1st" << (winner.tied ? " (tied)" : "") << " with "
        << format_fixed(*winner.total, 2) << " points.\n\n";
    write_breakdown(winner, formula, out);
  }
}

void write_method(const Evaluation& e, std::ostream& out)
{
  out << "## How bids were scored\n\n"
      << "Each criterion's weight is its share of the total in percent, and so the points "
         "available for it. A question's points are its weight × the score awarded ÷ the "
         "scale's maximum (or ÷ the best score in contention where so stated); a group's "
         "points are the sum of its sub-criteria. The evaluation report's method statement "
         "sets out every rule in full.\n\n";
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
    out << "- `" << md_escape(input.path) << "` (" << input.bytes << " bytes) SHA-256 `"
        << input.sha256 << "`\n";
  }
  out << "\n";
}

} // namespace

void write_summary_md(const AssessmentSummary& summary, const Evaluation& evaluation,
                      const SummaryOptions& options, std::ostream& out)
{
  if (options.draft) {
    out << k_draft << "\n\n";
  }
  const model::TenderInfo& info = evaluation.tender.info;
  out << "# Assessment summary: " << md_escape(summary.bidder) << "\n\n"
      << "Tender: " << md_escape(info.title.empty() ? info.id : info.title) << " (`"
      << md_escape(info.id) << "`)"
      << (info.authority.empty() ? "" : ", " + md_escape(info.authority)) << ".\n\n"
      << "This assessment summary (Procurement Act 2023 s.50, Procurement Regulations 2024 "
         "reg. 31) sets out, for each criterion and sub-criterion, its weight and the score "
         "available, the score awarded to your bid with the reasons, the sub-totals and the "
         "total; where your bid did not win, the same for the winning bid.\n\n";
  const bool with_lots = !evaluation.tender.lots.empty();
  for (const auto& lot : summary.lots) {
    write_lot(lot, evaluation, with_lots, out);
  }
  write_method(evaluation, out);
  write_audit(evaluation, out);
  if (options.draft) {
    out << k_draft << "\n";
  }
}

} // namespace tenderscore::report
