// SPDX-License-Identifier: MIT
// The HTML report's method statement: every rule that decided the scores, from the tender.
#include <tenderscore/report/html_parts.hpp>
#include <tenderscore/report/html_sections.hpp>

#include <fmt/format.h>

#include <ostream>

namespace tenderscore::report {

namespace {

using namespace html_parts;

void write_pairs(const std::vector<std::pair<std::string, std::string>>& pairs, std::ostream& out)
{
  out << "<table class=\"facts\">\n<tbody>\n";
  for (const auto& [label, value] : pairs) {
    out << "<tr><th scope=\"row\">" << html_escape(label) << "</th><td>" << html_escape(value)
        << "</td></tr>\n";
  }
  out << "</tbody>\n</table>\n";
}

void write_criterion(const MethodCriterion& row, std::ostream& out)
{
  out << "<tr class=\"" << row.kind
      << "\"><td style=\"padding-left:" << fmt::format("{}", 0.5 + 1.5 * row.depth) << "em\">"
      << html_escape(row.title);
  if (row.title != row.id) {
    out << " <code>" << html_escape(row.id) << "</code>";
  }
  if (row.social_value) {
    out << " <span class=\"badge\">social value</span>";
  }
  if (!row.text.empty()) {
    out << "<div class=\"text\">" << html_escape(row.text) << "</div>";
  }
  out << "</td><td class=\"num\">" << util::format_short(row.weight) << "</td><td>"
      << html_escape(row.how) << "</td><td>";
  for (std::size_t i = 0; i < row.conditions.size(); ++i) {
    out << (i > 0 ? "<br>" : "") << html_escape(row.conditions[i]);
  }
  out << "</td></tr>\n";
}

void write_criteria(const Evaluation& e, const MethodCriteria& set, std::ostream& out)
{
  out << "<h3>"
      << (!set.stage.empty() ? "Criteria of stage " + html_escape(set.stage) +
                                   " (they rank the shortlist and carry no award weight)"
          : set.lot ? "Criteria of " + lot_name(e.tender, set.lot)
                    : std::string("Criteria"))
      << "</h3>\n<table class=\"criteria\">\n<thead><tr><th>Criterion</th><th class=\"num\">"
         "Weight %</th><th>How it is scored</th><th>Conditions</th></tr></thead>\n<tbody>\n";
  for (const auto& row : set.rows) {
    write_criterion(row, out);
  }
  out << "</tbody>\n</table>\n";
  if (!set.price_formula.empty()) {
    out << "<p><strong>Price formula:</strong> " << html_escape(set.price_formula) << "</p>\n";
  }
}

void write_scales(const std::vector<MethodScale>& scales, std::ostream& out)
{
  out << "<h3>Scales</h3>\n";
  for (const auto& scale : scales) {
    out << "<table class=\"scale\">\n<caption><code>" << html_escape(scale.id)
        << "</code>: " << html_escape(scale.range) << "</caption>\n";
    if (!scale.labels.empty()) {
      out << "<thead><tr><th class=\"num\">Score</th><th>Descriptor</th></tr></thead>\n<tbody>\n";
      for (const auto& [point, label] : scale.labels) {
        out << "<tr><td class=\"num\">" << html_escape(point) << "</td><td>" << html_escape(label)
            << "</td></tr>\n";
      }
      out << "</tbody>\n";
    }
    out << "</table>\n";
  }
}

} // namespace

void write_method_html(const Evaluation& e, std::ostream& out)
{
  const MethodStatement& m = e.method;
  out << "<section id=\"method\">\n<h2>Method statement</h2>\n<p class=\"note\">Generated from "
         "the tender: every rule below decided the scores that follow. Weights are percentages "
         "of the whole score; points are shown to 2 decimals and computed exactly.</p>\n";
  write_pairs(m.facts, out);
  for (const auto& set : m.criteria) {
    write_criteria(e, set, out);
  }
  if (!m.scales.empty()) {
    write_scales(m.scales, out);
  }
  out << "<h3>Gates</h3>\n";
  if (m.gates.empty()) {
    out << "<p>The tender has no pass/fail gate.</p>\n";
  } else {
    out << "<p>Pass/fail: a bid that fails any gate is excluded.</p>\n<table class=\"gates\">\n"
           "<thead><tr><th>Gate</th><th>Requirement</th></tr></thead>\n<tbody>\n";
    for (const auto& [id, text] : m.gates) {
      out << "<tr><td><code>" << html_escape(id) << "</code></td><td>" << html_escape(text)
          << "</td></tr>\n";
    }
    out << "</tbody>\n</table>\n";
  }
  out << "</section>\n";
}

} // namespace tenderscore::report
