#pragma once

#include <QJsonArray>
#include <QJsonValue>
#include <QString>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ac {

// One leaf that differs between two JSON documents.
struct FieldChange {
    enum class Kind : uint8_t { Added, Removed, Changed };
    Kind kind = Kind::Changed;
    // "spec.replicas", "spec.template.spec.containers[0].image", "metadata.labels[\"app.kubernetes.io/name\"]":
    // a key that is not [A-Za-z0-9_-]+ is quoted in brackets.
    std::string path;
    QJsonValue before{QJsonValue::Undefined}, after{QJsonValue::Undefined}; // Undefined where absent
};

// Leaf-level differences from `before` to `after`: the keys of `after` in its order (QJsonObject
// keeps keys sorted), then the keys only `before` has; arrays index by index (a longer or shorter
// array: the common elements' changes, then the added or removed tail). An added or removed
// object or array is listed leaf by leaf (an empty one as itself). Paths under an `ignore` prefix
// (at a segment boundary) are left out. Numbers compare by value (1 and 1.0 are equal).
std::vector<FieldChange> diffJson(const QJsonValue& before, const QJsonValue& after,
                                  const std::vector<std::string>& ignore = {});
// The same with every path under `at` ("status"): the difference of two parts of a larger document.
std::vector<FieldChange> diffJsonAt(const QJsonValue& before, const QJsonValue& after, std::string_view at,
                                    const std::vector<std::string>& ignore = {});

// Deep equality, numbers by value.
bool jsonEqual(const QJsonValue& a, const QJsonValue& b);

// RFC 7386: a null member removes the key, an object merges, anything else replaces.
QJsonValue applyMergePatch(const QJsonValue& target, const QJsonValue& patch);
// RFC 6902: add, remove, replace, move, copy, test. nullopt, with the reason in `why`, when an
// operation fails (a missing path, a failed test, an unknown op); the target is left as it was.
std::optional<QJsonValue> applyJsonPatch(const QJsonValue& target, const QJsonArray& ops, QString* why = nullptr);
// A strategic merge patch can be applied without the schema when it holds no list and no
// directive ($patch, $retainKeys, $setElementOrder/..., $deleteFromPrimitiveList/...): then it
// equals a JSON merge patch. False for anything but an object.
bool strategicPatchIsPlainMerge(const QJsonValue& patch);

// Compact JSON, shortened to at most `maxChars` characters with … (no limit when maxChars <= 0);
// empty for Undefined.
QString formatValue(const QJsonValue& v, int maxChars = 120);

// `path` is `prefix` or lies under it, at a segment boundary; everything lies under "".
bool pathUnder(std::string_view path, std::string_view prefix);
// "spec.replicas" touches "spec.replicas"; "spec" touches "spec.replicas" and the other way round
// (a prefix at a segment boundary: '.' or '['); "spec" does not touch "specs". An empty path is
// the whole document and touches everything.
bool pathTouches(std::string_view changedPath, std::string_view field);

// `path` extended by an object key or an array index, in diffJson's notation.
std::string keyPath(std::string_view path, const QString& key);
std::string indexPath(std::string_view path, qsizetype index);

// diffJson's notation for a JSON pointer (RFC 6901): "/spec/containers/0/image" is
// "spec.containers[0].image" (a token of digits is taken as an array index); nullopt when
// `pointer` is not a JSON pointer.
std::optional<std::string> pathOfPointer(const QString& pointer);

} // namespace ac
