// SPDX-License-Identifier: MIT
// libFuzzer target: fuzzed bids against the valid waste tender are validated and, when valid,
// scored; neither may crash, and a valid file must always score.
#include "fuzz_support.hpp"

#include <tenderscore/load/loader.hpp>
#include <tenderscore/score/engine.hpp>
#include <tenderscore/validate/validator.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

namespace ts = tenderscore;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
  const auto& tender = ts::fuzz::waste_tender();
  ts::diag::Diagnostics diags;
  const auto loaded =
    ts::load::load_text("fuzz.yaml", std::string(reinterpret_cast<const char*>(data), size), diags);
  if (!loaded.bids) {
    return 0;
  }
  ts::validate::check_inputs({&tender}, {&*loaded.bids}, {}, diags);
  if (!diags.has_errors()) {
    const auto result = ts::score::score_tender(tender, {&*loaded.bids});
    if (result.lots.empty()) {
      std::abort();
    }
  }
  return 0;
}
