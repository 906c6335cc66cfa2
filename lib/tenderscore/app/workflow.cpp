// SPDX-License-Identifier: MIT
#include <tenderscore/app/workflow.hpp>

#include <tenderscore/load/limits.hpp>
#include <tenderscore/score/engine.hpp>
#include <tenderscore/value/washing.hpp>

#include <tenderscore/util/text.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <iterator>
#include <map>
#include <utility>

namespace tenderscore::app {

std::vector<const model::Tender*> CheckedInputs::tenders() const
{
  std::vector<const model::Tender*> result;
  for (const auto& f : files) {
    if (f.tender) {
      result.push_back(&*f.tender);
    }
  }
  return result;
}

std::vector<const model::BidsFile*> CheckedInputs::bids() const
{
  std::vector<const model::BidsFile*> result;
  for (const auto& f : files) {
    if (f.bids) {
      result.push_back(&*f.bids);
    }
  }
  return result;
}

std::vector<const model::MonitoringReturn*> CheckedInputs::monitoring() const
{
  std::vector<const model::MonitoringReturn*> result;
  for (const auto& f : files) {
    if (f.monitoring) {
      result.push_back(&*f.monitoring);
    }
  }
  return result;
}

std::vector<const model::ValueMap*> CheckedInputs::value_maps() const
{
  std::vector<const model::ValueMap*> result;
  for (const auto& f : files) {
    if (f.value_map) {
      result.push_back(&*f.value_map);
    }
  }
  return result;
}

std::vector<const model::ProxyRegistry*> CheckedInputs::proxies() const
{
  std::vector<const model::ProxyRegistry*> result;
  for (const auto& f : files) {
    if (f.proxies) {
      result.push_back(&*f.proxies);
    }
  }
  return result;
}

bool CheckedInputs::valid(bool strict) const
{
  return !diagnostics.has_errors() && !(strict && diagnostics.count(diag::Severity::warning) > 0);
}

std::vector<audit::InputDigest> CheckedInputs::digests() const
{
  std::vector<audit::InputDigest> out;
  out.reserve(files.size());
  for (const auto& file : files) {
    out.push_back(audit::digest_source(*file.source));
  }
  return out;
}

namespace {

std::string at_text(const diag::Location& where)
{
  return fmt::format("{}:{}:{}", where.path(), where.line, where.column);
}

std::string bid_name(const model::Bid& bid)
{
  return util::quote(bid.bidder.value) +
         (bid.lot ? fmt::format(", lot {}", util::quote(bid.lot->value)) : std::string{});
}

// Merges CSV sheets into the bids of one tender, reporting conflicts (csv.*).
class SheetMerger
{
public:
  SheetMerger(model::BidsFile& target, bool listed, diag::Diagnostics& diags)
      : m_target(target)
      , m_listed(listed)
      , m_diags(diags)
  {
    for (std::size_t i = 0; i < m_target.bids.size(); ++i) {
      m_index.try_emplace(key(m_target.bids[i]), i); // the first of duplicate bids, as before
    }
  }

  // Moves what it takes out of `sheet`: a bulk sheet is not copied.
  void merge(model::BidsFile& sheet)
  {
    for (model::Bid& bid : sheet.bids) {
      if (model::Bid* into = find(bid)) {
        merge_bid(bid, *into);
      }
    }
  }

private:
  using Key = std::pair<std::string, std::string>; // bidder, lot or ""

  static Key key(const model::Bid& bid)
  {
    return {bid.bidder.value, bid.lot ? bid.lot->value : ""};
  }

  // Return the target's bid matching `bid`, or null when `bid` was moved in or is unknown.
  model::Bid* find(model::Bid& bid)
  {
    if (const auto it = m_index.find(key(bid)); it != m_index.end()) {
      return &m_target.bids[it->second];
    }
    if (m_listed) {
      std::vector<std::string> names;
      for (const auto& b : m_target.bids) {
        names.push_back(b.bidder.value);
      }
      m_diags.error(bid.bidder.where, "csv.bidder",
                    fmt::format("no bid from {} in {}{}", bid_name(bid),
                                util::quote(m_target.source ? m_target.source->path() : ""),
                                util::did_you_mean(bid.bidder.value, names)));
      return nullptr;
    }
    m_index.emplace(key(bid), m_target.bids.size());
    m_target.bids.push_back(std::move(bid)); // a new bid: nothing left to merge
    return nullptr;
  }

  void conflict(const diag::Location& here, const diag::Location& there, std::string what)
  {
    m_diags.error(here, "csv.conflict",
                  fmt::format("{} is also given at {}", std::move(what), at_text(there)));
  }

  void merge_bid(model::Bid& bid, model::Bid& into)
  {
    if (bid.price) {
      if (into.price) {
        conflict(bid.price->where, into.price->where, "the price of " + bid_name(bid));
      } else {
        into.price = bid.price;
      }
    }
    for (model::QuantityValue& v : bid.values) {
      if (const model::QuantityValue* there = into.find_value(v.criterion)) {
        conflict(
            v.value.where, there->value.where,
            fmt::format("the value for {}, criterion {}", bid_name(bid), util::quote(v.criterion)));
      } else {
        into.values.push_back(std::move(v));
      }
    }
    for (model::QuestionScore& q : bid.scores) {
      auto it = std::find_if(into.scores.begin(), into.scores.end(),
                             [&](const auto& s) { return s.question == q.question; });
      if (it == into.scores.end()) {
        into.scores.push_back(std::move(q));
        continue;
      }
      const std::string what =
          fmt::format("{}, question {}", bid_name(bid), util::quote(q.question));
      for (const model::EvaluatorScore& e : q.evaluators) {
        const auto there = std::find_if(it->evaluators.begin(), it->evaluators.end(),
                                        [&](const auto& x) { return x.evaluator == e.evaluator; });
        if (there != it->evaluators.end()) {
          conflict(e.where, there->where,
                   fmt::format("the score for {}, evaluator {}", what, util::quote(e.evaluator)));
        } else {
          it->evaluators.push_back(e);
        }
      }
      if (q.moderated && it->moderated) {
        conflict(q.moderated->where, it->moderated->where, "the moderated score for " + what);
      } else if (q.moderated) {
        it->moderated = q.moderated;
      }
      if (q.comment && it->comment) { // two explanations: neither may silently win
        conflict(q.comment->where, it->comment->where, "the comment (explanation) for " + what);
      } else if (q.comment) {
        it->comment = q.comment;
      }
    }
  }

  model::BidsFile& m_target;
  bool m_listed;
  diag::Diagnostics& m_diags;
  std::map<Key, std::size_t> m_index; // key → index in m_target.bids
};

// Attach every CSV sheet to the one tender file of the run and merge it into that tender's
// YAML bids file, or gather the sheets into a bids file of their own.
void attach_sheets(CheckedInputs& inputs)
{
  std::vector<load::LoadedFile*> sheets;
  std::size_t tender_files = 0;
  for (auto& f : inputs.files) {
    tender_files += f.kind == load::FileKind::tender ? 1 : 0;
    if (f.sheet) {
      sheets.push_back(&f);
    }
  }
  if (sheets.empty()) {
    return;
  }
  if (tender_files != 1) {
    for (const load::LoadedFile* f : sheets) {
      inputs.diagnostics.error({f->source, 1, 1}, "usage.csv-tender",
                               fmt::format("a CSV sheet names no tender: give exactly one tender "
                                           "file with it ({} given)",
                                           tender_files));
    }
    return;
  }
  const auto tenders = inputs.tenders();
  if (tenders.empty()) {
    return; // the tender file has errors, already reported
  }
  const model::Tender& tender = *tenders.front();
  model::BidsFile* target = nullptr;
  for (auto& f : inputs.files) {
    if (f.bids && f.bids->tender.value == tender.info.id) {
      target = &*f.bids;
      break;
    }
  }
  const bool listed = target != nullptr;
  if (!target) {
    load::LoadedFile& first = *sheets.front();
    first.bids = model::BidsFile{first.source, {tender.info.id, {first.source, 1, 1}}, {}};
    target = &*first.bids;
  }
  SheetMerger merger(*target, listed, inputs.diagnostics);
  for (load::LoadedFile* f : sheets) {
    merger.merge(*f->sheet);
  }
}

// A CSV monitoring return names no tender: it belongs to the one tender file of the run.
void attach_csv_returns(CheckedInputs& inputs)
{
  std::size_t tender_files = 0;
  for (const auto& f : inputs.files) {
    tender_files += f.kind == load::FileKind::tender ? 1 : 0;
  }
  const auto tenders = inputs.tenders();
  for (auto& f : inputs.files) {
    if (!f.monitoring || !f.monitoring->from_csv) {
      continue;
    }
    if (tender_files != 1) {
      inputs.diagnostics.error({f.source, 1, 1}, "usage.csv-tender",
                               fmt::format("a CSV monitoring return names no tender: give exactly "
                                           "one tender file with it ({} given)",
                                           tender_files));
      f.monitoring.reset();
    } else if (tenders.empty()) {
      f.monitoring.reset(); // the tender file has errors, already reported
    } else {
      f.monitoring->tender.value = tenders.front()->info.id;
    }
  }
}

// Check every value map against the proxies given and, for value-washing, against its tender
// (the one with the id it names, or the only tender given) and that tender's bids.
void check_value_maps(CheckedInputs& inputs, const std::vector<const model::Tender*>& tenders)
{
  const auto registries = inputs.proxies();
  validate::check_proxies(registries, inputs.diagnostics);
  for (const model::ValueMap* map : inputs.value_maps()) {
    const std::size_t errors = inputs.diagnostics.count(diag::Severity::error);
    validate::check_value_map(*map, registries, inputs.diagnostics);
    if (inputs.diagnostics.count(diag::Severity::error) > errors) {
      continue;
    }
    const model::Tender* tender = tenders.size() == 1 ? tenders.front() : nullptr;
    for (const model::Tender* t : tenders) {
      if (map->tender && t->info.id == map->tender->value) {
        tender = t;
      }
    }
    std::vector<const model::BidsFile*> bids;
    for (const model::BidsFile* file : inputs.bids()) {
      if (tender && file->tender.value == tender->info.id) {
        bids.push_back(file);
      }
    }
    value::check_value_washing(tender, bids, *map, registries, inputs.diagnostics);
  }
}

// Under a two-stage evaluation, who reaches the award stage is known only once stage 1 has
// been scored; a bid that reaches it needs scores for the award questions stage 1 did not ask
// for (a bid stopped at stage 1 needs none). Run on inputs without errors only: scoring needs
// them valid.
void check_award_stages(const std::vector<const model::Tender*>& tenders,
                        const std::vector<const model::BidsFile*>& bids, diag::Diagnostics& diags)
{
  for (const model::Tender* tender : tenders) {
    if (tender->stages.size() != 2) {
      continue;
    }
    std::vector<const model::BidsFile*> own;
    std::copy_if(bids.begin(), bids.end(), std::back_inserter(own),
                 [&](const model::BidsFile* f) { return f->tender.value == tender->info.id; });
    std::map<std::pair<std::string, std::string>, const model::Bid*> by_key;
    for (const model::BidsFile* file : own) {
      for (const auto& bid : file->bids) {
        by_key.emplace(std::pair{bid.bidder.value, bid.lot ? bid.lot->value : std::string{}}, &bid);
      }
    }
    const score::Result result = score::score_tender(*tender, own);
    for (const auto& lot : result.lots) {
      for (const auto& scored : lot.bids) {
        if (scored.stage_reached != tender->stages.back().id) {
          continue;
        }
        const auto found = by_key.find({scored.bidder, scored.lot.value_or("")});
        if (found != by_key.end()) {
          validate::check_award_stage_scores(*found->second, tender->criteria_for(lot.lot), *tender,
                                             diags);
        }
      }
    }
  }
}

} // namespace

void check_loaded(CheckedInputs& inputs, const validate::Options& options,
                  const load::Limits& limits)
{
  attach_sheets(inputs);
  attach_csv_returns(inputs);
  const auto tenders = inputs.tenders();
  if (!load::check_counts(tenders, inputs.bids(), limits, inputs.diagnostics)) {
    return;
  }
  const bool tender_failed =
      std::any_of(inputs.files.begin(), inputs.files.end(),
                  [](const auto& f) { return f.kind == load::FileKind::tender && !f.tender; });
  const bool sheet_failed =
      std::any_of(inputs.files.begin(), inputs.files.end(), [](const auto& f) {
        return f.source && load::is_sheet_path(f.source->path()) &&
               f.kind != load::FileKind::monitoring && !f.sheet;
      });
  std::vector<const model::BidsFile*> bids;
  for (const model::BidsFile* file : inputs.bids()) {
    const bool known = std::any_of(tenders.begin(), tenders.end(), [&](const model::Tender* t) {
      return t->info.id == file->tender.value;
    });
    if (!known && tender_failed) {
      // Its tender is most likely the file that failed to load: say so rather than "missing".
      inputs.diagnostics.note(file->tender.where, "ref.tender-unchecked",
                              fmt::format("bids for tender {} were not checked: no valid tender "
                                          "file with that id was given (a tender file has errors)",
                                          util::quote(file->tender.value)));
      continue;
    }
    if (known && sheet_failed && tenders.size() == 1) {
      // Its scores or prices are missing: every "no score" error would be noise.
      inputs.diagnostics.note(file->tender.where, "csv.unchecked",
                              fmt::format("bids for tender {} were not checked: a CSV sheet given "
                                          "with them has errors",
                                          util::quote(file->tender.value)));
      continue;
    }
    bids.push_back(file);
  }
  validate::check_inputs(tenders, bids, options, inputs.diagnostics);
  if (!inputs.diagnostics.has_errors()) {
    check_award_stages(tenders, bids, inputs.diagnostics);
  } else {
    for (const model::Tender* tender : tenders) {
      const bool has_bids = std::any_of(bids.begin(), bids.end(), [&](const auto* file) {
        return file->tender.value == tender->info.id;
      });
      if (tender->stages.size() == 2 && has_bids) {
        inputs.diagnostics.note(tender->stages_where, "stages.unchecked",
                                "the scores, values and prices that the award stage needs are "
                                "checked once the other errors are fixed: who reaches it is "
                                "known only by scoring stage 1");
      }
    }
  }
  std::vector<const model::MonitoringReturn*> returns;
  for (const model::MonitoringReturn* file : inputs.monitoring()) {
    const bool known = std::any_of(tenders.begin(), tenders.end(), [&](const model::Tender* t) {
      return t->info.id == file->tender.value;
    });
    if (!known && tender_failed) {
      inputs.diagnostics.note(file->tender.where, "ref.tender-unchecked",
                              fmt::format("monitoring return for tender {} was not checked: no "
                                          "valid tender file with that id was given (a tender "
                                          "file has errors)",
                                          util::quote(file->tender.value)));
      continue;
    }
    returns.push_back(file);
  }
  validate::check_monitoring_inputs(tenders, returns, inputs.diagnostics);
  check_value_maps(inputs, tenders);
}

CheckedInputs check_files(const std::vector<std::string>& paths, const validate::Options& options,
                          const load::Limits& limits)
{
  if (std::count(paths.begin(), paths.end(), "-") > 1) {
    throw load::IoError("standard input ('-') can be read only once, but it is given " +
                        std::to_string(std::count(paths.begin(), paths.end(), "-")) + " times");
  }
  // Every file is read (and so checked against the size limit, and for being readable) before
  // any is parsed: a file over the limit is refused at once, not after the others have loaded.
  std::vector<diag::SourcePtr> sources;
  sources.reserve(paths.size());
  for (const auto& path : paths) {
    sources.push_back(load::read_source(path, limits));
  }
  CheckedInputs inputs;
  for (const auto& source : sources) {
    inputs.files.push_back(load::load_source(source, inputs.diagnostics, limits));
  }
  check_loaded(inputs, options, limits);
  return inputs;
}

CheckedInputs check_tender_and_bids(const std::string& tender_path,
                                    const std::vector<std::string>& bid_paths,
                                    const validate::Options& options, const load::Limits& limits)
{
  std::vector<std::string> paths{tender_path};
  paths.insert(paths.end(), bid_paths.begin(), bid_paths.end());
  CheckedInputs inputs = check_files(paths, options, limits);
  const auto& files = inputs.files;
  if (files.front().kind == load::FileKind::bids) {
    inputs.diagnostics.error({files.front().source, 1, 1}, "usage.tender",
                             "the first file must be a tender definition, but this is a bids file");
  } else if (files.front().kind == load::FileKind::score_sheet ||
             files.front().kind == load::FileKind::price_sheet ||
             files.front().kind == load::FileKind::value_sheet) {
    inputs.diagnostics.error({files.front().source, 1, 1}, "usage.tender",
                             "the first file must be a tender definition, but this is a CSV sheet");
  } else if (files.front().kind == load::FileKind::monitoring) {
    inputs.diagnostics.error(
        {files.front().source, 1, 1}, "usage.tender",
        "the first file must be a tender definition, but this is a monitoring return");
  }
  for (std::size_t i = 1; i < files.size(); ++i) {
    if (files[i].kind == load::FileKind::tender) {
      inputs.diagnostics.error(
          {files[i].source, 1, 1}, "usage.bids",
          "expected a bids file after the tender, but this is a tender definition");
    } else if (files[i].kind == load::FileKind::monitoring) {
      inputs.diagnostics.error(
          {files[i].source, 1, 1}, "usage.bids",
          "expected a bids file after the tender, but this is a monitoring return");
    }
  }
  return inputs;
}

const model::Tender* ready_tender(const CheckedInputs& inputs)
{
  if (inputs.diagnostics.has_errors() || inputs.files.empty() || !inputs.files.front().tender) {
    return nullptr;
  }
  return &*inputs.files.front().tender;
}

ScoreRun score_files(const std::string& tender_path, const std::vector<std::string>& bid_paths,
                     const validate::Options& options, const load::Limits& limits)
{
  ScoreRun run{std::nullopt, check_tender_and_bids(tender_path, bid_paths, options, limits), {}};
  if (const model::Tender* tender = ready_tender(run.inputs)) {
    run.result = score::score_tender(*tender, run.inputs.bids());
    run.digests = run.inputs.digests();
  }
  return run;
}

} // namespace tenderscore::app
