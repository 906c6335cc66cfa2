// SPDX-License-Identifier: MIT
#pragma once

#include <tenderscore/cli/context.hpp>

#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>

namespace tenderscore::cli {

/// While alive, shows that a long step is running: after a second, one line on standard error
/// ("tenderscore: scoring… 3 s"), rewritten in place twice a second and cleared at the end.
/// Only when standard error is a terminal and the run is not --quiet: never in a file, a pipe
/// or a CI log. Nothing else may write to standard error while one is alive.
class Progress
{
public:
  /// `wanted`: whether this step may show progress at all.
  Progress(const Context& context, std::string label, bool wanted = true);
  ~Progress();
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

private:
  void run();

  std::string m_label;
  std::mutex m_mutex;
  std::condition_variable m_done_changed;
  bool m_done = false;
  std::thread m_thread;
};

} // namespace tenderscore::cli
