// File ▸ Import/Export REFI-QDA Project and Merge Coder's Copy, driven through the window's
// real actions with the file names injected where a dialog would ask.
#include "../exchange/exchange_fixtures.h"
#include "test_folder.h"

#include "main_window.h"
#include "project_exchange.h"
#include "project_session.h"
#include "source_tree_model.h"

#include <QAction>
#include <QTest>
#include <QUndoStack>

#include <filesystem>

namespace fs = std::filesystem;
using hilo::ui::ProjectExchange;

class ExchangeTest : public QObject {
    Q_OBJECT

private:
    fs::path folder_;
    fs::path coded_;

    static int sourcesShown(hilo::ui::MainWindow& window)
    {
        int total = 0;
        hilo::ui::SourceTreeModel* model = window.sourceModel();
        for (int g = 0; g < model->rowCount(); ++g)
            total += model->rowCount(model->index(g, 0));
        return total;
    }

    static std::int64_t codings(hilo::ui::MainWindow& window)
    {
        return window.session()->project().db().queryInt("SELECT count(*) FROM codings");
    }

    static void injectFile(hilo::ui::MainWindow& window, const fs::path& file)
    {
        window.exchange()->setFileChooser([file](ProjectExchange::Choice) { return QString::fromStdString(file.string()); });
    }

private Q_SLOTS:
    void initTestCase()
    {
        folder_ = hilo::test::freshTestFolder("hilo-gui-exchange-");
        coded_ = folder_ / "Coded.hilo";
        hilo::Project project = hilo::Project::create(coded_);
        hilo::test::fillCodedDemo(project);
    }

    void cleanupTestCase() { fs::remove_all(folder_); }

    void exportThenImportThroughTheFileMenu()
    {
        const fs::path qdpx = folder_ / "coded.qdpx";
        std::int64_t expectedCodings = 0;
        {
            hilo::ui::MainWindow window;
            window.openProject(coded_, false);
            expectedCodings = codings(window);
            injectFile(window, qdpx);
            QVERIFY(window.exchange()->exportAction()->isEnabled());
            window.exchange()->exportAction()->trigger();
            QVERIFY2(fs::exists(qdpx), qPrintable(window.exchange()->lastReport()));
        }

        { hilo::Project::create(folder_ / "Empty.hilo"); }
        hilo::ui::MainWindow window;
        window.openProject(folder_ / "Empty.hilo", false);
        QCOMPARE(sourcesShown(window), 0);
        injectFile(window, qdpx);
        window.exchange()->importAction()->trigger();
        QVERIFY2(window.exchange()->lastReport().contains(QStringLiteral("Sources: 0 matched, 14 new")),
                 qPrintable(window.exchange()->lastReport()));
        QCOMPARE(sourcesShown(window), 14);
        QCOMPARE(codings(window), expectedCodings);

        // One undo step takes the whole import away, and redo brings it back.
        window.undoStack()->undo();
        QCOMPARE(sourcesShown(window), 0);
        QCOMPARE(codings(window), std::int64_t{0});
        window.undoStack()->redo();
        QCOMPARE(sourcesShown(window), 14);
        QCOMPARE(codings(window), expectedCodings);
    }

    void mergingACodersCopyTwiceAddsNothingTheSecondTime()
    {
        const fs::path study = folder_ / "Study.hilo";
        const fs::path ben = folder_ / "Ben.hilo";
        fs::copy(coded_, study, fs::copy_options::recursive);
        fs::copy(coded_, ben, fs::copy_options::recursive);
        {
            hilo::Project copy = hilo::Project::open(ben);
            const std::int64_t coder = hilo::CoderStore(copy).add("Ben");
            const std::int64_t code = hilo::CodebookStore(copy).code("Embarrassment").id;
            hilo::CodingStore(copy).addMany({{hilo::SourceStore(copy).source("yp02").id, code, coder, 0, 20}});
        }
        hilo::ui::MainWindow window;
        window.openProject(study, false);
        const std::int64_t before = codings(window);
        injectFile(window, ben);
        window.exchange()->mergeAction()->trigger();
        QCOMPARE(codings(window), before + 1);
        QVERIFY(window.exchange()->lastReport().contains(QStringLiteral("Coders: 2 matched, 1 new")));
        window.exchange()->mergeAction()->trigger();
        QCOMPARE(codings(window), before + 1);
        QVERIFY(window.exchange()->lastReport().contains(QStringLiteral("Codings: 0 new")));
        QCOMPARE(window.undoStack()->count(), 1); // the second merge changed nothing: no undo step
    }

    void aRefusedArchiveChangesNothing()
    {
        hilo::ui::MainWindow window;
        window.openProject(coded_, false);
        const std::int64_t before = codings(window);
        injectFile(window, hilo::test::refiQdaFixture("evil-bomb.qdpx"));
        window.exchange()->importAction()->trigger();
        QVERIFY(window.exchange()->lastReport().contains(QStringLiteral("zip bomb")));
        QCOMPARE(codings(window), before);
        QCOMPARE(window.undoStack()->count(), 0);
    }
};

const QMetaObject& exchangeTestMetaObject()
{
    return ExchangeTest::staticMetaObject;
}

int runExchangeTests(int argc, char** argv)
{
    ExchangeTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_exchange.moc"
