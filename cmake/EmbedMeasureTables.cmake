# SPDX-License-Identifier: MIT
# Compiles the measure layer's data tables (data/*.csv) into the library, as EmbedSchemas does
# for the schemas: the CSV in data/ stays the single, cited source and nothing is read at run time.
function(tenderscore_embed_measure_tables target)
  set(out "${CMAKE_CURRENT_BINARY_DIR}/generated/swemwbs_table.cpp")
  set(table "${PROJECT_SOURCE_DIR}/data/swemwbs-conversion.csv")
  add_custom_command(
    OUTPUT "${out}"
    COMMAND "${CMAKE_COMMAND}" -DOUT=${out} -DTABLE=${table}
            -P "${PROJECT_SOURCE_DIR}/cmake/WriteSwemwbsTable.cmake"
    DEPENDS "${table}" "${PROJECT_SOURCE_DIR}/cmake/WriteSwemwbsTable.cmake"
    COMMENT "Embedding the SWEMWBS conversion table"
    VERBATIM)
  target_sources(${target} PRIVATE "${out}")
endfunction()
