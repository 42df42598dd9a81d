#pragma once

// Optional dependencies of the engine found by CMake.
#cmakedefine01 AC_HAVE_MAXMINDDB
