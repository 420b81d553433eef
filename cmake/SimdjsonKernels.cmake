# simdjson 3.0 (Debian 12) compiles its on-demand API for one kernel only: the
# best one the compiler flags allow, which for a package built for any x86-64
# is the portable one. Its stage 1 is already chosen at run time; stage 2 (the
# walk over the fields) is what our parser spends the rest of its time in.
#
# simdjson.h holds the kernel-independent on-demand source once, written in
# terms of SIMDJSON_BUILTIN_IMPLEMENTATION (simdjson 3.3 and later ship it per
# kernel). This cuts that part out of the installed header so each kernel
# file can include it again inside its own instruction-set region, under its
# own namespace (simdjson::haswell::ondemand, ...). The serialization helpers
# are left out: they are not kernel-specific and would be defined twice.
#
# Sets BATCH_CONSOLE_ONDEMAND_PER_KERNEL and writes
# ${output_dir}/simdjson_ondemand_generic.h when it can.
function(batchconsole_simdjson_kernels output_dir)
    set(BATCH_CONSOLE_ONDEMAND_PER_KERNEL OFF PARENT_SCOPE)
    if(NOT CMAKE_SYSTEM_PROCESSOR MATCHES "x86_64|AMD64")
        return()
    endif()
    get_target_property(include_dirs simdjson::simdjson INTERFACE_INCLUDE_DIRECTORIES)
    find_file(BATCH_CONSOLE_SIMDJSON_HEADER simdjson.h HINTS ${include_dirs} /usr/include NO_CACHE)
    if(NOT BATCH_CONSOLE_SIMDJSON_HEADER)
        message(STATUS "simdjson.h not found: results parsers use one kernel")
        return()
    endif()
    file(READ "${BATCH_CONSOLE_SIMDJSON_HEADER}" header)
    set(first "/* begin file include/simdjson/generic/implementation_simdjson_result_base.h */")
    set(last "/* end file include/simdjson/generic/ondemand-inl.h */")
    string(FIND "${header}" "${first}" begin)
    string(FIND "${header}" "${last}" end)
    if(begin LESS 0 OR end LESS begin)
        message(STATUS "simdjson.h (${BATCH_CONSOLE_SIMDJSON_HEADER}) is not laid out as in 3.0: results parsers use one kernel")
        return()
    endif()
    math(EXPR length "${end} - ${begin}")
    string(SUBSTRING "${header}" ${begin} ${length} generic)
    foreach(part "serialization.h" "serialization-inl.h")
        set(open "/* begin file include/simdjson/generic/ondemand/${part} */")
        set(close "/* end file include/simdjson/generic/ondemand/${part} */")
        string(FIND "${generic}" "${open}" from)
        string(FIND "${generic}" "${close}" to)
        if(from LESS 0 OR to LESS from)
            message(STATUS "simdjson.h has no ${part} where expected: results parsers use one kernel")
            return()
        endif()
        string(LENGTH "${close}" close_length)
        math(EXPR after "${to} + ${close_length}")
        string(SUBSTRING "${generic}" 0 ${from} head)
        string(SUBSTRING "${generic}" ${after} -1 tail)
        set(generic "${head}${tail}")
    endforeach()
    set(text "// Generated from ${BATCH_CONSOLE_SIMDJSON_HEADER} by cmake/SimdjsonKernels.cmake: do not edit.\n")
    string(APPEND text "// simdjson's kernel-independent on-demand code, for SIMDJSON_BUILTIN_IMPLEMENTATION.\n")
    string(APPEND text "${generic}\n")
    # Only rewrite when it changed, so a reconfigure does not rebuild the kernels.
    file(WRITE "${output_dir}/simdjson_ondemand_generic.h.new" "${text}")
    configure_file("${output_dir}/simdjson_ondemand_generic.h.new" "${output_dir}/simdjson_ondemand_generic.h" COPYONLY)
    file(REMOVE "${output_dir}/simdjson_ondemand_generic.h.new")
    set(BATCH_CONSOLE_ONDEMAND_PER_KERNEL ON PARENT_SCOPE)
endfunction()
