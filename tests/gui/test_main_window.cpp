// The workbench window on a real project, driven through its real widgets (offscreen).
#include "project/importer.h"
#include "project/project.h"
#include "source_tree_model.h"
#include "main_window.h"
#include "transcript_view.h"
#include "text/qt_offsets.h"

#include <QApplication>
#include <QTest>
#include <QTreeView>

#include <filesystem>

namespace fs = std::filesystem;

class MainWindowTest : public QObject {
    Q_OBJECT

private:
    fs::path folder_;
    fs::path project_;

    static std::vector<fs::path> demoCorpus()
    {
        std::vector<fs::path> files;
        for (const auto& entry : fs::directory_iterator(fs::path(HILO_DEMO_DIR) / "corpus"))
            files.push_back(entry.path());
        return files;
    }

private Q_SLOTS:
    void initTestCase()
    {
        folder_ = fs::temp_directory_path() / ("hilo-gui-test-" + std::to_string(QCoreApplication::applicationPid()));
        fs::remove_all(folder_);
        fs::create_directories(folder_);
        project_ = folder_ / "Demo.hilo";
        hilo::Project project = hilo::Project::create(project_);
        hilo::ImportRequest request;
        request.files = demoCorpus();
        request.attributesCsv = fs::path(HILO_DEMO_DIR) / "participants.csv";
        hilo::importTranscripts(project, request);
    }

    void cleanupTestCase() { fs::remove_all(folder_); }

    void sourcesAreGroupedByParticipantGroup()
    {
        hilo::ui::MainWindow window;
        window.openProject(project_);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        hilo::ui::SourceTreeModel* model = window.sourceModel();
        QCOMPARE(model->rowCount(), 3);
        int total = 0;
        const QStringList tags = {QStringLiteral("YP"), QStringLiteral("FW"), QStringLiteral("JP")};
        for (int g = 0; g < 3; ++g) {
            const QModelIndex group = model->index(g, 0);
            QCOMPARE(group.data(hilo::ui::SourceTreeModel::GroupTagRole).toString(), tags[g]);
            QVERIFY(model->rowCount(group) >= 3);
            for (int s = 0; s < model->rowCount(group); ++s)
                QCOMPARE(model->index(s, 0, group).data(hilo::ui::SourceTreeModel::GroupTagRole).toString(), tags[g]);
            total += model->rowCount(group);
        }
        QCOMPARE(static_cast<std::size_t>(total), demoCorpus().size());
        // Attributes from participants.csv are columns of the tree.
        QVERIFY(model->attributeNames().contains(QStringLiteral("age"), Qt::CaseInsensitive));
        QVERIFY(window.sourceTree()->isExpanded(model->index(0, 0)));
        QVERIFY(window.statusText().contains(QStringLiteral("%1 sources").arg(total)));
    }

    void selectingASourceShowsItsTurns()
    {
        hilo::ui::MainWindow window;
        window.openProject(project_);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // Move to the first young person's transcript with the keyboard, as a user would.
        window.sourceTree()->setFocus();
        const QModelIndex firstGroup = window.sourceModel()->index(0, 0);
        window.sourceTree()->setCurrentIndex(firstGroup);
        QTest::keyClick(window.sourceTree(), Qt::Key_Down);
        const QModelIndex current = window.sourceTree()->currentIndex();
        QCOMPARE(current.parent(), firstGroup);

        hilo::ui::TranscriptView* view = window.transcriptView();
        QVERIFY(!view->toPlainText().isEmpty());
        QVERIFY(view->turns().size() >= 20);
        QVERIFY(window.statusText().contains(QStringLiteral("turns in this transcript")));

        // Speaker labels are bold and the view's text is the stored text, so offsets line up.
        const hilo::import::Turn& turn = view->turns().at(1);
        const hilo::text::Utf16CodePointMap offsets(view->toPlainText());
        QTextCursor cursor(view->document());
        cursor.setPosition(static_cast<int>(offsets.toUtf16(turn.start)) + 1);
        QCOMPARE(cursor.charFormat().fontWeight(), static_cast<int>(QFont::Bold));
        cursor.setPosition(static_cast<int>(offsets.toUtf16(turn.speechStart)) + 1);
        QVERIFY(cursor.charFormat().fontWeight() != static_cast<int>(QFont::Bold));
        const QString label = view->toPlainText().mid(offsets.toUtf16(turn.start),
                                                      offsets.toUtf16(turn.speechStart) - offsets.toUtf16(turn.start));
        QVERIFY(label.startsWith(QString::fromStdString(turn.speaker)));
    }

    void aFolderThatIsNotAProjectLeavesTheWindowEmpty()
    {
        hilo::ui::MainWindow window;
        QVERIFY_THROWS_EXCEPTION(std::exception, window.openProject(folder_));
        QCOMPARE(window.sourceModel()->rowCount(), 0);
    }
};

int main(int argc, char** argv)
{
    // Set here, not in CTest: test discovery does not pass a test's environment along.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    MainWindowTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_main_window.moc"
