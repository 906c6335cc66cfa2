// SPDX-License-Identifier: MIT
#include <tenderscore/report/doc_sink.hpp>
#include <tenderscore/report/html.hpp>
#include <tenderscore/report/json_documents.hpp>
#include <tenderscore/report/json_number.hpp>
#include <tenderscore/report/json_text.hpp>
#include <tenderscore/report/markdown.hpp>
#include <tenderscore/report/sensitivity_writers.hpp>
#include <tenderscore/util/text.hpp>

#include <fmt/format.h>

#include <functional>
#include <ostream>

namespace tenderscore::report {

namespace {

using nlohmann::ordered_json;
using util::format_fixed;

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

void write_break_even(const score::LotSensitivity& s, Sink& sink)
{
  sink.heading(3, "Break-even weights");
  if (!s.note.empty()) {
    sink.paragraph(sentence(s.note, [&](std::string_view t) { return sink.escape(t); }) + ".");
  }
  std::vector<std::string> items;
  for (const auto& b : s.criteria) {
    if (!b.lower && !b.upper) {
      continue;
    }
    std::string item =
        fmt::format("{} (weight {}):", sink.escape(b.criterion), format_fixed(b.weight, 2));
    if (b.lower) {
      item += fmt::format(" below {}, {} draws level", format_fixed(*b.lower, 2),
                          sink.escape(b.lower_bidder));
      item += b.upper ? ";" : "";
    }
    if (b.upper) {
      item += fmt::format(" above {}, {} draws level", format_fixed(*b.upper, 2),
                          sink.escape(b.upper_bidder));
    }
    items.push_back(item + ".");
  }
  if (!items.empty()) {
    sink.list(items);
  } else if (!s.criteria.empty()) {
    sink.paragraph("No single weight strictly between 0 and 100 changes the winner.");
  }
}

void write_sweep(const score::LotSweep& sweep, bool per_point, Sink& sink)
{
  const Escape escape = [&](std::string_view t) { return sink.escape(t); };
  sink.heading(3, "Social value share");
  if (!sweep.note.empty()) {
    sink.paragraph("Not swept: " + sink.escape(sweep.note) + ".");
    return;
  }
  sink.paragraph(fmt::format("The social value share moved from 0% (published: {}%), the other "
                             "weights rescaled in proportion{}.",
                             util::format_short(sweep.current),
                             per_point ? "; ranked by price per quality point" : ""));
  std::vector<std::vector<std::string>> rows;
  for (const auto& step : sweep.steps) {
    rows.push_back({format_fixed(step.share, 2), joined(step.first, escape, " = "),
                    joined(step.ranking, escape, ", ", k_ranking_shown)});
  }
  sink.table({"Share %", "First", "Ranking"}, "rll", rows);
  if (sweep.changes.empty()) {
    sink.paragraph("First place does not change in this range.");
    return;
  }
  std::vector<std::string> items;
  for (const auto& change : sweep.changes) {
    items.push_back(fmt::format("At {}% ({}): {} first below, {} first above.",
                                util::format_short(change.share), util::format_exact(change.share),
                                joined(change.before, escape, " = "),
                                joined(change.after, escape, " = ")));
  }
  sink.list(items);
}

void write_draws(const score::LotDraws& draws, const score::DrawOptions& options, Sink& sink)
{
  const Escape escape = [&](std::string_view t) { return sink.escape(t); };
  sink.heading(3, "Weight uncertainty");
  if (!draws.note.empty()) {
    sink.paragraph("Not drawn: " + sink.escape(draws.note) + ".");
    return;
  }
  sink.paragraph(fmt::format("{} weight vectors drawn from a Dirichlet distribution centred on "
                             "the published weights of {} (concentration {}, seed {}); a tie is "
                             "counted as a tie. Percent of draws; the JSON gives every rank.",
                             draws.draws, joined(draws.criteria, escape, ", "),
                             options.concentration, options.seed));
  const std::size_t shown_ranks = std::min<std::size_t>(draws.bids.size(), 5);
  std::vector<std::string> header{"Bid", "First %", "Tied first %"};
  std::string align = "lrr";
  for (std::size_t r = 0; r < shown_ranks; ++r) {
    header.push_back(fmt::format("Rank {} %", r + 1));
    align += 'r';
  }
  // a share that rounds to 0.0 or 100.0 but is not is shown as such, not as certain
  const auto percent = [&](std::uint64_t count) {
    const double share = 100.0 * static_cast<double>(count) / static_cast<double>(draws.draws);
    if (count > 0 && share < 0.05) {
      return std::string("<0.1");
    }
    if (count < draws.draws && share >= 99.95) {
      return std::string(">99.9");
    }
    return fmt::format("{:.1f}", share);
  };
  std::vector<std::vector<std::string>> rows;
  for (const auto& bid : draws.bids) {
    std::vector<std::string> row{sink.escape(bid.bidder), percent(bid.first_alone),
                                 percent(bid.first_tied)};
    for (std::size_t r = 0; r < shown_ranks; ++r) {
      row.push_back(percent(bid.ranks[r]));
    }
    rows.push_back(std::move(row));
  }
  sink.table(header, align, rows);
}

// The bids of `lot` that a price method's result excludes, with the decisive rule, and those
// withheld as over a published budget ceiling.
std::string excluded_text(const score::MethodResult& m, const score::LotResult& lot,
                          const Escape& escape)
{
  std::vector<std::string> parts;
  for (const auto& bid : lot.bids) {
    if (bid.status == score::BidStatus::excluded) {
      parts.push_back(fmt::format("{} ({})", escape(bid.bidder),
                                  bid.exclusions.empty() ? "excluded" : bid.exclusions[0].rule));
    }
  }
  for (const auto& bidder : m.withheld_from(lot.lot)) {
    parts.push_back(fmt::format("{} (budget, as published)", escape(bidder)));
  }
  return parts.empty() ? "none"
                       : joined(
                             parts, [](std::string_view t) { return std::string(t); }, ", ");
}

void write_methods(const std::vector<score::MethodResult>& methods,
                   const std::optional<std::string>& lot, bool per_point, const std::string& note,
                   Sink& sink)
{
  const Escape escape = [&](std::string_view t) { return sink.escape(t); };
  sink.heading(3, "Price formulas");
  if (!note.empty()) {
    sink.paragraph("Not compared: " + sink.escape(note) + ".");
    return;
  }
  std::vector<std::vector<std::string>> rows;
  for (const auto& m : methods) {
    const score::LotResult* ranked = lot_in(m.result, lot);
    if (!m.supports(lot) || ranked == nullptr) {
      continue;
    }
    rows.push_back({std::string(model::price_method_name(m.method)) +
                        (m.is_published(lot) ? " (published)" : ""),
                    ranking_line(*ranked, per_point, escape), excluded_text(m, *ranked, escape)});
  }
  if (rows.empty()) {
    sink.paragraph("No price criterion applies to these bids.");
    return;
  }
  sink.paragraph("The bids scored again under each price formula the tender's parameters allow "
                 "(linear with the tender's k, else 1); a bid excluded as over a published "
                 "budget ceiling stays out under every formula.");
  sink.table({"Price method", "Ranking", "Excluded"}, "lll", rows);
}

void write_lot_analyses(const LotAnalyses& a, Sink& sink)
{
  write_sweep(a.sweep, a.per_point, sink);
  write_draws(a.draws, a.options, sink);
  write_methods(a.methods, a.lot, a.per_point, a.methods_note, sink);
}

void write_reversal(const score::LotSensitivity& s, Sink& sink)
{
  const Escape escape = [&](std::string_view t) { return sink.escape(t); };
  sink.heading(3, "Rank reversal");
  if (!s.reversal_checked) {
    sink.paragraph("Not checked: " + sink.escape(s.reversal_note) + ".");
    return;
  }
  if (s.reversals.empty()) {
    sink.paragraph("Withdrawing any one bid other than the winner leaves the winner unchanged.");
    return;
  }
  std::vector<std::string> items;
  for (const auto& r : s.reversals) {
    items.push_back(fmt::format("Without {}: {}.", sink.escape(r.withdrawn),
                                r.first.empty() ? std::string("no bid ranked")
                                                : joined(r.first, escape, " = ") + " first"));
  }
  sink.list(items);
}

void write_document(const score::Robustness& analysis, Sink& sink)
{
  const auto& result = analysis.result;
  const bool per_point = result.award == "price-per-quality-point";
  sink.heading(1,
               "Sensitivity: " + sink.escape(result.title.empty() ? result.tender : result.title));
  for (std::size_t i = 0; i < result.lots.size(); ++i) {
    const auto& lot = result.lots[i];
    const auto& s = analysis.weights[i];
    sink.heading(2, lot.lot ? fmt::format("Lot {}", sink.escape(*lot.lot)) : std::string("Award"));
    if (s.winner.empty()) {
      sink.paragraph("No bid was ranked.");
      continue;
    }
    std::string first = "First: " + sink.escape(s.winner);
    if (!s.runner_up.empty() && s.margin) {
      first += fmt::format("; second: {}; margin {}{}", sink.escape(s.runner_up),
                           format_fixed(*s.margin, 2),
                           per_point ? " in price per quality point" : " points");
    }
    sink.paragraph(first + ".");
    if (lot.funding) {
      sink.paragraph("Under a funding pot these analyses are about first place only: which bids "
                     "the pot pays is not decided again here.");
    }
    if (!result.lot_cap.empty()) {
      sink.paragraph("The lots each bidder keeps under the lot cap are held as scored.");
    }
    write_break_even(s, sink);
    write_lot_analyses({analysis.sweep[i], analysis.draws[i], analysis.methods, lot.lot, per_point,
                        analysis.options.draws},
                       sink);
    write_reversal(s, sink);
  }
}

constexpr const char* k_page_style = R"(:root { color-scheme: light; }
body { margin: 0 auto; max-width: 1180px; padding: 24px 32px 48px; color: #1b1f24;
  font: 15px/1.45 system-ui, "Segoe UI", Roboto, "DejaVu Sans", Arial, sans-serif; }
h2 { margin-top: 2em; border-bottom: 2px solid #0072B2; }
table { border-collapse: collapse; margin: .4em 0 1.2em; font-size: .92em; }
th, td { border: 1px solid #c9d1d9; padding: 4px 8px; text-align: left; vertical-align: top; }
thead th { background: #eef3f8; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
@page { size: A4; margin: 14mm; }
)";

ordered_json names_json(const std::vector<std::string>& names)
{
  return ordered_json(names);
}

ordered_json exact_json(const util::Rational& value)
{
  return util::format_exact(value);
}

} // namespace

void add_lot_analyses_json(const LotAnalyses& a, nlohmann::ordered_json& item)
{
  const bool per_point = a.per_point;
  const auto& sweep = a.sweep;
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
  const auto& draws = a.draws;
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
  for (const auto& m : a.methods) {
    if (!m.supports(a.lot)) {
      continue;
    }
    ordered_json ranking = ordered_json::array();
    if (const score::LotResult* ranked = lot_in(m.result, a.lot)) {
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
    ordered_json excluded = ordered_json::array();
    if (const score::LotResult* ranked = lot_in(m.result, a.lot)) {
      for (const auto& bid : ranked->bids) {
        if (bid.status == score::BidStatus::excluded) {
          excluded.push_back(
              {{"bidder", bid.bidder},
               {"rule", bid.exclusions.empty() ? std::string() : bid.exclusions[0].rule}});
        }
      }
    }
    methods.push_back({{"method", model::price_method_name(m.method)},
                       {"published", m.is_published(a.lot)},
                       {"ranking", std::move(ranking)},
                       {"excluded", std::move(excluded)},
                       {"withheld_over_budget", names_json(m.withheld_from(a.lot))}});
  }
  item["price_methods"] = std::move(methods);
  item["price_methods_note"] = a.methods_note;
}

void write_lot_analyses_md(const LotAnalyses& analyses, std::ostream& out)
{
  MarkdownSink sink(
      out, [](std::string_view text) { return md_escape(text); }, true);
  write_lot_analyses(analyses, sink);
}

void write_lot_analyses_html(const LotAnalyses& analyses, std::ostream& out)
{
  HtmlSink sink(out);
  write_lot_analyses(analyses, sink);
}

void write_sensitivity_md(const score::Robustness& analysis, std::ostream& out)
{
  MarkdownSink sink(out, [](std::string_view text) { return md_escape(text); });
  write_document(analysis, sink);
}

void write_sensitivity_text(const score::Robustness& analysis, std::ostream& out)
{
  MarkdownSink sink(out, [](std::string_view text) { return util::escape_terminal(text); });
  write_document(analysis, sink);
}

void write_sensitivity_html(const score::Robustness& analysis, std::ostream& out)
{
  const auto& result = analysis.result;
  out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
         "style-src 'unsafe-inline'\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"
      << html_escape("Sensitivity: " + (result.title.empty() ? result.tender : result.title))
      << "</title>\n<style>\n"
      << k_page_style << "</style>\n</head>\n<body>\n";
  HtmlSink sink(out);
  write_document(analysis, sink);
  out << "</body>\n</html>\n";
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
    add_lot_analyses_json({analysis.sweep[i], analysis.draws[i], analysis.methods, lot.lot,
                           per_point, analysis.options.draws},
                          item);
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
