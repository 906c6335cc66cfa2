// SPDX-License-Identifier: MIT
#include <tenderscore/cli/app.hpp>

#include <tenderscore/app/output.hpp>
#include <tenderscore/app/output_buffer.hpp>
#include <tenderscore/cli/commands.hpp>
#include <tenderscore/load/loader.hpp>
#include <tenderscore/util/text.hpp>

#include <CLI/CLI.hpp>

#include <cerrno>
#include <cstring>
#include <ostream>

namespace tenderscore::cli {

namespace {

// The end of every run: flush standard output and check that everything written reached it.
// A full disk or a closed output is an I/O error (exit 2) with its reason; a broken pipe (the
// reader, say `head`, has gone) ends quietly with 141, the status a shell shows for a program
// ended by SIGPIPE, which is how tenderscore ends when SIGPIPE is not ignored.
int finish(std::ostream& out, std::ostream& err, int code)
{
  out.flush();
  if (out) {
    return code;
  }
  const auto* buffer = dynamic_cast<const app::FdOutputBuffer*>(out.rdbuf());
  const int error = buffer != nullptr ? buffer->error() : 0;
  if (error == EPIPE) {
    return k_exit_broken_pipe;
  }
  err << "tenderscore: error: cannot write to standard output: "
      << (error != 0 ? std::strerror(error) : "the write failed") << '\n';
  return k_exit_usage;
}

} // namespace

void flush_out(Context& context)
{
  context.out.flush();
  if (!context.out) {
    throw OutputFailed{};
  }
}

void emit(Context& context, const std::string& path, const std::string& text,
          const std::vector<std::string>& inputs)
{
  emit(
      context, path, [&text](std::ostream& out) { out << text; }, inputs);
}

void emit(Context& context, const std::string& path,
          const std::function<void(std::ostream&)>& write, const std::vector<std::string>& inputs)
{
  if (path.empty() || path == "-") {
    write(context.out);
    flush_out(context);
    return;
  }
  app::write_atomically(path, write, inputs);
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
  setup_sensitivity(app, context);
  setup_verify(app, context);
  setup_diff(app, context);
  setup_batch(app, context);
  setup_outcomes(app, context);
  setup_value(app, context);
  setup_measure(app, context);
  setup_schema(app, context);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // CLI11 uses codes 100-127 for its parse errors; we document 2 for every usage error.
    return finish(out, err, app.exit(e, out, err) == 0 ? k_exit_ok : k_exit_usage);
  } catch (const OutputFailed&) {
    return finish(out, err, k_exit_usage);
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
  return finish(out, err, context.exit_code);
}

} // namespace tenderscore::cli
