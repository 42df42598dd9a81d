#pragma once

#include <QString>

namespace ac {

// Loads the console's and Qt's translations for `language` ("" follows the system locale,
// "en", "zh_CN") and makes it the default locale. Returns the locale name in effect.
QString installTranslations(const QString& language);

} // namespace ac
