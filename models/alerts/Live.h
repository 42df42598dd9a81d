#pragma once

#include "Alerts.h"
#include "audit/Loader.h"

#include <QObject>
#include <QStringList>

#include <deque>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

QT_BEGIN_NAMESPACE
class QTimer;
QT_END_NAMESPACE

namespace ac {

// Follows files as `tail -F` does: each poll returns the complete lines appended since the
// last one. A file replaced under its name (rotation: another inode) is read to its end through
// the descriptor kept open, then the new file from its start; a file that shrank (truncation,
// copytruncate) is read again from its start. A folder's plain audit files are followed, new
// ones included; gzipped files are not (rotation compresses what was already read). A folder's
// file renamed within it (audit.log → audit-<time>.log) is followed on under its new name from
// where it was, not read again.
class FileFollower {
public:
    // `fromEnd`: start at each file's current end (what is there was loaded already); else
    // from the start.
    explicit FileFollower(QStringList paths, bool fromEnd = true);
    // With `fromEnd`: where the load stopped in each file (bytes, by path as the load named it;
    // SourceFileInfo::bytes), so that lines appended between the load and now are read too.
    FileFollower(QStringList paths, std::map<QString, qint64> loadedBytes);
    ~FileFollower();
    FileFollower(const FileFollower&) = delete;
    FileFollower& operator=(const FileFollower&) = delete;

    struct Poll {
        std::vector<TextChunk> chunks; // complete lines only; a partial last line waits
        std::vector<LoadIssue> notes;  // "rotated", "truncated: read again from the start", errors
        qint64 bytes = 0;
    };
    // At most `maxBytes` of new text per poll (the rest comes on the next one).
    Poll poll(size_t maxBytes = size_t(64) << 20);
    QStringList files() const; // the files followed now
    // Up to `maxBytes` of complete lines before where each file was opened (the end of what was
    // loaded): live windows then hold the events just before the load too.
    std::vector<TextChunk> textBefore(size_t maxBytes);

private:
    struct File;
    void discover(bool initial);
    void addFile(const QString& path, bool named, bool initial);
    bool openFile(File& f);
    void step(File& f, size_t& budget, Poll& out);
    bool readAppended(File& f, size_t& budget, Poll& out);
    void note(File& f, const QString& reason);
    QStringList m_paths;
    bool m_fromEnd;
    std::map<QString, qint64> m_loadedBytes;          // by clean path
    std::map<QString, std::unique_ptr<File>> m_files; // by clean path
    std::set<QString> m_folders;                      // paths seen as folders
    std::set<std::pair<QString, QString>> m_noted;    // folder problems, said once
    std::vector<LoadIssue> m_notes;                   // for the next poll
    size_t m_round = 0;                               // the file read first, in turn
};

// Rules run continuously: over followed files (the text appended since the load, kept for a
// while and loaded into a small memory backend after each poll with new lines), or over a
// remote source polled every interval over its last minutes. Each finding is raised once (its
// key). Evaluation runs off the calling thread; findings arrive as signals.
class LiveAlerts : public QObject {
    Q_OBJECT
public:
    explicit LiveAlerts(QObject* parent = nullptr);
    ~LiveAlerts() override;

    void setRules(std::vector<Rule> rules);
    void setOptions(const AlertOptions& options);
    // Findings already known (from the evaluation of what was loaded): not raised again.
    void setSeen(std::set<std::string> keys);
    // Only the events this selects (the command line's filters); null: all.
    void setScope(ExprPtr scope);
    void setLoadOptions(const LoadOptions& options);

    // Follow these files (polled every `intervalMs`); `fromEnd` as in FileFollower.
    void followFiles(const QStringList& paths, bool fromEnd = true, int intervalMs = 1000);
    // From where the load stopped in each file (see FileFollower).
    void followFiles(const QStringList& paths, const std::map<QString, qint64>& loadedBytes, int intervalMs = 1000);
    // Poll a remote backend every `intervalMs` over [now - lookback, now).
    void pollBackend(std::shared_ptr<const Backend> backend, int intervalMs = 30000);
    void stop();
    bool isRunning() const;
    // Runs one poll and evaluation now and waits for it (tests, the command line).
    void pollNow();
    // The retained appended text, as a backend (null before the first new line); the polled
    // backend when polling one.
    std::shared_ptr<const Backend> liveBackend() const;

Q_SIGNALS:
    void findingsRaised(const std::vector<ac::Finding>& findings);
    // Rotation, truncation, a rule the source cannot run, a failed poll.
    void notice(const QString& message);
    // After each poll: the bytes it read and the records evaluated (-1 for a remote source).
    void polled(qint64 newBytes, qint64 retainedEvents);

private:
    struct State;
    void tick();
    bool startPoll(); // false when no evaluation was started
    void finishJob(); // delivers a finished evaluation, once
    void waitAndFinish();
    std::unique_ptr<State> m_state;
    QTimer* m_timer;
};

} // namespace ac
