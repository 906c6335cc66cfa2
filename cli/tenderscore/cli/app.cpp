// SPDX-License-Identifier: MIT
#include <tenderscore/cli/app.hpp>

#include <tenderscore/app/output.hpp>
#include <tenderscore/cli/commands.hpp>
#include <tenderscore/load/loader.hpp>
#include <tenderscore/util/text.hpp>

#include <CLI/CLI.hpp>

#include <ostream>

namespace tenderscore::cli {

void emit(Context& context, const std::string& path, const std::string& text,
          const std::vector<std::string>& inputs)
{
  if (path.empty() || path == "-") {
    context.out << text;
    return;
  }
  app::write_atomically(path, text, inputs);
}

int run(int argc, const char* const* argv, std::istream& in, std::ostream& out, std::ostream& err)
{
  Context context{in, out, err, std::vector<std::string>(argv, argv + argc)};
  CLI::App app{"tenderscore: validate and score public-service tenders, with an audit trail"};
  app.name("tenderscore");
  app.set_version_flag("--version", TENDERSCORE_VERSION);
  app.require_subcommand(1, 1);
  app.footer("Exit codes: 0 valid / scored, 1 invalid input (diagnostics printed), "
             "2 usage or I/O error, 3 internal error.");
  setup_validate(app, context);
  setup_score(app, context);
  setup_panel(app, context);
  setup_report(app, context);
  setup_verify(app, context);
  setup_schema(app, context);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // CLI11 uses codes 100-127 for its parse errors; we document 2 for every usage error.
    return app.exit(e, out, err) == 0 ? k_exit_ok : k_exit_usage;
  } catch (const load::IoError& e) {
    err << "tenderscore: error: " << util::escape_terminal(e.what()) << '\n';
    return k_exit_usage;
  } catch (const app::OutputError& e) {
    err << "tenderscore: error: " << util::escape_terminal(e.what()) << '\n';
    return k_exit_usage;
  } catch (const std::exception& e) {
    err << "tenderscore: internal error: " << util::escape_terminal(e.what())
        << "\nPlease report this with the input files that caused it.\n";
    return k_exit_internal;
  }
  return context.exit_code;
}

} // namespace tenderscore::cli
