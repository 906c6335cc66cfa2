// SPDX-License-Identifier: MIT
// libFuzzer target: any bytes as a CSV score or price sheet give bids or diagnostics, never a
// crash; a sheet that loads is then checked against the waste tender.
#include "fuzz_support.hpp"

#include <tenderscore/load/loader.hpp>
#include <tenderscore/validate/validator.hpp>

#include <cstddef>
#include <cstdint>
#include <string>

namespace ts = tenderscore;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
  const auto& tender = ts::fuzz::waste_tender();
  ts::diag::Diagnostics diags;
  auto loaded =
    ts::load::load_text("fuzz.csv", std::string(reinterpret_cast<const char*>(data), size), diags);
  if (loaded.sheet) {
    loaded.sheet->tender.value = tender.info.id;
    ts::validate::check_inputs({&tender}, {&*loaded.sheet}, {}, diags);
  }
  return 0;
}
