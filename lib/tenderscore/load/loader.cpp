// SPDX-License-Identifier: MIT
#include <tenderscore/load/loader.hpp>

#include <tenderscore/load/build.hpp>
#include <tenderscore/load/schema.hpp>
#include <tenderscore/load/support.hpp>
#include <tenderscore/util/text.hpp>

#include <fmt/format.h>

#include <array>
#include <cerrno>
#include <system_error>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace tenderscore::load {

namespace {

namespace fs = std::filesystem;

constexpr std::size_t k_path_chars = 1000;

// `size` is known for a regular file; a stream is read until it passes the limit.
std::string too_large(const std::string& name, const Limits& limits,
                      std::optional<std::uintmax_t> size = std::nullopt)
{
  return fmt::format("{}: {}, over the {} limit{}", name,
                     size ? "file is " + human_size(static_cast<std::size_t>(*size))
                          : std::string("input is larger"),
                     detail::byte_size(limits.max_file_bytes), raise_hint(limit_flag::file_size));
}

// Read at most `limits.max_file_bytes` from `in`; throw when there is more.
std::string read_stream(std::istream& in, const std::string& name, const Limits& limits)
{
  std::string text;
  std::array<char, 65536> buffer{};
  while (in) {
    in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    text.append(buffer.data(), static_cast<std::size_t>(in.gcount()));
    if (text.size() > limits.max_file_bytes) {
      throw IoError(too_large(name, limits));
    }
  }
  if (in.bad()) {
    throw IoError(fmt::format("cannot read {}: {}", name, std::generic_category().message(errno)));
  }
  return text;
}

} // namespace

diag::SourcePtr read_source(const std::string& path, const Limits& limits)
{
  if (path == "-") {
    return std::make_shared<diag::SourceFile>("<stdin>",
                                              read_stream(std::cin, "standard input", limits));
  }
  const std::string name = util::quote(path, k_path_chars);
  std::error_code error;
  const fs::file_status status = fs::status(path, error);
  if (error) {
    throw IoError(fmt::format("cannot read {}: {}", name, error.message()));
  }
  if (fs::is_directory(status)) {
    throw IoError(fmt::format("{} is a directory", name));
  }
  if (fs::is_regular_file(status)) {
    const auto size = fs::file_size(path, error);
    if (!error && size > limits.max_file_bytes) {
      throw IoError(too_large(name, limits, size));
    }
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw IoError(fmt::format("cannot read {}: {}", name, std::generic_category().message(errno)));
  }
  return std::make_shared<diag::SourceFile>(path, read_stream(in, name, limits));
}

FileKind detect_kind(const Document& document, diag::Diagnostics& diags)
{
  static constexpr std::array<std::pair<const char*, FileKind>, 5> k_formats{{
      {k_tender_format, FileKind::tender},
      {k_bids_format, FileKind::bids},
      {k_monitoring_format, FileKind::monitoring},
      {k_value_map_format, FileKind::value_map},
      {k_proxies_format, FileKind::proxies},
  }};
  std::vector<std::string> names;
  for (const auto& [known, kind] : k_formats) {
    names.emplace_back(known);
  }
  std::string expected;
  for (std::size_t i = 0; i < names.size(); ++i) {
    expected += (i == 0 ? "" : i + 1 == names.size() ? " or " : ", ") + util::quote(names[i]);
  }
  const nlohmann::json& root = document.root;
  if (!root.is_object() || !root.contains("format")) {
    diags.error({document.source, 1, 1}, "format.missing",
                fmt::format("missing 'format:' key; expected {}", expected));
    return FileKind::unknown;
  }
  const nlohmann::json& format = root["format"];
  const diag::Location where = document.value_location("/format");
  if (!format.is_string()) {
    const std::string raw = document.raw("/format");
    diags.error(where, "format.unknown",
                fmt::format("unknown format {}; expected {}",
                            util::quote(raw.empty() ? format.dump() : raw), expected));
    return FileKind::unknown;
  }
  const auto& name = format.get_ref<const std::string&>();
  for (const auto& [known, kind] : k_formats) {
    if (name == known) {
      return kind;
    }
  }
  for (const auto& [known_name, kind] : k_formats) {
    const std::string_view known = known_name;
    const std::string_view family = known.substr(0, known.find('@') + 1);
    if (name.rfind(family, 0) == 0) {
      diags.error(where, "format.version",
                  fmt::format("unsupported format version {}; this tenderscore reads '{}'",
                              util::quote(name), known));
      return FileKind::unknown;
    }
  }
  const std::string hint = util::did_you_mean(name, names);
  diags.error(where, "format.unknown",
              hint.empty()
                  ? fmt::format("unknown format {}; expected {}", util::quote(name), expected)
                  : fmt::format("unknown format {}{}", util::quote(name), hint));
  return FileKind::unknown;
}

LoadedFile load_source(const diag::SourcePtr& source, diag::Diagnostics& diags,
                       const Limits& limits)
{
  if (is_sheet_path(source->path())) {
    return load_sheet(source, diags);
  }
  LoadedFile file;
  file.source = source;
  const std::size_t errors_before = diags.count(diag::Severity::error);
  const auto failed = [&] { return diags.count(diag::Severity::error) > errors_before; };
  const Document document = parse_yaml(source, diags, limits);
  if (failed()) {
    return file;
  }
  const FileKind kind = detect_kind(document, diags);
  if (kind == FileKind::unknown) {
    return file;
  }
  file.kind = kind;
  const auto schema = [&] {
    switch (kind) {
    case FileKind::bids:
      return SchemaKind::bids;
    case FileKind::monitoring:
      return SchemaKind::monitoring;
    case FileKind::value_map:
      return SchemaKind::value_map;
    case FileKind::proxies:
      return SchemaKind::proxies;
    default:
      return SchemaKind::tender;
    }
  }();
  check_schema(document, schema, diags);
  if (failed()) {
    return file;
  }
  if (kind == FileKind::monitoring) {
    auto monitoring = build_monitoring(document, diags);
    if (!failed()) {
      file.monitoring = std::move(monitoring);
    }
  } else if (kind == FileKind::tender) {
    auto tender = build_tender(document, diags);
    if (!failed()) {
      file.tender = std::move(tender);
    }
  } else if (kind == FileKind::bids) {
    auto bids = build_bids(document, diags);
    if (!failed()) {
      file.bids = std::move(bids);
    }
  } else if (kind == FileKind::value_map) {
    auto map = build_value_map(document, diags);
    if (!failed()) {
      file.value_map = std::move(map);
    }
  } else {
    auto registry = build_proxies(document, diags);
    if (!failed()) {
      file.proxies = std::move(registry);
    }
  }
  return file;
}

LoadedFile load_text(const std::string& path, std::string text, diag::Diagnostics& diags,
                     const Limits& limits)
{
  return load_source(std::make_shared<diag::SourceFile>(path, std::move(text)), diags, limits);
}

} // namespace tenderscore::load
