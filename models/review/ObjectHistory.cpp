#include "ObjectHistory.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

#include <algorithm>
#include <iterator>
#include <utility>

namespace ac {

namespace {
class HistoryText {
    Q_DECLARE_TR_FUNCTIONS(ObjectHistory)
};

using Kind = HistoryEntry::Kind;

QString qs(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

// Left out of every diff of a write on the object itself: the bookkeeping the API server changes
// on every write (not a user's change), and `status`: a PUT carries the status it read, which the
// API server ignores; status changes come through the status subresource and are shown there.
const std::vector<std::string>& objectIgnore() {
    static const std::vector<std::string> paths{"metadata.managedFields",
                                                "metadata.resourceVersion",
                                                "metadata.generation",
                                                "metadata.uid",
                                                "metadata.creationTimestamp",
                                                "metadata.selfLink",
                                                "status"};
    return paths;
}

// A nested value of a record; a flattened record (Log Service) holds objects as JSON text.
QJsonValue nestedValue(const QJsonObject& o, const char* key) {
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isString() && (v.toString().startsWith(QLatin1Char('{')) || v.toString().startsWith(QLatin1Char('[')))) {
        const QJsonDocument doc = QJsonDocument::fromJson(v.toString().toUtf8());
        if (doc.isObject()) return doc.object();
        if (doc.isArray()) return doc.array();
    }
    return v;
}

// What the replay reads of one request: its row, completed from the raw JSON of its fullest stage.
struct Record {
    std::string level; // empty: the raw record is not available
    std::string verb, subresource;
    QJsonValue request, response; // Undefined where absent
    QString uri;
    int code = 0;
};

Record readRecord(const EventRow& row, const EventDetail& detail) {
    Record r;
    r.verb = row.verb;
    r.subresource = row.subresource;
    r.code = row.code;
    r.uri = QString::fromStdString(row.requestUri);
    // ResponseComplete, else the longest record: the one most likely to hold the bodies.
    const auto fullness = [](const EventStageDetail& s) {
        return std::pair(s.row.stage == Stage::ResponseComplete, s.rawJson.size());
    };
    const EventStageDetail* best = nullptr;
    for (const EventStageDetail& s : detail.stages)
        if (!s.unavailable && !s.rawJson.empty() && (!best || fullness(s) > fullness(*best))) best = &s;
    if (!best) return r;
    const QJsonObject o = QJsonDocument::fromJson(QByteArray::fromStdString(best->rawJson)).object();
    if (o.isEmpty()) return r;
    const auto text = [&o](const char* key) { return o.value(QLatin1String(key)).toString(); };
    r.level = text("level").toStdString();
    r.request = nestedValue(o, "requestObject");
    r.response = nestedValue(o, "responseObject");
    if (!text("verb").isEmpty()) r.verb = text("verb").toStdString();
    if (!text("requestURI").isEmpty()) r.uri = text("requestURI");
    const QJsonObject ref = nestedValue(o, "objectRef").toObject();
    if (ref.contains(QStringLiteral("subresource")))
        r.subresource = ref.value(QStringLiteral("subresource")).toString().toStdString();
    if (r.code <= 0) {
        const QJsonValue code = nestedValue(o, "responseStatus").toObject().value(QStringLiteral("code"));
        r.code = code.isString() ? code.toString().toInt() : code.toInt();
    }
    return r;
}

bool isDryRun(const QString& uri) {
    const qsizetype q = uri.indexOf(QLatin1Char('?'));
    return q >= 0 &&
           QUrlQuery(uri.mid(q + 1)).allQueryItemValues(QStringLiteral("dryRun")).contains(QStringLiteral("All"));
}

// The value at a path of plain keys ("spec.replicas"); Undefined where absent.
QJsonValue partOf(const QJsonValue& doc, std::string_view path) {
    QJsonValue at = doc;
    while (!path.empty() && !at.isUndefined()) {
        const size_t dot = path.find('.');
        at = at.isObject() ? at.toObject().value(qs(path.substr(0, dot))) : QJsonValue(QJsonValue::Undefined);
        path = dot == std::string_view::npos ? std::string_view() : path.substr(dot + 1);
    }
    return at;
}

// `doc` with the value at a path of plain keys replaced (removed when Undefined).
QJsonValue withPart(const QJsonValue& doc, std::string_view path, const QJsonValue& value) {
    if (path.empty()) return value;
    const size_t dot = path.find('.');
    const QString key = qs(path.substr(0, dot));
    QJsonObject o = doc.toObject();
    const QJsonValue child =
        dot == std::string_view::npos ? value : withPart(o.value(key), path.substr(dot + 1), value);
    if (child.isUndefined())
        o.remove(key);
    else
        o.insert(key, child);
    return o;
}

void keepWanted(std::vector<FieldChange>& changes, std::string_view part, const std::vector<std::string>& ignore) {
    std::erase_if(changes, [part, &ignore](const FieldChange& c) {
        return !pathTouches(c.path, part) || std::any_of(ignore.begin(), ignore.end(), [&c](const std::string& prefix) {
            return pathUnder(c.path, prefix);
        });
    });
}

// What a patch sets, when the state it applied to is unknown: each leaf of a merge patch (a list
// as one value, a null as a removal, directives left out), or each operation of a JSON patch.
void patchLeaves(const QJsonValue& v, const std::string& path, std::vector<FieldChange>& out) {
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            if (!it.key().startsWith(QLatin1Char('$'))) patchLeaves(it.value(), keyPath(path, it.key()), out);
        return;
    }
    FieldChange c;
    c.path = path;
    c.kind = v.isNull() ? FieldChange::Kind::Removed : FieldChange::Kind::Changed;
    if (!v.isNull()) c.after = v;
    out.push_back(std::move(c));
}

std::vector<FieldChange> patchChanges(const QJsonValue& patch, std::string_view part,
                                      const std::vector<std::string>& ignore) {
    std::vector<FieldChange> out;
    if (patch.isObject()) patchLeaves(patch, {}, out);
    const QJsonArray ops = patch.toArray();
    for (qsizetype i = 0; i < ops.size(); ++i) {
        const QJsonObject op = ops.at(i).toObject();
        const QString name = op.value(QStringLiteral("op")).toString();
        const auto path = pathOfPointer(op.value(QStringLiteral("path")).toString());
        if (!path || name == QLatin1String("test")) continue;
        FieldChange c;
        c.path = *path;
        c.kind = name == QLatin1String("remove") ? FieldChange::Kind::Removed : FieldChange::Kind::Changed;
        if (name == QLatin1String("add") || name == QLatin1String("replace"))
            c.after = op.value(QStringLiteral("value"));
        out.push_back(std::move(c));
    }
    keepWanted(out, part, ignore);
    return out;
}

// The part of the object a request writes: the object itself, its status, or (through the scale
// subresource, whose Scale object has the same spec.replicas) its replica count.
enum class Target : uint8_t { Object, Status, Scale };

std::string_view partPath(Target t) {
    switch (t) {
    case Target::Status:
        return "status";
    case Target::Scale:
        return "spec.replicas";
    case Target::Object:
        break;
    }
    return {};
}

bool isObjectWrite(std::string_view verb) {
    return verb == "create" || verb == "update" || verb == "patch" || verb == "delete" || verb == "deletecollection";
}

// The object as the requests so far leave it, applied one request at a time, oldest first.
class Replay {
public:
    void apply(HistoryEntry& e, const Record& r) {
        e.level = r.level;
        const std::string& sub = r.subresource;
        if (!sub.empty() && sub != "status" && sub != "scale") return subresource(e, sub);
        const Target target = sub.empty() ? Target::Object : sub == "status" ? Target::Status : Target::Scale;
        const bool writes =
            target == Target::Object ? isObjectWrite(r.verb) : (r.verb == "update" || r.verb == "patch");
        // create or delete on status or scale: not a change of the object's fields either
        if (!writes && isObjectWrite(r.verb)) return subresource(e, sub);
        if (!writes) {
            // A full read of the object is as good as a write for knowing its state.
            if (r.verb == "get" && sub.empty() && r.code < 400 && r.response.isObject()) m_state = r.response;
            return;
        }
        if (r.code >= 400)
            return set(e, Kind::Failed,
                       HistoryText::tr("The request failed with code %1: nothing changed.").arg(r.code));
        if (isDryRun(r.uri))
            return set(e, Kind::DryRun,
                       HistoryText::tr("A dry run (dryRun=All): the server checked the request and changed nothing."));
        if (r.code <= 0)
            return unknown(e, HistoryText::tr("The log holds no response to this request: whether it changed the "
                                              "object is not known."));
        if (r.verb == "delete" || r.verb == "deletecollection") {
            m_state = QJsonValue(QJsonValue::Undefined);
            return set(e, Kind::Deleted,
                       HistoryText::tr("The object was deleted; a later create starts a new object."));
        }
        if (r.level.empty())
            return unknown(e, HistoryText::tr("This source does not hold the request's raw record: what changed is "
                                              "not known."));
        if (r.level != "Request" && r.level != "RequestResponse")
            return unknown(e, HistoryText::tr("The log records only this request's metadata (level %1), as ACK's "
                                              "policy does for Secrets and ConfigMaps: what changed is not recorded.")
                                  .arg(qs(r.level)));
        if (r.request.isUndefined() && !r.response.isObject())
            return unknown(e, HistoryText::tr("The log holds no request body for this write: what changed is not "
                                              "recorded."));
        if (r.verb == "create") return create(e, r);
        if (r.verb == "update") return update(e, r, target);
        patch(e, r, target);
    }

private:
    static void set(HistoryEntry& e, Kind kind, QString explanation) {
        e.kind = kind;
        e.explanation = std::move(explanation);
    }
    static void subresource(HistoryEntry& e, const std::string& sub) {
        set(e, Kind::Subresource,
            HistoryText::tr("A request on the %1 subresource: it does not change the object's fields.").arg(qs(sub)));
    }
    // A write the log cannot show: the state is unknown from here until the next full body.
    void unknown(HistoryEntry& e, QString explanation) {
        set(e, Kind::NotRecorded, std::move(explanation));
        m_state = QJsonValue(QJsonValue::Undefined);
    }
    static const std::vector<std::string>& ignoreFor(Target target) {
        static const std::vector<std::string> none;
        return target == Target::Object ? objectIgnore() : none;
    }
    // The document the request applies to: the object, or for the scale subresource a Scale.
    QJsonValue before(Target target) const {
        if (target != Target::Scale || m_state.isUndefined()) return m_state;
        return withPart(QJsonObject(), partPath(target), partOf(m_state, partPath(target)));
    }
    // The state after a successful write whose result (`after`, as `before()` shapes it) is known or not.
    void commit(Target target, const QJsonValue& after, const QJsonValue& response) {
        if (target == Target::Object)
            m_state = after;
        else if (target == Target::Status && response.isObject())
            m_state = response; // the response to a status write is the whole object
        else if (!m_state.isUndefined())
            m_state = withPart(m_state, partPath(target), partOf(after, partPath(target)));
    }
    void changed(HistoryEntry& e, Kind kind, Target target, const QJsonValue& from, const QJsonValue& to) {
        const std::string_view part = partPath(target);
        e.kind = kind;
        e.changes = diffJsonAt(partOf(from, part), partOf(to, part), part, ignoreFor(target));
    }
    static QString unknownBefore() {
        return HistoryText::tr("No earlier state of the object is in the log: the changes are the values this "
                               "request set, their earlier values unknown.");
    }

    void create(HistoryEntry& e, const Record& r) {
        const QJsonValue after = r.response.isObject() ? r.response : r.request;
        changed(e, Kind::Created, Target::Object, QJsonValue(QJsonValue::Undefined), after);
        m_state = after;
    }

    void update(HistoryEntry& e, const Record& r, Target target) {
        // The server's own result where the log has it: it holds the defaults the request left out.
        const QJsonValue after = r.response.isObject() ? r.response : r.request;
        const QJsonValue from = before(target);
        if (from.isUndefined() && target == Target::Object) {
            changed(e, Kind::FirstSeen, target, from, after);
            e.explanation = HistoryText::tr("No earlier state of the object is in the log: the object as written "
                                            "here is the starting point for the changes after it.");
        } else {
            changed(e, Kind::Updated, target, from, after);
            if (from.isUndefined()) {
                for (FieldChange& c : e.changes)
                    c.kind = FieldChange::Kind::Changed;
                e.explanation = unknownBefore();
            }
        }
        commit(target, after, r.response);
    }

    void patch(HistoryEntry& e, const Record& r, Target target) {
        const QJsonValue& body = r.request;
        const QJsonValue response = r.response.isObject() ? r.response : QJsonValue(QJsonValue::Undefined);
        const QJsonValue from = before(target);
        e.patch = body;
        QJsonValue after = response;
        QString why;
        const bool plain = strategicPatchIsPlainMerge(body);
        if (body.isArray()) {
            e.patchType = HistoryText::tr("JSON patch");
            if (after.isUndefined() && !from.isUndefined())
                after = applyJsonPatch(from, body.toArray(), &why).value_or(QJsonValue(QJsonValue::Undefined));
        } else if (plain) {
            // A JSON merge patch and a strategic merge patch without lists or directives agree.
            e.patchType = HistoryText::tr("merge patch");
            if (after.isUndefined() && !from.isUndefined()) after = applyMergePatch(from, body);
        } else {
            e.patchType = HistoryText::tr("strategic merge");
        }

        if (!from.isUndefined() && !after.isUndefined()) {
            changed(e, Kind::Patched, target, from, after);
        } else if (from.isUndefined() && (body.isArray() || plain || !after.isUndefined())) {
            e.kind = Kind::Patched;
            e.changes = patchChanges(body, partPath(target), ignoreFor(target));
            e.explanation = unknownBefore();
        } else {
            set(e, Kind::PatchShown,
                body.isArray()
                    ? HistoryText::tr("The JSON patch does not apply to the last known state (%1), and the log holds "
                                      "no response object: the patch is shown as sent, and later changes are "
                                      "compared from the next full state.")
                          .arg(why)
                    : HistoryText::tr("A strategic merge patch with lists or directives cannot be applied without the "
                                      "resource's schema, and the log holds no response object: the patch is shown "
                                      "as sent, and later changes are compared from the next full state."));
            m_state = QJsonValue(QJsonValue::Undefined);
            return;
        }
        commit(target, after, response);
    }

    QJsonValue m_state{QJsonValue::Undefined}; // the object as last known; Undefined: unknown
};
} // namespace

ExprPtr ObjectKey::filter() const {
    std::vector<ExprPtr> parts{Expr::exact(Field::Resource, resource)};
    if (resource != "namespaces") parts.push_back(Expr::exact(Field::Namespace, ns));
    parts.push_back(Expr::exact(Field::Name, name));
    return Expr::and_(std::move(parts));
}

QString ObjectKey::label() const {
    const bool scoped = !ns.empty() && resource != "namespaces";
    return qs(resource) + QLatin1Char(' ') + (scoped ? QString(qs(ns) + QLatin1Char('/')) : QString()) + qs(name);
}

std::string ObjectKey::searchText() const {
    std::vector<ExprPtr> parts{Expr::match(Field::Resource, resource)};
    if (resource == "namespaces") {
        // matched by name alone, as filter() does
    } else if (ns.empty()) {
        parts.push_back(Expr::not_(Expr::match(Field::Namespace, "*")));
    } else {
        parts.push_back(Expr::match(Field::Namespace, ns));
    }
    parts.push_back(Expr::match(Field::Name, name));
    return Expr::and_(std::move(parts))->toString();
}

std::optional<ObjectKey> ObjectKey::fromRow(const EventRow& row) {
    if (row.name.empty() || row.resource.empty()) return std::nullopt;
    ObjectKey key;
    key.resource = row.resource.substr(0, row.resource.find('/'));
    key.ns = key.resource == "namespaces" ? std::string() : row.ns;
    key.name = row.name;
    return key;
}

std::vector<size_t> ObjectHistory::changesTo(std::string_view field) const {
    std::vector<size_t> out;
    for (size_t i = 0; i < entries.size(); ++i) {
        const HistoryEntry& e = entries[i];
        if (e.kind != Kind::FirstSeen && std::any_of(e.changes.begin(), e.changes.end(), [field](const FieldChange& c) {
                return pathTouches(c.path, field);
            }))
            out.push_back(i);
    }
    return out;
}

Result<ObjectHistory> buildObjectHistory(const Backend& backend, const ObjectKey& key, const TimeRange& range,
                                         const CancelToken& cancel, size_t maxRequests) {
    // The newest maxRequests requests (one more tells that older ones were left out), by keyset
    // newest first; then replayed oldest first, as the object changed.
    EventsRequest request;
    request.query.range = range;
    request.query.filter = key.filter();
    request.query.sort = EventSort::Time;
    request.query.descending = true;
    std::vector<EventRow> rows;
    for (;;) {
        if (cancel.isCancelled()) return BackendError::cancelledError();
        const size_t left = maxRequests - rows.size();
        request.limit = left < 500 ? left + 1 : 500;
        Result<EventRowsPage> page = backend.events(request, cancel);
        if (!page) return page.error();
        std::vector<EventRow>& got = page.value().rows;
        const bool more = page->more && !got.empty();
        rows.insert(rows.end(), std::make_move_iterator(got.begin()), std::make_move_iterator(got.end()));
        if (!more || rows.size() > maxRequests) break;
        request.after = cursorOf(rows.back(), request.query.sort);
    }

    ObjectHistory history;
    history.key = key;
    if (rows.size() > maxRequests) {
        history.truncated = true;
        rows.resize(maxRequests);
    }
    history.entries.reserve(rows.size());
    Replay replay;
    for (auto it = rows.rbegin(); it != rows.rend(); ++it) {
        if (cancel.isCancelled()) return BackendError::cancelledError();
        const Result<EventDetail> detail = backend.detail(it->ref, cancel);
        if (!detail) return detail.error();
        HistoryEntry entry;
        entry.row = std::move(*it);
        replay.apply(entry, readRecord(entry.row, detail.value()));
        history.entries.push_back(std::move(entry));
    }
    std::reverse(history.entries.begin(), history.entries.end());
    return history;
}

} // namespace ac
