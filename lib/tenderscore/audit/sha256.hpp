// SPDX-License-Identifier: MIT
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

namespace tenderscore::audit {

/// Return the SHA-256 digest of `bytes` as 64 lower-case hex digits (OpenSSL's libcrypto).
std::string sha256_hex(std::string_view bytes);

/// Return the SHA-256 digest of `parts` one after another, as if they were one string, without
/// joining them.
std::string sha256_hex(std::initializer_list<std::string_view> parts);

} // namespace tenderscore::audit
