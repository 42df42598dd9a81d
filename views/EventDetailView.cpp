#include "EventDetailView.h"

#include "TextHighlighting.h"
#include "audit/JsonScan.h"
#include "audit/Timestamp.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

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

QString EventDetailView::prettyJson(std::string_view raw) {
    std::string out;
    out.reserve(raw.size() * 2);
    JsonScan scan;
    auto newline = [&] {
        out += '\n';
        out.append(static_cast<size_t>(std::max(scan.depth, 0)) * 2, ' ');
    };
    for (size_t i = 0; i < raw.size(); ++i) {
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
    connect(m_copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(text()); });
    connect(m_stages, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || !m_store) return;
        const uint32_t rec = m_stages->item(row)->data(Qt::UserRole).toUInt();
        if (rec != m_record) {
            m_record = rec;
            render();
        }
    });
    clear();
}

QString EventDetailView::text() const {
    return m_format->currentIndex() == 0 ? m_json->toPlainText() : m_yaml->toPlainText();
}

void EventDetailView::clear() {
    m_store.reset();
    m_source->setText(tr("Select an event to see it whole."));
    m_json->clear();
    m_yaml->clear();
    m_stages->clear();
    m_stages->setVisible(false);
    m_copy->setEnabled(false);
}

void EventDetailView::showRecord(std::shared_ptr<const EventStore> store, uint32_t record) {
    m_store = std::move(store);
    m_record = record;
    const QSignalBlocker block(m_stages);
    m_stages->clear();
    const auto stages = m_store->stagesOf(record);
    for (uint32_t s : stages) {
        const auto& c = m_store->columns();
        auto* item = new QListWidgetItem(tr("%1 — code %2 — %3")
                                             .arg(QString::fromLatin1(stageName(c.stage[s]).data()))
                                             .arg(c.code[s])
                                             .arg(QString::fromStdString(formatRfc3339Micros(c.time[s]))),
                                         m_stages);
        item->setData(Qt::UserRole, s);
        if (s == record) m_stages->setCurrentItem(item);
    }
    m_stages->setVisible(stages.size() > 1);
    m_stages->setFixedHeight(m_stages->sizeHintForRow(0) * static_cast<int>(std::min<size_t>(stages.size(), 4)) +
                             2 * m_stages->frameWidth() + 2);
    render();
}

void EventDetailView::render() {
    const std::string_view raw = m_store->rawJson(m_record);
    const SourceFile& file = m_store->sourceOf(m_record);
    m_source->setText(tr("%1, line %2 · auditID %3")
                          .arg(file.path)
                          .arg(m_store->columns().line[m_record])
                          .arg(QString::fromStdString(m_store->auditIdText(m_record))));
    if (raw.empty()) {
        const QString gone =
            tr("%1 was truncated or replaced since it was loaded; reload it (F5) to see this event.").arg(file.path);
        m_json->setPlainText(gone);
        m_yaml->setPlainText(gone);
        m_copy->setEnabled(false);
        return;
    }
    m_json->setPlainText(prettyJson(raw));
    m_yaml->setPlainText(toYaml(raw));
    m_copy->setEnabled(true);
}

} // namespace ac
