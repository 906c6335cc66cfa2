// SPDX-License-Identifier: MIT
#include <tenderscore/cli/progress.hpp>

#include <fmt/format.h>

#include <chrono>
#include <iostream>
#include <utility>

#include <unistd.h>

namespace tenderscore::cli {

namespace {

// Written straight to the descriptor: a progress line is best effort and never fails a run.
void show(const std::string& text)
{
  const ssize_t ignored = ::write(STDERR_FILENO, text.data(), text.size());
  static_cast<void>(ignored);
}

} // namespace

Progress::Progress(const Context& context, std::string label, bool wanted)
    : m_label(std::move(label))
{
  if (wanted && !context.quiet && &context.err == &std::cerr && ::isatty(STDERR_FILENO) == 1) {
    m_thread = std::thread([this] { run(); });
  }
}

Progress::~Progress()
{
  if (m_thread.joinable()) {
    {
      const std::lock_guard lock(m_mutex);
      m_done = true;
    }
    m_done_changed.notify_all();
    m_thread.join();
  }
}

void Progress::run()
{
  using namespace std::chrono_literals;
  const auto start = std::chrono::steady_clock::now();
  std::unique_lock lock(m_mutex);
  if (m_done_changed.wait_for(lock, 1s, [this] { return m_done; })) {
    return; // done within a second: nothing shown
  }
  do {
    const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
    show(fmt::format("\rtenderscore: {}… {:.0f} s", m_label, elapsed.count()));
  } while (!m_done_changed.wait_for(lock, 500ms, [this] { return m_done; }));
  show("\r\033[K"); // clear the line for what comes next
}

} // namespace tenderscore::cli
