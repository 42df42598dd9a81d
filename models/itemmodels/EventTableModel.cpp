#include "EventTableModel.h"

#include "audit/Timestamp.h"
#include "i18n/TimeDisplay.h"
#include "reports/Reports.h"

#include <QDateTime>
#include <QLocale>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace ac {

namespace {
QString qs(const std::string& s) {
    return QString::fromStdString(s);
}
} // namespace

std::vector<EventTableModel::Column> EventTableModel::standardColumns() {
    return {Column::Time,       Column::Operator,  Column::ImpersonatedUser,
            Column::Verb,       Column::Resource,  Column::Namespace,
            Column::Name,       Column::Code,      Column::SourceIp,
            Column::RequestUri, Column::UserAgent, Column::AuditId};
}

std::vector<EventTableModel::Column> EventTableModel::execColumns() {
    return {Column::Time, Column::Operator,  Column::ImpersonatedUser, Column::Namespace,
            Column::Name, Column::Container, Column::Command,          Column::Terminal,
            Column::Code, Column::SourceIp,  Column::AuditId};
}

EventTableModel::EventTableModel(std::vector<Column> columns, QObject* parent)
    : TableModelBase(parent)
    , m_columns(std::move(columns)) {}

EventTableModel::~EventTableModel() {
    m_cancel.cancel();
}

void EventTableModel::clear() {
    beginResetModel();
    m_cancel.cancel();
    m_cancel = CancelToken();
    ++m_generation;
    m_backend.reset();
    m_hasQuery = false;
    m_rowCount = 0;
    m_more = false;
    m_error.clear();
    m_pageStarts.clear();
    m_insertedPages = 0;
    m_pages.clear();
    m_pending.clear();
    m_inFlight = 0;
    endResetModel();
}

void EventTableModel::setQuery(std::shared_ptr<const Backend> backend, const EventsQuery& incoming) {
    // The order the user chose by a column stays when a new filter brings a new query.
    EventsQuery query = incoming;
    if (m_userSort) {
        query.sort = m_userSort->first;
        query.descending = m_userSort->second;
    }
    if (m_hasQuery && m_error.isEmpty() && backend == m_backend && query.range == m_query.range &&
        sameExpr(query.filter, m_query.filter) && query.sql == m_query.sql && query.sort == m_query.sort &&
        query.descending == m_query.descending)
        return;
    clear();
    beginResetModel();
    m_backend = std::move(backend);
    m_query = query;
    m_hasQuery = m_backend != nullptr;
    m_more = m_hasQuery;
    m_pageStarts = {std::nullopt};
    m_pending = {false};
    endResetModel();
    // The first page is fetched when a view asks for rows (fetchMore), so that tables nobody
    // looks at (a hidden tab) cost nothing.
}

bool EventTableModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && m_hasQuery && m_more && !m_pending.back();
}

void EventTableModel::fetchMore(const QModelIndex& parent) {
    if (canFetchMore(parent)) requestPage(m_pageStarts.size() - 1);
}

void EventTableModel::requestPage(size_t index) const {
    if (!m_backend || index >= m_pending.size() || m_pending[index]) return;
    m_pending[index] = true;
    ++m_inFlight;
    auto* self = const_cast<EventTableModel*>(this);
    EventsRequest request;
    request.query = m_query;
    request.after = m_pageStarts[index];
    request.limit = kPageSize;
    const uint64_t generation = m_generation;
    auto* watcher = new QFutureWatcher<Result<EventRowsPage>>(self);
    connect(watcher, &QFutureWatcher<Result<EventRowsPage>>::finished, self, [self, watcher, generation, index] {
        watcher->deleteLater();
        self->pageArrived(generation, index, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(
        [backend = m_backend, request, cancel = m_cancel] { return backend->events(request, cancel); }));
}

void EventTableModel::pageArrived(uint64_t generation, size_t pageIndex, Result<EventRowsPage> result) {
    if (generation != m_generation) return; // the query changed meanwhile
    --m_inFlight;
    m_pending[pageIndex] = false;
    if (!result.ok()) {
        if (result.error().cancelled) return;
        m_error = result.error().message;
        m_more = false;
        Q_EMIT fetchFailed(m_error);
        return;
    }
    auto page = std::make_shared<Page>();
    page->rows = std::move(result.value().rows);
    for (const EventRow& r : page->rows) {
        std::array<QString, 3> exec;
        if (r.subresource == "exec" || r.subresource == "attach") exec = execTexts(r);
        page->exec.push_back(std::move(exec));
    }
    const int first = static_cast<int>(pageIndex) * kPageSize;
    const int count = static_cast<int>(page->rows.size());
    m_pages.emplace_front(pageIndex, page);
    while (m_pages.size() > kMaxPages)
        m_pages.pop_back();
    if (pageIndex == m_insertedPages) {
        // A new page at the end: its rows join the table.
        // The next page's cursor is known before the rows are announced: a view may ask for
        // more while it handles them.
        const bool more = result.value().more && count > 0;
        m_more = more;
        if (more) {
            m_pageStarts.push_back(cursorOf(page->rows.back(), m_query.sort));
            m_pending.push_back(false);
        }
        ++m_insertedPages;
        if (count > 0) {
            beginInsertRows({}, first, first + count - 1);
            m_rowCount = first + count;
            endInsertRows();
            if (first == 0) Q_EMIT headerDataChanged(Qt::Horizontal, 0, columns() - 1); // the zone
        }
    } else if (count > 0) {
        // A page fetched again after it was evicted.
        Q_EMIT dataChanged(this->index(first, 0), this->index(std::min(first + count, m_rowCount) - 1, columns() - 1));
    }
    Q_EMIT fetched();
}

const EventRow* EventTableModel::rowAtNoFetch(int row) const {
    const auto pageIndex = static_cast<size_t>(row / kPageSize);
    for (const auto& [i, page] : m_pages)
        if (i == pageIndex && static_cast<size_t>(row % kPageSize) < page->rows.size())
            return &page->rows[static_cast<size_t>(row % kPageSize)];
    return nullptr;
}

const EventRow* EventTableModel::rowAt(int row) const {
    if (row < 0 || row >= m_rowCount) return nullptr;
    const auto pageIndex = static_cast<size_t>(row / kPageSize);
    for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
        if (it->first != pageIndex) continue;
        if (it != m_pages.begin()) m_pages.splice(m_pages.begin(), m_pages, it);
        const auto offset = static_cast<size_t>(row % kPageSize);
        return offset < it->second->rows.size() ? &it->second->rows[offset] : nullptr;
    }
    if (m_error.isEmpty()) requestPage(pageIndex); // a failed source is asked again by a new query, not per paint
    return nullptr;
}

EventSort EventTableModel::sortOf(Column column) {
    switch (column) {
    case Column::Time:
        return EventSort::Time;
    case Column::Operator:
        return EventSort::Operator;
    case Column::Verb:
        return EventSort::Verb;
    case Column::Resource:
        return EventSort::Resource;
    case Column::Namespace:
        return EventSort::Namespace;
    case Column::Name:
        return EventSort::Name;
    case Column::Code:
        return EventSort::Code;
    case Column::SourceIp:
        return EventSort::SourceIp;
    case Column::UserAgent:
        return EventSort::UserAgent;
    case Column::Stage:
        return EventSort::Stage;
    case Column::User:
        return EventSort::User;
    case Column::ImpersonatedUser:
        return EventSort::ImpersonatedUser;
    case Column::AuditId:
        return EventSort::AuditId;
    case Column::Latency:
        return EventSort::Latency;
    case Column::Container:
    case Column::Command:
    case Column::Terminal:
    case Column::RequestUri:
        return EventSort::RequestUri; // the exec columns are decoded from it
    }
    return EventSort::Time;
}

void EventTableModel::sort(int column, Qt::SortOrder order) {
    if (column < 0 || column >= columns()) return;
    const Column kind = m_columns[static_cast<size_t>(column)];
    // Decoded from the request URI: no source sorts by them, and a URI order would look unsorted.
    if (kind == Column::Container || kind == Column::Command || kind == Column::Terminal) return;
    m_userSort = std::make_pair(sortOf(kind), order == Qt::DescendingOrder);
    if (m_hasQuery) setQuery(m_backend, m_query);
}

bool EventTableModel::forEachRow(const std::function<bool(const EventRow&)>& visit, QString* error,
                                 const CancelToken& cancel) const {
    // Copies taken now: a snapshot arriving while the export runs does not change what it pages.
    const std::shared_ptr<const Backend> backend = m_backend;
    if (!backend) return true;
    EventsRequest request;
    request.query = m_query;
    request.limit = 5000;
    for (;;) {
        Result<EventRowsPage> page = backend->events(request, cancel);
        if (!page) {
            if (error) *error = page.error().message;
            return false;
        }
        for (const EventRow& r : page->rows)
            if (!visit(r)) return false;
        if (!page->more || page->rows.empty()) return true;
        request.after = cursorOf(page->rows.back(), request.query.sort);
    }
}

QString EventTableModel::title(Column column) const {
    switch (column) {
    case Column::Time:
        // The zone of the data shown (local time can change offset, so it is taken from a row).
        if (const EventRow* first = m_rowCount ? rowAtNoFetch(0) : nullptr)
            return tr("Time (%1)").arg(zoneName(first->time));
        return displayUtc() ? tr("Time (UTC)") : tr("Time");
    case Column::Operator:
        return tr("Operator");
    case Column::Verb:
        return tr("Verb");
    case Column::Resource:
        return tr("Resource");
    case Column::Namespace:
        return tr("Namespace");
    case Column::Name:
        return tr("Name");
    case Column::Code:
        return tr("Code");
    case Column::SourceIp:
        return tr("Source IP");
    case Column::UserAgent:
        return tr("User agent");
    case Column::Stage:
        return tr("Stage");
    case Column::Container:
        return tr("Container");
    case Column::Command:
        return tr("Command");
    case Column::Terminal:
        return tr("TTY / stdin");
    case Column::User:
        return tr("User");
    case Column::ImpersonatedUser:
        return tr("Impersonated user");
    case Column::RequestUri:
        return tr("Request URI");
    case Column::AuditId:
        return tr("Audit ID");
    case Column::Latency:
        return tr("Latency (ms)");
    }
    return {};
}

QString EventTableModel::timeText(int64_t micros) const {
    // Local time or UTC as Preferences say; the zone offset is looked up once per hour of data,
    // not per cell. The zone itself is in the column title.
    const int64_t seconds = micros / 1000000;
    const int64_t hour = seconds / 3600;
    int offset = 0;
    if (!displayUtc()) {
        auto it = m_utcOffsets.find(hour);
        if (it == m_utcOffsets.end()) {
            if (m_utcOffsets.size() > 100000) m_utcOffsets.clear();
            it = m_utcOffsets
                     .emplace(hour, QDateTime::fromSecsSinceEpoch(hour * 3600, Qt::UTC).toLocalTime().offsetFromUtc())
                     .first;
        }
        offset = it->second;
    }
    return QDateTime::fromSecsSinceEpoch(seconds + offset, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString EventTableModel::cellText(const EventRow& r, Column col) const {
    switch (col) {
    case Column::Time:
        return timeText(r.time);
    case Column::Operator:
        return qs(r.operatorName);
    case Column::Verb:
        return qs(r.verb);
    case Column::Resource:
        return r.subresource.empty() ? qs(r.resource) : qs(r.resource + '/' + r.subresource);
    case Column::Namespace:
        return qs(r.ns);
    case Column::Name:
        return qs(r.name);
    case Column::Code:
        return r.code ? QString::number(r.code) : QString();
    case Column::SourceIp:
        return qs(r.sourceIp);
    case Column::UserAgent:
        return qs(r.userAgent);
    case Column::Stage:
        return QString::fromLatin1(stageName(r.stage).data(), static_cast<qsizetype>(stageName(r.stage).size()));
    case Column::User:
        return qs(r.user);
    case Column::ImpersonatedUser:
        return qs(r.impersonatedUser);
    case Column::RequestUri:
        return qs(r.requestUri);
    case Column::AuditId:
        return qs(r.auditId);
    case Column::Latency:
        return r.latencyMs >= 0 ? QString::number(r.latencyMs) : QString();
    case Column::Container:
    case Column::Command:
    case Column::Terminal:
        return execTexts(r)[col == Column::Container ? 0 : col == Column::Command ? 1 : 2];
    }
    return {};
}

std::array<QString, 3> EventTableModel::execTexts(const EventRow& r) {
    const ExecCommand e = parseExecUri(r.requestUri);
    return {qs(e.container), qs(e.command),
            e.tty && e.stdinAttached ? tr("tty, stdin")
            : e.tty                  ? tr("tty")
            : e.stdinAttached        ? tr("stdin")
                                     : QString()};
}

QString EventTableModel::exportText(const EventRow& r, Column col) const {
    // Exports are in UTC whatever the window shows.
    if (col == Column::Time) return QString::fromStdString(formatRfc3339Micros(r.time));
    return cellText(r, col);
}

QVariant EventTableModel::cell(int row, int column, int role) const {
    const Column col = m_columns[static_cast<size_t>(column)];
    const EventRow* r = rowAt(row);
    if (!r) return role == Qt::DisplayRole && column == 0 ? QVariant(tr("Loading…")) : QVariant();
    auto text = [&] {
        if (col == Column::Container || col == Column::Command || col == Column::Terminal) {
            // Decoded once per page, not per paint.
            const auto pageIndex = static_cast<size_t>(row / kPageSize);
            for (const auto& [i, page] : m_pages)
                if (i == pageIndex) {
                    const auto& exec = page->exec[static_cast<size_t>(row % kPageSize)];
                    return exec[col == Column::Container ? 0 : col == Column::Command ? 1 : 2];
                }
        }
        return cellText(*r, col);
    };
    switch (role) {
    case Qt::DisplayRole:
        return text();
    case Qt::ToolTipRole:
        if (col == Column::Time)
            return QString(formatTimeWithZone(r->time) + QLatin1Char('\n') +
                           QString::fromStdString(formatRfc3339Micros(r->time)));
        return text();
    case ExportRole:
        return exportText(*r, col);
    case SortRole:
        if (col == Column::Time) return QString::fromStdString(formatRfc3339Micros(r->time));
        if (col == Column::Code) return r->code;
        if (col == Column::Latency) return static_cast<qlonglong>(r->latencyMs);
        return text();
    case KeyRole:
        return text();
    case RefRole:
        return qs(r->ref);
    default:
        return {};
    }
}

Qt::Alignment EventTableModel::columnAlignment(int column) const {
    const Column c = m_columns[static_cast<size_t>(column)];
    return c == Column::Code || c == Column::Latency ? Qt::AlignRight : Qt::AlignLeft;
}

} // namespace ac
