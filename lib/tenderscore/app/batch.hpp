// SPDX-License-Identifier: MIT
// `tenderscore batch`: many independent scoring sets, each scored as `score` would, on several
// threads, with every set's outcome delivered in manifest order.
#pragma once

#include <tenderscore/app/manifest.hpp>
#include <tenderscore/load/limits.hpp>
#include <tenderscore/report/batch_writers.hpp>
#include <tenderscore/validate/validator.hpp>

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace tenderscore::app {

// What became of one set, owned.
struct SetOutcome
{
  report::SetStatus status = report::SetStatus::scored;
  std::optional<score::Result> result;       // when scored
  std::vector<audit::InputDigest> inputs;    // every input read (none when unreadable)
  std::vector<diag::Diagnostic> diagnostics; // sorted by place, notes included
  std::string error;                         // when unreadable or failed: why
};

/// Validate and score `set` exactly as `score TENDER BIDS...` would: scored when valid
/// (warnings kept), invalid when an error was found, unreadable when a file could not be read
/// or was over a limit (load::IoError), with its message. Any other exception propagates (the
/// batch reports it as the set's failure).
SetOutcome run_set(const ScoringSet& set, const validate::Options& options,
                   const load::Limits& limits);

// One set's line, rendered on a worker thread, for the caller to write.
struct SetLine
{
  std::size_t index = 0; // in the manifest's list of sets
  report::SetStatus status = report::SetStatus::scored;
  std::string text;                       // what the writer rendered, ending in a newline
  std::vector<diag::Diagnostic> problems; // errors and warnings, sorted, for standard error
  std::string error;                      // when unreadable or failed
};

// How one set is scored: run_set, or a stand-in in tests.
using SetRunner =
    std::function<SetOutcome(const ScoringSet&, const validate::Options&, const load::Limits&)>;

// How a batch runs and renders its lines.
struct BatchOptions
{
  validate::Options rules;
  load::Limits limits;
  std::size_t jobs = 1;                                  // worker threads, at least one
  bool jsonl = true;                                     // else text
  std::size_t max_listed = static_cast<std::size_t>(-1); // diagnostics per JSON line
  SetRunner runner = run_set;
};

/// Run every set of `sets` on up to `options.jobs` threads (one set per thread at a time) and
/// call `done` on the calling thread with each set's line, in manifest order whatever order the
/// sets finish in; at most twice `jobs` lines are held at once. A failing set is reported on
/// its line and the others go on: an exception from the runner becomes the status `failed` with
/// its message. An exception from `done` (a lost write) stops the batch: the sets running are
/// finished and their lines dropped, and the exception is rethrown here. When fewer threads can
/// be started than asked for, the batch runs on those it has.
void run_batch(const std::vector<ScoringSet>& sets, const BatchOptions& options,
               const std::function<void(SetLine&&)>& done);

} // namespace tenderscore::app
