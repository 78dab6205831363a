#pragma once
// Inter-coder agreement in the workbench: choose coders and a unit, read a table of codes x
// statistics coloured by the usual thresholds (alpha or kappa >= 0.800 green, >= 0.667 amber,
// below red; Krippendorff 2004, sec. 11.4), with units and codings counted; select a code to
// list where the coders differ, each coder's words side by side; activate one to see it in the
// transcript. Recomputed after every change to the project while shown, else when next shown.
// The computation runs off the GUI thread on its own read-only connection, behind a progress
// dialog that cancels: a cancelled one leaves the dock as it was (table, coders and unit).
#include "analysis/agreement/project_agreement.h"

#include <QDockWidget>

#include <cstddef>
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
    // Recomputes the table; shows why when it cannot (fewer than two coders, ...). Returns
    // false when the computation was cancelled or failed.
    bool compute();
    // Tests: cancel the next computations when they report this many steps done (0: never).
    void setCancelAtStep(std::size_t step) { cancelAtStep_ = step; }

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
    void showResult(const analysis::ProjectAgreement& result);
    // The choices of the table on show, put back when a computation is cancelled.
    void rememberShownChoices();
    void restoreShownChoices();

    ProjectSession* session_ = nullptr;
    QListWidget* coders_;
    QComboBox* unit_;
    QLabel* message_;
    QTableWidget* table_;
    QTreeWidget* disagreements_;
    std::vector<std::int64_t> rowCodes_; // code id per table row; 0 for "all codes"
    bool loading_ = false;
    bool stale_ = true;
    bool computing_ = false;
    bool computeAgain_ = false; // asked for while computing
    std::size_t cancelAtStep_ = 0;
    QStringList shownCoders_;
    int shownUnit_ = 0;
};

} // namespace hilo::ui
