# SPDX-License-Identifier: MIT
# Compiles schemas/*.schema.json into the library so that `validate` and `schema` need no files
# at run time. The JSON Schemas in schemas/ stay the single source of truth.
function(tenderscore_embed_schemas target)
  set(out "${CMAKE_CURRENT_BINARY_DIR}/generated/embedded_schemas.cpp")
  set(names tender bids monitoring value-map proxies)
  set(inputs)
  foreach(name IN LISTS names)
    list(APPEND inputs "${PROJECT_SOURCE_DIR}/schemas/${name}.schema.json")
  endforeach()
  add_custom_command(
    OUTPUT "${out}"
    COMMAND "${CMAKE_COMMAND}" -DOUT=${out} -DSCHEMA_DIR=${PROJECT_SOURCE_DIR}/schemas
            "-DNAMES=${names}" -P "${PROJECT_SOURCE_DIR}/cmake/WriteEmbeddedSchemas.cmake"
    DEPENDS ${inputs} "${PROJECT_SOURCE_DIR}/cmake/WriteEmbeddedSchemas.cmake"
    COMMENT "Embedding JSON Schemas"
    VERBATIM)
  target_sources(${target} PRIVATE "${out}")
endfunction()
