// SPDX-License-Identifier: MIT
// An assessment summary as one self-contained HTML page (Procurement Regulations 2024 reg. 31).
#include <tenderscore/report/html.hpp>
#include <tenderscore/report/summaries.hpp>
#include <tenderscore/report/summary_cells.hpp>

#include <tenderscore/util/rational.hpp>
#include <tenderscore/util/text.hpp>

#include <ostream>

namespace tenderscore::report {

namespace {

namespace cells = summary_cells;
using util::format_short;

// A draft is marked on every printed page: fixed elements repeat at the top and bottom of each
// page in print, and a watermark sits behind the text.
constexpr const char* k_style = R"(<style>
body{font-family:system-ui,sans-serif;margin:2em;color:#111}
table{border-collapse:collapse;margin:0.5em 0 1.5em}
th,td{border:1px solid #999;padding:0.25em 0.5em;vertical-align:top;text-align:left}
td.n{text-align:right;white-space:nowrap}
tr.total td{font-weight:bold}
.draft{background:#fff3cd;border:2px solid #c00;color:#c00;font-weight:bold;padding:0.5em;text-align:center}
.watermark{position:fixed;top:40%;left:0;right:0;text-align:center;font-size:8em;color:rgba(200,0,0,0.12);transform:rotate(-30deg);pointer-events:none;z-index:-1}
@media print{.draft.top{position:fixed;top:0;left:0;right:0}.draft.bottom{position:fixed;bottom:0;left:0;right:0}body{margin:4em 1em}}
</style>
)";

void write_breakdown(const SummaryBid& bid, const std::string& price_formula, std::ostream& out)
{
  out << "<table>\n<tr><th>Criterion</th><th>Weight</th><th>Available score</th><th>Score "
         "awarded</th><th>Points</th><th>Explanation</th></tr>\n";
  for (const auto& row : bid.rows) {
    out << "<tr><td style=\"padding-left:" << 0.5 + 1.5 * row.depth << "em\">"
        << html_escape(row.title)
        << (row.title == row.id ? "" : " (<code>" + html_escape(row.id) + "</code>)") << "</td>"
        << "<td class=\"n\">" << format_short(row.weight) << "%</td><td>"
        << html_escape(cells::available(row)) << "</td><td>" << html_escape(cells::awarded(row))
        << "</td><td class=\"n\">" << html_escape(cells::points(row)) << "</td><td>"
        << html_escape(cells::explanation(row, price_formula)) << "</td></tr>\n";
  }
  const util::Rational weights = cells::total_weight(bid);
  out << "<tr class=\"total\"><td>Total</td><td class=\"n\">" << format_short(weights)
      << "%</td><td>" << format_short(weights) << " points</td><td></td><td class=\"n\">"
      << html_escape(cells::total(bid)) << "</td><td></td></tr>\n</table>\n";
}

void write_lot(const LotSummary& lot, const Evaluation& e, bool with_lots, std::ostream& out)
{
  const std::string formula = cells::price_formula(e.method, lot.lot);
  const char* h = with_lots ? "h3" : "h2";
  if (with_lots) {
    out << "<h2>Lot " << html_escape(lot.lot_title)
        << (lot.lot && lot.lot_title != *lot.lot ? " (<code>" + html_escape(*lot.lot) + "</code>)"
                                                 : "")
        << "</h2>\n";
  }
  out << "<p><strong>Outcome:</strong> " << html_escape(cells::outcome(lot.bid, lot)) << "</p>\n";
  if (lot.bid.exclusions.size() > 1) {
    out << "<p>Every reason for the exclusion:</p>\n<ul>\n";
    for (const auto& x : lot.bid.exclusions) {
      out << "<li>" << html_escape(x.reason) << "</li>\n";
    }
    out << "</ul>\n";
  }
  out << "<" << h << ">Your bid</" << h << ">\n";
  write_breakdown(lot.bid, formula, out);
  if (lot.winners.empty() && !lot.bid.successful) {
    out << "<p>No bid was ranked, so there is no winning bid to compare.</p>\n";
  }
  for (const auto& winner : lot.winners) {
    out << "<" << h << ">The winning bid: " << html_escape(winner.bidder) << "</" << h << ">\n<p>"
        << html_escape(cells::winner_line(winner)) << "</p>\n";
    write_breakdown(winner, formula, out);
  }
}

} // namespace

void write_summary_html(const AssessmentSummary& summary, const Evaluation& evaluation,
                        const SummaryOptions& options, std::ostream& out)
{
  const model::TenderInfo& info = evaluation.tender.info;
  out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
         "style-src 'unsafe-inline'; img-src data:\">\n<title>"
      << (options.draft ? "DRAFT " : "") << "Assessment summary: " << html_escape(summary.bidder)
      << "</title>\n"
      << k_style << "</head>\n<body>\n";
  if (options.draft) {
    out << "<div class=\"watermark\" aria-hidden=\"true\">DRAFT</div>\n"
        << "<div class=\"draft top\">" << html_escape(cells::k_draft) << "</div>\n";
  }
  out << "<h1>Assessment summary: " << html_escape(summary.bidder)
      << "</h1>\n<p>Tender: " << html_escape(info.title.empty() ? info.id : info.title)
      << " (<code>" << html_escape(info.id) << "</code>)"
      << (info.authority.empty() ? "" : ", " + html_escape(info.authority)) << ".</p>\n<p>"
      << html_escape(cells::k_purpose) << "</p>\n";
  const bool with_lots = !evaluation.tender.lots.empty();
  for (const auto& lot : summary.lots) {
    write_lot(lot, evaluation, with_lots, out);
  }
  out << "<h2>How bids were scored</h2>\n<p>" << html_escape(cells::k_method) << "</p>\n<ul>\n";
  for (const auto& rule : evaluation.audit.rules) {
    out << "<li>" << html_escape(rule) << "</li>\n";
  }
  for (const auto& scale : evaluation.method.scales) {
    out << "<li>scale <code>" << html_escape(scale.id) << "</code>: " << html_escape(scale.range);
    for (const auto& [point, text] : scale.labels) {
      out << "; " << html_escape(point) << " = " << html_escape(text);
    }
    out << "</li>\n";
  }
  out << "</ul>\n<h2>Audit</h2>\n<ul>\n<li>" << html_escape(evaluation.audit.tool) << " version "
      << html_escape(evaluation.audit.version) << "</li>\n";
  if (evaluation.audit.timestamp) {
    out << "<li>written " << html_escape(*evaluation.audit.timestamp) << "</li>\n";
  }
  for (const auto& input : evaluation.audit.inputs) {
    out << "<li><code>" << html_escape(input.path) << "</code> (" << input.bytes
        << " bytes) SHA-256 <code>" << input.sha256 << "</code></li>\n";
  }
  out << "</ul>\n";
  if (options.draft) {
    out << "<div class=\"draft bottom\">" << html_escape(cells::k_draft) << "</div>\n";
  }
  out << "</body>\n</html>\n";
}

} // namespace tenderscore::report
