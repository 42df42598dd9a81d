#include "BuildInfo.h"

#include "os/Os.h"

#include <simdjson.h>

#define AC_STRINGIFY2(x) #x
#define AC_STRINGIFY(x) AC_STRINGIFY2(x)

namespace ac {

QString versionText(const QString& program) {
#ifdef AC_BUILD_MARCH
    const QString target = QStringLiteral("-march=" AC_BUILD_MARCH);
#else
    const QString target = QStringLiteral("any x86-64 CPU");
#endif
    const simdjson::implementation* kernel = simdjson::get_active_implementation();
    return program + QStringLiteral(" " AC_VERSION " (commit " AC_COMMIT ")\nbuilt for: ") + target +
           QStringLiteral("; JSON kernel: ") + QString::fromStdString(kernel->name()) + QStringLiteral(" (") +
           QString::fromStdString(kernel->description()) +
           QStringLiteral("), chosen at run time by simdjson " AC_STRINGIFY(SIMDJSON_VERSION) "\nsystem layer: ") +
           QLatin1String(os::implementation()) + QStringLiteral(" (models/os)\n");
}

} // namespace ac
