// SPDX-License-Identifier: MIT
#pragma once

#include <tenderscore/cli/app.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace tenderscore::test {

// What one in-process run of the command line printed and returned.
struct CliRun
{
  int code = 0;
  std::string out;
  std::string err;
};

/// Run the command line `args` in-process from the source root, as a user would from a checkout.
inline CliRun run_cli(std::vector<std::string> args)
{
  namespace fs = std::filesystem;
  const auto previous = fs::current_path();
  fs::current_path(TENDERSCORE_SOURCE_DIR);
  args.insert(args.begin(), "tenderscore");
  std::vector<const char*> argv;
  for (const auto& a : args) {
    argv.push_back(a.c_str());
  }
  std::istringstream in;
  std::ostringstream out;
  std::ostringstream err;
  CliRun result;
  result.code = cli::run(static_cast<int>(argv.size()), argv.data(), in, out, err);
  result.out = out.str();
  result.err = err.str();
  fs::current_path(previous);
  return result;
}

/// Return the whole content of the file at `path`.
inline std::string slurp(const std::filesystem::path& path)
{
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

} // namespace tenderscore::test
