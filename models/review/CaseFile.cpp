#include "CaseFile.h"

#include "audit/Timestamp.h"
#include "query/SearchParser.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

namespace ac {

namespace {
class CaseText {
    Q_DECLARE_TR_FUNCTIONS(CaseFile)
};

constexpr int kFormatVersion = 1;

constexpr const char* kPageNames[] = {"overview", "resources", "detail", "events", "findings"};

QString qs(const std::string& s) {
    return QString::fromStdString(s);
}

QJsonArray toArray(const std::vector<std::string>& list) {
    QJsonArray a;
    for (const std::string& s : list)
        a.append(qs(s));
    return a;
}

std::vector<std::string> fromArray(const QJsonValue& v) {
    std::vector<std::string> out;
    for (const QJsonValue& e : v.toArray())
        out.push_back(e.toString().toStdString());
    return out;
}

QJsonValue timeJson(const TimeSelection& t) {
    if (t.preset != TimePreset::Absolute) return qs(t.label());
    return QJsonObject{{QStringLiteral("from"), qs(formatRfc3339Micros(t.absolute.from))},
                       {QStringLiteral("to"), qs(formatRfc3339Micros(t.absolute.to))}};
}

std::optional<TimeSelection> timeFrom(const QJsonValue& v) {
    if (v.isString()) return TimeSelection::parse(v.toString().toStdString());
    const QJsonObject o = v.toObject();
    const auto from = parseRfc3339Micros(o.value(QStringLiteral("from")).toString().toStdString());
    const auto to = parseRfc3339Micros(o.value(QStringLiteral("to")).toString().toStdString());
    if (!from || !to || *from >= *to) return std::nullopt;
    TimeSelection t;
    t.preset = TimePreset::Absolute;
    t.absolute = {*from, *to};
    return t;
}

QJsonObject bookmarkJson(const CaseBookmark& b) {
    QJsonObject o{{QStringLiteral("auditID"), qs(b.auditId)},
                  {QStringLiteral("time"), qs(formatRfc3339Micros(b.time))},
                  {QStringLiteral("summary"), b.summary},
                  {QStringLiteral("note"), b.note}};
    if (!b.origin.isEmpty()) o.insert(QStringLiteral("origin"), b.origin);
    if (b.line > 0) o.insert(QStringLiteral("line"), b.line);
    return o;
}

QJsonObject viewJson(const SavedView& v) {
    QJsonObject o{{QStringLiteral("name"), v.name},
                  {QStringLiteral("page"), QLatin1String(kPageNames[static_cast<int>(v.page)])},
                  {QStringLiteral("time"), timeJson(v.time)}};
    if (!v.search.isEmpty()) o.insert(QStringLiteral("search"), v.search);
    if (!v.namespaces.empty()) o.insert(QStringLiteral("namespaces"), toArray(v.namespaces));
    if (!v.accounts.empty()) o.insert(QStringLiteral("accounts"), toArray(v.accounts));
    if (!v.codes.empty()) o.insert(QStringLiteral("codes"), toArray(v.codes));
    if (v.hideSystem) o.insert(QStringLiteral("hideSystem"), true);
    if (!v.resource.isEmpty()) o.insert(QStringLiteral("resource"), v.resource);
    return o;
}
} // namespace

std::optional<FilterState> SavedView::filterState(QString* why) const {
    FilterState s;
    s.namespaces = namespaces;
    s.accounts = accounts;
    s.codes = codes;
    s.hideSystem = hideSystem;
    s.time = time;
    const SearchResult parsed = parseSearch(search.trimmed().toStdString());
    if (!parsed.ok()) {
        if (why) *why = CaseText::tr("the search of view “%1” is not valid: %2").arg(name, qs(parsed.error.toString()));
        return std::nullopt;
    }
    s.search = parsed.statement->filter->op == Expr::Op::All ? nullptr : parsed.statement->filter;
    s.sql = parsed.statement->sql;
    return s;
}

SavedView SavedView::from(const FilterState& state, const QString& searchText, Page page, const QString& resource) {
    SavedView v;
    v.page = page;
    v.search = searchText.trimmed();
    v.namespaces = state.namespaces;
    v.accounts = state.accounts;
    v.codes = state.codes;
    v.hideSystem = state.hideSystem;
    v.time = state.time;
    if (page == Page::Detail) v.resource = resource;
    return v;
}

bool CaseFile::isEmpty() const {
    return title.isEmpty() && notes.isEmpty() && bookmarks.empty() && findingNotes.empty() && views.empty();
}

QJsonObject CaseFile::toJson() const {
    QJsonArray marks, findings, saved;
    for (const CaseBookmark& b : bookmarks)
        marks.append(bookmarkJson(b));
    for (const CaseFindingNote& f : findingNotes)
        findings.append(QJsonObject{{QStringLiteral("rule"), f.ruleId},
                                    {QStringLiteral("key"), f.key},
                                    {QStringLiteral("summary"), f.summary},
                                    {QStringLiteral("time"), qs(formatRfc3339Micros(f.time))},
                                    {QStringLiteral("note"), f.note}});
    for (const SavedView& v : views)
        saved.append(viewJson(v));
    return QJsonObject{{QStringLiteral("auditConsoleCase"), kFormatVersion},
                       {QStringLiteral("title"), title},
                       {QStringLiteral("notes"), notes},
                       {QStringLiteral("sources"), QJsonArray::fromStringList(sources)},
                       {QStringLiteral("bookmarks"), marks},
                       {QStringLiteral("findingNotes"), findings},
                       {QStringLiteral("views"), saved}};
}

Result<CaseFile> CaseFile::fromJson(const QByteArray& bytes, const QString& path) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    const auto fail = [&path](const QString& why) { return BackendError{CaseText::tr("%1: %2").arg(path, why)}; };
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray head = bytes.left(parseError.offset);
        return fail(CaseText::tr("line %1: %2").arg(head.count('\n') + 1).arg(parseError.errorString()));
    }
    const QJsonObject root = doc.object();
    const int version = root.value(QStringLiteral("auditConsoleCase")).toInt(0);
    if (version < 1) return fail(CaseText::tr("not an Audit Console case file"));
    if (version > kFormatVersion)
        return fail(CaseText::tr("written by a newer Audit Console (case format %1)").arg(version));
    CaseFile c;
    c.title = root.value(QStringLiteral("title")).toString();
    c.notes = root.value(QStringLiteral("notes")).toString();
    for (const QJsonValue& s : root.value(QStringLiteral("sources")).toArray())
        c.sources << s.toString();
    const auto timeOf = [](const QJsonObject& o) {
        return parseRfc3339Micros(o.value(QStringLiteral("time")).toString().toStdString()).value_or(0);
    };
    for (const QJsonValue& v : root.value(QStringLiteral("bookmarks")).toArray()) {
        const QJsonObject o = v.toObject();
        CaseBookmark b;
        b.auditId = o.value(QStringLiteral("auditID")).toString().toStdString();
        b.time = timeOf(o);
        b.summary = o.value(QStringLiteral("summary")).toString();
        b.note = o.value(QStringLiteral("note")).toString();
        b.origin = o.value(QStringLiteral("origin")).toString();
        b.line = o.value(QStringLiteral("line")).toInteger();
        if (b.auditId.empty()) return fail(CaseText::tr("bookmark %1 has no auditID").arg(c.bookmarks.size() + 1));
        c.bookmarks.push_back(std::move(b));
    }
    for (const QJsonValue& v : root.value(QStringLiteral("findingNotes")).toArray()) {
        const QJsonObject o = v.toObject();
        c.findingNotes.push_back({o.value(QStringLiteral("rule")).toString(), o.value(QStringLiteral("key")).toString(),
                                  o.value(QStringLiteral("summary")).toString(),
                                  o.value(QStringLiteral("note")).toString(), timeOf(o)});
    }
    for (const QJsonValue& v : root.value(QStringLiteral("views")).toArray()) {
        const QJsonObject o = v.toObject();
        SavedView view;
        view.name = o.value(QStringLiteral("name")).toString();
        const QString page = o.value(QStringLiteral("page")).toString();
        const auto* found = std::find_if(std::begin(kPageNames), std::end(kPageNames),
                                         [&page](const char* n) { return page == QLatin1String(n); });
        if (found == std::end(kPageNames))
            return fail(CaseText::tr("view “%1”: unknown page “%2”").arg(view.name, page));
        view.page = static_cast<SavedView::Page>(found - std::begin(kPageNames));
        const auto time = timeFrom(o.value(QStringLiteral("time")));
        if (!time) return fail(CaseText::tr("view “%1”: the time range is not valid").arg(view.name));
        view.time = *time;
        view.search = o.value(QStringLiteral("search")).toString();
        view.namespaces = fromArray(o.value(QStringLiteral("namespaces")));
        view.accounts = fromArray(o.value(QStringLiteral("accounts")));
        view.codes = fromArray(o.value(QStringLiteral("codes")));
        view.hideSystem = o.value(QStringLiteral("hideSystem")).toBool();
        view.resource = o.value(QStringLiteral("resource")).toString();
        c.views.push_back(std::move(view));
    }
    return c;
}

Result<CaseFile> CaseFile::load(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return BackendError{CaseText::tr("%1: %2").arg(path, f.errorString())};
    return fromJson(f.readAll(), path);
}

std::optional<QString> CaseFile::save(const QString& path) const {
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) return CaseText::tr("%1: %2").arg(path, f.errorString());
    f.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    if (!f.commit()) return CaseText::tr("%1: %2").arg(path, f.errorString());
    return std::nullopt;
}

QString shellQuote(const QString& word) {
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:=@%+,-]+$"));
    if (!word.isEmpty() && plain.match(word).hasMatch()) return word;
    QString quoted = word;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString commandLineFor(const SavedView& view, const Source& source) {
    QStringList command;
    switch (view.page) {
    case SavedView::Page::Overview:
        command << QStringLiteral("report") << QStringLiteral("overview");
        break;
    case SavedView::Page::Resources:
        command << QStringLiteral("report") << QStringLiteral("resources");
        break;
    case SavedView::Page::Detail:
        command << QStringLiteral("report") << QStringLiteral("detail") << QStringLiteral("--resource")
                << view.resource;
        break;
    case SavedView::Page::Events:
        command << QStringLiteral("events");
        break;
    case SavedView::Page::Findings:
        command << QStringLiteral("alerts");
        break;
    }
    return commandLineFor(command, view, source);
}

QString commandLineFor(const QStringList& command, const SavedView& view, const Source& source) {
    QStringList words = QStringList{QStringLiteral("audit-console")} + command;
    // The window runs the alert rules over all the data whatever the filter bar says.
    const bool findings = command.value(0) == QLatin1String("alerts");
    if (!findings && !view.search.trimmed().isEmpty()) words << QStringLiteral("--query") << view.search.trimmed();
    const auto repeated = [&words](const char* option, const std::vector<std::string>& values) {
        for (const std::string& v : values)
            words << QLatin1String(option) << qs(v);
    };
    if (!findings) {
        repeated("--namespace", view.namespaces);
        repeated("--account", view.accounts);
        repeated("--code", view.codes);
        if (view.hideSystem) words << QStringLiteral("--hide-system");
    }
    if (findings)
        words << QStringLiteral("--last") << QStringLiteral("all");
    else if (view.time.preset == TimePreset::Absolute)
        words << QStringLiteral("--from") << qs(formatRfc3339Micros(view.time.absolute.from)) << QStringLiteral("--to")
              << qs(formatRfc3339Micros(view.time.absolute.to));
    else
        words << QStringLiteral("--last") << qs(view.time.label());
    switch (source.kind) {
    case Source::Kind::Files:
        words << source.paths;
        break;
    case Source::Kind::LogService:
        words << QStringLiteral("--sls-endpoint") << source.sls.endpoint << QStringLiteral("--sls-project")
              << source.sls.project << QStringLiteral("--sls-logstore") << source.sls.logstore;
        break;
    case Source::Kind::ClickHouse:
        words << QStringLiteral("--clickhouse") << source.clickhouse.url << QStringLiteral("--database")
              << source.clickhouse.database << QStringLiteral("--table") << source.clickhouse.table
              << QStringLiteral("--user") << source.clickhouse.user;
        break;
    }
    QStringList quoted;
    for (const QString& w : words)
        quoted << shellQuote(w);
    return quoted.join(QLatin1Char(' '));
}

} // namespace ac
