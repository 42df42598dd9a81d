add_library(ac_warnings INTERFACE)
target_compile_options(ac_warnings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual
    -Wimplicit-fallthrough -Wformat=2)
if(AC_WERROR)
    target_compile_options(ac_warnings INTERFACE -Werror)
endif()

# simdjson's on-demand parser picks its SIMD kernel at compile time, so the instruction set
# is a build setting: haswell (AVX2 + PCLMUL; x86-64-v3 lacks PCLMUL, which simdjson needs)
# where the build machine has it, else westmere (SSE4.2 + PCLMUL), else the portable
# fallback. Set AC_MARCH to override (e.g. "native", or "" for the compiler default).
if(NOT DEFINED AC_MARCH AND CMAKE_SYSTEM_PROCESSOR MATCHES "x86_64|AMD64")
    set(_ac_march "")
    if(EXISTS /proc/cpuinfo)
        file(STRINGS /proc/cpuinfo _ac_flags REGEX "^flags" LIMIT_COUNT 1)
        if(_ac_flags MATCHES " avx2 " AND _ac_flags MATCHES " bmi2 " AND _ac_flags MATCHES " pclmulqdq ")
            set(_ac_march "haswell")
        elseif(_ac_flags MATCHES " sse4_2 " AND _ac_flags MATCHES " pclmulqdq ")
            set(_ac_march "westmere")
        endif()
    endif()
    set(AC_MARCH "${_ac_march}" CACHE STRING "Target instruction set (-march); empty for the compiler default")
endif()
if(AC_MARCH)
    add_compile_options(-march=${AC_MARCH})
endif()
