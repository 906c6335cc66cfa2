// SPDX-License-Identifier: MIT
// The evaluation report as Markdown for the decision-maker; untrusted text goes through
// md_escape, numbers are rounded to 2 decimals (the JSON report keeps them exact).
#include <tenderscore/report/markdown.hpp>
#include <tenderscore/report/md_table.hpp>
#include <tenderscore/report/report_writers.hpp>
#include <tenderscore/report/sensitivity_writers.hpp>
#include <tenderscore/util/text.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <ostream>

namespace tenderscore::report {

namespace {

using md::Row;
using md::write_header;
using md::write_row;
using util::format_fixed;

std::string num(const std::optional<util::Rational>& value)
{
  return value ? format_fixed(*value, 2) : std::string("-");
}

std::string lot_heading(const std::optional<std::string>& lot)
{
  return lot ? "Lot " + md_escape(*lot) : std::string{};
}

void write_criteria(const MethodCriteria& set, std::ostream& out)
{
  if (!set.stage.empty()) {
    out << "\n### Criteria of stage " << md_escape(set.stage)
        << " (they rank the shortlist and carry no award weight)\n\n";
  } else {
    out << "\n### Criteria" << (set.lot ? " for lot " + md_escape(*set.lot) : "") << "\n\n";
  }
  write_header({"Criterion", "Weight", "How it is scored", "Conditions"}, "lrll", out);
  for (const auto& row : set.rows) {
    std::string name;
    for (int i = 0; i < row.depth; ++i) {
      name += "— ";
    }
    name += md_escape(row.title);
    if (row.title != row.id) {
      name += " (" + md_escape(row.id) + ")";
    }
    if (row.social_value) {
      name += " *social value*";
    }
    std::string conditions;
    for (const auto& c : row.conditions) {
      conditions += (conditions.empty() ? "" : "; ") + md_escape(c);
    }
    write_row({name, format_fixed(row.weight, 2) + "%", md_escape(row.how),
               conditions.empty() ? "-" : conditions},
              out);
  }
}

void write_method(const MethodStatement& method, std::ostream& out)
{
  out << "\n## Method statement\n\n";
  write_header({"Rule", "As applied"}, "ll", out);
  for (const auto& [label, value] : method.facts) {
    write_row({md_escape(label), md_escape(value)}, out);
  }
  for (const auto& set : method.criteria) {
    write_criteria(set, out);
  }
  if (!method.scales.empty()) {
    out << "\n### Scales\n";
    for (const auto& scale : method.scales) {
      out << "\n**" << md_escape(scale.id) << "**: " << md_escape(scale.range) << "\n\n";
      if (!scale.labels.empty()) {
        write_header({"Score", "Descriptor"}, "rl", out);
        for (const auto& [point, label] : scale.labels) {
          write_row({md_escape(point), md_escape(label)}, out);
        }
      }
    }
  }
  if (!method.gates.empty()) {
    out << "\n### Gates (pass/fail)\n\n";
    write_header({"Gate", "Requirement"}, "ll", out);
    for (const auto& [id, text] : method.gates) {
      write_row({md_escape(id), md_escape(text)}, out);
    }
  }
}

std::string status(const score::BidResult& bid)
{
  if (bid.status == score::BidStatus::ranked) {
    return bid.tied ? "ranked (tied)" : "ranked";
  }
  return "excluded: " + md_escape(bid.exclusions.empty() ? "" : bid.exclusions.front().rule);
}

bool per_point(const score::Result& result)
{
  return result.award == "price-per-quality-point";
}

void write_ranking(const score::Result& result, const score::LotResult& lot, std::ostream& out)
{
  Row header{"Rank", "Bidder", "Total"};
  std::string align = "rlr";
  if (per_point(result)) {
    header.emplace_back("Price per point");
    align += 'r';
  }
  for (const auto& id : lot.top_level) {
    header.push_back(md_escape(id));
    align += 'r';
  }
  header.emplace_back("Status");
  align += 'l';
  write_header(header, align, out);
  for (const auto& bid : lot.bids) {
    Row row{bid.rank ? std::to_string(*bid.rank) : "-", md_escape(bid.bidder), num(bid.total)};
    if (per_point(result)) {
      row.push_back(num(bid.price_per_point));
    }
    for (const auto& id : lot.top_level) {
      std::optional<util::Rational> points;
      for (const auto& c : bid.criteria) {
        if (c.depth == 0 && c.id == id) {
          points = c.points;
        }
      }
      row.push_back(num(points));
    }
    row.push_back(status(bid));
    write_row(row, out);
  }
  for (const auto& bid : lot.bids) {
    if (!bid.tie_note.empty()) {
      out << "\nTie: " << md_escape(bid.bidder) << " — " << md_escape(bid.tie_note) << '\n';
    }
  }
  if (!lot.stage_note.empty()) {
    out << '\n' << md_escape(lot.stage_note) << '\n';
  }
}

// Under a funding pot: the pot, and each ranked bid's request and funding with its reason.
void write_funding(const score::LotResult& lot, std::ostream& out)
{
  const score::Pot& pot = *lot.funding;
  out << "\n### Funding\n\nPot " << util::format_short(pot.pot) << " (rule " << pot.rule
      << "): " << util::format_short(pot.awarded) << " awarded, "
      << util::format_short(pot.remaining) << " left.\n\n";
  write_header({"Rank", "Bidder", "Organisation", "Request", "Funding", "Amount", "Reason"},
               "rllrlrl", out);
  for (const auto& bid : lot.bids) {
    if (!bid.funding) {
      continue;
    }
    const score::Funding& f = *bid.funding;
    write_row({bid.rank ? std::to_string(*bid.rank) : "-", md_escape(bid.bidder),
               md_escape(bid.organisation), num(bid.price),
               f.funded ? "funded" : (f.undecided ? "undecided" : "not funded"), num(f.amount),
               md_escape(f.reason)},
              out);
  }
}

void write_points(const score::LotResult& lot, std::ostream& out)
{
  std::vector<const score::BidResult*> ranked;
  for (const auto& bid : lot.bids) {
    if (bid.status == score::BidStatus::ranked) {
      ranked.push_back(&bid);
    }
  }
  out << "\n### Points per criterion\n\n";
  if (ranked.empty()) {
    out << "No bid was ranked.\n";
    return;
  }
  Row header{"Criterion", "Weight"};
  for (const auto* bid : ranked) {
    header.push_back(md_escape(bid->bidder));
  }
  write_header(header, "lr" + std::string(ranked.size(), 'r'), out);
  for (std::size_t i = 0; i < ranked.front()->criteria.size(); ++i) {
    const auto& first = ranked.front()->criteria[i];
    std::string name;
    for (int d = 0; d < first.depth; ++d) {
      name += "— ";
    }
    Row row{name + md_escape(first.id), format_fixed(first.weight, 2)};
    for (const auto* bid : ranked) {
      row.push_back(i < bid->criteria.size() ? format_fixed(bid->criteria[i].points, 2) : "-");
    }
    write_row(row, out);
  }
  Row total{"**Total**", "100.00"};
  for (const auto* bid : ranked) {
    total.push_back("**" + num(bid->total) + "**");
  }
  write_row(total, out);
}

void write_exclusions_and_flags(const score::LotResult& lot, std::ostream& out)
{
  out << "\n### Exclusions\n\n";
  bool any = false;
  for (const auto& bid : lot.bids) {
    for (const auto& e : bid.exclusions) {
      if (!any) {
        write_header({"Bidder", "Rule", "Criterion", "Reason"}, "llll", out);
        any = true;
      }
      write_row({md_escape(bid.bidder), md_escape(e.rule),
                 e.criterion.empty() ? "-" : md_escape(e.criterion), md_escape(e.reason)},
                out);
    }
  }
  if (!any) {
    out << "No bid was excluded.\n";
  }
  out << "\n### Moderation flags\n\n";
  any = false;
  for (const auto& bid : lot.bids) {
    for (const auto& f : bid.flags) {
      if (!any) {
        write_header({"Bidder", "Flag", "Detail"}, "lll", out);
        any = true;
      }
      write_row({md_escape(bid.bidder), md_escape(f.name()), md_escape(f.message)}, out);
    }
  }
  if (!any) {
    out << "No flag was raised.\n";
  }
}

// Whether withdrawing one bid would change the winner (relative formulas), or why not checked.
void write_reversal(const score::LotSensitivity& s, std::ostream& out)
{
  if (s.winner.empty()) {
    return;
  }
  if (!s.reversal_checked) {
    out << "\nNote: " << md_escape(s.reversal_note) << ".\n";
    return;
  }
  if (s.reversals.empty()) {
    out << "\nRank reversal: withdrawing any one bid other than the winner, each in turn and the "
           "lot scored again, leaves the winner unchanged.\n";
    return;
  }
  out << "\nRank reversal: the winner would change if one of these bids were withdrawn, because "
         "relative formulas score each bid against the others.\n\n";
  for (const auto& r : s.reversals) {
    std::string first;
    for (const auto& bidder : r.first) {
      first += (first.empty() ? "" : " and ") + md_escape(bidder);
    }
    out << "- Without " << md_escape(r.withdrawn) << ": "
        << (r.first.empty()      ? std::string("no bid ranked")
            : r.first.size() > 1 ? first + " tie for first"
                                 : first + " first")
        << ".\n";
  }
}

void write_sensitivity(const score::LotSensitivity& s, std::ostream& out)
{
  out << "\n### Sensitivity to the weights\n\n";
  if (!s.runner_up.empty() && s.margin) {
    out << "Margin between first (" << md_escape(s.winner) << ") and second ("
        << md_escape(s.runner_up) << "): " << format_fixed(*s.margin, 2) << ".\n";
  }
  if (!s.note.empty()) {
    out << '\n' << md_escape(s.note) << ".\n";
  }
  if (s.criteria.empty()) {
    write_reversal(s, out);
    return;
  }
  // Rows only for the weights that can change the winner (a break-even strictly inside 0-100).
  const bool any_row = std::any_of(s.criteria.begin(), s.criteria.end(),
                                   [](const score::BreakEven& b) { return b.lower || b.upper; });
  if (any_row) {
    out << "\nEach row moves one top-level weight, rescaling the others in proportion so the "
           "weights still sum to 100; a weight not listed changes the winner nowhere strictly "
           "between 0 and 100.\n\n";
    write_header({"Criterion", "Weight", "Winner holds from", "to", "Then first"}, "lrrrl", out);
  }
  for (const auto& b : s.criteria) {
    if (!b.lower && !b.upper) {
      continue;
    }
    std::string then;
    if (b.lower) {
      then += "below " + format_fixed(*b.lower, 2) + ": " + md_escape(b.lower_bidder);
    }
    if (b.upper) {
      then += (then.empty() ? "" : "; ") + std::string("above ") + format_fixed(*b.upper, 2) +
              ": " + md_escape(b.upper_bidder);
    }
    write_row({md_escape(b.criterion), format_fixed(b.weight, 2),
               b.lower ? format_fixed(*b.lower, 2) : "0.00",
               b.upper ? format_fixed(*b.upper, 2) : "100.00", then.empty() ? "-" : then},
              out);
  }
  if (s.smallest) {
    const auto& c = *s.smallest;
    out << "\nThe smallest single-weight change that changes the winner: " << md_escape(c.criterion)
        << " from " << format_fixed(c.from, 2) << " to " << format_fixed(c.to, 2) << " ("
        << (c.to > c.from ? "+" : "") << format_fixed(util::Rational{c.to - c.from}, 2)
        << " points), where " << md_escape(c.new_winner) << " draws level.\n";
  } else {
    out << "\nNo single weight strictly between 0 and 100 changes the winner.\n";
  }
  write_reversal(s, out);
}

void write_audit(const audit::AuditBlock& audit, std::ostream& out)
{
  out << "\n## Audit\n\n";
  write_header({"Input", "Bytes", "SHA-256"}, "lrl", out);
  for (const auto& input : audit.inputs) {
    write_row(
        {md_escape(util::escape_terminal(input.path)), std::to_string(input.bytes), input.sha256},
        out);
  }
  out << "\n- Toolkit: " << md_escape(audit.tool) << ' ' << md_escape(audit.version) << '\n';
  // escape_terminal first: a line break in a file name shows as \x0A, not as a space, so the
  // command line recorded is the one that ran
  out << "- Command line: "
      << md_escape(util::escape_terminal(audit::shell_command_line(audit.command_line))) << '\n';
  if (audit.timestamp) {
    out << "- Generated: " << md_escape(*audit.timestamp) << '\n';
  }
  out << "- Scoring rules:\n";
  for (const auto& rule : audit.rules) {
    out << "  - " << md_escape(rule) << '\n';
  }
  out << "\n`tenderscore verify` with the JSON report and these inputs recomputes every number "
         "above and names any difference.\n";
}

} // namespace

void write_report_md(const Evaluation& evaluation, std::ostream& out)
{
  const auto& result = evaluation.result;
  out << "# Evaluation report: " << md_escape(result.title.empty() ? result.tender : result.title)
      << '\n';
  write_method(evaluation.method, out);
  for (std::size_t i = 0; i < result.lots.size(); ++i) {
    const auto& lot = result.lots[i];
    out << "\n## Results" << (lot.lot ? ": " + lot_heading(lot.lot) : "") << "\n\n";
    const auto& s = evaluation.sensitivity[i];
    if (!s.winner.empty()) {
      out << "Highest ranked: **" << md_escape(s.winner) << "**.\n\n";
    }
    write_ranking(result, lot, out);
    if (lot.funding) {
      write_funding(lot, out);
    }
    write_points(lot, out);
    write_exclusions_and_flags(lot, out);
    write_sensitivity(s, out);
    write_lot_analyses_md({evaluation.sweep[i], evaluation.draws[i], evaluation.methods, lot.lot,
                           result.award == "price-per-quality-point", evaluation.draw_options,
                           evaluation.methods_note},
                          out);
  }
  const auto& agreement = evaluation.worksheet.agreement;
  out << "\n## Panel agreement\n\n";
  if (agreement.w) {
    out << "Kendall's W = " << format_fixed(*agreement.w, 3) << " over " << agreement.items
        << " questions scored by all " << agreement.raters
        << " evaluators: " << md_escape(agreement.calculation) << ".\n";
  } else {
    out << "Kendall's W is not defined: " << md_escape(agreement.reason) << ".\n";
  }
  write_audit(evaluation.audit, out);
}

} // namespace tenderscore::report
