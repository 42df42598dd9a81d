#pragma once

// Optional dependencies of the platform layer found by CMake.
#cmakedefine01 AC_HAVE_KEYCHAIN
