// One core for every action: the same import, merge, codebook merge and autocode, run once
// through the `hilo` CLI and once through the window's own code path (File ▸ Import
// Transcripts, Merge Coder's Copy, the codebook's Merge into…, Code All Hits), leave the same
// project, the same backups and the same search index.
#include "cli/cli_runner.h"
#include "codebook_dock.h"
#include "long_work.h"
#include "main_window.h"
#include "project/codebook_store.h"
#include "project/project_backups.h"
#include "project_contents.h"
#include "project_exchange.h"
#include "project_session.h"
#include "search_dock.h"
#include "test_folder.h"

#include <QAction>
#include <QUndoStack>
#include <QTest>

#include <algorithm>
#include <filesystem>

namespace fs = std::filesystem;
using hilo::test::runHilo;

namespace {

void runCli(const std::vector<std::string>& args)
{
    const hilo::test::CliResult result = runHilo(args);
    QVERIFY2(result.exitCode == 0, (args.front() + ": " + result.err).c_str());
}

const char* const kAutocodeQuery = "vergüenz* OR (culpa NOT group:JP)";
const char* const kMergedCode = "Disclosure/Barriers/Not thinking it serious";
const char* const kMergeTarget = "Disclosure/Barriers/Embarrassment";

} // namespace

class OneCoreTest : public QObject {
    Q_OBJECT

private:
    fs::path folder_;
    std::vector<std::string> firstFiles_; // in the starting project
    std::vector<std::string> laterFiles_; // imported by the test
    fs::path start_;                      // the project both paths start from
    fs::path copy_;                       // a coder's copy with codings of its own

    fs::path fresh(const std::string& name)
    {
        const fs::path path = folder_ / name;
        fs::copy(start_, path, fs::copy_options::recursive);
        return path;
    }

    static std::string participants() { return (fs::path(HILO_DEMO_DIR) / "participants.csv").string(); }

private Q_SLOTS:
    void initTestCase()
    {
        folder_ = hilo::test::freshTestFolder("hilo-gui-one-core-");
        std::vector<std::string> all;
        for (const auto& entry : fs::directory_iterator(fs::path(HILO_DEMO_DIR) / "corpus"))
            all.push_back(entry.path().string());
        std::sort(all.begin(), all.end());
        firstFiles_.assign(all.begin(), all.begin() + 9);
        laterFiles_.assign(all.begin() + 9, all.end());

        start_ = folder_ / "Start.hilo";
        runCli({"init", start_.string(), "--codebook", "tfcsea"});
        std::vector<std::string> import{"import", start_.string()};
        import.insert(import.end(), firstFiles_.begin(), firstFiles_.end());
        import.insert(import.end(), {"--attributes", participants()});
        runCli(import);
        runCli({"coders", start_.string(), "add", "Ana"});

        copy_ = fresh("Ben.hilo");
        runCli({"coders", copy_.string(), "add", "Ben"});
        runCli({"autocode", copy_.string(), "--query", "miedo", "--code", "Disclosure/Barriers/Fear of blame", "--coder",
              "Ben", "--unit", "sentence"});
        runCli({"code", copy_.string(), "YP01_interview", kMergedCode, "--coder", "Ben", "--turn", "4"});
    }

    void cleanupTestCase() { fs::remove_all(folder_); }

    void theCliAndTheWindowLeaveTheSameProjectBackupsAndIndex()
    {
        // Through the CLI.
        const fs::path byCli = fresh("ByCli.hilo");
        std::vector<std::string> import{"import", byCli.string()};
        import.insert(import.end(), laterFiles_.begin(), laterFiles_.end());
        import.insert(import.end(), {"--attributes", participants()});
        runCli(import);
        runCli({"merge", byCli.string(), copy_.string()});
        runCli({"codebook", byCli.string(), "merge", kMergedCode, kMergeTarget});
        runCli({"autocode", byCli.string(), "--query", kAutocodeQuery, "--code", "Settings/School", "--coder", "Ana",
              "--role", "any"});

        // Through the window.
        const fs::path byWindow = fresh("ByWindow.hilo");
        {
            hilo::ui::MainWindow window;
            window.openProject(byWindow, false);
            hilo::ImportRequest request;
            for (const std::string& file : laterFiles_)
                request.files.emplace_back(file);
            request.attributesCsv = participants();
            window.longWork()->setImportChooser([&] { return std::optional<hilo::ImportRequest>(request); });
            window.longWork()->importAction()->trigger();
            QVERIFY(window.longWork()->lastOutcome().startsWith(QStringLiteral("Imported")));

            window.exchange()->setFileChooser(
                [this](hilo::ui::ProjectExchange::Choice) { return QString::fromStdString(copy_.string()); });
            window.exchange()->mergeAction()->trigger();
            QVERIFY(!window.exchange()->lastCancelled());

            hilo::CodebookStore codes(window.session()->project());
            QVERIFY(window.codebookDock()->mergeCode(codes.code(kMergedCode).id, codes.code(kMergeTarget).id));

            window.session()->setCoder(QStringLiteral("Ana"));
            window.searchDock()->runQuery(QString::fromUtf8(kAutocodeQuery));
            QVERIFY(window.searchDock()->codeAllHits(codes.code("Settings/School").id, false));
            QCOMPARE(window.undoStack()->count(), 4);
            window.closeProject();
        }

        QCOMPARE(hilo::test::projectContents(byWindow), hilo::test::projectContents(byCli));
        const std::vector<std::string> backups{"before-autocode", "before-codebook-merge", "before-merge", "before-import",
                                               "before-import"};
        QCOMPARE(hilo::test::backupOperations(byCli), backups);
        QCOMPARE(hilo::test::backupOperations(byWindow), backups);
        const std::vector<std::string> queries{"kind:turn", "kind:coding", "vergüenza", "code:Embarrassment",
                                               "code:\"Settings/School\" coder:Ana", "coder:Ben group:YP",
                                               "\"no le dije\" OR miedo"};
        QCOMPARE(hilo::test::indexAnswers(byWindow, queries), hilo::test::indexAnswers(byCli, queries));
    }
};

const QMetaObject& oneCoreTestMetaObject()
{
    return OneCoreTest::staticMetaObject;
}

int runOneCoreTests(int argc, char** argv)
{
    OneCoreTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_one_core.moc"
