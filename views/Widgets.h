#pragma once

#include <QFrame>
#include <QTableView>

QT_BEGIN_NAMESPACE
class QLabel;
QT_END_NAMESPACE

namespace ac {

// A greyed, wrapping line of plain text under a field, as the notes in Preferences.
QLabel* noteLabel(QWidget* parent);

// A headline figure: a big number and its label; clicking it drills down.
class FigureCard : public QFrame {
    Q_OBJECT
public:
    FigureCard(const QString& label, const QString& tip, QWidget* parent = nullptr);
    void setValue(const QString& value);
    // "187 succeeded · 238 failed" under the figure, each part a drill-down.
    void setOutcome(qint64 total, qint64 failed);
    QString outcomeText() const;
    QString value() const;
    QString label() const;

Q_SIGNALS:
    void activated();
    void outcomeActivated(bool failed);

protected:
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    QLabel* m_value;
    QLabel* m_label;
    QLabel* m_outcome;
    qint64 m_succeeded = 0, m_failed = 0;
};

// A table view for report tables: sortable through the model's own sort (done in the
// engine), failed codes in red, Enter or double-click drills down, context menu exports CSV.
class ReportTable : public QTableView {
    Q_OBJECT
public:
    explicit ReportTable(QWidget* parent = nullptr);
    // Writes the columns shown, every row (an event table pages through its whole query), times
    // in UTC; false when it could not be written or was cancelled.
    // *cancelled: the user stopped it, or the source's error was already shown; either way a
    // false return is then nothing more to report.
    bool exportCsv(const QString& path, bool* cancelled = nullptr) const;
    void setModel(QAbstractItemModel* model) override;
    // Columns can be hidden from the header's context menu; the choice and the widths are
    // remembered under this key.
    void setSettingsKey(const QString& key);
    // The folder export dialogs open in: the last one exported to.
    static QString exportFolder();
    static void rememberExportFolder(const QString& filePath);

Q_SIGNALS:
    void rowActivated(const QModelIndex& index);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void saveHeader() const;
    void showColumnMenu(const QPoint& pos);
    QString m_settingsKey;
};

} // namespace ac
