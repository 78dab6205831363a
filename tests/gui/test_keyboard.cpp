// Working without the mouse: every menu command has keys, and so does every button and toolbar
// command inside a dock (working while that dock has the focus); Help ▸ Keyboard Shortcuts
// lists them from the actions themselves, and a passage is found, coded and revisited by keys
// alone.
#include "codebook_dock.h"
#include "coding_controller.h"
#include "demo_project.h"
#include "dock_keys.h"
#include "main_window.h"
#include "project/codebook_store.h"
#include "project/coding_store.h"
#include "project/project.h"
#include "project/source_store.h"
#include "project_session.h"
#include "quick_code_popup.h"
#include "quote_basket_dock.h"
#include "quote_basket_model.h"
#include "search_dock.h"
#include "shortcuts_dialog.h"
#include "test_folder.h"
#include "text/qt_offsets.h"
#include "transcript_view.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSet>
#include <QTabBar>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QWidgetAction>

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

// The basket's quotes as the model lists them.
class QuoteBasketCheck {
public:
    explicit QuoteBasketCheck(hilo::ui::QuoteBasketDock* dock) : dock_(dock) {}
    int rows() const { return dock_->model()->rowCount(); }
    std::int64_t idAt(int row) const
    {
        return dock_->model()->index(row).data(hilo::ui::QuoteBasketModel::QuoteIdRole).toLongLong();
    }

private:
    hilo::ui::QuoteBasketDock* dock_;
};

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
        folder_ = hilo::test::freshTestFolder("hilo-keyboard-test-");
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
        QSet<QString> windowWide; // not those only meant for one widget (Ctrl+Return in the transcript)
        for (QAction* action : actions) {
            // Language choices are settings, not commands.
            if (action->property("hiloChoice").toBool())
                continue;
            QVERIFY2(!action->shortcuts().isEmpty(), qPrintable(action->text()));
            for (const QKeySequence& key : action->shortcuts()) {
                QVERIFY2(!keys.contains(key.toString()), qPrintable(key.toString() + QStringLiteral(" twice")));
                keys.insert(key.toString());
                if (action->shortcutContext() == Qt::WindowShortcut || action->shortcutContext() == Qt::ApplicationShortcut)
                    windowWide.insert(key.toString());
            }
        }

        // Each dock's toolbar commands and buttons: keys that work within the dock, none of
        // them twice in one dock nor the same as a window-wide key (Qt would find both
        // ambiguous and do neither).
        int dockCommands = 0;
        for (QDockWidget* dock : window.findChildren<QDockWidget*>()) {
            const QString title = dock->windowTitle();
            QList<QAction*> commands;
            for (QToolBar* bar : dock->findChildren<QToolBar*>())
                for (QAction* action : bar->actions())
                    if (!action->isSeparator() && !qobject_cast<QWidgetAction*>(action))
                        commands << action;
            for (QAbstractButton* button : dock->widget()->findChildren<QAbstractButton*>()) {
                // Commands, not a check box's state; and not the buttons Qt puts into a
                // toolbar (its actions are checked above), a line edit (clear) or a tab bar.
                if (!qobject_cast<QPushButton*>(button) && !qobject_cast<QToolButton*>(button))
                    continue;
                QWidget* holder = button->parentWidget();
                if (qobject_cast<QToolBar*>(holder) || qobject_cast<QLineEdit*>(holder) || qobject_cast<QTabBar*>(holder))
                    continue;
                QAction* bound = hilo::ui::buttonKeys(button);
                QVERIFY2(bound, qPrintable(title + QStringLiteral(": the button '") + button->text() + QStringLiteral("' has no keys")));
                commands << bound;
            }
            QSet<QString> dockKeys;
            for (QAction* action : commands) {
                const QString name = title + QStringLiteral(" ▸ ") + action->text();
                QVERIFY2(!action->shortcuts().isEmpty(), qPrintable(name + QStringLiteral(" has no keys")));
                QVERIFY2(action->shortcutContext() == Qt::WidgetWithChildrenShortcut, qPrintable(name));
                QVERIFY2(hilo::ui::dockOf(action) == dock, qPrintable(name + QStringLiteral(": keys outside its dock")));
                for (const QKeySequence& key : action->shortcuts()) {
                    QVERIFY2(!windowWide.contains(key.toString()),
                             qPrintable(name + QStringLiteral(": a window-wide key, ") + key.toString()));
                    QVERIFY2(!dockKeys.contains(key.toString()), qPrintable(name + QStringLiteral(": twice in the dock, ") + key.toString()));
                    dockKeys.insert(key.toString());
                }
                ++dockCommands;
            }
        }
        QVERIFY2(dockCommands >= 18, qPrintable(QString::number(dockCommands)));
    }

    // A dock's keys work wherever the focus is in that dock, and only there.
    void dockKeysWorkWhileTheDockHasTheFocus()
    {
        hilo::ui::MainWindow window;
        window.openProject(project_, false);
        window.setCurrentCoder(QStringLiteral("Ana Ruiz"));
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        hilo::ui::SearchDock* search = window.searchDock();
        hilo::ui::QuoteBasketDock* basket = window.quoteBasketDock();
        basket->show();
        basket->raise();
        search->runQuery(QStringLiteral("miedo"));
        QVERIFY(search->model()->rowCount() >= 2);

        // Ctrl+Shift+Q from the query field quotes the current hit, twice for two hits.
        for (int row : {0, 1}) {
            search->resultsView()->setCurrentIndex(search->model()->index(row, 0));
            search->queryEdit()->setFocus();
            QTRY_VERIFY(search->queryEdit()->hasFocus());
            QTest::keyClick(search->queryEdit(), Qt::Key_Q, Qt::ControlModifier | Qt::ShiftModifier);
        }
        QuoteBasketCheck check(basket);
        QCOMPARE(check.rows(), 2);

        // Ctrl+Shift+Down in the basket moves the current quote down; from the transcript, not.
        basket->list()->setFocus();
        QTRY_VERIFY(basket->list()->hasFocus());
        basket->list()->setCurrentIndex(basket->model()->index(0));
        const std::int64_t first = *basket->currentQuoteId();
        QTest::keyClick(basket->list(), Qt::Key_Down, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(check.idAt(1), first);
        window.transcriptView()->setFocus();
        QTRY_VERIFY(window.transcriptView()->hasFocus());
        QTest::keyClick(window.transcriptView(), Qt::Key_Up, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(check.idAt(1), first);
        // Delete in the list removes the current quote.
        basket->list()->setFocus();
        QTRY_VERIFY(basket->list()->hasFocus());
        QTest::keyClick(basket->list(), Qt::Key_Delete);
        QCOMPARE(check.rows(), 1);
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
        // Each dock's keys, under the dock's title.
        QVERIFY2(rows.contains(QStringLiteral("Quote Basket ▸ Move Quote Up = ") +
                               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Up).toString(QKeySequence::NativeText)),
                 qPrintable(rows.join(QLatin1Char('\n'))));
        QVERIFY(rows.contains(QStringLiteral("Codebook ▸ Rename = F2")));
        QVERIFY(rows.contains(QStringLiteral("Search ▸ Quote Hit = ") +
                              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q).toString(QKeySequence::NativeText)));
        QVERIFY(rows.contains(QStringLiteral("Code Matrix ▸ Export Code Matrix… = ") +
                              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X).toString(QKeySequence::NativeText)));
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
