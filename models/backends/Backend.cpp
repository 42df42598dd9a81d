#include "Backend.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cstdio>
#include <exception>

namespace ac {

namespace {
class BackendText {
    Q_DECLARE_TR_FUNCTIONS(Backend)
};

constexpr size_t kCacheEntries = 256;

// Runs `f`, turning whatever escapes it into an error, so that no backend fault ends the app.
template <typename T, typename F> Result<T> guarded(const CancelToken& cancel, F&& f) {
    if (cancel.isCancelled()) return BackendError::cancelledError();
    try {
        Result<T> r = f();
        if (!r.ok() || !cancel.isCancelled()) return r;
        return BackendError::cancelledError();
    } catch (const std::bad_alloc&) {
        return BackendError{BackendText::tr("Not enough memory to answer this query.")};
    } catch (const std::exception& e) {
        // Bounded: an exception's text is not meant for people and may run long.
        QString what = QString::fromLocal8Bit(e.what()).simplified();
        if (what.size() > 300) what = what.left(300) + QStringLiteral("…");
        return BackendError{BackendText::tr("The source failed: %1").arg(what)};
    } catch (...) {
        return BackendError{BackendText::tr("The source failed with an unknown error.")};
    }
}
} // namespace

BackendError BackendError::cancelledError() {
    return {BackendText::tr("Cancelled."), true};
}

std::string_view eventSortName(EventSort s) {
    static constexpr std::string_view names[] = {
        "time", "operator",         "verb",  "resource", "namespace",  "name",   "code", "sourceIP", "userAgent",
        "user", "impersonatedUser", "stage", "latency",  "requestURI", "auditID"};
    return names[static_cast<size_t>(s) % std::size(names)];
}

EventCursor cursorOf(const EventRow& row, EventSort sort) {
    // Numbers as zero-padded text, so that the key orders as its value does.
    auto number = [](int64_t v) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%020lld", static_cast<long long>(v + (int64_t(1) << 62)));
        return std::string(buf);
    };
    EventCursor c;
    c.auditId = row.auditId;
    c.ref = row.ref;
    switch (sort) {
    case EventSort::Time:
        c.key = number(row.time);
        break;
    case EventSort::Code:
        c.key = number(row.code);
        break;
    case EventSort::Latency:
        c.key = number(row.latencyMs);
        break;
    case EventSort::Stage:
        c.key = number(static_cast<int64_t>(row.stage));
        break;
    case EventSort::Operator:
        c.key = row.operatorName;
        break;
    case EventSort::Verb:
        c.key = row.verb;
        break;
    case EventSort::Resource:
        c.key = row.resource + '\x1f' + row.subresource; // (resource, subresource) in byte order
        break;
    case EventSort::Namespace:
        c.key = row.ns;
        break;
    case EventSort::Name:
        c.key = row.name;
        break;
    case EventSort::SourceIp:
        c.key = row.sourceIp;
        break;
    case EventSort::UserAgent:
        c.key = row.userAgent;
        break;
    case EventSort::User:
        c.key = row.user;
        break;
    case EventSort::ImpersonatedUser:
        c.key = row.impersonatedUser;
        break;
    case EventSort::RequestUri:
        c.key = row.requestUri;
        break;
    case EventSort::AuditId:
    case EventSort::Count:
        break;
    }
    return c;
}

int64_t Backend::anchorUs(const TimeRange& data) const {
    return anchor() == TimeAnchor::NewestEvent ? std::min(data.to, newestTypicalUs(data))
                                               : QDateTime::currentMSecsSinceEpoch() * 1000;
}

Result<TimeRange> Backend::dataRange(const CancelToken& cancel) const {
    {
        std::lock_guard lock(m_cacheMutex);
        if (m_range) return *m_range;
    }
    Result<TimeRange> r = guarded<TimeRange>(cancel, [&] { return doDataRange(cancel); });
    if (r.ok()) {
        std::lock_guard lock(m_cacheMutex);
        m_range = r.value();
    }
    return r;
}

Result<std::vector<ResultTable>> Backend::run(const std::vector<Query>& queries, const CancelToken& cancel) const {
    std::vector<std::shared_ptr<const ResultTable>> found(queries.size());
    std::vector<std::string> keys(queries.size());
    std::vector<Query> missing;
    std::vector<size_t> missingAt;
    {
        std::lock_guard lock(m_cacheMutex);
        for (size_t i = 0; i < queries.size(); ++i) {
            keys[i] = queries[i].cacheKey();
            for (auto it = m_cache.begin(); it != m_cache.end(); ++it)
                if (it->first == keys[i]) {
                    found[i] = it->second;
                    m_cache.splice(m_cache.begin(), m_cache, it);
                    break;
                }
            if (!found[i]) {
                // The same query twice in one batch is asked once.
                bool dup = false;
                for (size_t k = 0; k < missingAt.size() && !dup; ++k)
                    dup = keys[missingAt[k]] == keys[i];
                if (!dup) {
                    missing.push_back(queries[i]);
                    missingAt.push_back(i);
                }
            }
        }
    }
    if (!missing.empty()) {
        Result<std::vector<ResultTable>> fresh =
            guarded<std::vector<ResultTable>>(cancel, [&] { return doRun(missing, cancel); });
        if (!fresh.ok()) return fresh.error();
        if (fresh.value().size() != missing.size())
            return BackendError{
                BackendText::tr("The source answered %1 of %2 queries.").arg(fresh.value().size()).arg(missing.size())};
        std::lock_guard lock(m_cacheMutex);
        for (size_t k = 0; k < missing.size(); ++k) {
            auto table = std::make_shared<const ResultTable>(std::move(fresh.value()[k]));
            found[missingAt[k]] = table;
            m_cache.emplace_front(keys[missingAt[k]], table);
        }
        while (m_cache.size() > kCacheEntries)
            m_cache.pop_back();
    }
    std::vector<ResultTable> out;
    out.reserve(queries.size());
    for (size_t i = 0; i < queries.size(); ++i) {
        if (!found[i]) // a duplicate of an earlier query of this batch
            for (size_t k = 0; k < i && !found[i]; ++k)
                if (keys[k] == keys[i]) found[i] = found[k];
        out.push_back(*found[i]);
    }
    return out;
}

Result<ResultTable> Backend::run(const Query& query, const CancelToken& cancel) const {
    Result<std::vector<ResultTable>> r = run(std::vector<Query>{query}, cancel);
    if (!r.ok()) return r.error();
    return std::move(r.value().front());
}

Result<EventRowsPage> Backend::events(const EventsRequest& request, const CancelToken& cancel) const {
    if (request.after && request.before)
        return BackendError{BackendText::tr("An events page is asked after one row or before one, not both.")};
    return guarded<EventRowsPage>(cancel, [&] { return doEvents(request, cancel); });
}

Result<EventDetail> Backend::detail(const std::string& ref, const CancelToken& cancel) const {
    if (!hasCapability(Capability::RawEvents))
        return BackendError{BackendText::tr("This source does not keep the raw events.")};
    return guarded<EventDetail>(cancel, [&] { return doDetail(ref, cancel); });
}

Result<SqlRows> Backend::sqlRows(const EventsQuery& query, const CancelToken& cancel) const {
    if (!hasCapability(Capability::SqlPipe))
        return BackendError{BackendText::tr("This source cannot run the SQL part after “|”.")};
    if (query.sql.empty()) return BackendError{BackendText::tr("There is no SQL part after “|” to run.")};
    return guarded<SqlRows>(cancel, [&] { return doSqlRows(query, cancel); });
}

Result<SqlRows> Backend::doSqlRows(const EventsQuery&, const CancelToken&) const {
    return BackendError{BackendText::tr("This source cannot run the SQL part after “|”.")};
}

QString Backend::unsupported(const ExprPtr& filter, const std::string& sql) const {
    QStringList why;
    if (filter && filter->hasText() && !hasCapability(Capability::FullText))
        why << BackendText::tr("Full-text search (words without a field) is not supported by this source.");
    if (!sql.empty() && !hasCapability(Capability::SqlPipe))
        why << BackendText::tr("The analytic part after '|' is not supported by this source; only the search before "
                               "it is applied.");
    return why.join(QLatin1Char(' '));
}

void Backend::clearCache() const {
    std::lock_guard lock(m_cacheMutex);
    m_cache.clear();
    m_range.reset();
}

} // namespace ac
