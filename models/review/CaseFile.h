#pragma once

#include "backends/Backend.h"
#include "backends/Source.h"
#include "query/FilterState.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <string>
#include <vector>

namespace ac {

// An event the investigator marked, with what they wrote about it. The event is named by its
// auditID and time (a source's row references do not survive reopening it).
struct CaseBookmark {
    std::string auditId;
    int64_t time = 0; // µs
    QString summary;  // "alice patch deployments default/web → 200"
    QString note;
    QString origin; // the file it came from, and the line
    qint64 line = 0;
    bool operator==(const CaseBookmark&) const = default;
};

// A note on an alert finding: the rule and the finding's key (operator, object).
struct CaseFindingNote {
    QString ruleId, key, summary, note;
    int64_t time = 0;
    bool operator==(const CaseFindingNote&) const = default;
};

// A named view: which page, the filter bar as it was and the detail page's resource.
struct SavedView {
    enum class Page : uint8_t { Overview, Resources, Detail, Events, Findings };
    QString name;
    Page page = Page::Overview;
    QString search; // the search box text, `|` part included
    std::vector<std::string> namespaces, accounts, codes;
    bool hideSystem = false;
    TimeSelection time;
    QString resource; // the detail page's resource
    bool operator==(const SavedView&) const = default;

    // The filter bar's state (the search parsed); nullopt with the reason when the search is no
    // longer valid.
    std::optional<FilterState> filterState(QString* why = nullptr) const;
    static SavedView from(const FilterState& state, const QString& searchText, Page page, const QString& resource);
};

// One investigation, kept in a file the user chooses (JSON) so it can be reopened or handed on.
struct CaseFile {
    QString title;
    QString notes;       // free text
    QStringList sources; // the files and folders it was opened on, or a remote source's label
    std::vector<CaseBookmark> bookmarks;
    std::vector<CaseFindingNote> findingNotes;
    std::vector<SavedView> views;
    bool operator==(const CaseFile&) const = default;

    bool isEmpty() const;
    QJsonObject toJson() const;
    // A case from its JSON; the reason names the file and what is wrong.
    static Result<CaseFile> fromJson(const QByteArray& bytes, const QString& path);
    static Result<CaseFile> load(const QString& path);
    // Written through a temporary file, so a failed save leaves the old file as it was.
    std::optional<QString> save(const QString& path) const;
};

// The command that prints what `view` shows over `source`: `audit-console report overview
// --query '…' --last 7d FILE…`, shell-quoted. The window's time presets count back from the
// newest event as --last does, so the figures are the same.
QString commandLineFor(const SavedView& view, const Source& source);
// The same filters and source after another command: {"report", "all", "--format", "pdf", …}.
QString commandLineFor(const QStringList& command, const SavedView& view, const Source& source);
// Single-quoted for a POSIX shell where it needs quoting.
QString shellQuote(const QString& word);

} // namespace ac
