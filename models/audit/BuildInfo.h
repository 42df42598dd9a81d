#pragma once

#include <QString>

namespace ac {

// What `--version` says: the version, the commit it was built from, the CPU the build targets
// and the JSON kernel simdjson chose for this CPU at run time, e.g.
//   audit-console 0.1.0 (commit 1a2b3c4d5e6f)
//   built for: any x86-64 CPU; JSON kernel: haswell (Intel/AMD AVX2), chosen at run time
QString versionText(const QString& program);

} // namespace ac
