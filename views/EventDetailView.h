#pragma once

#include "audit/EventStore.h"

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
    void showRecord(std::shared_ptr<const EventStore> store, uint32_t record);
    void clear();
    QString text() const;
    uint32_t record() const { return m_record; }

    // Re-indents JSON text keeping its key order (QJsonDocument would sort the keys).
    static QString prettyJson(std::string_view raw);
    static QString toYaml(std::string_view raw);

private:
    void render();

    std::shared_ptr<const EventStore> m_store;
    uint32_t m_record = 0;
    QLabel* m_source;
    QComboBox* m_format;
    QListWidget* m_stages;
    QPlainTextEdit* m_json;
    QPlainTextEdit* m_yaml;
    QPushButton* m_copy;
};

} // namespace ac
