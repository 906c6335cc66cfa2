# SPDX-License-Identifier: MIT
# INTERFACE targets that every tenderscore target links: language level, warnings, sanitizers.
add_library(tenderscore_settings INTERFACE)
target_compile_features(tenderscore_settings INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_options(tenderscore_settings INTERFACE -Wall -Wextra -Wpedantic -Wshadow
                                                      -Wconversion -Wno-sign-conversion)
if(TENDERSCORE_WERROR)
  target_compile_options(tenderscore_settings INTERFACE -Werror)
endif()

if(TENDERSCORE_SANITIZE)
  target_compile_options(tenderscore_settings INTERFACE -fsanitize=address,undefined
                                                        -fno-omit-frame-pointer
                                                        -fno-sanitize-recover=all)
  target_link_options(tenderscore_settings INTERFACE -fsanitize=address,undefined)
endif()

if(TENDERSCORE_FUZZ)
  # Coverage instrumentation in the library too, so libFuzzer sees inside the loader.
  target_compile_options(tenderscore_settings INTERFACE -fsanitize=fuzzer-no-link)
endif()
