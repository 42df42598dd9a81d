#pragma once

#include <QDialog>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QLineEdit;
QT_END_NAMESPACE

namespace ac {

// Preferences kept in QSettings: language, the GeoIP database, and the address ranges that
// count as private (VPC CIDRs) besides RFC 1918 and the other reserved ranges.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget* parent = nullptr);
    bool networkChanged() const { return m_networkChanged; }
    bool timesChanged() const { return m_timesChanged; }
    void accept() override;

    // "" follows the system locale; "en" or "zh_CN".
    static QString language();
    // Times in the window in UTC rather than local time.
    static bool utcTimes();

private:
    QComboBox* m_language;
    QLineEdit* m_geoip;
    QLabel* m_geoipStatus;
    QLineEdit* m_ranges;
    QComboBox* m_times;
    bool m_networkChanged = false;
    bool m_timesChanged = false;
};

} // namespace ac
