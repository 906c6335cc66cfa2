# SPDX-License-Identifier: MIT
# tenderscore_check_sources(TARGET [RECURSE] GLOB...): fail the configure step when a file
# matching a GLOB (e.g. "lib/tenderscore/*.cpp", in every folder below with RECURSE) is not
# among TARGET's sources, so a source list that lost a
# file (or a new file nobody listed) fails loudly instead of dropping code or tests silently. The glob is re-checked on every
# build (CONFIGURE_DEPENDS), so a new unlisted file fails the next build too.
function(tenderscore_check_sources target)
  cmake_parse_arguments(PARSE_ARGV 1 check "RECURSE" "" "")
  if(check_RECURSE)
    file(GLOB_RECURSE on_disk CONFIGURE_DEPENDS ${check_UNPARSED_ARGUMENTS})
  else()
    file(GLOB on_disk CONFIGURE_DEPENDS ${check_UNPARSED_ARGUMENTS})
  endif()
  get_target_property(listed ${target} SOURCES)
  set(listed_full)
  foreach(source IN LISTS listed)
    cmake_path(ABSOLUTE_PATH source BASE_DIRECTORY "${CMAKE_CURRENT_SOURCE_DIR}" NORMALIZE
               OUTPUT_VARIABLE full)
    list(APPEND listed_full "${full}")
  endforeach()
  set(unlisted)
  foreach(file IN LISTS on_disk)
    if(NOT file IN_LIST listed_full)
      list(APPEND unlisted "${file}")
    endif()
  endforeach()
  if(unlisted)
    list(JOIN unlisted "\n  " names)
    message(FATAL_ERROR "${target}: these sources are in no source list (sources.cmake or "
                        "*_tests.cmake):\n  ${names}")
  endif()
endfunction()
