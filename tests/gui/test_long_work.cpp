// Import and reindex run behind a cancellable progress dialog: cancelling half-way leaves the
// project exactly as it was (same store bytes, same sources, same index files); letting them
// finish adds the transcripts as one undoable step.
#include "long_work.h"
#include "main_window.h"
#include "project_files.h"
#include "project/operations/source_operations.h"
#include "project/project.h"
#include "project_session.h"
#include "search_dock.h"
#include "test_folder.h"

#include <QAction>
#include <QTest>
#include <QUndoStack>

#include <filesystem>
#include <algorithm>
#include <map>

namespace fs = std::filesystem;

namespace {

using hilo::test::filesUnder;

std::int64_t sourceCount(hilo::ui::MainWindow& window)
{
    return window.session()->project().db().queryInt("SELECT count(*) FROM sources");
}

} // namespace

class LongWorkTest : public QObject {
    Q_OBJECT

private:
    fs::path folder_;
    fs::path project_;
    std::vector<fs::path> rest_; // demo transcripts not yet in the project
    int projects_ = 0;

    // A project holding the first ten demo transcripts; the others are left to import.
    fs::path makeProject()
    {
        const fs::path path = folder_ / ("LongWork" + std::to_string(++projects_) + ".hilo");
        hilo::Project project = hilo::Project::create(path);
        std::vector<fs::path> all;
        for (const auto& entry : fs::directory_iterator(fs::path(HILO_DEMO_DIR) / "corpus"))
            all.push_back(entry.path());
        std::sort(all.begin(), all.end());
        hilo::ImportRequest request = demoRequest();
        request.files.assign(all.begin(), all.begin() + 10);
        rest_.assign(all.begin() + 10, all.end());
        hilo::ops::importTranscripts(project, request);
        return path;
    }

    static hilo::ImportRequest demoRequest()
    {
        hilo::ImportRequest request;
        request.attributesCsv = fs::path(HILO_DEMO_DIR) / "participants.csv";
        return request;
    }

private Q_SLOTS:
    void initTestCase()
    {
        folder_ = hilo::test::freshTestFolder("hilo-longwork-test-");
    }

    void cleanupTestCase() { fs::remove_all(folder_); }

    void cancellingAnImportHalfWayChangesNothing()
    {
        const fs::path path = makeProject();
        QVERIFY(rest_.size() >= 2);
        hilo::ui::MainWindow window;
        window.openProject(path, false);
        const std::int64_t before = sourceCount(window);
        // Opening builds the search index: the files to compare are those of a closed project.
        window.closeProject();
        const auto files = filesUnder(path);
        window.openProject(path, false);

        hilo::ImportRequest request = demoRequest();
        request.files = rest_;
        window.longWork()->setImportChooser([&] { return std::optional<hilo::ImportRequest>(request); });
        window.longWork()->setCancelAtStep(1); // Cancel after the first file was read
        window.longWork()->importAction()->trigger();
        QVERIFY(window.longWork()->lastOutcome().contains(QStringLiteral("cancelled")));
        QCOMPARE(sourceCount(window), before);
        QCOMPARE(window.undoStack()->count(), 0);
        window.closeProject();
        const auto after = filesUnder(path);
        for (const auto& [name, digest] : after)
            QVERIFY2(files.count(name) && files.at(name) == digest, name.c_str());
        QCOMPARE(after.size(), files.size());

        // Not cancelled: every file arrives, as one step that Undo takes back.
        window.openProject(path, false);
        window.longWork()->setCancelAtStep(0);
        window.longWork()->importAction()->trigger();
        QCOMPARE(sourceCount(window), before + static_cast<std::int64_t>(rest_.size()));
        QCOMPARE(window.undoStack()->count(), 1);
        window.undoStack()->undo();
        QCOMPARE(sourceCount(window), before);
    }

    void cancellingAReindexKeepsTheIndexAsItWas()
    {
        const fs::path path = makeProject();
        hilo::ui::MainWindow window;
        window.openProject(path, false);
        window.closeProject();
        const auto files = filesUnder(path);
        window.openProject(path, false);
        window.longWork()->setCancelAtStep(2);
        window.longWork()->reindexAction()->trigger();
        QVERIFY(window.longWork()->lastOutcome().contains(QStringLiteral("cancelled")));
        window.closeProject();
        QVERIFY(filesUnder(path) == files);
        window.openProject(path, false);

        window.longWork()->setCancelAtStep(0);
        window.longWork()->reindexAction()->trigger();
        QCOMPARE(window.longWork()->lastOutcome(), QStringLiteral("The search index was rebuilt."));
    }
};

const QMetaObject& longWorkTestMetaObject()
{
    return LongWorkTest::staticMetaObject;
}

int runLongWorkTests(int argc, char** argv)
{
    LongWorkTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_long_work.moc"
