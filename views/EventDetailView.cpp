#include "EventDetailView.h"

#include "TextHighlighting.h"
#include "audit/JsonScan.h"
#include "audit/Timestamp.h"
#include "i18n/TimeDisplay.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace ac {

namespace {
void yamlValue(const QJsonValue& v, int indent, QString& out);

QString yamlScalar(const QJsonValue& v) {
    if (v.isNull()) return QStringLiteral("null");
    if (v.isBool()) return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble()) return QString::number(v.toDouble(), 'g', 17);
    const QString s = v.toString();
    static const QString special = QStringLiteral(":#{}[],&*!|>'\"%@`");
    bool quote = s.isEmpty() || s.front().isSpace() || s.back().isSpace() || s == QLatin1String("true") ||
                 s == QLatin1String("false") || s == QLatin1String("null") || s.contains(QLatin1Char('\n'));
    for (QChar c : s)
        quote = quote || special.contains(c);
    bool numeric = false;
    s.toDouble(&numeric);
    if (!quote && !numeric) return s;
    QString q = s;
    q.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('"'), QStringLiteral("\\\""))
        .replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

void yamlValue(const QJsonValue& v, int indent, QString& out) {
    const QString pad(indent, QLatin1Char(' '));
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        if (o.isEmpty()) {
            out += QStringLiteral(" {}\n");
            return;
        }
        out += QLatin1Char('\n');
        for (auto it = o.begin(); it != o.end(); ++it) {
            out += pad + yamlScalar(it.key()) + QLatin1Char(':');
            if (it.value().isObject() || it.value().isArray())
                yamlValue(it.value(), indent + 2, out);
            else
                out += QLatin1Char(' ') + yamlScalar(it.value()) + QLatin1Char('\n');
        }
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        if (a.isEmpty()) {
            out += QStringLiteral(" []\n");
            return;
        }
        out += QLatin1Char('\n');
        for (const auto& item : a) {
            out += pad + QStringLiteral("-");
            if (item.isObject() || item.isArray())
                yamlValue(item, indent + 2, out);
            else
                out += QLatin1Char(' ') + yamlScalar(item) + QLatin1Char('\n');
        }
    } else {
        out += QLatin1Char(' ') + yamlScalar(v) + QLatin1Char('\n');
    }
}
} // namespace

QString EventDetailView::prettyJson(std::string_view raw, size_t maxBytes) {
    std::string out;
    out.reserve(std::min(raw.size() * 2, maxBytes + 64));
    JsonScan scan;
    auto newline = [&] {
        out += '\n';
        out.append(static_cast<size_t>(std::max(scan.depth, 0)) * 2, ' ');
    };
    for (size_t i = 0; i < raw.size() && out.size() < maxBytes; ++i) {
        const char c = raw[i];
        if (!scan.step(c)) {
            out += c; // inside a string, or its quotes
            continue;
        }
        switch (c) {
        case '{':
        case '[': {
            // Keep empty containers on one line.
            size_t j = i + 1;
            while (j < raw.size() && std::isspace(static_cast<unsigned char>(raw[j])))
                ++j;
            if (j < raw.size() && raw[j] == (c == '{' ? '}' : ']')) {
                out += c;
                out += raw[j];
                scan.step(raw[j]);
                i = j;
                break;
            }
            out += c;
            newline();
            break;
        }
        case '}':
        case ']':
            newline();
            out += c;
            break;
        case ',':
            out += c;
            newline();
            break;
        case ':':
            out += ": ";
            break;
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            break;
        default:
            out += c;
        }
    }
    return QString::fromStdString(out);
}

QString EventDetailView::toYaml(std::string_view raw) {
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(raw.data(), static_cast<qsizetype>(raw.size())));
    QString out;
    yamlValue(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()), 0, out);
    return out.mid(1); // the leading newline of the top-level mapping
}

EventDetailView::EventDetailView(QWidget* parent)
    : QWidget(parent)
    , m_source(new QLabel(this))
    , m_format(new QComboBox(this))
    , m_stages(new QListWidget(this))
    , m_json(new QPlainTextEdit(this))
    , m_yaml(new QPlainTextEdit(this))
    , m_copy(new QPushButton(tr("Copy"), this)) {
    m_format->addItems({QStringLiteral("JSON"), QStringLiteral("YAML")});
    m_format->setToolTip(tr("Show the event as JSON or YAML"));
    m_copy->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+C")));
    m_copy->setToolTip(tr("Copy the event (Ctrl+Shift+C)"));
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_source->setWordWrap(true);
    m_source->setTextFormat(Qt::PlainText);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    auto* stack = new QStackedWidget(this);
    for (auto* edit : {m_json, m_yaml}) {
        edit->setReadOnly(true);
        edit->setFont(mono);
        edit->setLineWrapMode(QPlainTextEdit::NoWrap);
        stack->addWidget(edit);
    }
    attachHighlighter(m_json->document(), SyntaxLanguage::Json);
    attachHighlighter(m_yaml->document(), SyntaxLanguage::Yaml);
    m_stages->setToolTip(tr("The stages of this request; select one to show it"));

    auto* top = new QHBoxLayout;
    top->addWidget(m_source, 1);
    top->addWidget(m_format);
    top->addWidget(m_copy);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_stages);
    layout->addWidget(stack, 1);

    connect(m_format, qOverload<int>(&QComboBox::currentIndexChanged), stack, &QStackedWidget::setCurrentIndex);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        // A shortened view copies the whole event, as it was written.
        if (m_shortened && m_detail)
            QApplication::clipboard()->setText(QString::fromStdString(m_detail->stages[m_stage].rawJson));
        else
            QApplication::clipboard()->setText(text());
    });
    connect(m_stages, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && m_detail && static_cast<size_t>(row) != m_stage) render(static_cast<size_t>(row));
    });
    clear();
}

QString EventDetailView::text() const {
    return m_format->currentIndex() == 0 ? m_json->toPlainText() : m_yaml->toPlainText();
}

void EventDetailView::clear() {
    ++m_generation;
    m_detail.reset();
    m_ref.clear();
    m_shortened = false;
    m_source->setText(tr("Select an event to see it whole."));
    m_json->clear();
    m_yaml->clear();
    m_stages->clear();
    m_stages->setVisible(false);
    m_copy->setEnabled(false);
}

void EventDetailView::showEventByRef(std::shared_ptr<const Backend> backend, const QString& ref) {
    clear();
    if (!backend) return;
    m_ref = ref;
    m_source->setText(tr("Loading the event…"));
    const uint64_t generation = m_generation;
    ++m_busy;
    auto* watcher = new QFutureWatcher<std::shared_ptr<Result<EventDetail>>>(this);
    connect(watcher, &QFutureWatcher<std::shared_ptr<Result<EventDetail>>>::finished, this,
            [this, watcher, generation] {
                watcher->deleteLater();
                --m_busy;
                if (generation != m_generation) return;
                const auto result = watcher->result();
                if (!result->ok()) {
                    m_source->setText(tr("This event cannot be shown: %1").arg(result->error().message));
                    Q_EMIT rendered();
                    return;
                }
                m_detail = std::make_shared<const EventDetail>(std::move(*result).value());
                const QSignalBlocker block(m_stages);
                m_stages->clear();
                for (const EventStageDetail& st : m_detail->stages) {
                    auto* item = new QListWidgetItem(tr("%1 — code %2 — %3")
                                                         .arg(QString::fromLatin1(stageName(st.row.stage).data()))
                                                         .arg(st.row.code)
                                                         .arg(formatTimeWithZone(st.row.time)),
                                                     m_stages);
                    item->setData(Qt::UserRole, static_cast<int>(m_stages->count() - 1));
                }
                m_stages->setCurrentRow(static_cast<int>(m_detail->shown));
                const auto n = m_detail->stages.size();
                m_stages->setVisible(n > 1);
                m_stages->setFixedHeight(m_stages->sizeHintForRow(0) * static_cast<int>(std::min<size_t>(n, 4)) +
                                         2 * m_stages->frameWidth() + 2);
                render(m_detail->shown);
            });
    watcher->setFuture(QtConcurrent::run(
        [backend, ref] { return std::make_shared<Result<EventDetail>>(backend->detail(ref.toStdString())); }));
}

namespace {
struct Rendered {
    QString json, yaml;
    bool shortened = false;
};

QString shorten(QString text, bool& shortened) {
    if (text.size() <= EventDetailView::kShownChars) return text;
    shortened = true;
    text.truncate(EventDetailView::kShownChars);
    return text;
}
} // namespace

void EventDetailView::render(size_t stage) {
    if (!m_detail || stage >= m_detail->stages.size()) return;
    m_stage = stage;
    const EventStageDetail& st = m_detail->stages[stage];
    m_source->setText(tr("%1 · auditID %2").arg(st.provenance, QString::fromStdString(st.row.auditId)));
    if (st.unavailable) {
        const QString gone = tr("The raw event is gone: its file was truncated or replaced since it was loaded; "
                                "reload it (F5) to see this event.");
        m_json->setPlainText(gone);
        m_yaml->setPlainText(gone);
        m_copy->setEnabled(false);
        Q_EMIT rendered();
        return;
    }
    // Pretty-printing and YAML run off the GUI thread; the view gets at most kShownChars, so
    // that highlighting and layout stay bounded whatever the event's size.
    const uint64_t generation = m_generation;
    ++m_busy;
    auto detail = m_detail;
    auto* watcher = new QFutureWatcher<Rendered>(this);
    connect(watcher, &QFutureWatcher<Rendered>::finished, this, [this, watcher, generation, stage] {
        watcher->deleteLater();
        --m_busy;
        if (generation != m_generation || stage != m_stage) return;
        const Rendered r = watcher->result();
        m_shortened = r.shortened;
        if (r.shortened)
            m_source->setText(m_source->text() + QStringLiteral(" · ") +
                              tr("shortened view: the first %1 characters are shown; Copy copies the whole event")
                                  .arg(QLocale().toString(kShownChars)));
        m_json->setPlainText(r.json);
        m_yaml->setPlainText(r.yaml);
        m_copy->setEnabled(true);
        Q_EMIT rendered();
    });
    watcher->setFuture(QtConcurrent::run([detail, stage] {
        Rendered r;
        const std::string& raw = detail->stages[stage].rawJson;
        // A long event is pretty-printed only as far as it is shown; YAML needs the whole
        // document parsed, so a very large one is left to the JSON view and Copy.
        r.json = shorten(prettyJson(raw, static_cast<size_t>(kShownChars) * 4), r.shortened);
        if (raw.size() <= kYamlMaxBytes)
            r.yaml = shorten(toYaml(raw), r.shortened);
        else
            r.yaml = tr("YAML is shown for events up to %1 MiB; this one has %2 MiB. The JSON view shows its "
                        "beginning, and Copy copies all of it.")
                         .arg(kYamlMaxBytes >> 20)
                         .arg(QLocale().toString(static_cast<double>(raw.size()) / (1 << 20), 'f', 1));
        return r;
    }));
}

const EventRow* EventDetailView::shownRow() const {
    if (!m_detail || m_detail->shown >= m_detail->stages.size()) return nullptr;
    return &m_detail->stages[m_detail->shown].row;
}

} // namespace ac
