#pragma once

// Optional dependencies found by CMake.
#cmakedefine01 AC_HAVE_KF6_SYNTAX_HIGHLIGHTING
