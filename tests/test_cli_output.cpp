// SPDX-License-Identifier: MIT
// Every write is checked (issue 12 item 2): standard output on a full disk or closed is exit 2
// with a message naming it; a broken pipe ends quietly; a failed run leaves no file behind.
#include "hostile_test_support.hpp"

#include <tenderscore/app/output_buffer.hpp>
#include <tenderscore/cli/app.hpp>

#include <doctest/doctest.h>

#include <csignal>
#include <filesystem>
#include <fstream>
#include <ostream>
#include <sstream>
#include <string>
#include <vector>

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

namespace cli = tenderscore::cli;
namespace test = tenderscore::test;
namespace fs = std::filesystem;

extern char** environ;

namespace {

const std::string k_full = "tenderscore: error: cannot write to standard output: No space left "
                           "on device\n";

// One command line per subcommand that writes to standard output, each valid (exit 0 to a
// terminal or file).
std::vector<std::vector<std::string>> every_command()
{
  const std::string mh = "examples/mental-health-wellbeing/";
  return {
      {"schema", "tender"},
      {"validate", "examples/waste-2015/tender.yaml", "examples/waste-2015/bids.yaml"},
      {"validate", "--format", "json", "examples/waste-2015/tender.yaml"},
      {"validate", "--format", "github", "tests/data/bad/weights.tender.yaml"},
      {"score", "examples/waste-2015/tender.yaml", "examples/waste-2015/bids.yaml"},
      {"score", "examples/waste-2015/tender.yaml", "examples/waste-2015/bids.yaml", "--format",
       "json"},
      {"panel", "examples/arts-grants/tender.yaml", "examples/arts-grants/bids.yaml"},
      {"report", "examples/waste-2015/tender.yaml", "examples/waste-2015/bids.yaml"},
      {"report", "examples/waste-2015/tender.yaml", "examples/waste-2015/bids.yaml", "--format",
       "xlsx"},
      {"verify", "tests/data/report/waste-2015.report.json", "examples/waste-2015/tender.yaml",
       "examples/waste-2015/bids.yaml"},
      {"outcomes", mh + "tender.yaml", mh + "monitoring-2026-q1.yaml"},
      {"value", mh + "value-map.yaml", mh + "proxies.yaml", "data/proxies/green-book.yaml"},
      {"measure", "wemwbs", mh + "wemwbs.csv"},
      {"--version"},
      {"--help"},
  };
}

std::string joined(const std::vector<std::string>& args)
{
  std::string text;
  for (const auto& a : args) {
    text += a + ' ';
  }
  return text;
}

// Run the binary with standard output a pipe whose reader has already gone, SIGPIPE ignored or
// not; return the wait status and what it wrote to standard error.
std::pair<int, std::string> run_into_broken_pipe(const std::vector<std::string>& args,
                                                 bool ignore_sigpipe)
{
  const test::ScratchDir scratch("broken-pipe");
  int fds[2];
  REQUIRE(::pipe(fds) == 0);
  ::close(fds[0]); // the reader is gone before the first write
  const std::string err_path = scratch / "err";
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, fds[1], STDOUT_FILENO);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, err_path.c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC, 0600);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawnattr_t attributes;
  posix_spawnattr_init(&attributes);
  sigset_t signals;
  sigemptyset(&signals);
  if (!ignore_sigpipe) {
    sigaddset(&signals, SIGPIPE);
  }
  posix_spawnattr_setsigdefault(&attributes, &signals);
  posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGDEF);
  // An ignored signal stays ignored across exec: ignore it here for the child to inherit.
  struct sigaction ignore
  {
  };
  struct sigaction previous
  {
  };
  ignore.sa_handler = SIG_IGN;
  sigaction(SIGPIPE, &ignore, &previous);
  std::vector<std::string> all{TENDERSCORE_BINARY};
  all.insert(all.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& a : all) {
    argv.push_back(a.data());
  }
  argv.push_back(nullptr);
  const auto cwd = fs::current_path();
  fs::current_path(TENDERSCORE_SOURCE_DIR);
  pid_t pid = 0;
  const int spawned =
      posix_spawn(&pid, TENDERSCORE_BINARY, &actions, &attributes, argv.data(), environ);
  fs::current_path(cwd);
  sigaction(SIGPIPE, &previous, nullptr);
  ::close(fds[1]);
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attributes);
  REQUIRE(spawned == 0);
  int status = 0;
  ::waitpid(pid, &status, 0);
  return {status, test::slurp(err_path)};
}

} // namespace

TEST_CASE("output: every command writing to a full disk (/dev/full) is exit 2, naming stdout")
{
  for (const auto& args : every_command()) {
    CAPTURE(joined(args));
    const auto r = test::run_binary(args, "/dev/null", "> /dev/full");
    CHECK(r.code == cli::k_exit_usage);
    // validate --format github on an invalid file would exit 1: the lost output wins. Before
    // the message, only the inputs' own warnings (waste-2015 has one).
    CHECK(r.err.ends_with(k_full));
    CHECK(r.err.find("tenderscore: error:") == r.err.size() - k_full.size());
  }
}

TEST_CASE("output: a closed standard output is exit 2 with the reason")
{
  for (const auto& args : every_command()) {
    CAPTURE(joined(args));
    const auto r = test::run_binary(args, "/dev/null", ">&-");
    CHECK(r.code == cli::k_exit_usage);
    const std::string closed =
        "tenderscore: error: cannot write to standard output: Bad file descriptor\n";
    CHECK(r.err.ends_with(closed));
    CHECK(r.err.find("tenderscore: error:") == r.err.size() - closed.size());
  }
}

TEST_CASE("output: -o on a full device is exit 2 naming the file")
{
  const auto r = test::run_binary({"score", "examples/waste-2015/tender.yaml",
                                   "examples/waste-2015/bids.yaml", "-o", "/dev/full"});
  CHECK(r.code == cli::k_exit_usage);
  CHECK(r.err.ends_with("tenderscore: error: cannot write '/dev/full': No space left on device\n"));
}

TEST_CASE("output: a broken pipe ends quietly, by SIGPIPE or with status 141")
{
  const std::vector<std::string> args{"schema", "tender"};
  SUBCASE("SIGPIPE at its default: ended by the signal, as cat or grep would be")
  {
    const auto [status, err] = run_into_broken_pipe(args, false);
    CHECK(WIFSIGNALED(status));
    CHECK(WTERMSIG(status) == SIGPIPE);
    CHECK(err.empty());
  }
  SUBCASE("SIGPIPE ignored: EPIPE, no message, exit 141")
  {
    const auto [status, err] = run_into_broken_pipe(args, true);
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == cli::k_exit_broken_pipe);
    CHECK(err.empty());
  }
}

TEST_CASE("output: every write through cli::run is checked, at any point of the output")
{
  // In-process, standard output a descriptor on /dev/full: each command's first write fails,
  // and so does a write after 64 KiB of output already went through (a pipe to `head -c`).
  const int full = ::open("/dev/full", O_WRONLY | O_CLOEXEC);
  REQUIRE(full >= 0);
  const auto cwd = fs::current_path();
  fs::current_path(TENDERSCORE_SOURCE_DIR);
  for (const auto& args : every_command()) {
    CAPTURE(joined(args));
    if (args.front() == "--help" || args.front() == "--version") {
      continue;
    }
    tenderscore::app::FdOutputBuffer buffer(full);
    std::ostream out(&buffer);
    std::istringstream in;
    std::ostringstream err;
    std::vector<const char*> argv{"tenderscore"};
    for (const auto& a : args) {
      argv.push_back(a.c_str());
    }
    const int code = cli::run(static_cast<int>(argv.size()), argv.data(), in, out, err);
    CHECK(code == cli::k_exit_usage);
    CHECK(err.str().ends_with(k_full));
    CHECK(buffer.error() == ENOSPC);
  }
  fs::current_path(cwd);
  ::close(full);
}

TEST_CASE("output: report --summaries leaves neither report nor summary when a write fails")
{
  const test::ScratchDir scratch("summaries-fail");
  const std::string report = scratch / "report.md";
  const std::string dir = scratch / "summaries";
  const std::vector<std::string> base{"report", "examples/waste-2015/tender.yaml",
                                      "examples/waste-2015/bids.yaml", "--draft", "--summaries"};
  SUBCASE("a summary that cannot be written: no -o report")
  {
    fs::create_directories(dir);
    // every summary name is taken by a folder of its own except one, which must stay absent
    fs::create_directories(fs::path(dir) / "summary-urban-cycle-partnership-971c1f61.md");
    auto args = base;
    args.insert(args.end(), {dir, "-o", report});
    const auto r = test::run_binary(args);
    CHECK(r.code == cli::k_exit_usage);
    CHECK(r.err.find("tenderscore: error: refusing to write '" + dir +
                     "/summary-urban-cycle-partnership-971c1f61.md': it exists and is not a "
                     "regular file (a link, pipe, device or folder)\n") != std::string::npos);
    CHECK_FALSE(fs::exists(report));
    CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator{}) == 1);
  }
  SUBCASE("the report to a full standard output: no summary")
  {
    auto args = base;
    args.push_back(dir);
    const auto r = test::run_binary(args, "/dev/null", "> /dev/full");
    CHECK(r.code == cli::k_exit_usage);
    CHECK(r.err.ends_with(k_full));
    CHECK_FALSE(fs::exists(dir));
  }
  SUBCASE("the report to a full device: no summary")
  {
    auto args = base;
    args.insert(args.end(), {dir, "-o", "/dev/full"});
    const auto r = test::run_binary(args);
    CHECK(r.code == cli::k_exit_usage);
    CHECK(
        r.err.ends_with("tenderscore: error: cannot write '/dev/full': No space left on device\n"));
    CHECK_FALSE(fs::exists(dir));
  }
}
