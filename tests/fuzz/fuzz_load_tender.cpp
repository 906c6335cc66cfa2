// SPDX-License-Identifier: MIT
// libFuzzer target: any bytes as a YAML file must give a model or diagnostics, never a crash.
// load_text takes the kind from the `format:` key, so this loads tenders and bids files alike
// (the YAML bids loader is covered here and, with validation and scoring, by fuzz_score_bids);
// a tender that loads is then checked.
#include <tenderscore/load/loader.hpp>
#include <tenderscore/validate/validator.hpp>

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
  namespace ts = tenderscore;
  ts::diag::Diagnostics diags;
  const auto loaded =
    ts::load::load_text("fuzz.yaml", std::string(reinterpret_cast<const char*>(data), size), diags);
  if (loaded.tender) {
    ts::validate::check_tender(*loaded.tender, {}, diags);
  }
  return 0;
}
