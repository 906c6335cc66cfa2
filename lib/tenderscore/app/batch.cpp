// SPDX-License-Identifier: MIT
#include <tenderscore/app/batch.hpp>

#include <tenderscore/app/workflow.hpp>

#include <algorithm>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <sstream>
#include <thread>

namespace tenderscore::app {

SetOutcome run_set(const ScoringSet& set, const validate::Options& options,
                   const load::Limits& limits)
{
  SetOutcome outcome;
  try {
    ScoreRun run = score_files(set.tender, set.bids, options, limits);
    outcome.diagnostics = run.inputs.diagnostics.sorted();
    if (run.result) {
      outcome.result = std::move(run.result);
      outcome.inputs = std::move(run.digests);
    } else {
      outcome.status = report::SetStatus::invalid;
      outcome.inputs = run.inputs.digests();
    }
  } catch (const load::IoError& e) {
    outcome.status = report::SetStatus::unreadable;
    outcome.error = e.what();
  }
  return outcome;
}

namespace {

SetLine render(const ScoringSet& set, std::size_t index, const BatchOptions& options)
{
  SetOutcome outcome = run_set(set, options.rules, options.limits);
  const report::BatchLine line{set.name,           set.where.line,
                               outcome.status,     outcome.result ? &*outcome.result : nullptr,
                               outcome.inputs,     outcome.diagnostics,
                               options.max_listed, outcome.error};
  std::ostringstream text;
  if (options.jsonl) {
    report::write_batch_jsonl(line, text);
  } else {
    report::write_batch_text(line, text);
  }
  SetLine out{index, outcome.status, text.str(), {}, std::move(outcome.error)};
  for (auto& d : outcome.diagnostics) {
    if (d.severity != diag::Severity::note) {
      out.problems.push_back(std::move(d));
    }
  }
  return out;
}

// A finished set waiting for its turn: its line, or what it threw.
struct Slot
{
  std::optional<SetLine> line;
  std::exception_ptr failure;
};

} // namespace

void run_batch(const std::vector<ScoringSet>& sets, const BatchOptions& options,
               const std::function<void(SetLine&&)>& done)
{
  const std::size_t jobs =
      std::clamp<std::size_t>(options.jobs, 1, std::max<std::size_t>(sets.size(), 1));
  if (jobs == 1) {
    for (std::size_t i = 0; i < sets.size(); ++i) {
      done(render(sets[i], i, options));
    }
    return;
  }
  const std::size_t window = 2 * jobs;
  std::vector<std::optional<Slot>> slots(sets.size());
  std::mutex mutex;
  std::condition_variable changed;
  std::size_t next = 0;    // the next set a worker takes
  std::size_t written = 0; // the sets before this one were handed to `done`
  bool stop = false;

  const auto work = [&] {
    while (true) {
      std::size_t index = 0;
      {
        std::unique_lock lock(mutex);
        changed.wait(lock, [&] { return stop || next == sets.size() || next < written + window; });
        if (stop || next == sets.size()) {
          return;
        }
        index = next++;
      }
      Slot slot;
      try {
        slot.line = render(sets[index], index, options);
      } catch (...) {
        slot.failure = std::current_exception();
      }
      {
        const std::lock_guard lock(mutex);
        slots[index] = std::move(slot);
      }
      changed.notify_all();
    }
  };

  // Joins the workers however this function ends, after telling them to stop taking sets.
  struct Workers
  {
    std::vector<std::thread> threads;
    std::mutex& mutex;
    std::condition_variable& changed;
    bool& stop;
    ~Workers()
    {
      {
        const std::lock_guard lock(mutex);
        stop = true;
      }
      changed.notify_all();
      for (auto& thread : threads) {
        thread.join();
      }
    }
  } workers{{}, mutex, changed, stop};
  for (std::size_t i = 0; i < jobs; ++i) {
    workers.threads.emplace_back(work);
  }
  for (std::size_t i = 0; i < sets.size(); ++i) {
    Slot slot;
    {
      std::unique_lock lock(mutex);
      changed.wait(lock, [&] { return slots[i].has_value(); });
      slot = std::move(*slots[i]);
      slots[i].reset();
      written = i + 1;
    }
    changed.notify_all();
    if (slot.failure) {
      std::rethrow_exception(slot.failure);
    }
    done(std::move(*slot.line));
  }
}

} // namespace tenderscore::app
