// SPDX-License-Identifier: MIT
// The evaluation report as one self-contained HTML page: inline CSS and SVG, no script and no
// external request (a Content-Security-Policy forbids both), laid out for screen and print.
#include <tenderscore/report/html_parts.hpp>
#include <tenderscore/report/html_sections.hpp>
#include <tenderscore/report/report_writers.hpp>

#include <tenderscore/util/text.hpp>

#include <ostream>

namespace tenderscore::report {

namespace {

using namespace html_parts;

constexpr const char* k_style = R"(:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1180px; padding: 24px 32px 48px; background: #fff; color: #1b1f24;
  font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans",
  "Liberation Sans", Arial, sans-serif; }
h1 { font-size: 1.8em; margin: 0 0 .1em; }
h2 { font-size: 1.4em; margin: 2em 0 .6em; padding-bottom: .2em; border-bottom: 2px solid #0072B2; }
h3 { font-size: 1.15em; margin: 1.6em 0 .5em; }
h4 { font-size: 1em; margin: 1.2em 0 .4em; }
p { margin: .4em 0 .8em; max-width: 60em; }
.subtitle { color: #3d4650; font-size: 1.15em; margin: 0 0 1em; }
nav { border: 1px solid #d0d7de; padding: .4em 1em; margin: 1em 0; }
nav ol { margin: .3em 0; padding-left: 1.4em; columns: 3; }
a { color: #005a8e; }
table { border-collapse: collapse; margin: .4em 0 1.2em; font-size: .92em; }
caption { text-align: left; font-weight: 600; padding: .2em 0; }
table.points { width: 100%; }
th, td { border: 1px solid #c9d1d9; padding: 4px 8px; text-align: left; vertical-align: top; }
thead th { background: #eef3f8; }
tbody tr:nth-child(even) { background: #f8fafc; }
th[scope=row] { background: #f3f6f9; font-weight: 600; white-space: nowrap; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
code, pre, .hash { font-family: ui-monospace, "DejaVu Sans Mono", "Liberation Mono", monospace;
  font-size: .88em; }
.hash { word-break: break-all; }
.badge { display: inline-block; padding: 0 .35em; border: 1px solid #009E73; border-radius: 3px;
  color: #00684a; font-size: .8em; white-space: nowrap; }
.text, .note, figcaption { color: #4a535c; font-size: .9em; }
.formula { color: #3d4650; }
.comment { display: block; color: #4a535c; font-style: italic; }
tr.group > td:first-child, tr.winner > td, tr.smallest > td:first-child { font-weight: 600; }
tr.smallest > td { background: #eef7f1; }
.bound { text-align: right; font-variant-numeric: tabular-nums; min-width: 11em; }
.decisive { font-weight: 600; }
ol.reasons { margin: 0; padding-left: 1.3em; }
pre.cmd { white-space: pre-wrap; word-break: break-all; background: #f6f8fa;
  border: 1px solid #d0d7de; padding: 8px; }
figure { margin: .8em 0 1.4em; }
figcaption { max-width: 900px; }
svg.chart { display: block; max-width: 100%; height: auto; }
svg text { font-size: 12px; fill: #1b1f24; }
svg .tick { fill: #59636e; font-size: 11px; }
svg .num { font-variant-numeric: tabular-nums; }
svg .grid { stroke: #dde3ea; stroke-width: 1; }
svg .range { fill: #b8c4d1; }
svg .final { fill: #111; }
svg .dot { stroke: #fff; stroke-width: 1; }
svg .conflict { fill: none; stroke: #59636e; stroke-width: 1.5; }
svg .flagged { fill: #fdecea; }
svg .holds { fill: #a8dcbc; }
svg .changes { fill: #f4cccc; }
svg .now { stroke: #111; stroke-width: 3; }
@page { size: A4; margin: 14mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 9.5pt; }
  nav { display: none; }
  section + section { break-before: page; }
  h2, h3, h4, caption { break-after: avoid; }
  tr, figure, pre { break-inside: avoid; }
  thead { display: table-header-group; }
  a { color: inherit; text-decoration: none; }
  * { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
)";

std::string page_title(const Evaluation& e)
{
  return "Evaluation report: " + e.result.tender +
         (e.result.title.empty() ? std::string() : " — " + e.result.title);
}

// Under the title: who won each lot and by how much.
void write_summary(const Evaluation& e, std::ostream& out)
{
  const bool per_point = e.result.award == "price-per-quality-point";
  out << "<table class=\"summary\">\n<thead><tr>"
      << (e.result.lots.front().lot ? "<th>Lot</th>" : "") << "<th>First</th><th class=\"num\">"
      << (per_point ? "Price per point" : "Total")
      << "</th><th>Second</th><th class=\"num\">Margin</th></tr></thead>\n<tbody>\n";
  for (std::size_t i = 0; i < e.result.lots.size(); ++i) {
    const score::LotResult& lot = e.result.lots[i];
    const score::BidResult* first = nullptr;
    for (const auto& bid : lot.bids) {
      first = first == nullptr && bid.rank ? &bid : first;
    }
    const score::LotSensitivity* s = i < e.sensitivity.size() ? &e.sensitivity[i] : nullptr;
    out << "<tr>" << (lot.lot ? "<td>" + lot_name(e.tender, lot.lot) + "</td>" : "");
    if (first == nullptr) {
      out << "<td colspan=\"4\">No bid is in contention.</td></tr>\n";
      continue;
    }
    out << "<td>" << html_escape(first->bidder) << (first->tied ? " (tied)" : "")
        << "</td><td class=\"num\">" << fixed(per_point ? first->price_per_point : first->total)
        << "</td><td>" << (s != nullptr && !s->runner_up.empty() ? html_escape(s->runner_up) : "–")
        << "</td><td class=\"num\">" << (s != nullptr ? fixed(s->margin) : "–") << "</td></tr>\n";
  }
  out << "</tbody>\n</table>\n";
}

void write_nav(std::ostream& out)
{
  out << "<nav aria-label=\"Contents\"><strong>Contents</strong><ol>"
         "<li><a href=\"#method\">Method statement</a></li>"
         "<li><a href=\"#results\">Results</a></li>"
         "<li><a href=\"#panel\">Panel moderation</a></li>"
         "<li><a href=\"#sensitivity\">Sensitivity to the weights</a></li>"
         "<li><a href=\"#audit\">Audit</a></li></ol></nav>\n";
}

} // namespace

void write_audit_html(const Evaluation& e, std::ostream& out)
{
  const audit::AuditBlock& a = e.audit;
  out << "<section id=\"audit\">\n<h2>Audit</h2>\n<table class=\"facts\">\n<tbody>\n"
      << "<tr><th scope=\"row\">Tool</th><td>" << html_escape(a.tool) << ' '
      << html_escape(a.version) << "</td></tr>\n";
  if (a.timestamp) {
    out << "<tr><th scope=\"row\">Generated</th><td>" << html_escape(*a.timestamp)
        << "</td></tr>\n";
  }
  out << "</tbody>\n</table>\n<h3>Command line</h3>\n<pre class=\"cmd\"><code>"
      << html_escape(util::escape_terminal(audit::shell_command_line(a.command_line)))
      << "</code></pre>\n<h3>Inputs</h3>\n<table class=\"inputs\">\n<thead><tr><th>File</th>"
         "<th class=\"num\">Bytes</th><th>SHA-256</th></tr></thead>\n<tbody>\n";
  for (const auto& input : a.inputs) {
    out << "<tr><td><code>" << html_escape(input.path) << "</code></td><td class=\"num\">"
        << input.bytes << "</td><td class=\"hash\">" << html_escape(input.sha256) << "</td></tr>\n";
  }
  out << "</tbody>\n</table>\n<h3>Scoring rules in force</h3>\n<ul>\n";
  for (const auto& rule : a.rules) {
    out << "<li>" << html_escape(rule) << "</li>\n";
  }
  out << "</ul>\n<p class=\"note\">Check an input with <code>sha256sum FILE</code>; the same "
         "inputs, version and command line give this page byte for byte.</p>\n</section>\n";
}

void write_report_html(const Evaluation& evaluation, std::ostream& out)
{
  out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
         "style-src 'unsafe-inline'; img-src data:\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
         "<meta name=\"generator\" content=\""
      << html_escape(evaluation.audit.tool + " " + evaluation.audit.version) << "\">\n<title>"
      << html_escape(page_title(evaluation)) << "</title>\n<style>\n"
      << k_style << "</style>\n</head>\n<body>\n<header>\n<h1>Evaluation report</h1>\n"
      << "<p class=\"subtitle\">" << html_escape(evaluation.result.tender)
      << (evaluation.result.title.empty() ? "" : " — " + html_escape(evaluation.result.title))
      << "</p>\n";
  if (!evaluation.result.lots.empty()) {
    write_summary(evaluation, out);
  }
  write_nav(out);
  out << "</header>\n<main>\n";
  write_method_html(evaluation, out);
  write_results_html(evaluation, out);
  write_panel_html(evaluation, out);
  write_sensitivity_html(evaluation, out);
  write_audit_html(evaluation, out);
  out << "</main>\n</body>\n</html>\n";
}

} // namespace tenderscore::report
