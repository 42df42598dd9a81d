#include "FilterBar.h"

#include "SearchBox.h"
#include "audit/Timestamp.h"
#include "i18n/TimeDisplay.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QTextDocumentFragment>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWidgetAction>

namespace ac {

namespace {
std::vector<std::string>& valuesOf(FilterState& s, int facet) {
    return facet == 0 ? s.namespaces : facet == 1 ? s.accounts : s.codes;
}

const std::vector<TimePreset> kPresets{TimePreset::Last15Minutes, TimePreset::LastHour,   TimePreset::LastDay,
                                       TimePreset::Last7Days,     TimePreset::Last30Days, TimePreset::All};
} // namespace

FilterBar::FilterBar(QWidget* parent)
    : QWidget(parent)
    , m_hideSystem(new QCheckBox(tr("Hide system components"), this))
    , m_time(new QComboBox(this))
    , m_search(new SearchBox(this))
    , m_error(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_clear(new QToolButton(this)) {
    m_facetButtons[0] = makeFacetButton(Facet::Namespace, tr("Namespace"));
    m_facetButtons[1] = makeFacetButton(Facet::Account, tr("RAM sub-account"));
    m_facetButtons[2] = makeFacetButton(Facet::Code, tr("Status code"));
    m_hideSystem->setToolTip(tr("Leave out nodes, service accounts, the API server, scheduler and controller manager "
                                "(the ACK documentation's query)"));
    m_time->addItems({tr("Last 15 minutes"), tr("Last hour"), tr("Last day"), tr("Last 7 days"), tr("Last 30 days"),
                      tr("All time"), tr("Custom range…")});
    m_time->setCurrentIndex(3);
    m_time->setToolTip(tr("Measured back from the newest event loaded"));
    m_clear->setText(tr("Clear filters"));
    m_clear->setAutoRaise(true);
    m_error->setStyleSheet(QStringLiteral("color: #d32f2f"));
    m_error->setVisible(false);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse |
                                       Qt::LinksAccessibleByKeyboard);
    m_summary->setWordWrap(true);
    connect(m_summary, &QLabel::linkActivated, this, [this](const QString& link) {
        if (link != QLatin1String("all")) return;
        m_state.time = TimeSelection();
        m_state.time.preset = TimePreset::All;
        emitEdited();
    });

    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    for (auto* b : m_facetButtons)
        row->addWidget(b);
    row->addWidget(m_hideSystem);
    row->addWidget(m_time);
    row->addWidget(m_search, 1);
    auto* second = new QHBoxLayout;
    second->setContentsMargins(0, 0, 0, 0);
    second->addWidget(m_summary, 1);
    second->addWidget(m_error);
    second->addWidget(m_clear);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 2);
    layout->setSpacing(2);
    layout->addLayout(row);
    layout->addLayout(second);

    connect(m_hideSystem, &QCheckBox::toggled, this, [this](bool on) {
        m_state.hideSystem = on;
        emitEdited();
    });
    connect(m_time, qOverload<int>(&QComboBox::activated), this, [this](int index) {
        if (index == static_cast<int>(kPresets.size())) {
            chooseCustomRange();
            return;
        }
        m_state.time = TimeSelection();
        m_state.time.preset = kPresets[static_cast<size_t>(index)];
        emitEdited();
    });
    connect(m_search, &SearchBox::searchChanged, this,
            [this](const ExprPtr& filter, const std::string& sql, const QString&) {
                m_state.search = filter;
                m_state.sql = sql;
                emitEdited();
            });
    connect(m_search, &SearchBox::errorChanged, this, [this](const QString& error) {
        // Say plainly that the figures are not filtered by the text in the box.
        const QString applied = m_search->appliedText().trimmed();
        m_error->setText(
            error.isEmpty() ? QString()
            : applied.isEmpty()
                ? tr("%1 — not applied: the figures below are not filtered by a search").arg(error)
                : tr("%1 — not applied: the figures below use the last valid search “%2”").arg(error, applied));
        m_error->setWordWrap(true);
        m_error->setVisible(!error.isEmpty());
    });
    connect(m_clear, &QToolButton::clicked, this, [this] {
        // Everything back to the start, the time range included.
        m_state = FilterState();
        m_state.time = m_defaultTime;
        m_search->setText(QString());
        m_hideSystem->setChecked(false);
        emitEdited();
    });
    refreshLabels();
}

QString FilterBar::searchText() const {
    return m_search->appliedText();
}

QToolButton* FilterBar::makeFacetButton(Facet facet, const QString& title) {
    auto* b = new QToolButton(this);
    b->setText(title);
    b->setPopupMode(QToolButton::InstantPopup);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    b->setMenu(new QMenu(b));
    connect(b->menu(), &QMenu::aboutToShow, this, [this, facet, b] { showFacetMenu(facet, b); });
    return b;
}

void FilterBar::showFacetMenu(Facet facet, QToolButton* button) {
    QMenu* menu = button->menu();
    menu->clear();
    const int f = static_cast<int>(facet);
    auto& chosen = valuesOf(m_state, f);
    auto* clearAction = menu->addAction(tr("Any"));
    clearAction->setCheckable(true);
    clearAction->setChecked(chosen.empty());
    connect(clearAction, &QAction::triggered, this, [this, f] {
        valuesOf(m_state, f).clear();
        emitEdited();
    });
    if (facet == Facet::Account) {
        // A check box inside the menu: toggling it keeps the menu open, and the list below
        // changes to every operator when the next snapshot brings their counts.
        auto* box = new QCheckBox(tr("Show every operator, not only RAM sub-accounts"), menu);
        box->setChecked(m_allOperators);
        box->setContentsMargins(8, 2, 8, 2);
        auto* all = new QWidgetAction(menu);
        all->setDefaultWidget(box);
        menu->addAction(all);
        connect(box, &QCheckBox::toggled, this, [this, button](bool on) {
            m_allOperators = on;
            refreshLabels();
            Q_EMIT allOperatorsToggled(on);
            m_pendingMenu = button; // reopened with the new choices when they arrive
        });
    }
    if (facet == Facet::Code)
        for (const char* cls : {"2xx", "3xx", "4xx", "5xx"}) {
            auto* a = menu->addAction(tr("Class %1").arg(QLatin1String(cls)));
            a->setCheckable(true);
            a->setChecked(std::find(chosen.begin(), chosen.end(), cls) != chosen.end());
            connect(a, &QAction::toggled, this, [this, f, cls](bool on) {
                auto& v = valuesOf(m_state, f);
                v.erase(std::remove(v.begin(), v.end(), std::string(cls)), v.end());
                if (on) v.push_back(cls);
                emitEdited();
            });
        }
    menu->addSeparator();
    const auto& choices = m_choices[f];
    if (choices.empty()) menu->addAction(tr("(no values under the current filters)"))->setEnabled(false);
    int shown = 0;
    for (const auto& kc : choices) {
        if (++shown > 60) {
            menu->addAction(
                    tr("… %n more: type them in the search box", nullptr, static_cast<int>(choices.size()) - 60))
                ->setEnabled(false);
            break;
        }
        const QString label = (kc.key.empty() ? tr("(cluster-scoped)") : QString::fromStdString(kc.key)) +
                              QLatin1Char('\t') + QLocale().toString(static_cast<qlonglong>(kc.count));
        auto* a = menu->addAction(label);
        a->setCheckable(true);
        a->setChecked(std::find(chosen.begin(), chosen.end(), kc.key) != chosen.end());
        const std::string key = kc.key;
        connect(a, &QAction::toggled, this, [this, f, key](bool on) {
            auto& v = valuesOf(m_state, f);
            v.erase(std::remove(v.begin(), v.end(), key), v.end());
            if (on) v.push_back(key);
            emitEdited();
        });
    }
    // Chosen values that are not listed above (no requests now, or below the first 60) stay
    // visible so they can be unticked.
    const auto listedEnd = choices.begin() + static_cast<std::ptrdiff_t>(std::min<size_t>(choices.size(), 60));
    for (const auto& value : chosen)
        if (std::none_of(choices.begin(), listedEnd, [&](const KeyCount& k) { return k.key == value; }) &&
            (facet != Facet::Code || value.find('x') == std::string::npos)) {
            auto* a = menu->addAction(QString::fromStdString(value) + QStringLiteral("\t0"));
            a->setCheckable(true);
            a->setChecked(true);
            connect(a, &QAction::toggled, this, [this, f, value](bool on) {
                if (!on) {
                    auto& v = valuesOf(m_state, f);
                    v.erase(std::remove(v.begin(), v.end(), value), v.end());
                    emitEdited();
                }
            });
        }
}

void FilterBar::chooseCustomRange() {
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Custom Time Range"));
    auto* from = new QDateTimeEdit(&dialog);
    auto* to = new QDateTimeEdit(&dialog);
    for (auto* e : {from, to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        e->setTimeSpec(displayUtc() ? Qt::UTC : Qt::LocalTime); // as the window shows times
    }
    const TimeRange current = m_state.time.preset == TimePreset::Absolute ? m_state.time.absolute : m_dataRange;
    // Whole seconds, the end rounded up: OK without edits keeps every event of the range.
    from->setDateTime(displayDateTime(current.from / 1000000 * 1000000));
    to->setDateTime(displayDateTime((current.to + 999999) / 1000000 * 1000000));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("From"), from);
    form->addRow(tr("To"), to);
    form->addRow(QString(), new QLabel(tr("Times in %1").arg(zoneName(current.from)), &dialog));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted || from->dateTime() >= to->dateTime()) {
        refreshLabels();
        return;
    }
    m_state.time.preset = TimePreset::Absolute;
    m_state.time.absolute = {from->dateTime().toMSecsSinceEpoch() * 1000, to->dateTime().toMSecsSinceEpoch() * 1000};
    emitEdited();
}

void FilterBar::setState(const FilterState& state, const QString& searchText) {
    m_state = state;
    m_search->setText(searchText);
    const QSignalBlocker block(m_hideSystem);
    m_hideSystem->setChecked(state.hideSystem);
    refreshLabels();
}

void FilterBar::setChoices(std::vector<KeyCount> namespaces, std::vector<KeyCount> accounts,
                           std::vector<KeyCount> codes) {
    m_choices[0] = std::move(namespaces);
    m_choices[1] = std::move(accounts);
    m_choices[2] = std::move(codes);
    // An open facet menu shows the new choices at once.
    if (QToolButton* b = m_pendingMenu; b && b->menu()->isVisible()) showFacetMenu(Facet::Account, b);
    m_pendingMenu = nullptr;
}

void FilterBar::setDefaultTime(const TimeSelection& time) {
    m_defaultTime = time;
    refreshLabels();
}

void FilterBar::setRangeInfo(const TimeRange& shown, int64_t outside) {
    m_shownRange = shown;
    m_outside = outside;
    refreshLabels();
}

QString FilterBar::summaryText() const {
    return QTextDocumentFragment::fromHtml(m_summary->text()).toPlainText();
}

QString FilterBar::presetName(const TimeSelection& time) {
    switch (time.preset) {
    case TimePreset::Last15Minutes:
        return tr("last 15 minutes");
    case TimePreset::LastHour:
        return tr("last hour");
    case TimePreset::LastDay:
        return tr("last day");
    case TimePreset::Last7Days:
        return tr("last 7 days");
    case TimePreset::Last30Days:
        return tr("last 30 days");
    case TimePreset::All:
        return tr("all time");
    case TimePreset::Custom:
        return tr("last %1").arg(QString::fromStdString(time.label()));
    case TimePreset::Absolute:
        return tr("a chosen range");
    }
    return {};
}

QString FilterBar::describe(const FilterState& s, const QString& searchText) {
    QStringList parts;
    auto list = [](const std::vector<std::string>& v) {
        QStringList out;
        for (const auto& x : v)
            out << (x.empty() ? tr("(cluster-scoped)") : QString::fromStdString(x));
        return out.join(QStringLiteral(", "));
    };
    if (!s.namespaces.empty()) parts << tr("namespace %1").arg(list(s.namespaces));
    if (!s.accounts.empty()) parts << tr("account %1").arg(list(s.accounts));
    if (!s.codes.empty()) parts << tr("code %1").arg(list(s.codes));
    if (s.hideSystem) parts << tr("system components hidden");
    if (!searchText.trimmed().isEmpty()) parts << tr("search “%1”").arg(searchText.trimmed());
    const QString time = s.time.preset == TimePreset::Absolute
                             ? formatRange(s.time.absolute.from, s.time.absolute.to - 1)
                             : presetName(s.time);
    return parts.isEmpty() ? tr("All requests, %1").arg(time)
                           : tr("Filtered: %1; %2").arg(parts.join(QStringLiteral("; ")), time);
}

void FilterBar::refreshLabels() {
    const QString titles[] = {tr("Namespace"), m_allOperators ? tr("Operator") : tr("RAM sub-account"),
                              tr("Status code")};
    for (int f = 0; f < 3; ++f) {
        const auto& v = valuesOf(m_state, f);
        m_facetButtons[f]->setText(v.empty() ? titles[f] : tr("%1 (%2)").arg(titles[f]).arg(v.size()));
        QFont font = m_facetButtons[f]->font();
        font.setBold(!v.empty());
        m_facetButtons[f]->setFont(font);
    }
    const auto it = std::find(kPresets.begin(), kPresets.end(), m_state.time.preset);
    m_time->setCurrentIndex(it != kPresets.end() ? static_cast<int>(it - kPresets.begin())
                                                 : static_cast<int>(kPresets.size()));
    // What the figures cover: the filters, then the actual range with its year and zone, and
    // the matching requests left outside it with one click to show them.
    QString text = describe(m_state, m_search->appliedText()).toHtmlEscaped();
    if (m_shownRange.to > m_shownRange.from)
        text += QStringLiteral(" · <b>%1</b>").arg(formatRange(m_shownRange.from, m_shownRange.to - 1).toHtmlEscaped());
    if (m_outside > 0)
        text += QStringLiteral(" · ") +
                tr("%Ln matching request(s) outside this range", nullptr, static_cast<int>(m_outside)) +
                QStringLiteral(" — <a href=\"all\">%1</a>").arg(tr("show all time"));
    m_summary->setText(text);
    m_clear->setEnabled(!m_state.isEmpty() || !(m_state.time == m_defaultTime));
    m_facetButtons[1]->setToolTip(m_allOperators
                                      ? tr("Every operator: users, service accounts, nodes, RAM sub-accounts")
                                      : tr("RAM sub-accounts (numeric ids) only; the menu can list every "
                                           "operator"));
}

void FilterBar::emitEdited() {
    refreshLabels();
    Q_EMIT edited(m_state, m_search->appliedText());
}

} // namespace ac
