// Merge, REFI-QDA import, export and agreement run behind a progress dialog that cancels.
// Cancelled early (while reading) or late (while writing), each leaves everything as it was:
// the project's files byte for byte (backups included), no file at an export's destination
// (or the one that was there), the agreement table with the coders and unit it was computed
// for. Let run, each does its work.
#include "../exchange/exchange_fixtures.h"
#include "test_folder.h"

#include "agreement_dock.h"
#include "import/qdpx_reader.h"
#include "import/qdpx_writer.h"
#include "main_window.h"
#include "progress_runner.h"
#include "project/project_backups.h"
#include "project/snapshot_reader.h"
#include "project_exchange.h"
#include "project_files.h"
#include "project_session.h"

#include <QComboBox>
#include <QFile>
#include <QListWidget>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

#include <filesystem>

namespace fs = std::filesystem;
using hilo::test::filesUnder;
using hilo::ui::ProgressRunner;
using hilo::ui::ProjectExchange;

namespace {

constexpr std::size_t kWhileReading = 1;
constexpr std::size_t kWhileWriting = ProgressRunner::kPhaseSteps + ProgressRunner::kPhaseSteps / 2;
constexpr std::size_t kAtTheEnd = 2 * ProgressRunner::kPhaseSteps - 1;

std::int64_t count(hilo::ui::MainWindow& window, const char* table)
{
    return window.session()->project().db().queryInt(std::string("SELECT count(*) FROM ") + table);
}

void chooseFile(hilo::ui::MainWindow& window, const fs::path& file)
{
    window.exchange()->setFileChooser([file](ProjectExchange::Choice) { return QString::fromStdString(file.string()); });
}

// Every cell of the table, row by row: what the researcher reads.
QStringList cellsOf(QTableWidget* table)
{
    QStringList cells;
    for (int r = 0; r < table->rowCount(); ++r)
        for (int c = 0; c < table->columnCount(); ++c)
            cells << (table->item(r, c) ? table->item(r, c)->text() : QString());
    return cells;
}

} // namespace

class CancelTest : public QObject {
    Q_OBJECT

private:
    fs::path folder_;
    fs::path coded_;
    int copies_ = 0;

    fs::path copyOfCoded(const std::string& name)
    {
        const fs::path copy = folder_ / (name + std::to_string(++copies_) + ".hilo");
        fs::copy(coded_, copy, fs::copy_options::recursive);
        return copy;
    }

    // Opens and closes the project once, so the files compared afterwards are those of a
    // project the window has opened (its search index built, its journal set up).
    static std::map<std::string, QByteArray> settledFiles(const fs::path& project)
    {
        {
            hilo::ui::MainWindow window;
            window.openProject(project, false);
        }
        return filesUnder(project);
    }

    static void verifySame(const std::map<std::string, QByteArray>& before, const fs::path& project)
    {
        const auto after = filesUnder(project);
        for (const auto& [name, digest] : after)
            QVERIFY2(before.count(name) && before.at(name) == digest, (name + " changed or appeared").c_str());
        QCOMPARE(after.size(), before.size());
    }

private Q_SLOTS:
    void initTestCase()
    {
        folder_ = hilo::test::freshTestFolder("hilo-gui-cancel-");
        coded_ = folder_ / "Coded.hilo";
        hilo::Project project = hilo::Project::create(coded_);
        hilo::test::fillCodedDemo(project);
    }

    void cleanupTestCase() { fs::remove_all(folder_); }

    void cancellingAMergeChangesNothing()
    {
        const fs::path study = copyOfCoded("Study");
        const fs::path ben = copyOfCoded("Ben");
        {
            hilo::Project copy = hilo::Project::open(ben);
            const std::int64_t coder = hilo::CoderStore(copy).add("Ben");
            const std::int64_t code = hilo::CodebookStore(copy).code("Embarrassment").id;
            hilo::CodingStore(copy).addMany({{hilo::SourceStore(copy).source("yp02").id, code, coder, 0, 20}});
        }
        const auto before = settledFiles(study);
        for (const std::size_t step : {kWhileReading, kWhileWriting, kAtTheEnd}) {
            hilo::ui::MainWindow window;
            window.openProject(study, false);
            chooseFile(window, ben);
            window.exchange()->setCancelAtStep(step);
            window.exchange()->mergeAction()->trigger();
            QVERIFY2(window.exchange()->lastCancelled(), qPrintable(QString::number(step)));
            QVERIFY(window.exchange()->lastReport().contains(QStringLiteral("cancelled")));
            QCOMPARE(window.undoStack()->count(), 0);
            window.closeProject();
            verifySame(before, study);
        }

        // Let run: Ben's coding arrives as one undo step, with a backup of the project before it.
        const std::size_t backupsBefore = hilo::listBackups(study).size();
        hilo::ui::MainWindow window;
        window.openProject(study, false);
        const std::int64_t codings = count(window, "codings");
        chooseFile(window, ben);
        window.exchange()->mergeAction()->trigger();
        QVERIFY(!window.exchange()->lastCancelled());
        QCOMPARE(count(window, "codings"), codings + 1);
        QVERIFY(window.exchange()->lastReport().contains(QStringLiteral("Coders: 2 matched, 1 new")));
        QCOMPARE(window.undoStack()->count(), 1);
        const std::vector<hilo::BackupInfo> backups = hilo::listBackups(study);
        QCOMPARE(backups.size(), backupsBefore + 1);
        QCOMPARE(backups.front().operation, std::string("before-merge"));
    }

    void cancellingAREFIQDAImportChangesNothing()
    {
        const fs::path qdpx = folder_ / "coded-for-import.qdpx";
        {
            hilo::Project coded = hilo::Project::open(coded_, hilo::Project::Access::ReadOnly);
            hilo::import::writeQdpx(hilo::readProjectSnapshot(coded), qdpx);
        }
        const fs::path empty = folder_ / "Empty.hilo";
        { hilo::Project::create(empty); }
        const auto before = settledFiles(empty);
        for (const std::size_t step : {kWhileReading, kWhileWriting, kAtTheEnd}) {
            hilo::ui::MainWindow window;
            window.openProject(empty, false);
            chooseFile(window, qdpx);
            window.exchange()->setCancelAtStep(step);
            window.exchange()->importAction()->trigger();
            QVERIFY2(window.exchange()->lastCancelled(), qPrintable(QString::number(step)));
            QCOMPARE(count(window, "sources"), std::int64_t{0});
            window.closeProject();
            verifySame(before, empty);
        }

        hilo::ui::MainWindow window;
        window.openProject(empty, false);
        chooseFile(window, qdpx);
        window.exchange()->importAction()->trigger();
        QVERIFY2(window.exchange()->lastReport().contains(QStringLiteral("Sources: 0 matched, 14 new")),
                 qPrintable(window.exchange()->lastReport()));
        QCOMPARE(count(window, "sources"), std::int64_t{14});
        QCOMPARE(window.undoStack()->count(), 1);
    }

    void cancellingAnExportLeavesNothingBehind()
    {
        const fs::path out = folder_ / "out";
        fs::create_directories(out);
        const fs::path target = out / "study.qdpx";
        const auto before = settledFiles(coded_);
        hilo::ui::MainWindow window;
        window.openProject(coded_, false);
        chooseFile(window, target);
        // Into an empty folder, cancelled while reading the project or while writing the archive.
        for (const std::size_t step : {kWhileReading, kWhileWriting}) {
            window.exchange()->setCancelAtStep(step);
            window.exchange()->exportAction()->trigger();
            QVERIFY2(window.exchange()->lastCancelled(), qPrintable(QString::number(step)));
            QVERIFY2(fs::is_empty(out), qPrintable(QString::number(step)));
        }
        // Over an earlier export: cancelled, the earlier file stays as it was.
        {
            QFile earlier(QString::fromStdString(target.string()));
            QVERIFY(earlier.open(QIODevice::WriteOnly));
            earlier.write("an earlier export (fictional)");
        }
        const auto earlier = filesUnder(out);
        window.exchange()->setCancelAtStep(kWhileWriting);
        window.exchange()->exportAction()->trigger();
        QVERIFY(window.exchange()->lastCancelled());
        QVERIFY(filesUnder(out) == earlier);

        // Let run: the archive replaces it, and reads back with every source and coding.
        window.exchange()->setCancelAtStep(0);
        window.exchange()->exportAction()->trigger();
        QVERIFY2(!window.exchange()->lastCancelled(), qPrintable(window.exchange()->lastReport()));
        QCOMPARE(filesUnder(out).size(), std::size_t(1));
        const hilo::import::ProjectSnapshot written = hilo::import::readQdpx(target);
        QCOMPARE(written.sources.size(), std::size_t(14));
        QCOMPARE(static_cast<std::int64_t>(written.codings.size()), count(window, "codings"));
        window.closeProject();
        verifySame(before, coded_); // exporting never touches the project
    }

    void cancellingAgreementKeepsTheTableItWasShowing()
    {
        // A third coder, Marta, who coded a little.
        const fs::path three = copyOfCoded("Three");
        {
            hilo::Project project = hilo::Project::open(three);
            const std::int64_t marta = hilo::CoderStore(project).add("Marta");
            const std::int64_t code = hilo::CodebookStore(project).code("Embarrassment").id;
            std::vector<hilo::NewCoding> codings;
            for (const hilo::SourceSummary& source : hilo::SourceStore(project).sources())
                codings.push_back({source.id, code, marta, 0, 10});
            hilo::CodingStore(project).addMany(codings);
        }
        hilo::ui::MainWindow window;
        window.openProject(three, false);
        hilo::ui::AgreementDock* dock = window.agreementDock();
        dock->show();
        dock->setCoders({QStringLiteral("Ana"), QStringLiteral("Luis")});
        dock->setUnit(hilo::analysis::AgreementUnit::Character);
        QVERIFY(dock->table()->rowCount() >= 2);
        const QStringList shown = cellsOf(dock->table());
        const QString message = dock->message();
        QVERIFY(shown.join(QLatin1Char(' ')).contains(QStringLiteral("characters")));

        // Switching to turns, cancelled: the character table stays, and so does its unit.
        dock->setCancelAtStep(1);
        dock->setUnit(hilo::analysis::AgreementUnit::Turn);
        QCOMPARE(cellsOf(dock->table()), shown);
        QCOMPARE(dock->message(), message);
        QCOMPARE(dock->unitBox()->currentData().toInt(), static_cast<int>(hilo::analysis::AgreementUnit::Character));
        // Ticking a third coder, cancelled: the two stay the only ones ticked.
        for (int i = 0; i < dock->coderList()->count(); ++i)
            if (dock->coderList()->item(i)->data(Qt::UserRole).toString() == QStringLiteral("Marta"))
                dock->coderList()->item(i)->setCheckState(Qt::Checked);
        QCOMPARE(dock->checkedCoders(), (QStringList{QStringLiteral("Ana"), QStringLiteral("Luis")}));
        QCOMPARE(cellsOf(dock->table()), shown);
        QCOMPARE(dock->message(), message);

        // Let run: the turn table replaces it.
        dock->setCancelAtStep(0);
        dock->setUnit(hilo::analysis::AgreementUnit::Turn);
        QVERIFY(dock->table()->rowCount() >= 2);
        QVERIFY(cellsOf(dock->table()).join(QLatin1Char(' ')).contains(QStringLiteral("turns")));
        QVERIFY(cellsOf(dock->table()) != shown);
    }
};

const QMetaObject& cancelTestMetaObject()
{
    return CancelTest::staticMetaObject;
}

int runCancelTests(int argc, char** argv)
{
    CancelTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_cancel.moc"
