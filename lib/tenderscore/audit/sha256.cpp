// SPDX-License-Identifier: MIT
#include <tenderscore/audit/sha256.hpp>

#include <openssl/evp.h>

#include <array>
#include <memory>
#include <stdexcept>

namespace tenderscore::audit {

std::string sha256_hex(std::string_view bytes)
{
  return sha256_hex({bytes});
}

std::string sha256_hex(std::initializer_list<std::string_view> parts)
{
  const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context{EVP_MD_CTX_new(),
                                                                        &EVP_MD_CTX_free};
  std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
  unsigned int length = 0;
  bool ok = context && EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr) == 1;
  for (const std::string_view part : parts) {
    ok = ok && EVP_DigestUpdate(context.get(), part.data(), part.size()) == 1;
  }
  if (!ok || EVP_DigestFinal_ex(context.get(), digest.data(), &length) != 1) {
    throw std::runtime_error("SHA-256 could not be computed (OpenSSL EVP failure)");
  }
  static constexpr char k_hex[] = "0123456789abcdef";
  std::string hex;
  hex.reserve(2 * length);
  for (unsigned int i = 0; i < length; ++i) {
    hex += k_hex[digest[i] >> 4];
    hex += k_hex[digest[i] & 0x0F];
  }
  return hex;
}

} // namespace tenderscore::audit
