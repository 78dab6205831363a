#pragma once
// The search pane: a query box in Hilo's query language (errors shown inline, with their
// position), the hits with their matched words in bold, and counts by group and by code for
// the whole result set (click one to narrow the query to it). Activating a hit asks the window
// to open the transcript at that passage; "Code All Hits…" codes every speaker turn the query
// finds, through the same operation as `hilo autocode`, in one undoable step after asking; "Quote" (Ctrl+Shift+Q) sends the current hit to the quote basket.
#include "search_results_model.h"

#include <QDockWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace hilo {
class SearchSession;
}

namespace hilo::ui {

class ProjectSession;

class SearchDock : public QDockWidget {
    Q_OBJECT
public:
    explicit SearchDock(QWidget* parent = nullptr);
    ~SearchDock() override;

    void setSession(ProjectSession* session);

    // Runs the query now (the box also runs it shortly after typing stops, and on Return).
    void runQuery(const QString& query);
    // Codes every speaker turn the current query finds (not just those shown) with the code,
    // for the current coder, as one undo step. Asks first when `confirm`. Returns whether it coded.
    bool codeAllHits(std::int64_t codeId, bool confirm = true);

    QLineEdit* queryEdit() const { return query_; }
    QLabel* errorLabel() const { return error_; }
    QLabel* facetLabel() const { return facets_; }
    QTableView* resultsView() const { return results_; }
    QPushButton* quoteButton() const { return quote_; }
    SearchResultsModel* model() const { return model_; }
    std::int64_t totalHits() const { return total_; }

    // At most this many hits are listed; counts and "Code All Hits" cover them all.
    static constexpr std::size_t kListed = 500;

Q_SIGNALS:
    // Open the source with [start, end) (code points) selected.
    void passageRequested(std::int64_t sourceId, std::int64_t start, std::int64_t end);
    // Put the passage in the quote basket.
    void quoteRequested(std::int64_t sourceId, std::int64_t start, std::int64_t end);

private:
    void rerun();
    void showFacets(const SearchResults& results);
    void narrowTo(const QString& filter);
    void chooseCodeForAllHits();
    void activate(const QModelIndex& index);

    ProjectSession* session_ = nullptr;
    std::unique_ptr<SearchSession> search_;
    QLineEdit* query_;
    QLabel* error_;
    QLabel* summary_;
    QLabel* facets_;
    QTableView* results_;
    QPushButton* codeAll_;
    QPushButton* quote_;
    QTimer* typing_;
    SearchResultsModel* model_;
    std::int64_t total_ = 0;
};

} // namespace hilo::ui
