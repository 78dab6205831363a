// Coding in the workbench, driven through its real widgets (offscreen): select words in a
// transcript, apply codes from the keyboard, see the stripes, undo and redo, and shape the
// codebook; the store is checked after every step.
#include "code_editor_panel.h"
#include "codebook_dock.h"
#include "codebook_model.h"
#include "coding_controller.h"
#include "coding_margin.h"
#include "folding_completer.h"
#include "index/index_sync.h"
#include "index/search.h"
#include "main_window.h"
#include "project/codebook_store.h"
#include "project/coding_store.h"
#include "project/operations/source_operations.h"
#include "project/project.h"
#include "project/source_store.h"
#include "project_session.h"
#include "quick_code_popup.h"
#include "test_folder.h"
#include "text/qt_offsets.h"
#include "text/unicode_text.h"
#include "transcript_view.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QAbstractButton>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTest>
#include <QScrollBar>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

#include <filesystem>
#include <memory>

namespace fs = std::filesystem;
using hilo::CodingRecord;

namespace {

// The ids of the codes every test project starts with.
struct Codes {
    std::int64_t disclosure = 0; // red
    std::int64_t barriers = 0;   // no colour of its own: red from Disclosure
    std::int64_t shame = 0;      // "Vergüenza", blue
    std::int64_t support = 0;    // green
    std::int64_t friends = 0;    // green from Support
};

QString q(const std::string& utf8)
{
    return hilo::text::toQString(utf8);
}

// What the codebook shows in the Codings column for a code.
std::int64_t shownCount(hilo::ui::CodebookModel* model, std::int64_t codeId)
{
    return model->indexOfCode(codeId, hilo::ui::CodebookModel::CodingsColumn).data().toLongLong();
}

} // namespace

class CodingTest : public QObject {
    Q_OBJECT

private:
    fs::path folder_;
    int projects_ = 0;

    // A fresh project from the demo corpus with a small codebook.
    fs::path makeProject(Codes& codes)
    {
        const fs::path path = folder_ / ("Coding" + std::to_string(++projects_) + ".hilo");
        hilo::Project project = hilo::Project::create(path);
        hilo::ImportRequest request;
        for (const auto& entry : fs::directory_iterator(fs::path(HILO_DEMO_DIR) / "corpus"))
            request.files.push_back(entry.path());
        request.attributesCsv = fs::path(HILO_DEMO_DIR) / "participants.csv";
        hilo::ops::importTranscripts(project, request);

        hilo::CodebookStore book(project);
        hilo::CodeFields red;
        red.color = "#d62728";
        red.definition = "The young person tells someone what happened.";
        codes.disclosure = book.add("Disclosure", red);
        codes.barriers = book.add("Disclosure/Barriers");
        hilo::CodeFields blue;
        blue.color = "#1f77b4";
        blue.labelEs = "Vergüenza";
        codes.shame = book.add("Disclosure/Barriers/Vergüenza", blue);
        hilo::CodeFields green;
        green.color = "#2ca02c";
        codes.support = book.add("Support", green);
        codes.friends = book.add("Support/Friends");
        return path;
    }

    // Opens the project as Ana Ruiz and shows YP01's transcript, whose text has accents and
    // an emoji (a code point of two UTF-16 units).
    static std::int64_t openAndShowYP01(hilo::ui::MainWindow& window, const fs::path& project)
    {
        window.openProject(project, false);
        window.setCurrentCoder(QStringLiteral("Ana Ruiz"));
        window.show();
        window.activateWindow();
        if (!QTest::qWaitForWindowActive(&window))
            return 0;
        const hilo::SourceDetail source = hilo::SourceStore(window.session()->project()).source("YP01_interview");
        window.selectSource(source.id);
        return source.id;
    }

    // Selects the first occurrence of `passage` in the transcript; returns its UTF-16 start.
    static int select(hilo::ui::TranscriptView* view, const QString& passage)
    {
        const int start = static_cast<int>(view->toPlainText().indexOf(passage));
        QTextCursor cursor(view->document());
        cursor.setPosition(start);
        cursor.setPosition(start + static_cast<int>(passage.size()), QTextCursor::KeepAnchor);
        view->setTextCursor(cursor);
        view->setFocus();
        return start;
    }

    static std::vector<CodingRecord> codingsOf(hilo::ui::MainWindow& window, const std::optional<std::string>& code = {})
    {
        hilo::CodingFilter filter;
        filter.code = code;
        return hilo::CodingStore(window.session()->project()).list(filter);
    }

private Q_SLOTS:
    void initTestCase()
    {
        folder_ = hilo::test::freshTestFolder("hilo-gui-coding-");
    }

    void cleanupTestCase() { fs::remove_all(folder_); }

    // The acceptance test of the issue: select, code with the keyboard, see the stripe, undo,
    // redo, and check the store each time.
    void quickCodeFromTheKeyboardThenUndoAndRedo()
    {
        Codes codes;
        const fs::path project = makeProject(codes);
        hilo::ui::MainWindow window;
        QVERIFY(openAndShowYP01(window, project) != 0);
        QVERIFY(window.coderStatusText().contains(QStringLiteral("Ana Ruiz")));
        hilo::ui::TranscriptView* view = window.transcriptView();
        hilo::ui::CodingMargin* margin = window.codingMargin();
        QVERIFY(margin->stripes().empty());

        // Words after the emoji: their UTF-16 position is one more than their code point offset.
        const QString passage = QStringLiteral("y él nada más contestó con una risa");
        const int utf16Start = select(view, passage);
        QVERIFY(utf16Start > 0);
        QVERIFY(view->toPlainText().left(utf16Start).contains(QString::fromUtf8("😢")));
        const hilo::text::Utf16CodePointMap offsets(view->toPlainText());
        const std::int64_t start = offsets.toCodePoint(utf16Start);
        QCOMPARE(start, std::int64_t(utf16Start) - 1);
        const std::int64_t end = start + hilo::text::codePointLength(hilo::text::fromQString(passage));

        // Ctrl+K opens the quick-code box; typing without the accent in capitals still finds
        // "Vergüenza"; Enter applies it.
        QTest::keyClick(view, Qt::Key_K, Qt::ControlModifier);
        hilo::ui::QuickCodePopup* popup = window.codingController()->quickCodePopup();
        QTRY_VERIFY(popup->isVisible());
        QTest::keyClicks(popup->lineEdit(), QStringLiteral("VERGUEN"));
        QCOMPARE(popup->bestMatch(), std::optional<std::int64_t>(codes.shame));
        QTest::keyClick(popup->lineEdit(), Qt::Key_Return);
        QTRY_VERIFY(!popup->isVisible());

        // The store has the coding, at code point offsets, with exactly the selected words.
        std::vector<CodingRecord> stored = codingsOf(window);
        QCOMPARE(stored.size(), std::size_t(1));
        QCOMPARE(stored[0].codeId, codes.shame);
        QCOMPARE(stored[0].coderName, std::string("Ana Ruiz"));
        QCOMPARE(stored[0].start, start);
        QCOMPARE(stored[0].end, end);
        QCOMPARE(q(stored[0].text), passage);
        const std::int64_t codingId = stored[0].id;

        // One stripe in the code's colour with the coder's initials, beside the passage.
        std::vector<hilo::ui::Stripe> stripes = margin->stripes();
        QCOMPARE(stripes.size(), std::size_t(1));
        QCOMPARE(stripes[0].codingId, codingId);
        QCOMPARE(stripes[0].codeId, codes.shame);
        QCOMPARE(stripes[0].color, QColor(QStringLiteral("#1f77b4")));
        QCOMPARE(stripes[0].initials, QStringLiteral("AR"));
        QTextCursor at(view->document());
        at.setPosition(utf16Start);
        QCOMPARE(stripes[0].rect.top(), view->cursorRect(at).top());
        QVERIFY(stripes[0].rect.height() > 0);
        QCOMPARE(view->extraSelections().size(), qsizetype(1));
        // The search index follows in the same step (search itself never updates it).
        const auto codedHits = [&window]() -> std::size_t {
            if (!hilo::indexIsFresh(window.session()->project()))
                return std::size_t(999); // the index lags behind the store
            return hilo::search(window.session()->project(), "kind:coding risa").hits.size();
        };
        QCOMPARE(codedHits(), std::size_t(1));

        // The codebook counts it.
        hilo::ui::CodebookModel* model = window.codebookDock()->model();
        QCOMPARE(shownCount(model, codes.shame), std::int64_t(1));
        QCOMPARE(window.undoStack()->count(), 1);
        QVERIFY(window.undoStack()->undoText().contains(QStringLiteral("Vergüenza")));

        // Ctrl+Z in the transcript: gone from the store, the margin and the counts.
        QTRY_VERIFY(window.isActiveWindow());
        view->setFocus();
        QTRY_VERIFY(view->hasFocus());
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(codingsOf(window).empty());
        QVERIFY(margin->stripes().empty());
        QVERIFY(view->extraSelections().isEmpty());
        QCOMPARE(shownCount(model, codes.shame), std::int64_t(0));
        QCOMPARE(codedHits(), std::size_t(0));

        // Ctrl+Shift+Z: back with the same span, the same id, and its stripe.
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        stored = codingsOf(window);
        QCOMPARE(stored.size(), std::size_t(1));
        QCOMPARE(stored[0].id, codingId);
        QCOMPARE(stored[0].start, start);
        QCOMPARE(stored[0].end, end);
        QCOMPARE(q(stored[0].text), passage);
        stripes = margin->stripes();
        QCOMPARE(stripes.size(), std::size_t(1));
        QCOMPARE(stripes[0].codingId, codingId);
        QCOMPARE(shownCount(model, codes.shame), std::int64_t(1));
        QCOMPARE(codedHits(), std::size_t(1));
    }

    void pinnedDigitAppliesItsCodeAndOverlapsGetTheirOwnColumn()
    {
        Codes codes;
        const fs::path project = makeProject(codes);
        hilo::ui::MainWindow window;
        QVERIFY(openAndShowYP01(window, project) != 0);
        hilo::ui::TranscriptView* view = window.transcriptView();

        window.codebookDock()->pinCode(codes.shame, 1);
        window.codebookDock()->pinCode(codes.friends, 3);
        QCOMPARE(window.session()->pinnedCodes().size(), qsizetype(2));

        // Key 1 codes a passage after the emoji; key 3 an overlapping one that holds the emoji.
        const QString later = QStringLiteral("y él nada más contestó con una risa");
        select(view, later);
        QTest::keyClick(view, Qt::Key_1);
        const QString withEmoji = QString::fromUtf8("ya déjame por favor 😢\" y él nada más");
        select(view, withEmoji);
        QTest::keyClick(view, Qt::Key_3);

        const std::vector<CodingRecord> friends = codingsOf(window, "Support/Friends");
        QCOMPARE(friends.size(), std::size_t(1));
        QCOMPARE(q(friends[0].text), withEmoji);
        QCOMPARE(friends[0].end - friends[0].start, hilo::text::codePointLength(hilo::text::fromQString(withEmoji)));
        QCOMPARE(codingsOf(window).size(), std::size_t(2));

        // Both stripes show, side by side; Friends inherits Support's green.
        const std::vector<hilo::ui::Stripe> stripes = window.codingMargin()->stripes();
        QCOMPARE(stripes.size(), std::size_t(2));
        QVERIFY(stripes[0].column != stripes[1].column);
        QVERIFY(!stripes[0].rect.intersects(stripes[1].rect));
        for (const hilo::ui::Stripe& stripe : stripes)
            QCOMPARE(stripe.color, stripe.codeId == codes.friends ? QColor(QStringLiteral("#2ca02c"))
                                                                  : QColor(QStringLiteral("#1f77b4")));

        // Ctrl+Return opens the quick-code box too; Escape closes it and codes nothing.
        QTest::keyClick(view, Qt::Key_Return, Qt::ControlModifier);
        hilo::ui::QuickCodePopup* popup = window.codingController()->quickCodePopup();
        QTRY_VERIFY(popup->isVisible());
        QTest::keyClick(popup, Qt::Key_Escape);
        QTRY_VERIFY(!popup->isVisible());
        QCOMPARE(codingsOf(window).size(), std::size_t(2));

        // A digit with nothing pinned codes nothing.
        select(view, QStringLiteral("Nada más estoy un poco nerviosa."));
        QTest::keyClick(view, Qt::Key_7);
        QCOMPARE(codingsOf(window).size(), std::size_t(2));

        // Pins are remembered for this project (one writer at a time: close it here first).
        window.closeProject();
        hilo::ui::MainWindow again;
        again.openProject(project, false);
        QCOMPARE(again.session()->pinnedCodes().value(3), q(hilo::CodebookStore(again.session()->project())
                                                                 .findById(codes.friends)
                                                                 ->guid));
    }

    void clickingAStripeSelectsItsCoding()
    {
        Codes codes;
        const fs::path project = makeProject(codes);
        hilo::ui::MainWindow window;
        QVERIFY(openAndShowYP01(window, project) != 0);
        hilo::ui::TranscriptView* view = window.transcriptView();
        const QString passage = QStringLiteral("Nada más estoy un poco nerviosa.");
        select(view, passage);
        QVERIFY(window.codingController()->applyCode(codes.barriers));
        // Barriers has no colour of its own: its parent's red.
        QCOMPARE(window.codingMargin()->stripes().at(0).color, QColor(QStringLiteral("#d62728")));

        // The margin scrolls with the text.
        QScrollBar* scroll = view->verticalScrollBar();
        QVERIFY(scroll->maximum() > 100);
        const int top = window.codingMargin()->stripes().at(0).rect.top();
        scroll->setValue(scroll->value() + 100);
        QCOMPARE(window.codingMargin()->stripes().at(0).rect.top(), top - 100);

        view->moveCursor(QTextCursor::Start);
        QVERIFY(!view->textCursor().hasSelection());
        QSignalSpy current(window.codingController(), &hilo::ui::CodingController::currentCodingChanged);
        const hilo::ui::Stripe stripe = window.codingMargin()->stripes().at(0);
        QTest::mouseClick(window.codingMargin(), Qt::LeftButton, {}, stripe.rect.center());
        QCOMPARE(current.count(), qsizetype(1));
        QCOMPARE(window.codingController()->currentCodingId(), std::optional<std::int64_t>(stripe.codingId));
        QCOMPARE(view->textCursor().selectedText(), passage);
    }

    void contextMenuAppliesAndRemovesCodes()
    {
        Codes codes;
        const fs::path project = makeProject(codes);
        hilo::ui::MainWindow window;
        QVERIFY(openAndShowYP01(window, project) != 0);
        hilo::ui::TranscriptView* view = window.transcriptView();
        const QString passage = QStringLiteral("Nada más estoy un poco nerviosa.");
        const int start = select(view, passage);

        // The menu the view would show: Apply Code ▸ Disclosure ▸ Barriers ▸ Vergüenza.
        QMenu menu;
        Q_EMIT view->contextMenuAboutToShow(&menu, start + 2);
        const auto find = [](QMenu* in, const QString& text) -> QAction* {
            for (QAction* action : in->actions())
                if (action->text() == text)
                    return action;
            return nullptr;
        };
        QAction* apply = find(&menu, QStringLiteral("Apply Code"));
        QVERIFY(apply && apply->menu());
        QAction* disclosure = find(apply->menu(), QStringLiteral("Disclosure"));
        QVERIFY(disclosure && disclosure->menu());
        QAction* barriers = find(disclosure->menu(), QStringLiteral("Barriers"));
        QVERIFY(barriers && barriers->menu());
        QAction* shame = find(barriers->menu(), QStringLiteral("Vergüenza"));
        QVERIFY(shame);
        shame->trigger();
        QCOMPARE(codingsOf(window, "Disclosure/Barriers/Vergüenza").size(), std::size_t(1));

        // Under the mouse now: a coding to remove.
        QMenu again;
        Q_EMIT view->contextMenuAboutToShow(&again, start + 2);
        QAction* remove = nullptr;
        for (QAction* action : again.actions())
            if (action->text().startsWith(QStringLiteral("Remove Coding")))
                remove = action;
        QVERIFY(remove);
        QVERIFY(remove->text().contains(QStringLiteral("Ana Ruiz")));
        remove->trigger();
        QVERIFY(codingsOf(window).empty());
        QVERIFY(window.codingMargin()->stripes().empty());
        window.undoStack()->undo();
        QCOMPARE(codingsOf(window).size(), std::size_t(1));
    }

    void renameThroughTheModelIsUndoable()
    {
        Codes codes;
        const fs::path project = makeProject(codes);
        hilo::ui::MainWindow window;
        window.openProject(project, false);
        hilo::ui::CodebookModel* model = window.codebookDock()->model();
        hilo::CodebookStore store(window.session()->project());

        const QModelIndex support = model->indexOfCode(codes.support);
        QCOMPARE(support.data().toString(), QStringLiteral("Support"));
        QCOMPARE(support.data(Qt::DecorationRole).value<QColor>(), QColor(QStringLiteral("#2ca02c")));
        // Hovering shows the definition; the Spanish label too.
        QVERIFY(model->indexOfCode(codes.disclosure).data(Qt::ToolTipRole).toString().contains(QStringLiteral("tells someone")));
        QVERIFY(model->indexOfCode(codes.shame).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Vergüenza")));

        QVERIFY(model->setData(support, QStringLiteral("Apoyo")));
        QCOMPARE(store.findById(codes.support)->name, std::string("Apoyo"));
        QCOMPARE(model->indexOfCode(codes.support).data().toString(), QStringLiteral("Apoyo"));
        QCOMPARE(store.findById(codes.friends)->path, std::string("Apoyo/Friends"));
        QCOMPARE(window.undoStack()->count(), 1);

        window.undoStack()->undo();
        QCOMPARE(store.findById(codes.support)->name, std::string("Support"));
        QCOMPARE(model->indexOfCode(codes.support).data().toString(), QStringLiteral("Support"));
        window.undoStack()->redo();
        QCOMPARE(store.findById(codes.support)->name, std::string("Apoyo"));

        // A name a sibling has is refused with the store's message, pushes nothing, and the
        // message shows without blocking.
        QVERIFY(!model->setData(model->indexOfCode(codes.support), QStringLiteral("disclosure")));
        QCOMPARE(store.findById(codes.support)->name, std::string("Apoyo"));
        QCOMPARE(window.undoStack()->count(), 1);
        auto* box = window.findChild<QMessageBox*>();
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("already exists")));
        box->close();
    }

    void mergeThroughTheDockIsUndoable()
    {
        Codes codes;
        const fs::path project = makeProject(codes);
        hilo::ui::MainWindow window;
        QVERIFY(openAndShowYP01(window, project) != 0);
        hilo::ui::TranscriptView* view = window.transcriptView();
        hilo::ui::CodingController* coding = window.codingController();
        const hilo::text::Utf16CodePointMap offsets(view->toPlainText());
        const auto spanOf = [&](const QString& passage) {
            const qsizetype at = view->toPlainText().indexOf(passage);
            return hilo::ui::CodingController::Span{offsets.toCodePoint(at), offsets.toCodePoint(at + passage.size())};
        };
        const auto a = spanOf(QStringLiteral("Nada más estoy un poco nerviosa."));
        const auto b = spanOf(QStringLiteral("Pues lo uso para todo."));
        const auto c = spanOf(QStringLiteral("y él nada más contestó con una risa"));
        // Friends on A and B; Barriers on A (the same span) and C.
        QVERIFY(coding->applyCode(codes.friends, a));
        QVERIFY(coding->applyCode(codes.friends, b));
        QVERIFY(coding->applyCode(codes.barriers, a));
        QVERIFY(coding->applyCode(codes.barriers, c));
        QCOMPARE(codingsOf(window).size(), std::size_t(4));
        const int steps = window.undoStack()->count();
        hilo::ui::CodebookModel* model = window.codebookDock()->model();
        QCOMPARE(shownCount(model, codes.friends), std::int64_t(2));

        // Merging moves B; A is already Barriers' and is not doubled.
        QVERIFY(window.codebookDock()->mergeCode(codes.friends, codes.barriers));
        QCOMPARE(window.undoStack()->count(), steps + 1);
        QCOMPARE(codingsOf(window).size(), std::size_t(3));
        QCOMPARE(codingsOf(window, "Disclosure/Barriers").size(), std::size_t(3));
        QVERIFY(model->recordById(codes.friends) == nullptr);
        QCOMPARE(shownCount(model, codes.barriers), std::int64_t(3));
        QCOMPARE(window.codebookDock()->currentCodeId(), std::optional<std::int64_t>(codes.barriers));
        for (const hilo::ui::Stripe& stripe : window.codingMargin()->stripes())
            QCOMPARE(stripe.codeId, codes.barriers);

        // One undo brings the code, its id and both its codings back.
        window.undoStack()->undo();
        QCOMPARE(codingsOf(window).size(), std::size_t(4));
        QCOMPARE(codingsOf(window, "Support/Friends").size(), std::size_t(2));
        QVERIFY(model->recordById(codes.friends) != nullptr);
        QCOMPARE(shownCount(model, codes.friends), std::int64_t(2));
        QCOMPARE(shownCount(model, codes.barriers), std::int64_t(2));
        QCOMPARE(window.codingMargin()->stripes().size(), std::size_t(4));

        window.undoStack()->redo();
        QCOMPARE(codingsOf(window).size(), std::size_t(3));
        QVERIFY(model->recordById(codes.friends) == nullptr);
    }

    void dragAndDropMovesReordersAndMerges()
    {
        Codes codes;
        const fs::path project = makeProject(codes);
        hilo::ui::MainWindow window;
        QVERIFY(openAndShowYP01(window, project) != 0);
        hilo::ui::CodebookModel* model = window.codebookDock()->model();
        hilo::CodebookStore store(window.session()->project());
        select(window.transcriptView(), QStringLiteral("Nada más estoy un poco nerviosa."));
        QVERIFY(window.codingController()->applyCode(codes.friends));
        const auto drag = [model](std::int64_t codeId) {
            return std::unique_ptr<QMimeData>(model->mimeData({model->indexOfCode(codeId)}));
        };

        // Between rows: the top level, before Disclosure. Undo puts it back under Support.
        QVERIFY(model->canDropMimeData(drag(codes.friends).get(), Qt::MoveAction, 0, 0, {}));
        model->dropMimeData(drag(codes.friends).get(), Qt::MoveAction, 0, 0, {});
        QVERIFY(!store.findById(codes.friends)->parentId);
        QCOMPARE(store.findById(codes.friends)->position, 0);
        window.undoStack()->undo();
        QCOMPARE(store.findById(codes.friends)->parentId, std::optional<std::int64_t>(codes.support));

        // Never into its own sub-codes.
        QVERIFY(!model->canDropMimeData(drag(codes.disclosure).get(), Qt::MoveAction, -1, -1,
                                        model->indexOfCode(codes.shame)));

        // Onto a code: the dock asks whether to move or merge; answer as the user would.
        const auto answer = [&window](const QString& button) {
            QTimer::singleShot(50, &window, [button] {
                auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
                QVERIFY(box);
                for (QAbstractButton* b : box->buttons())
                    if (b->text().startsWith(button))
                        b->click();
            });
        };
        answer(QStringLiteral("Move under"));
        model->dropMimeData(drag(codes.friends).get(), Qt::MoveAction, -1, -1, model->indexOfCode(codes.disclosure));
        QTRY_COMPARE(store.findById(codes.friends)->parentId, std::optional<std::int64_t>(codes.disclosure));
        QCOMPARE(codingsOf(window, "Disclosure/Friends").size(), std::size_t(1));
        window.undoStack()->undo();
        QCOMPARE(store.findById(codes.friends)->parentId, std::optional<std::int64_t>(codes.support));

        answer(QStringLiteral("Merge into"));
        model->dropMimeData(drag(codes.friends).get(), Qt::MoveAction, -1, -1, model->indexOfCode(codes.shame));
        QTRY_VERIFY(!store.findById(codes.friends));
        QCOMPARE(codingsOf(window, "Disclosure/Barriers/Vergüenza").size(), std::size_t(1));
        window.undoStack()->undo();
        QVERIFY(store.findById(codes.friends));
        QCOMPARE(codingsOf(window, "Support/Friends").size(), std::size_t(1));
    }

    void codebookOperationsThroughTheDock()
    {
        Codes codes;
        const fs::path project = makeProject(codes);
        hilo::ui::MainWindow window;
        QVERIFY(openAndShowYP01(window, project) != 0);
        hilo::ui::CodebookDock* dock = window.codebookDock();
        hilo::ui::CodebookModel* model = dock->model();
        hilo::CodebookStore store(window.session()->project());

        // Add a child code; the editor form writes its fields in one undoable step.
        const std::optional<std::int64_t> family = dock->addCode(codes.support, QStringLiteral("Family"));
        QVERIFY(family);
        QCOMPARE(store.findById(*family)->path, std::string("Support/Family"));
        QCOMPARE(dock->currentCodeId(), family);
        dock->editor()->labelEdit()->setText(QStringLiteral("Familia"));
        dock->editor()->setColor(QStringLiteral("#9467bd"));
        QVERIFY(dock->applyEditor());
        QCOMPARE(store.findById(*family)->labelEs, std::string("Familia"));
        QCOMPARE(store.findById(*family)->color, std::string("#9467bd"));
        window.undoStack()->undo();
        QCOMPARE(store.findById(*family)->labelEs, std::string());
        QCOMPARE(dock->editor()->labelEdit()->text(), QString()); // the form shows the store again

        // Moving between rows (as a drop does) reorders; undo puts it back.
        QVERIFY(model->moveCode(codes.support, std::nullopt, 0));
        QCOMPARE(std::int64_t(model->index(0, 0).data(hilo::ui::CodebookModel::CodeIdRole).toLongLong()), codes.support);
        window.undoStack()->undo();
        QCOMPARE(std::int64_t(model->index(0, 0).data(hilo::ui::CodebookModel::CodeIdRole).toLongLong()), codes.disclosure);

        // A code with codings is refused unless its codings go too; one undo restores both.
        const QString passage = QStringLiteral("Nada más estoy un poco nerviosa.");
        select(window.transcriptView(), passage);
        QVERIFY(window.codingController()->applyCode(codes.shame));
        QString error;
        QVERIFY(!dock->deleteCode(codes.barriers, false, &error));
        QVERIFY(error.contains(QStringLiteral("codings")));
        QVERIFY(store.findById(codes.barriers));
        QVERIFY(dock->deleteCode(codes.barriers, true));
        QVERIFY(!store.findById(codes.barriers));
        QVERIFY(!store.findById(codes.shame));
        QVERIFY(codingsOf(window).empty());
        window.undoStack()->undo();
        QVERIFY(store.findById(codes.shame));
        QCOMPARE(codingsOf(window).size(), std::size_t(1));
        QCOMPARE(window.codingMargin()->stripes().size(), std::size_t(1));

        // The filter ignores case and accents.
        dock->filterEdit()->setText(QStringLiteral("VERGUENZA"));
        QAbstractItemModel* shown = dock->tree()->model();
        QCOMPARE(shown->rowCount(), 1); // Disclosure, kept for its descendant
        dock->filterEdit()->clear();
        QCOMPARE(shown->rowCount(), 2);
    }

    void aRememberedCoderIsNotAskedFor()
    {
        Codes codes;
        const fs::path project = makeProject(codes);
        {
            hilo::ui::MainWindow first;
            first.openProject(project, false);
            QCOMPARE(first.currentCoder(), QString());
            first.setCurrentCoder(QStringLiteral("Bea Soto"));
        }
        hilo::ui::MainWindow window;
        // Should a dialog appear anyway, close it so the test fails instead of hanging.
        bool asked = false;
        QTimer::singleShot(3000, &window, [&asked] {
            if (QWidget* modal = QApplication::activeModalWidget()) {
                asked = true;
                modal->close();
            }
        });
        window.openProject(project, true);
        QVERIFY(!asked);
        QCOMPARE(window.currentCoder(), QStringLiteral("Bea Soto"));
        QVERIFY(window.coderStatusText().contains(QStringLiteral("Bea Soto")));
    }
};

const QMetaObject& codingTestMetaObject()
{
    return CodingTest::staticMetaObject;
}

int runCodingTests(int argc, char** argv)
{
    CodingTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_coding.moc"
