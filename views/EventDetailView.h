#pragma once

#include "backends/Backend.h"

#include <QWidget>

#include <memory>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
QT_END_NAMESPACE

namespace ac {

// The whole event behind a row: its JSON (or YAML) pretty-printed and highlighted, where it
// came from, the other stages of its request, and Copy.
class EventDetailView : public QWidget {
    Q_OBJECT
public:
    explicit EventDetailView(QWidget* parent = nullptr);
    // Fetches the event's detail and renders it off the GUI thread; shows a shortened view of
    // an event larger than kShownChars and says so.
    void showEventByRef(std::shared_ptr<const Backend> backend, const QString& ref);
    void clear();
    QString text() const;
    QString ref() const { return m_ref; }
    // The request shown (its row as the events list has it), or null before its detail arrived.
    const EventRow* shownRow() const;
    bool isBusy() const { return m_busy > 0; }
    bool isShortened() const { return m_shortened; }
    static constexpr qsizetype kShownChars = 512 * 1024;
    static constexpr size_t kYamlMaxBytes = size_t(8) << 20;

    // Re-indents JSON text keeping its key order (QJsonDocument would sort the keys).
    // At most about maxBytes of output: a huge event is pretty-printed only as far as it is shown.
    static QString prettyJson(std::string_view raw, size_t maxBytes = SIZE_MAX);
    static QString toYaml(std::string_view raw);

Q_SIGNALS:
    void rendered(); // the event (or why there is none) is on screen

private:
    void render(size_t stage);

    QString m_ref;
    std::shared_ptr<const EventDetail> m_detail;
    size_t m_stage = 0;
    uint64_t m_generation = 0;
    int m_busy = 0;
    bool m_shortened = false;
    QLabel* m_source;
    QComboBox* m_format;
    QListWidget* m_stages;
    QPlainTextEdit* m_json;
    QPlainTextEdit* m_yaml;
    QPushButton* m_copy;
};

} // namespace ac
