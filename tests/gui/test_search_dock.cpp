// The search pane driven through its real widgets (offscreen) on the demo project: typing a
// query lists the hits the index finds with the matched words in bold and counts by group;
// a bad query says what and where; activating a hit opens its passage selected; a hit goes to
// the quote basket; coding all hits is one undoable step, and the results follow the store.
#include "analysis/quotes/quote_store.h"
#include "demo_project.h"
#include "index/index_sync.h"
#include "index/search.h"
#include "main_window.h"
#include "project/codebook_store.h"
#include "project/coding_store.h"
#include "project/project.h"
#include "project/source_store.h"
#include "project_session.h"
#include "search_dock.h"
#include "source_tree_model.h"
#include "test_folder.h"
#include "text/qt_offsets.h"
#include "text/unicode_text.h"
#include "transcript_view.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

#include <filesystem>

namespace fs = std::filesystem;

class SearchDockTest : public QObject {
    Q_OBJECT

private:
    fs::path folder_;
    fs::path project_;
    std::int64_t shameCode_ = 0;

    static std::int64_t codingCount(hilo::ui::MainWindow& window)
    {
        return hilo::CodingStore(window.session()->project()).count();
    }

private Q_SLOTS:
    void initTestCase()
    {
        folder_ = hilo::test::freshTestFolder("hilo-gui-search-");
        project_ = folder_ / "Search.hilo";
        hilo::Project project = hilo::test::createDemoProject(project_);
        hilo::CodebookStore(project).add("Disclosure");
        shameCode_ = hilo::CodebookStore(project).add("Disclosure/Shame");
    }

    void cleanupTestCase() { fs::remove_all(folder_); }

    void typingAQueryListsTheHitsWithCounts()
    {
        hilo::ui::MainWindow window;
        window.openProject(project_, false);
        hilo::ui::SearchDock* dock = window.searchDock();
        dock->queryEdit()->setFocus();
        QTest::keyClicks(dock->queryEdit(), QString::fromUtf8("VERGUENZA"));
        QTest::keyClick(dock->queryEdit(), Qt::Key_Return);

        const hilo::SearchResults expected =
            hilo::search(window.session()->project(), "vergüenza", {.limit = 1000, .groupFacet = true});
        QVERIFY(expected.total > 0);
        QCOMPARE(dock->totalHits(), expected.total);
        QCOMPARE(dock->model()->rowCount(), static_cast<int>(expected.hits.size()));
        QVERIFY(dock->errorLabel()->isHidden());
        // The matched word is bold in the passage, whatever its accents or case in the text.
        const QString html = dock->model()->index(0, hilo::ui::SearchResultsModel::PassageColumn)
                                 .data(hilo::ui::SearchResultsModel::HtmlRole)
                                 .toString();
        QVERIFY2(html.contains(QStringLiteral("<b>")), qPrintable(html));
        QVERIFY(html.toLower().contains(QString::fromUtf8("<b>vergüenza</b>")) ||
                html.toLower().contains(QString::fromUtf8("<b>verguenza</b>")));
        // Counts by group, for the whole result set.
        for (const hilo::FacetCount& group : expected.groups)
            QVERIFY2(dock->facetLabel()->text().contains(
                         QStringLiteral("%1</a> %2").arg(hilo::text::toQString(group.label)).arg(group.count)),
                     qPrintable(dock->facetLabel()->text()));
    }

    void openingAProjectWithoutAnIndexBuildsIt()
    {
        fs::remove_all(project_ / "index");
        hilo::ui::MainWindow window;
        window.openProject(project_, false);
        QVERIFY(hilo::indexIsFresh(window.session()->project()));
        window.searchDock()->runQuery(QStringLiteral("miedo"));
        QVERIFY(window.searchDock()->totalHits() > 0);
    }

    void aBadQuerySaysWhatAndWhere()
    {
        hilo::ui::MainWindow window;
        window.openProject(project_, false);
        hilo::ui::SearchDock* dock = window.searchDock();
        dock->runQuery(QStringLiteral("miedo colour:red"));
        QVERIFY(!dock->errorLabel()->isHidden());
        QVERIFY2(dock->errorLabel()->text().contains(QStringLiteral("unknown filter 'colour:' at position 7")),
                 qPrintable(dock->errorLabel()->text()));
        dock->runQuery(QStringLiteral("miedo"));
        QVERIFY(dock->errorLabel()->isHidden());
    }

    void activatingAHitOpensItsPassageSelected()
    {
        hilo::ui::MainWindow window;
        window.openProject(project_, false);
        hilo::ui::SearchDock* dock = window.searchDock();
        dock->runQuery(QStringLiteral("kind:turn miedo"));
        QVERIFY(dock->model()->rowCount() > 1);
        const int row = dock->model()->rowCount() - 1; // not the first source shown by default
        const hilo::SearchHit hit = dock->model()->hit(row);
        dock->resultsView()->setCurrentIndex(dock->model()->index(row, 0));
        QTest::keyClick(dock->resultsView(), Qt::Key_Return);

        const QModelIndex current = window.sourceTree()->currentIndex();
        QCOMPARE(current.siblingAtColumn(0).data(hilo::ui::SourceTreeModel::SourceIdRole).toLongLong(), hit.sourceId);
        const hilo::SourceDetail source =
            hilo::SourceStore(window.session()->project()).source(std::to_string(hit.sourceId));
        const QString selected = window.transcriptView()->textCursor().selectedText();
        QCOMPARE(hilo::text::fromQString(selected), hilo::text::slice(source.text, hit.start, hit.end));
    }

    void aHitGoesToTheQuoteBasket()
    {
        hilo::ui::MainWindow window;
        window.openProject(project_, false);
        hilo::ui::SearchDock* dock = window.searchDock();
        dock->runQuery(QStringLiteral("kind:turn miedo"));
        QVERIFY(!dock->quoteButton()->isEnabled()); // no current hit yet
        dock->resultsView()->setCurrentIndex(dock->model()->index(0, 0));
        const hilo::SearchHit hit = dock->model()->hit(0);
        const std::int64_t before = hilo::quotes::QuoteStore(window.session()->project()).count();
        QTest::mouseClick(dock->quoteButton(), Qt::LeftButton);
        const std::vector<hilo::quotes::QuoteRecord> basket = hilo::quotes::QuoteStore(window.session()->project()).list();
        QCOMPARE(static_cast<std::int64_t>(basket.size()), before + 1);
        QCOMPARE(basket.back().sourceId, hit.sourceId);
        window.undoStack()->undo();
        QCOMPARE(hilo::quotes::QuoteStore(window.session()->project()).count(), before);
    }

    void codingAllHitsIsOneUndoableStep()
    {
        hilo::ui::MainWindow window;
        window.openProject(project_, false);
        window.setCurrentCoder(QStringLiteral("Ana"));
        hilo::ui::SearchDock* dock = window.searchDock();
        dock->runQuery(QStringLiteral("kind:turn vergüenza"));
        const std::int64_t hits = dock->totalHits();
        QVERIFY(hits > 0);
        const std::int64_t before = codingCount(window);

        QVERIFY(dock->codeAllHits(shameCode_, false));
        QCOMPARE(codingCount(window), before + hits);
        // The results follow the store: every hit now shows the code.
        for (int row = 0; row < dock->model()->rowCount(); ++row)
            QVERIFY(dock->model()->index(row, hilo::ui::SearchResultsModel::CodesColumn)
                        .data()
                        .toString()
                        .contains(QStringLiteral("Disclosure/Shame")));
        QCOMPARE(dock->model()->rowCount(), static_cast<int>(hits));
        dock->runQuery(QStringLiteral("code:Shame kind:coding"));
        QCOMPARE(dock->totalHits(), hits);

        window.undoStack()->undo();
        QCOMPARE(codingCount(window), before);
        QCOMPARE(dock->totalHits(), std::int64_t{0}); // the same query, run again after the undo
    }
};

int runSearchDockTests(int argc, char** argv)
{
    SearchDockTest test;
    return QTest::qExec(&test, argc, argv);
}

const QMetaObject& searchDockTestMetaObject()
{
    return SearchDockTest::staticMetaObject;
}

#include "test_search_dock.moc"
