// SPDX-License-Identifier: MIT
#pragma once

#include "cli_test_support.hpp"

#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include <sys/wait.h>
#include <unistd.h>

namespace tenderscore::test {

// A scratch folder, removed with everything in it at the end of the scope.
class ScratchDir
{
public:
  explicit ScratchDir(const std::string& name)
      : m_path(std::filesystem::temp_directory_path() /
               ("tenderscore-" + name + "-" + std::to_string(::getpid())))
  {
    std::filesystem::remove_all(m_path);
    std::filesystem::create_directories(m_path);
  }
  ~ScratchDir()
  {
    std::error_code ignored;
    std::filesystem::remove_all(m_path, ignored);
  }
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;

  const std::filesystem::path& path() const { return m_path; }
  std::string operator/(const std::string& name) const { return (m_path / name).string(); }

private:
  std::filesystem::path m_path;
};

/// Return `text` quoted for a POSIX shell.
inline std::string shell_quote(const std::string& text)
{
  std::string out = "'";
  for (const char c : text) {
    if (c == '\'') {
      out += "'\\''";
    } else {
      out += c;
    }
  }
  out += '\'';
  return out;
}

/// Run the real binary with `args` from the source root, standard input read from the file
/// `input` (for "-" arguments), in a separate process as a user would. Standard output goes to
/// `output`, a shell redirection ("> /dev/full", ">&-"); by default it is captured.
inline CliRun run_binary(const std::vector<std::string>& args,
                         const std::string& input = "/dev/null", const std::string& output = "")
{
  const ScratchDir scratch("run");
  // Appended piece by piece: "literal" + std::string trips GCC 12's false -Wrestrict at -O2.
  std::string command = "cd ";
  command += shell_quote(TENDERSCORE_SOURCE_DIR);
  command += " && ";
  command += shell_quote(TENDERSCORE_BINARY);
  for (const auto& a : args) {
    command += ' ';
    command += shell_quote(a);
  }
  command += " < ";
  command += shell_quote(input);
  if (output.empty()) {
    command += " > ";
    command += shell_quote(scratch / "out");
  } else {
    command += ' ';
    command += output;
  }
  command += " 2> ";
  command += shell_quote(scratch / "err");
  const int status = std::system(command.c_str());
  CliRun run;
  run.code = WIFEXITED(status) ? WEXITSTATUS(status) : 128;
  run.out = slurp(scratch.path() / "out");
  run.err = slurp(scratch.path() / "err");
  return run;
}

} // namespace tenderscore::test
