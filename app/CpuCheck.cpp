// Runs before anything else of the program, compiled for the baseline x86-64 instruction set:
// a build for a newer CPU (AC_MARCH, haswell by default where the build machine has AVX2) says
// so and stops on a CPU without those instructions, instead of dying with SIGILL somewhere.
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {
#if defined(__x86_64__) && defined(AC_MARCH_NAME)
[[gnu::constructor(101)]] void checkCpu() {
    __builtin_cpu_init();
    const char* march = AC_MARCH_NAME;
    bool ok = true;
    if (std::strcmp(march, "haswell") == 0)
        ok = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("bmi2") && __builtin_cpu_supports("pclmul") &&
             __builtin_cpu_supports("popcnt");
    else if (std::strcmp(march, "westmere") == 0)
        ok = __builtin_cpu_supports("sse4.2") && __builtin_cpu_supports("pclmul") && __builtin_cpu_supports("popcnt");
    if (ok) return;
    static const char head[] = "audit-console: this build needs a CPU with the instructions of -march=";
    static const char tail[] = ", which this CPU lacks. Build it for this machine (./dev.sh builds for the CPU it "
                               "runs on) or use a portable build: cmake --preset portable.\n";
    std::fputs(head, stderr);
    std::fputs(march, stderr);
    std::fputs(tail, stderr);
    std::_Exit(70); // EX_SOFTWARE
}
#endif
} // namespace
