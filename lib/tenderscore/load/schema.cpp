// SPDX-License-Identifier: MIT
#include <tenderscore/load/schema.hpp>

#include <tenderscore/load/schema_report.hpp>

#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validator.hpp>

#include <memory>
#include <stdexcept>

namespace tenderscore::load {

namespace {

using nlohmann::json;

struct CompiledSchema
{
  json document;
  valijson::Schema schema;
};

std::unique_ptr<CompiledSchema> compile(SchemaKind kind)
{
  auto compiled = std::make_unique<CompiledSchema>();
  compiled->document = json::parse(embedded_schema(kind));
  valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
  const valijson::adapters::NlohmannJsonAdapter adapter(compiled->document);
  parser.populateSchema(adapter, compiled->schema);
  return compiled;
}

const CompiledSchema& compiled(SchemaKind kind)
{
  static const std::unique_ptr<CompiledSchema> tender = compile(SchemaKind::tender);
  static const std::unique_ptr<CompiledSchema> bids = compile(SchemaKind::bids);
  static const std::unique_ptr<CompiledSchema> monitoring = compile(SchemaKind::monitoring);
  static const std::unique_ptr<CompiledSchema> value_map = compile(SchemaKind::value_map);
  static const std::unique_ptr<CompiledSchema> proxies = compile(SchemaKind::proxies);
  switch (kind) {
  case SchemaKind::tender:
    return *tender;
  case SchemaKind::bids:
    return *bids;
  case SchemaKind::monitoring:
    return *monitoring;
  case SchemaKind::value_map:
    return *value_map;
  case SchemaKind::proxies:
    return *proxies;
  }
  return *tender;
}

json truncated(const json& value)
{
  if (value.is_string()) {
    const auto& text = value.get_ref<const std::string&>();
    return text.size() > detail::k_max_checked_bytes
               ? json(text.substr(0, detail::k_max_checked_bytes))
               : value;
  }
  if (value.is_array()) {
    json array = json::array();
    for (const auto& item : value) {
      array.push_back(truncated(item));
    }
    return array;
  }
  if (value.is_object()) {
    json object = json::object();
    for (const auto& [key, member] : value.items()) {
      object[key.substr(0, detail::k_max_checked_bytes)] = truncated(member);
    }
    return object;
  }
  return value;
}

// valijson names a place as {"<root>", "[criteria]", "[1]", "[wieght]"}.
std::vector<std::string> context_tokens(const std::vector<std::string>& context)
{
  std::vector<std::string> tokens;
  for (std::size_t i = 1; i < context.size(); ++i) {
    const std::string& part = context[i];
    const bool bracketed = part.size() >= 2 && part.front() == '[' && part.back() == ']';
    tokens.push_back(bracketed ? part.substr(1, part.size() - 2) : part);
  }
  return tokens;
}

} // namespace

void check_schema(const Document& document, SchemaKind kind, diag::Diagnostics& diags)
{
  const CompiledSchema& schema = compiled(kind);
  const json target = truncated(document.root);
  const valijson::adapters::NlohmannJsonAdapter adapter(target);
  valijson::Validator validator;
  valijson::ValidationResults results;
  if (validator.validate(schema.schema, adapter, &results)) {
    return;
  }
  std::vector<detail::Violation> violations;
  for (const auto& error : results) {
    violations.push_back({context_tokens(error.context), error.description});
  }
  for (auto& diagnostic : detail::describe_violations(document, schema.document, violations)) {
    diags.add(std::move(diagnostic));
  }
}

} // namespace tenderscore::load
