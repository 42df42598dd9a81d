#include "SettingsDialog.h"

#include "audit/GeoIp.h"
#include "audit/IpClassifier.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>

namespace ac {

QString SettingsDialog::language() {
    return QSettings().value(QStringLiteral("ui/language")).toString();
}

bool SettingsDialog::utcTimes() {
    return QSettings().value(QStringLiteral("ui/utcTimes"), false).toBool();
}

SettingsDialog::SettingsDialog(QWidget* parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_geoip(new QLineEdit(this))
    , m_geoipStatus(new QLabel(this))
    , m_ranges(new QLineEdit(this))
    , m_times(new QComboBox(this)) {
    setWindowTitle(tr("Preferences"));
    QSettings settings;
    m_language->addItem(tr("Follow the system"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(language())));

    m_geoip->setText(settings.value(QStringLiteral("geoip/database")).toString());
    m_geoip->setPlaceholderText(tr("GeoLite2-City.mmdb or any MaxMind-format database"));
    auto* browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("GeoIP Database"), m_geoip->text(),
                                                          tr("MaxMind databases (*.mmdb);;All files (*)"));
        if (!path.isEmpty()) m_geoip->setText(path);
    });
    auto* geoRow = new QHBoxLayout;
    geoRow->addWidget(m_geoip, 1);
    geoRow->addWidget(browse);
    m_geoipStatus->setWordWrap(true);
    m_geoipStatus->setEnabled(false);
    m_geoipStatus->setText(GeoIp::isAvailable() ? tr("Country and region of public source IPs on the overview.")
                                                : tr("This build has no libmaxminddb: GeoIP is off."));

    m_ranges->setText(settings.value(QStringLiteral("network/privateRanges")).toString());
    m_ranges->setPlaceholderText(tr("e.g. 47.96.0.0/16, 2408:4000::/20"));
    m_ranges->setToolTip(tr("Your VPC ranges: source IPs in them count as private, not as public-network access"));

    m_times->addItem(tr("Local time (%1)").arg(QDateTime::currentDateTime().timeZoneAbbreviation()), false);
    m_times->addItem(tr("UTC"), true);
    m_times->setCurrentIndex(utcTimes() ? 1 : 0);
    m_times->setToolTip(tr("How the window shows times; exports and the command line always use UTC"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* form = new QFormLayout(this);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Times:"), m_times);
    // A row holding a layout gets a label without a buddy, which would show a literal "&".
    auto* geoLabel = new QLabel(tr("&GeoIP database:"), this);
    geoLabel->setBuddy(m_geoip);
    form->addRow(geoLabel, geoRow);
    form->addRow(QString(), m_geoipStatus);
    form->addRow(tr("&Private ranges:"), m_ranges);
    form->addRow(buttons);
    resize(560, sizeHint().height());
}

void SettingsDialog::accept() {
    const QStringList ranges =
        m_ranges->text().split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts);
    for (const QString& r : ranges)
        if (!Cidr::parse(r.toStdString())) {
            QMessageBox::warning(this, tr("Preferences"),
                                 tr("“%1” is not an address range such as 10.0.0.0/8.").arg(r));
            m_ranges->setFocus();
            return;
        }
    const QString geo = m_geoip->text().trimmed();
    if (!geo.isEmpty()) {
        QString error;
        if (!GeoIp::open(geo, &error)) {
            QMessageBox::warning(this, tr("Preferences"), tr("Cannot open the GeoIP database %1: %2").arg(geo, error));
            m_geoip->setFocus();
            return;
        }
    }
    QSettings settings;
    const QString oldLanguage = language();
    m_networkChanged =
        settings.value(QStringLiteral("network/privateRanges")).toString() != ranges.join(QStringLiteral(", "));
    settings.setValue(QStringLiteral("network/privateRanges"), ranges.join(QStringLiteral(", ")));
    settings.setValue(QStringLiteral("geoip/database"), geo);
    settings.setValue(QStringLiteral("ui/language"), m_language->currentData().toString());
    m_timesChanged = utcTimes() != m_times->currentData().toBool();
    settings.setValue(QStringLiteral("ui/utcTimes"), m_times->currentData().toBool());
    if (oldLanguage != m_language->currentData().toString())
        QMessageBox::information(this, tr("Preferences"),
                                 tr("The new language applies when Audit Console starts again."));
    QDialog::accept();
}

} // namespace ac
