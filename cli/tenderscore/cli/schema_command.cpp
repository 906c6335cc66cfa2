// SPDX-License-Identifier: MIT
#include <tenderscore/cli/app.hpp>
#include <tenderscore/cli/commands.hpp>
#include <tenderscore/load/schema.hpp>

#include <CLI/CLI.hpp>

#include <memory>
#include <ostream>

namespace tenderscore::cli {

void setup_schema(CLI::App& app, Context& context)
{
  auto kind = std::make_shared<std::string>();
  auto* sub = app.add_subcommand("schema", "Print the JSON Schema of a file kind (for editors)");
  sub->add_option("kind", *kind, "Which schema")
    ->required()
    ->check(CLI::IsMember({"tender", "bids", "monitoring"}));
  sub->callback([kind, &context] {
    const auto which = *kind == "tender"       ? load::SchemaKind::tender
                       : *kind == "monitoring" ? load::SchemaKind::monitoring
                                               : load::SchemaKind::bids;
    context.out << load::embedded_schema(which);
    context.exit_code = k_exit_ok;
  });
}

} // namespace tenderscore::cli
