// The workbench window on a real project, driven through its real widgets (offscreen).
#include "project/operations/source_operations.h"
#include "project/project.h"
#include "source_tree_model.h"
#include "main_window.h"
#include "transcript_view.h"
#include "text/qt_offsets.h"
#include "test_folder.h"

#include <QApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <cstdio>
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
        folder_ = hilo::test::freshTestFolder("hilo-gui-test-");
        project_ = folder_ / "Demo.hilo";
        hilo::Project project = hilo::Project::create(project_);
        hilo::ImportRequest request;
        request.files = demoCorpus();
        request.attributesCsv = fs::path(HILO_DEMO_DIR) / "participants.csv";
        hilo::ops::importTranscripts(project, request);
    }

    void cleanupTestCase() { fs::remove_all(folder_); }

    void sourcesAreGroupedByParticipantGroup()
    {
        hilo::ui::MainWindow window;
        window.openProject(project_, false);
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
        window.openProject(project_, false);
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

        // The next transcript is drawn afresh: nothing of the last one's formats carries over
        // (its first character was a bold label), so only its labels are bold too.
        QTest::keyClick(window.sourceTree(), Qt::Key_Down);
        QVERIFY(window.sourceTree()->currentIndex() != current);
        const hilo::text::Utf16CodePointMap next(view->toPlainText());
        for (const hilo::import::Turn& t : view->turns()) {
            if (t.end - t.speechStart < 2)
                continue;
            QTextCursor speech(view->document());
            speech.setPosition(static_cast<int>(next.toUtf16(t.speechStart)) + 1);
            QVERIFY2(speech.charFormat().fontWeight() != static_cast<int>(QFont::Bold), t.speaker.c_str());
        }
    }

    void aFolderThatIsNotAProjectLeavesTheWindowEmpty()
    {
        hilo::ui::MainWindow window;
        QVERIFY_THROWS_EXCEPTION(std::exception, window.openProject(folder_, false));
        QCOMPARE(window.sourceModel()->rowCount(), 0);
    }
};

// test_coding.cpp
// Each GUI test class lives in its own file and exposes these two functions.
int runCodingTests(int argc, char** argv);
const QMetaObject& codingTestMetaObject();
int runSearchDockTests(int argc, char** argv);
const QMetaObject& searchDockTestMetaObject();
int runQuoteBasketTests(int argc, char** argv);
const QMetaObject& quoteBasketTestMetaObject();
int runAgreementViewTests(int argc, char** argv);
const QMetaObject& agreementViewTestMetaObject();
int runExchangeTests(int argc, char** argv);
const QMetaObject& languageTestMetaObject();
int runLanguageTests(int argc, char** argv);
const QMetaObject& keyboardTestMetaObject();
int runKeyboardTests(int argc, char** argv);
const QMetaObject& longWorkTestMetaObject();
int runLongWorkTests(int argc, char** argv);
const QMetaObject& windowStateTestMetaObject();
int runWindowStateTests(int argc, char** argv);
const QMetaObject& darkPaletteTestMetaObject();
int runDarkPaletteTests(int argc, char** argv);
const QMetaObject& oneCoreTestMetaObject();
int runOneCoreTests(int argc, char** argv);
const QMetaObject& exchangeTestMetaObject();
int runWorkflowTests(int argc, char** argv);
const QMetaObject& workflowTestMetaObject();
int runMatrixViewTests(int argc, char** argv);
const QMetaObject& matrixViewTestMetaObject();
int runReadOnlyTests(int argc, char** argv);
const QMetaObject& readOnlyTestMetaObject();
int runCancelTests(int argc, char** argv);
const QMetaObject& cancelTestMetaObject();

namespace {

// QtTest fails on a function name its test class lacks, and this main runs several classes:
// give each class the options and only the function names it has. Returns no arguments at all
// (run nothing) when names were given and none is this class's.
std::vector<char*> argumentsFor(const QMetaObject& test, int argc, char** argv, bool& run)
{
    static const QByteArrayList optionsWithValue = {"-o", "-maxwarnings", "-eventdelay", "-keydelay", "-mousedelay",
                                                    "-iterations", "-median", "-minimumvalue", "-minimumtotal",
                                                    "-seed", "-platform"};
    std::vector<char*> kept{argv[0]};
    bool named = false;
    bool ours = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg.startsWith('-')) {
            kept.push_back(argv[i]);
            if (optionsWithValue.contains(arg) && i + 1 < argc)
                kept.push_back(argv[++i]);
            continue;
        }
        named = true;
        const QByteArray function = arg.split(':').front() + "()"; // "name:data tag"
        if (test.indexOfMethod(function.constData()) >= 0) {
            ours = true;
            kept.push_back(argv[i]);
        }
    }
    run = !named || ours;
    return kept;
}

} // namespace

// The one QtTest main of test_gui: runs every GUI test class in turn.
int main(int argc, char** argv)
{
    // Set here, not in CTest: test discovery does not pass a test's environment along.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // The window remembers coders and pinned keys in QSettings: keep the tests' own apart
    // from the user's, in a folder that goes away afterwards.
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(config.path()));
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("HiloTests"));
    QApplication::setApplicationName(QStringLiteral("test_gui"));
    struct TestClass {
        const QMetaObject& (*metaObject)();
        int (*run)(int, char**);
    };
    const TestClass classes[] = {
        {[]() -> const QMetaObject& { return MainWindowTest::staticMetaObject; },
         [](int c, char** v) {
             MainWindowTest test;
             return QTest::qExec(&test, c, v);
         }},
        {codingTestMetaObject, runCodingTests},
        {searchDockTestMetaObject, runSearchDockTests},
        {quoteBasketTestMetaObject, runQuoteBasketTests},
        {agreementViewTestMetaObject, runAgreementViewTests},
        {exchangeTestMetaObject, runExchangeTests},
        {matrixViewTestMetaObject, runMatrixViewTests},
        {workflowTestMetaObject, runWorkflowTests},
        {readOnlyTestMetaObject, runReadOnlyTests},
        {languageTestMetaObject, runLanguageTests},
        {keyboardTestMetaObject, runKeyboardTests},
        {longWorkTestMetaObject, runLongWorkTests},
        {cancelTestMetaObject, runCancelTests},
        {windowStateTestMetaObject, runWindowStateTests},
        {darkPaletteTestMetaObject, runDarkPaletteTests},
        {oneCoreTestMetaObject, runOneCoreTests},
    };
    int failures = 0;
    bool ranAny = false;
    for (const TestClass& testClass : classes) {
        bool run = false;
        std::vector<char*> args = argumentsFor(testClass.metaObject(), argc, argv, run);
        if (run)
            failures += testClass.run(static_cast<int>(args.size()), args.data());
        ranAny = ranAny || run;
    }
    if (!ranAny) {
        std::fprintf(stderr, "test_gui: no GUI test function of that name\n");
        return 1;
    }
    return failures;
}

#include "test_main_window.moc"
