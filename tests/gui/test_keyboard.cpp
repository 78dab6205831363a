// Working without the mouse: every menu command has keys, Help ▸ Keyboard Shortcuts lists them
// from the actions themselves, and a passage is found, coded and revisited by keys alone.
#include "codebook_dock.h"
#include "coding_controller.h"
#include "demo_project.h"
#include "main_window.h"
#include "project/codebook_store.h"
#include "project/coding_store.h"
#include "project/project.h"
#include "project/source_store.h"
#include "project_session.h"
#include "quick_code_popup.h"
#include "shortcuts_dialog.h"
#include "text/qt_offsets.h"
#include "transcript_view.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QTableWidget>
#include <QTest>
#include <QTreeView>

#include <filesystem>

namespace fs = std::filesystem;

namespace {

void menuActions(const QMenu* menu, QList<QAction*>& into)
{
    for (QAction* action : menu->actions()) {
        if (action->isSeparator())
            continue;
        if (action->menu())
            menuActions(action->menu(), into);
        else
            into << action;
    }
}

} // namespace

class KeyboardTest : public QObject {
    Q_OBJECT

private:
    fs::path folder_;
    fs::path project_;
    std::int64_t disclosure_ = 0;

private Q_SLOTS:
    void initTestCase()
    {
        folder_ = fs::temp_directory_path() / ("hilo-keyboard-test-" + std::to_string(QCoreApplication::applicationPid()));
        fs::remove_all(folder_);
        fs::create_directories(folder_);
        project_ = folder_ / "Keys.hilo";
        hilo::Project project = hilo::test::createDemoProject(project_);
        hilo::CodeFields red;
        red.color = "#d62728";
        disclosure_ = hilo::CodebookStore(project).add("Disclosure", red);
    }

    void cleanupTestCase() { fs::remove_all(folder_); }

    void everyMenuCommandHasItsOwnKeys()
    {
        hilo::ui::MainWindow window;
        QList<QAction*> actions;
        for (QAction* top : window.menuBar()->actions())
            menuActions(top->menu(), actions);
        QVERIFY(actions.size() >= 20);
        QSet<QString> keys;
        for (QAction* action : actions) {
            // Language choices are settings, not commands.
            if (action->property("hiloChoice").toBool())
                continue;
            QVERIFY2(!action->shortcuts().isEmpty(), qPrintable(action->text()));
            for (const QKeySequence& key : action->shortcuts()) {
                QVERIFY2(!keys.contains(key.toString()), qPrintable(key.toString() + QStringLiteral(" twice")));
                keys.insert(key.toString());
            }
        }
    }

    void theShortcutListComesFromTheActions()
    {
        hilo::ui::MainWindow window;
        const QList<hilo::ui::ShortcutEntry> entries = hilo::ui::collectShortcuts(&window);
        hilo::ui::ShortcutsDialog dialog(&window);
        auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("shortcutsTable"));
        QVERIFY(table);
        QCOMPARE(table->rowCount(), entries.size());
        QStringList rows;
        for (int r = 0; r < table->rowCount(); ++r)
            rows << table->item(r, 0)->text() + QStringLiteral(" = ") + table->item(r, 1)->text();
        const QString alt = QKeySequence(Qt::ALT | Qt::Key_Down).toString(QKeySequence::NativeText);
        QVERIFY2(rows.contains(QStringLiteral("Go ▸ Next Turn = ") + alt), qPrintable(rows.join(QLatin1Char('\n'))));
        QVERIFY(rows.contains(QStringLiteral("Go ▸ Next Coding of Code = F3")));
        QVERIFY(rows.contains(QStringLiteral("Help ▸ Keyboard Shortcuts = F1")));
        // An action outside the menus but with keys (quoting from the transcript) is listed too.
        QVERIFY(rows.contains(QStringLiteral("Add to Quote Basket = ") +
                              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q).toString(QKeySequence::NativeText)));
    }

    // Down the source tree, into the transcript turn by turn, Ctrl+K, type, Enter; then F3
    // comes back to the coding from elsewhere in the transcript.
    void codeAPassageFromTheKeyboardOnly()
    {
        hilo::ui::MainWindow window;
        window.openProject(project_, false);
        window.setCurrentCoder(QStringLiteral("Ana Ruiz"));
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        QTreeView* tree = window.sourceTree();
        tree->setFocus();
        QTRY_VERIFY(tree->hasFocus());
        QTest::keyClick(tree, Qt::Key_Down); // the first group
        QTest::keyClick(tree, Qt::Key_Down); // its first transcript
        hilo::ui::TranscriptView* view = window.transcriptView();
        QVERIFY(view->turns().size() >= 3);

        // Alt+Down twice: the second turn's words are selected, and the transcript has focus.
        QTest::keyClick(tree, Qt::Key_Down, Qt::AltModifier);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down, Qt::AltModifier);
        QTRY_VERIFY(view->hasFocus());
        const auto& turn = view->turns()[1];
        const hilo::text::Utf16CodePointMap offsets(view->toPlainText());
        QCOMPARE(offsets.toCodePoint(view->textCursor().selectionStart()), turn.speechStart);
        QCOMPARE(offsets.toCodePoint(view->textCursor().selectionEnd()), turn.end);
        // Alt+Up goes back one turn, Alt+Down forward again.
        QTest::keyClick(view, Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(offsets.toCodePoint(view->textCursor().selectionStart()), view->turns()[0].speechStart);
        QTest::keyClick(view, Qt::Key_Down, Qt::AltModifier);

        QTest::keyClick(view, Qt::Key_K, Qt::ControlModifier);
        hilo::ui::QuickCodePopup* popup = window.codingController()->quickCodePopup();
        QTRY_VERIFY(popup->isVisible());
        QTest::keyClicks(popup->lineEdit(), QStringLiteral("discl"));
        QTest::keyClick(popup->lineEdit(), Qt::Key_Return);
        QTRY_VERIFY(!popup->isVisible());

        const std::vector<hilo::CodingRecord> stored = hilo::CodingStore(window.session()->project()).list({});
        QCOMPARE(stored.size(), std::size_t(1));
        QCOMPARE(stored[0].codeId, disclosure_);
        QCOMPARE(stored[0].start, turn.speechStart);
        QCOMPARE(stored[0].end, turn.end);
        QCOMPARE(stored[0].coderName, std::string("Ana Ruiz"));

        // Elsewhere (the last turn), then F3 with the code chosen in the codebook: back to it.
        while (window.transcriptView()->textCursor().selectionStart() <
               static_cast<int>(offsets.toUtf16(view->turns().back().speechStart)))
            QTest::keyClick(view, Qt::Key_Down, Qt::AltModifier);
        window.codebookDock()->selectCode(disclosure_);
        QTest::keyClick(view, Qt::Key_F3);
        QCOMPARE(window.codingController()->currentCodingId(), std::optional<std::int64_t>(stored[0].id));
        QCOMPARE(offsets.toCodePoint(view->textCursor().selectionStart()), turn.speechStart);
        QTest::keyClick(view, Qt::Key_F3, Qt::ShiftModifier); // the only one: wraps onto itself
        QCOMPARE(window.codingController()->currentCodingId(), std::optional<std::int64_t>(stored[0].id));
    }
};

const QMetaObject& keyboardTestMetaObject()
{
    return KeyboardTest::staticMetaObject;
}

int runKeyboardTests(int argc, char** argv)
{
    KeyboardTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_keyboard.moc"
