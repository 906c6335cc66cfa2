// SPDX-License-Identifier: MIT
#include <tenderscore/cli/app.hpp>

#include <CLI/CLI.hpp>

#include <ostream>

namespace tenderscore::cli {

int run(int argc, const char* const* argv, std::istream& /*in*/, std::ostream& out,
        std::ostream& err)
{
  CLI::App app{"tenderscore — score public-service tenders and monitor their outcomes"};
  app.require_subcommand(1);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e, out, err);
    return code == 0 ? k_exit_ok : k_exit_usage;
  }
  return k_exit_ok;
}

} // namespace tenderscore::cli
