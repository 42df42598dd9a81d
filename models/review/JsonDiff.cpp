#include "JsonDiff.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <algorithm>

namespace ac {

namespace {
class HistoryText {
    Q_DECLARE_TR_FUNCTIONS(ObjectHistory)
};

bool plainKey(const QString& key) {
    if (key.isEmpty()) return false;
    for (const QChar c : key) {
        const char16_t u = c.unicode();
        const bool ok =
            (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'_' || u == u'-';
        if (!ok) return false;
    }
    return true;
}

class Differ {
public:
    Differ(const std::vector<std::string>& ignore, std::vector<FieldChange>& out)
        : m_ignore(ignore)
        , m_out(out) {}

    void diff(const QJsonValue& before, const QJsonValue& after, const std::string& path) {
        if (ignored(path)) return;
        if (before.isUndefined()) {
            if (!after.isUndefined()) leaves(after, path, FieldChange::Kind::Added);
            return;
        }
        if (after.isUndefined()) {
            leaves(before, path, FieldChange::Kind::Removed);
            return;
        }
        if (before.isObject() && after.isObject()) {
            const QJsonObject b = before.toObject(), a = after.toObject();
            for (auto it = a.constBegin(); it != a.constEnd(); ++it)
                diff(b.value(it.key()), it.value(), keyPath(path, it.key()));
            for (auto it = b.constBegin(); it != b.constEnd(); ++it)
                if (!a.contains(it.key())) leaves(it.value(), keyPath(path, it.key()), FieldChange::Kind::Removed);
            return;
        }
        if (before.isArray() && after.isArray()) {
            const QJsonArray b = before.toArray(), a = after.toArray();
            const qsizetype n = std::max(b.size(), a.size());
            for (qsizetype i = 0; i < n; ++i)
                diff(i < b.size() ? b.at(i) : QJsonValue(QJsonValue::Undefined),
                     i < a.size() ? a.at(i) : QJsonValue(QJsonValue::Undefined), indexPath(path, i));
            return;
        }
        if (!jsonEqual(before, after)) push(FieldChange::Kind::Changed, path, before, after);
    }

    // Every leaf of `v` as added or removed.
    void leaves(const QJsonValue& v, const std::string& path, FieldChange::Kind kind) {
        if (ignored(path)) return;
        if (v.isObject() && !v.toObject().isEmpty()) {
            const QJsonObject o = v.toObject();
            for (auto it = o.constBegin(); it != o.constEnd(); ++it)
                leaves(it.value(), keyPath(path, it.key()), kind);
            return;
        }
        if (v.isArray() && !v.toArray().isEmpty()) {
            const QJsonArray a = v.toArray();
            for (qsizetype i = 0; i < a.size(); ++i)
                leaves(a.at(i), indexPath(path, i), kind);
            return;
        }
        const QJsonValue none(QJsonValue::Undefined);
        if (kind == FieldChange::Kind::Removed)
            push(kind, path, v, none);
        else
            push(kind, path, none, v);
    }

private:
    bool ignored(std::string_view path) const {
        return std::any_of(m_ignore.begin(), m_ignore.end(),
                           [path](const std::string& prefix) { return !prefix.empty() && pathUnder(path, prefix); });
    }
    void push(FieldChange::Kind kind, const std::string& path, const QJsonValue& before, const QJsonValue& after) {
        FieldChange c;
        c.kind = kind;
        c.path = path;
        c.before = before;
        c.after = after;
        m_out.push_back(std::move(c));
    }

    const std::vector<std::string>& m_ignore;
    std::vector<FieldChange>& m_out;
};

// RFC 6901 tokens; nullopt when the text is not a pointer.
std::optional<std::vector<QString>> parsePointer(const QString& pointer) {
    std::vector<QString> tokens;
    if (pointer.isEmpty()) return tokens;
    if (!pointer.startsWith(QLatin1Char('/'))) return std::nullopt;
    const QStringList parts = pointer.mid(1).split(QLatin1Char('/'));
    for (QString part : parts) {
        // ~1 first, then ~0: "~01" is "~1".
        part.replace(QLatin1String("~1"), QLatin1String("/"));
        part.replace(QLatin1String("~0"), QLatin1String("~"));
        tokens.push_back(part);
    }
    return tokens;
}

bool isIndexToken(const QString& token) {
    if (token.isEmpty() || token.size() > 15 || (token.size() > 1 && token.startsWith(QLatin1Char('0')))) return false;
    return std::all_of(token.begin(), token.end(), [](QChar c) { return c.unicode() >= u'0' && c.unicode() <= u'9'; });
}

// An array index token below `size` (up to `size` itself, or "-", where `end` may be named).
std::optional<qsizetype> arrayIndex(const QString& token, qsizetype size, bool end) {
    if (end && token == QLatin1String("-")) return size;
    if (!isIndexToken(token)) return std::nullopt;
    const qsizetype i = token.toLongLong();
    if (i < size || (end && i == size)) return i;
    return std::nullopt;
}

std::optional<QJsonValue> valueAt(const QJsonValue& doc, const std::vector<QString>& tokens) {
    QJsonValue at = doc;
    for (const QString& token : tokens) {
        if (at.isObject()) {
            const QJsonObject o = at.toObject();
            if (!o.contains(token)) return std::nullopt;
            at = o.value(token);
        } else if (at.isArray()) {
            const QJsonArray a = at.toArray();
            const auto i = arrayIndex(token, a.size(), false);
            if (!i) return std::nullopt;
            at = a.at(*i);
        } else {
            return std::nullopt;
        }
    }
    return at;
}

enum class Edit : uint8_t { Add, Remove, Replace };

// Edits `doc` at tokens[from...], writing each edited container back into its parent; false when
// the location does not exist (for Add: its parent).
bool editAt(QJsonValue& doc, const std::vector<QString>& tokens, size_t from, Edit edit, const QJsonValue& value) {
    if (tokens.empty()) {
        if (edit == Edit::Remove) return false;
        doc = value;
        return true;
    }
    const QString& token = tokens[from];
    const bool last = from + 1 == tokens.size();
    if (doc.isObject()) {
        QJsonObject o = doc.toObject();
        if (!o.contains(token) && !(last && edit == Edit::Add)) return false;
        if (last && edit == Edit::Remove) {
            o.remove(token);
        } else if (last) {
            o.insert(token, value);
        } else {
            QJsonValue child = o.value(token);
            if (!editAt(child, tokens, from + 1, edit, value)) return false;
            o.insert(token, child);
        }
        doc = o;
        return true;
    }
    if (doc.isArray()) {
        QJsonArray a = doc.toArray();
        const auto i = arrayIndex(token, a.size(), last && edit == Edit::Add);
        if (!i) return false;
        if (last && edit == Edit::Add) {
            a.insert(*i, value);
        } else if (last && edit == Edit::Remove) {
            a.removeAt(*i);
        } else if (last) {
            a.replace(*i, value);
        } else {
            QJsonValue child = a.at(*i);
            if (!editAt(child, tokens, from + 1, edit, value)) return false;
            a.replace(*i, child);
        }
        doc = a;
        return true;
    }
    return false;
}
} // namespace

std::string keyPath(std::string_view path, const QString& key) {
    std::string out(path);
    if (plainKey(key)) {
        if (!out.empty()) out += '.';
        out += key.toStdString();
        return out;
    }
    out += "[\"";
    for (const char c : key.toStdString()) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    out += "\"]";
    return out;
}

std::string indexPath(std::string_view path, qsizetype index) {
    return std::string(path) + '[' + std::to_string(index) + ']';
}

std::vector<FieldChange> diffJsonAt(const QJsonValue& before, const QJsonValue& after, std::string_view at,
                                    const std::vector<std::string>& ignore) {
    std::vector<FieldChange> out;
    Differ differ(ignore, out);
    differ.diff(before, after, std::string(at));
    return out;
}

std::vector<FieldChange> diffJson(const QJsonValue& before, const QJsonValue& after,
                                  const std::vector<std::string>& ignore) {
    return diffJsonAt(before, after, {}, ignore);
}

bool jsonEqual(const QJsonValue& a, const QJsonValue& b) {
    // Large integers lose precision as doubles: compare their integer values too.
    if (a.isDouble() && b.isDouble()) return a.toDouble() == b.toDouble() && a.toInteger() == b.toInteger();
    if (a.type() != b.type()) return false;
    if (a.isObject()) {
        const QJsonObject x = a.toObject(), y = b.toObject();
        if (x.size() != y.size()) return false;
        for (auto it = x.constBegin(); it != x.constEnd(); ++it) {
            const auto found = y.constFind(it.key());
            if (found == y.constEnd() || !jsonEqual(it.value(), found.value())) return false;
        }
        return true;
    }
    if (a.isArray()) {
        const QJsonArray x = a.toArray(), y = b.toArray();
        if (x.size() != y.size()) return false;
        for (qsizetype i = 0; i < x.size(); ++i)
            if (!jsonEqual(x.at(i), y.at(i))) return false;
        return true;
    }
    return a == b;
}

QJsonValue applyMergePatch(const QJsonValue& target, const QJsonValue& patch) {
    if (!patch.isObject()) return patch;
    QJsonObject result = target.isObject() ? target.toObject() : QJsonObject();
    const QJsonObject p = patch.toObject();
    for (auto it = p.constBegin(); it != p.constEnd(); ++it) {
        const QJsonValue value = it.value();
        if (value.isNull())
            result.remove(it.key());
        else
            result.insert(it.key(), applyMergePatch(result.value(it.key()), value));
    }
    return result;
}

std::optional<QJsonValue> applyJsonPatch(const QJsonValue& target, const QJsonArray& ops, QString* why) {
    QJsonValue doc = target;
    for (qsizetype n = 0; n < ops.size(); ++n) {
        const int number = int(n) + 1;
        auto fail = [why](const QString& reason) {
            if (why) *why = reason;
            return std::nullopt;
        };
        if (!ops.at(n).isObject())
            return fail(HistoryText::tr("Operation %1 of the JSON patch is not an object.").arg(number));
        const QJsonObject op = ops.at(n).toObject();
        const QString name = op.value(QStringLiteral("op")).toString();
        const QString pathText = op.value(QStringLiteral("path")).toString();
        const auto path = parsePointer(pathText);
        if (!op.value(QStringLiteral("path")).isString() || !path)
            return fail(HistoryText::tr("Operation %1 (%2): the path “%3” is not a JSON pointer.")
                            .arg(QString::number(number), name, pathText));
        const auto missing = [&](const QString& where) {
            return fail(
                HistoryText::tr("Operation %1 (%2): “%3” does not exist.").arg(QString::number(number), name, where));
        };
        const bool needsValue =
            name == QLatin1String("add") || name == QLatin1String("replace") || name == QLatin1String("test");
        if (needsValue && !op.contains(QStringLiteral("value")))
            return fail(HistoryText::tr("Operation %1 (%2) has no value.").arg(QString::number(number), name));
        const QJsonValue value = op.value(QStringLiteral("value"));

        if (name == QLatin1String("add") || name == QLatin1String("remove") || name == QLatin1String("replace")) {
            const Edit edit = name == QLatin1String("add")      ? Edit::Add
                              : name == QLatin1String("remove") ? Edit::Remove
                                                                : Edit::Replace;
            if (!editAt(doc, *path, 0, edit, value)) return missing(pathText);
        } else if (name == QLatin1String("move") || name == QLatin1String("copy")) {
            const QString fromText = op.value(QStringLiteral("from")).toString();
            const auto from = parsePointer(fromText);
            if (!op.value(QStringLiteral("from")).isString() || !from)
                return fail(HistoryText::tr("Operation %1 (%2): the path “%3” is not a JSON pointer.")
                                .arg(QString::number(number), name, fromText));
            const auto moved = valueAt(doc, *from);
            if (!moved) return missing(fromText);
            if (name == QLatin1String("move")) {
                if (from->size() < path->size() && std::equal(from->begin(), from->end(), path->begin()))
                    return fail(HistoryText::tr("Operation %1 (move): “%2” cannot move into itself.")
                                    .arg(QString::number(number), fromText));
                if (!editAt(doc, *from, 0, Edit::Remove, {})) return missing(fromText);
            }
            if (!editAt(doc, *path, 0, Edit::Add, *moved)) return missing(pathText);
        } else if (name == QLatin1String("test")) {
            const auto found = valueAt(doc, *path);
            if (!found) return missing(pathText);
            if (!jsonEqual(*found, value))
                return fail(
                    HistoryText::tr("Operation %1 (test): the value at “%2” is %3, not %4.")
                        .arg(QString::number(number), pathText, formatValue(*found, 60), formatValue(value, 60)));
        } else {
            return fail(HistoryText::tr("Operation %1 has an unknown op “%2”.").arg(QString::number(number), name));
        }
    }
    return doc;
}

bool strategicPatchIsPlainMerge(const QJsonValue& patch) {
    if (!patch.isObject()) return false;
    const QJsonObject o = patch.toObject();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (it.key().startsWith(QLatin1Char('$'))) return false;
        const QJsonValue value = it.value();
        if (value.isArray() || (value.isObject() && !strategicPatchIsPlainMerge(value))) return false;
    }
    return true;
}

QString formatValue(const QJsonValue& v, int maxChars) {
    QString text;
    if (v.isUndefined()) return text;
    if (v.isObject()) {
        text = QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    } else if (v.isArray()) {
        text = QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    } else {
        // A scalar is written inside an array, then unwrapped: JSON's own quoting and number format.
        const QByteArray wrapped = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
        text = QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
    }
    if (maxChars > 0 && text.size() > maxChars) {
        qsizetype keep = maxChars - 1;
        if (keep > 0 && text.at(keep - 1).isHighSurrogate()) --keep;
        text = QString(text.left(keep) + QChar(char16_t(0x2026)));
    }
    return text;
}

bool pathUnder(std::string_view path, std::string_view prefix) {
    if (prefix.empty()) return true;
    if (path.size() < prefix.size() || path.substr(0, prefix.size()) != prefix) return false;
    return path.size() == prefix.size() || path[prefix.size()] == '.' || path[prefix.size()] == '[';
}

bool pathTouches(std::string_view changedPath, std::string_view field) {
    return pathUnder(changedPath, field) || pathUnder(field, changedPath);
}

std::optional<std::string> pathOfPointer(const QString& pointer) {
    const auto tokens = parsePointer(pointer);
    if (!tokens) return std::nullopt;
    std::string path;
    for (const QString& token : *tokens)
        path = isIndexToken(token) ? indexPath(path, token.toLongLong()) : keyPath(path, token);
    return path;
}

} // namespace ac
