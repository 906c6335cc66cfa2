// SPDX-License-Identifier: MIT
#include <tenderscore/report/json_documents.hpp>
#include <tenderscore/report/json_number.hpp>
#include <tenderscore/report/json_text.hpp>
#include <tenderscore/report/markdown.hpp>
#include <tenderscore/report/md_table.hpp>
#include <tenderscore/report/sensitivity_writers.hpp>
#include <tenderscore/util/text.hpp>

#include <fmt/format.h>

#include <functional>
#include <ostream>

namespace tenderscore::report {

namespace {

using nlohmann::ordered_json;
using util::format_fixed;
using Escape = std::function<std::string(std::string_view)>;

// The text of a long ranking stops after this many bids (JSON gives them all).
constexpr std::size_t k_ranking_shown = 5;

std::string more_text(std::size_t more)
{
  return fmt::format(" … ({} more)", more);
}

std::string joined(const std::vector<std::string>& names, const Escape& escape,
                   const char* separator, std::size_t shown = static_cast<std::size_t>(-1))
{
  std::string out;
  for (std::size_t i = 0; i < names.size() && i < shown; ++i) {
    if (!out.empty()) {
      out += separator;
    }
    out += escape(names[i]);
  }
  if (names.size() > shown) {
    out += more_text(names.size() - shown);
  }
  return out;
}

// `note` as a sentence: its first letter capitalised (the notes are written in ASCII).
std::string sentence(const std::string& note, const Escape& escape)
{
  std::string text = escape(note);
  if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') {
    text[0] = static_cast<char>(text[0] - 'a' + 'A');
  }
  return text;
}

const score::LotResult* lot_in(const score::Result& result, const std::optional<std::string>& lot)
{
  for (const auto& candidate : result.lots) {
    if (candidate.lot == lot) {
      return &candidate;
    }
  }
  return nullptr;
}

// "B 75.00, C 73.33, A 50.00" (ranked bids of a lot, best first); "=" joins a tie.
std::string ranking_line(const score::LotResult& lot, bool per_point, const Escape& escape)
{
  std::string out;
  std::optional<int> last_rank;
  std::size_t shown = 0;
  std::size_t ranked = 0;
  for (const auto& bid : lot.bids) {
    if (bid.status != score::BidStatus::ranked) {
      continue;
    }
    if (++ranked > k_ranking_shown) {
      continue;
    }
    ++shown;
    if (!out.empty()) {
      out += bid.rank == last_rank ? " = " : ", ";
    }
    last_rank = bid.rank;
    const auto& figure = per_point ? bid.price_per_point : bid.total;
    out += escape(bid.bidder);
    if (figure) {
      out += ' ';
      out += format_fixed(*figure, 2);
    }
  }
  if (ranked > shown) {
    out += more_text(ranked - shown);
  }
  return out.empty() ? "no bid ranked" : out;
}

void write_break_even(const score::LotSensitivity& s, const Escape& escape, std::ostream& out)
{
  out << "\n### Break-even weights\n\n";
  if (!s.note.empty()) {
    out << sentence(s.note, escape) << ".\n\n";
  }
  bool any = false;
  for (const auto& b : s.criteria) {
    if (!b.lower && !b.upper) {
      continue;
    }
    any = true;
    out << "- " << escape(b.criterion) << " (weight " << format_fixed(b.weight, 2) << "):";
    if (b.lower) {
      out << " below " << format_fixed(*b.lower, 2) << ", " << escape(b.lower_bidder)
          << " draws level";
      if (b.upper) {
        out << ';';
      }
    }
    if (b.upper) {
      out << " above " << format_fixed(*b.upper, 2) << ", " << escape(b.upper_bidder)
          << " draws level";
    }
    out << ".\n";
  }
  if (!any && !s.criteria.empty()) {
    out << "No single weight strictly between 0 and 100 changes the winner.\n";
  }
}

void write_sweep(const score::LotSweep& sweep, bool per_point, const Escape& escape,
                 std::ostream& out)
{
  out << "\n### Social value share\n\n";
  if (!sweep.note.empty()) {
    out << "Not swept: " << escape(sweep.note) << ".\n";
    return;
  }
  out << "The social value share moved from 0% (published: " << util::format_short(sweep.current)
      << "%), the other weights rescaled in proportion"
      << (per_point ? "; ranked by price per quality point" : "") << ".\n\n";
  md::write_header({"Share %", "First", "Ranking"}, "rll", out);
  for (const auto& step : sweep.steps) {
    md::write_row({format_fixed(step.share, 2), joined(step.first, escape, " = "),
                   joined(step.ranking, escape, ", ", k_ranking_shown)},
                  out);
  }
  out << '\n';
  if (sweep.changes.empty()) {
    out << "First place does not change in this range.\n";
  }
  for (const auto& change : sweep.changes) {
    out << "- At " << util::format_short(change.share) << "% (" << util::format_exact(change.share)
        << "): " << joined(change.before, escape, " = ") << " first below, "
        << joined(change.after, escape, " = ") << " first above.\n";
  }
}

void write_draws(const score::LotDraws& draws, const score::DrawOptions& options,
                 const Escape& escape, std::ostream& out)
{
  out << "\n### Weight uncertainty\n\n";
  if (!draws.note.empty()) {
    out << "Not drawn: " << escape(draws.note) << ".\n";
    return;
  }
  out << draws.draws << " weight vectors drawn from a Dirichlet distribution centred on the "
      << "published weights of " << joined(draws.criteria, escape, ", ") << " (concentration "
      << options.concentration << ", seed " << options.seed << "); a tie is counted as a tie.\n\n";
  const std::size_t shown_ranks = std::min<std::size_t>(draws.bids.size(), 5);
  md::Row header{"Bid", "First %", "Tied first %"};
  std::string align = "lrr";
  for (std::size_t r = 0; r < shown_ranks; ++r) {
    header.push_back(fmt::format("Rank {} %", r + 1));
    align += 'r';
  }
  md::write_header(header, align, out);
  const auto percent = [&](std::uint64_t count) {
    return fmt::format("{:.1f}",
                       100.0 * static_cast<double>(count) / static_cast<double>(draws.draws));
  };
  for (const auto& bid : draws.bids) {
    md::Row row{escape(bid.bidder), percent(bid.first_alone), percent(bid.first_tied)};
    for (std::size_t r = 0; r < shown_ranks; ++r) {
      row.push_back(percent(bid.ranks[r]));
    }
    md::write_row(row, out);
  }
}

void write_methods(const score::Robustness& analysis, const std::optional<std::string>& lot,
                   const Escape& escape, std::ostream& out)
{
  out << "\n### Price formulas\n\n";
  if (analysis.methods.empty()) {
    out << "The tender has no price criterion.\n";
    return;
  }
  const bool per_point = analysis.result.award == "price-per-quality-point";
  md::write_header({"Price method", "Ranking"}, "ll", out);
  for (const auto& m : analysis.methods) {
    const score::LotResult* ranked = lot_in(m.result, lot);
    md::write_row(
        {std::string(model::price_method_name(m.method)) + (m.published ? " (published)" : ""),
         ranked ? ranking_line(*ranked, per_point, escape) : "no bid ranked"},
        out);
  }
}

void write_reversal(const score::LotSensitivity& s, const Escape& escape, std::ostream& out)
{
  out << "\n### Rank reversal\n\n";
  if (!s.reversal_checked) {
    out << "Not checked: " << escape(s.reversal_note) << ".\n";
    return;
  }
  if (s.reversals.empty()) {
    out << "Withdrawing any one bid other than the winner leaves the winner unchanged.\n";
    return;
  }
  for (const auto& r : s.reversals) {
    out << "- Without " << escape(r.withdrawn) << ": "
        << (r.first.empty() ? std::string("no bid ranked")
                            : joined(r.first, escape, " = ") + " first")
        << ".\n";
  }
}

void write_document(const score::Robustness& analysis, const Escape& escape, std::ostream& out)
{
  const auto& result = analysis.result;
  const bool per_point = result.award == "price-per-quality-point";
  out << "# Sensitivity: " << escape(result.title.empty() ? result.tender : result.title) << '\n';
  for (std::size_t i = 0; i < result.lots.size(); ++i) {
    const auto& lot = result.lots[i];
    const auto& s = analysis.weights[i];
    out << "\n## " << (lot.lot ? fmt::format("Lot {}", escape(*lot.lot)) : std::string("Award"))
        << "\n\n";
    if (s.winner.empty()) {
      out << "No bid was ranked.\n";
      continue;
    }
    out << "First: " << escape(s.winner);
    if (!s.runner_up.empty() && s.margin) {
      out << "; second: " << escape(s.runner_up) << "; margin " << format_fixed(*s.margin, 2)
          << (per_point ? " in price per quality point" : " points");
    }
    out << ".\n";
    write_break_even(s, escape, out);
    write_sweep(analysis.sweep[i], per_point, escape, out);
    write_draws(analysis.draws[i], analysis.options.draws, escape, out);
    write_methods(analysis, lot.lot, escape, out);
    write_reversal(s, escape, out);
  }
}

ordered_json names_json(const std::vector<std::string>& names)
{
  return ordered_json(names);
}

ordered_json exact_json(const util::Rational& value)
{
  return util::format_exact(value);
}

} // namespace

void write_sensitivity_md(const score::Robustness& analysis, std::ostream& out)
{
  write_document(
      analysis, [](std::string_view text) { return md_escape(text); }, out);
}

void write_sensitivity_text(const score::Robustness& analysis, std::ostream& out)
{
  write_document(
      analysis, [](std::string_view text) { return util::escape_terminal(text); }, out);
}

void write_sensitivity_json(const score::Robustness& analysis, std::ostream& out)
{
  const auto& result = analysis.result;
  const bool per_point = result.award == "price-per-quality-point";
  const ordered_json weights = sensitivity_json(analysis.weights);
  ordered_json lots = ordered_json::array();
  for (std::size_t i = 0; i < result.lots.size(); ++i) {
    const auto& lot = result.lots[i];
    ordered_json item = weights[i];
    const auto& sweep = analysis.sweep[i];
    ordered_json steps = ordered_json::array();
    for (const auto& step : sweep.steps) {
      steps.push_back({{"share", json_number(step.share)},
                       {"share_exact", exact_json(step.share)},
                       {"first", names_json(step.first)},
                       {"ranking", names_json(step.ranking)}});
    }
    ordered_json changes = ordered_json::array();
    for (const auto& change : sweep.changes) {
      changes.push_back({{"share", json_number(change.share)},
                         {"share_exact", exact_json(change.share)},
                         {"before", names_json(change.before)},
                         {"after", names_json(change.after)}});
    }
    item["share_sweep"] = {{"current", json_number(sweep.current)},
                           {"steps", std::move(steps)},
                           {"changes", std::move(changes)},
                           {"note", sweep.note}};
    const auto& draws = analysis.draws[i];
    ordered_json odds = ordered_json::array();
    for (const auto& bid : draws.bids) {
      odds.push_back({{"bidder", bid.bidder},
                      {"first_alone", bid.first_alone},
                      {"first_tied", bid.first_tied},
                      {"ranks", bid.ranks}});
    }
    item["weight_draws"] = {{"draws", draws.draws},
                            {"criteria", names_json(draws.criteria)},
                            {"bids", std::move(odds)},
                            {"note", draws.note}};
    ordered_json methods = ordered_json::array();
    for (const auto& m : analysis.methods) {
      ordered_json ranking = ordered_json::array();
      if (const score::LotResult* ranked = lot_in(m.result, lot.lot)) {
        for (const auto& bid : ranked->bids) {
          if (bid.status != score::BidStatus::ranked) {
            continue;
          }
          const auto& figure = per_point ? bid.price_per_point : bid.total;
          ranking.push_back({{"bidder", bid.bidder},
                             {"rank", bid.rank ? ordered_json(*bid.rank) : ordered_json()},
                             {per_point ? "price_per_point" : "total", json_number(figure)},
                             {per_point ? "price_per_point_exact" : "total_exact",
                              figure ? exact_json(*figure) : ordered_json()}});
        }
      }
      methods.push_back({{"method", model::price_method_name(m.method)},
                         {"published", m.published},
                         {"ranking", std::move(ranking)}});
    }
    item["price_methods"] = std::move(methods);
    lots.push_back(std::move(item));
  }
  ordered_json doc{{"format", k_sensitivity_format},
                   {"tender", result.tender},
                   {"title", result.title},
                   {"options",
                    {{"sweep_step", json_number(analysis.options.step)},
                     {"sweep_end", json_number(analysis.options.end)},
                     {"draws", analysis.options.draws.draws},
                     {"seed", analysis.options.draws.seed},
                     {"concentration", analysis.options.draws.concentration}}},
                   {"lots", std::move(lots)}};
  out << json_escape_controls(doc.dump(2, ' ', false, ordered_json::error_handler_t::replace))
      << '\n';
}

} // namespace tenderscore::report
