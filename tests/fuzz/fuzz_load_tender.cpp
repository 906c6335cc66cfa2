// SPDX-License-Identifier: MIT
// libFuzzer target: any bytes as a tender file must give a model or diagnostics, never a crash.
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
