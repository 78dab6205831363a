// What the window remembers between sessions: where the docks were, and which projects were
// opened lately (File ▸ Open Recent).
#include "main_window.h"
#include "project/project.h"
#include "search_dock.h"
#include "quote_basket_dock.h"
#include "source_tree_model.h"
#include "welcome.h"
#include "test_folder.h"

#include <QAction>
#include <QDir>
#include <QMenu>
#include <QSettings>
#include <QTest>

#include <filesystem>

namespace fs = std::filesystem;

class WindowStateTest : public QObject {
    Q_OBJECT

private:
    fs::path folder_;

private Q_SLOTS:
    void initTestCase()
    {
        folder_ = hilo::test::freshTestFolder("hilo-state-test-");
    }

    void cleanupTestCase()
    {
        fs::remove_all(folder_);
        // Later tests start from the default layout.
        QSettings().remove(QStringLiteral("window"));
    }

    void theDockLayoutComesBackInTheNextWindow()
    {
        {
            hilo::ui::MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(window.searchDock()->isVisible());
            window.searchDock()->hide();
            window.quoteBasketDock()->setFloating(true);
            window.close(); // saves the layout
        }
        hilo::ui::MainWindow next;
        next.show();
        QVERIFY(QTest::qWaitForWindowExposed(&next));
        QVERIFY(!next.searchDock()->isVisible());
        QVERIFY(next.quoteBasketDock()->isFloating());
    }

    void openedProjectsAreListedUnderOpenRecent()
    {
        const fs::path first = folder_ / "First.hilo";
        const fs::path second = folder_ / "Second.hilo";
        hilo::Project::create(first);
        hilo::Project::create(second);
        {
            hilo::ui::MainWindow window;
            window.openProject(first, false);
            window.setCurrentCoder(QStringLiteral("Ana Ruiz")); // remembered: reopening asks nobody
            window.openProject(second, false);
        }
        const QStringList recent = hilo::ui::MainWindow::recentProjects();
        QVERIFY(recent.size() >= 2);
        QCOMPARE(recent[0], QString::fromStdString(second.string()));
        QCOMPARE(recent[1], QString::fromStdString(first.string()));

        // The menu offers them, and choosing one opens it.
        hilo::ui::MainWindow window;
        auto* menu = window.findChild<QMenu*>(QStringLiteral("recentMenu"));
        QVERIFY(menu);
        Q_EMIT menu->aboutToShow();
        QVERIFY(menu->actions().size() >= 2);
        QCOMPARE(menu->actions()[1]->text(), QDir::toNativeSeparators(QString::fromStdString(first.string())));
        menu->actions()[1]->trigger();
        QCOMPARE(window.windowTitle(), QStringLiteral("First.hilo — Hilo"));
    }

    // The welcome's demo project: built once from the demo corpus, then reused.
    void theDemoProjectIsBuiltFromTheCorpus()
    {
        QVERIFY(hilo::ui::firstStart());
        QVERIFY(!hilo::ui::firstStart());
        const std::optional<fs::path> corpus = hilo::ui::demoCorpusFolder();
        QVERIFY(corpus);
        const fs::path target = folder_ / "Demo.hilo";
        QCOMPARE(hilo::ui::buildDemoProject(*corpus, target), target);
        QVERIFY(!fs::exists(target.string() + ".building"));
        hilo::ui::MainWindow window;
        window.openProject(target, false);
        QCOMPARE(window.sourceModel()->rowCount(), 3); // YP, FW, JP
        const auto files = std::distance(fs::directory_iterator(*corpus / "corpus"), fs::directory_iterator());
        QCOMPARE(window.session() != nullptr, true);
        int sources = 0;
        for (int g = 0; g < 3; ++g)
            sources += window.sourceModel()->rowCount(window.sourceModel()->index(g, 0));
        QCOMPARE(static_cast<long>(sources), static_cast<long>(files));
        window.closeProject();
        // A second call keeps the project as it is.
        QCOMPARE(hilo::ui::buildDemoProject(*corpus, target), target);
    }
};

const QMetaObject& windowStateTestMetaObject()
{
    return WindowStateTest::staticMetaObject;
}

int runWindowStateTests(int argc, char** argv)
{
    WindowStateTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_window_state.moc"
