// SPDX-License-Identifier: MIT
#include <tenderscore/app/batch.hpp>

#include <tenderscore/app/workflow.hpp>

#include <algorithm>
#include <condition_variable>
#include <exception>
#include <locale>
#include <mutex>
#include <sstream>
#include <system_error>
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
  SetOutcome outcome;
  try {
    outcome = options.runner(set, options.rules, options.limits);
  } catch (const std::exception& e) {
    outcome = SetOutcome{};
    outcome.status = report::SetStatus::failed;
    outcome.error = std::string("internal error: ") + e.what();
  }
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

// A finished set waiting for its turn: its line, or what rendering it threw (memory).
struct Slot
{
  bool ready = false;
  std::optional<SetLine> line;
  std::exception_ptr failure;
};

// The shared state of a parallel batch. Set i lives in slots[i % slots.size()]: a worker takes
// set i only once set i − slots.size() was handed on, so a slot is free when it is filled.
struct Shared
{
  std::mutex mutex;
  std::condition_variable changed;
  std::vector<Slot> slots;
  std::size_t next = 0;    // the next set a worker takes
  std::size_t written = 0; // the sets before this one were handed to `done`
  bool stop = false;
};

// The worker threads, told to stop and joined however run_batch ends.
class Workers
{
public:
  explicit Workers(Shared& shared)
      : m_shared(shared)
  {
  }
  Workers(const Workers&) = delete;
  Workers& operator=(const Workers&) = delete;
  ~Workers()
  {
    {
      const std::lock_guard lock(m_shared.mutex);
      m_shared.stop = true;
    }
    m_shared.changed.notify_all();
    for (auto& thread : m_threads) {
      thread.join();
    }
  }

  /// Start up to `count` threads running `work`; return how many started (at least one, or
  /// the reason none could start is thrown).
  template <typename Work>
  std::size_t start(std::size_t count, const Work& work)
  {
    for (std::size_t i = 0; i < count; ++i) {
      try {
        m_threads.emplace_back(work);
      } catch (const std::system_error&) {
        if (m_threads.empty()) {
          throw;
        }
        break;
      }
    }
    return m_threads.size();
  }

private:
  Shared& m_shared;
  std::vector<std::thread> m_threads;
};

// libstdc++ fills std::ctype<char>'s narrow() and widen() caches lazily without
// synchronisation (GCC bug 77704), and std::regex, which valijson uses for a schema's
// "pattern", calls them. Fill them on this thread before any worker starts, so that the
// workers only read them.
void fill_locale_caches()
{
  const auto& ctype = std::use_facet<std::ctype<char>>(std::locale());
  for (int c = 0; c < 256; ++c) {
    static_cast<void>(ctype.narrow(static_cast<char>(c), '\0'));
  }
  static_cast<void>(ctype.widen('a'));
}

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
  Shared shared;
  shared.slots.resize(2 * jobs);
  const std::size_t window = shared.slots.size();
  const auto work = [&] {
    while (true) {
      std::size_t index = 0;
      {
        std::unique_lock lock(shared.mutex);
        shared.changed.wait(lock, [&] {
          return shared.stop || shared.next == sets.size() || shared.next < shared.written + window;
        });
        if (shared.stop || shared.next == sets.size()) {
          return;
        }
        index = shared.next++;
      }
      Slot slot;
      slot.ready = true;
      try {
        slot.line = render(sets[index], index, options);
      } catch (...) { // only what rendering throws (memory): the runner's failures are lines
        slot.failure = std::current_exception();
      }
      {
        const std::lock_guard lock(shared.mutex);
        shared.slots[index % window] = std::move(slot);
      }
      shared.changed.notify_all();
    }
  };
  fill_locale_caches();
  Workers workers(shared);
  workers.start(jobs, work);
  for (std::size_t i = 0; i < sets.size(); ++i) {
    Slot slot;
    {
      std::unique_lock lock(shared.mutex);
      Slot& mine = shared.slots[i % window];
      shared.changed.wait(lock, [&] { return mine.ready; });
      slot = std::move(mine);
      mine = Slot{};
      shared.written = i + 1;
    }
    shared.changed.notify_all();
    if (slot.failure) {
      std::rethrow_exception(slot.failure);
    }
    done(std::move(*slot.line));
  }
}

} // namespace tenderscore::app
