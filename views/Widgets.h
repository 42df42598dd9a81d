#pragma once

#include <QFrame>
#include <QTableView>

QT_BEGIN_NAMESPACE
class QLabel;
QT_END_NAMESPACE

namespace ac {

// A headline figure: a big number and its label; clicking it drills down.
class FigureCard : public QFrame {
    Q_OBJECT
public:
    FigureCard(const QString& label, const QString& tip, QWidget* parent = nullptr);
    void setValue(const QString& value);
    QString value() const;
    QString label() const;

Q_SIGNALS:
    void activated();

protected:
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    QLabel* m_value;
    QLabel* m_label;
};

// A table view for report tables: sortable through the model's own sort (done in the
// engine), failed codes in red, Enter or double-click drills down, context menu exports CSV.
class ReportTable : public QTableView {
    Q_OBJECT
public:
    explicit ReportTable(QWidget* parent = nullptr);
    bool exportCsv(const QString& path) const;
    void setModel(QAbstractItemModel* model) override;

Q_SIGNALS:
    void rowActivated(const QModelIndex& index);

protected:
    void keyPressEvent(QKeyEvent* event) override;
};

} // namespace ac
