#pragma once
// Inter-coder agreement in the workbench: choose coders and a unit, read a table of codes x
// statistics coloured by the usual thresholds (alpha or kappa >= 0.800 green, >= 0.667 amber,
// below red; Krippendorff 2004, sec. 11.4), with units and codings counted; select a code to
// list where the coders differ, each coder's words side by side; activate one to see it in the
// transcript. Recomputed after every change to the project while shown, else when next shown.
#include "analysis/agreement/project_agreement.h"

#include <QDockWidget>

#include <cstdint>
#include <optional>

class QComboBox;
class QLabel;
class QListWidget;
class QTableWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace hilo::ui {

class ProjectSession;

class AgreementDock : public QDockWidget {
    Q_OBJECT
public:
    // Columns of the statistics table.
    enum Column { CodeColumn, UnitsColumn, CodingsColumn, AgreeColumn, CohenColumn, FleissColumn, BrennanColumn, AlphaColumn, IntervalColumn };
    // Roles on the disagreement items (column 0).
    enum Role { SourceIdRole = Qt::UserRole + 1, StartRole, EndRole };
    static constexpr double kReliable = 0.8;
    static constexpr double kTentative = 0.667;

    explicit AgreementDock(QWidget* parent = nullptr);

    void setSession(ProjectSession* session);

    // Checks exactly these coders (by name, case-insensitively) and recomputes.
    void setCoders(const QStringList& names);
    QStringList checkedCoders() const;
    void setUnit(analysis::AgreementUnit unit);
    // Recomputes the table; shows why when it cannot (fewer than two coders, ...).
    void compute();

    QTableWidget* table() const { return table_; }
    QTreeWidget* disagreementList() const { return disagreements_; }
    QListWidget* coderList() const { return coders_; }
    QComboBox* unitBox() const { return unit_; }
    QString message() const;
    // The code of the table's current row, if it is a code's row.
    std::optional<std::int64_t> currentCodeId() const;
    // Opens the disagreement at `index` in the list (as activating it does).
    void activateDisagreement(int index);

    // The background a value gets: green, amber or red by the thresholds.
    static QColor colorFor(double value);

Q_SIGNALS:
    // A disagreement was activated: show this span [start, end) (code points) of the source.
    void spanActivated(std::int64_t sourceId, std::int64_t start, std::int64_t end);

private:
    void reloadCoders();
    void recomputeWhenShown();
    void showDisagreements();
    void itemActivated(QTreeWidgetItem* item);

    ProjectSession* session_ = nullptr;
    QListWidget* coders_;
    QComboBox* unit_;
    QLabel* message_;
    QTableWidget* table_;
    QTreeWidget* disagreements_;
    std::vector<std::int64_t> rowCodes_; // code id per table row; 0 for "all codes"
    bool loading_ = false;
    bool stale_ = true;
};

} // namespace hilo::ui
