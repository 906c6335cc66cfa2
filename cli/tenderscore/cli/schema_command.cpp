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
      ->check(CLI::IsMember({"tender", "bids", "monitoring", "value-map", "proxies"}));
  sub->callback([kind, &context] {
    auto which = load::SchemaKind::tender;
    for (const auto k :
         {load::SchemaKind::tender, load::SchemaKind::bids, load::SchemaKind::monitoring,
          load::SchemaKind::value_map, load::SchemaKind::proxies}) {
      if (*kind == load::schema_kind_name(k)) {
        which = k;
      }
    }
    context.out << load::embedded_schema(which);
    context.exit_code = k_exit_ok;
  });
}

} // namespace tenderscore::cli
