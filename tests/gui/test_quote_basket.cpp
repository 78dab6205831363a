// The quote basket in the workbench, driven through its real widgets (offscreen) on the demo
// corpus: quotes added from the transcript's selection (Ctrl+Shift+Q) and from a coding
// (context menu) or dropped on the basket, reordered, annotated, trimmed, exported with a live preview of the
// attribution, copied, and undone; the store is checked after every step.
#include "analysis/quotes/quote_store.h"
#include "coding_controller.h"
#include "import/office_readers.h"
#include "main_window.h"
#include "project/codebook_store.h"
#include "project/operations/source_operations.h"
#include "project/project.h"
#include "project/source_store.h"
#include "project_session.h"
#include "quote_basket_dock.h"
#include "quote_basket_model.h"
#include "quote_export_dialog.h"
#include "test_folder.h"
#include "text/qt_offsets.h"
#include "transcript_view.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDropEvent>
#include <QMimeData>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>

#include <filesystem>

namespace fs = std::filesystem;

namespace {

const QString kNovio = QStringLiteral("Yo sentía que era mi novio, aunque nunca lo había visto en persona.");

std::vector<hilo::quotes::QuoteRecord> basket(hilo::ui::MainWindow& window)
{
    return hilo::quotes::QuoteStore(window.session()->project()).list();
}

QString q(const std::string& utf8)
{
    return hilo::text::toQString(utf8);
}

} // namespace

class QuoteBasketTest : public QObject {
    Q_OBJECT

private:
    fs::path folder_;
    int projects_ = 0;
    std::int64_t embarrassment_ = 0;

    fs::path makeProject()
    {
        const fs::path path = folder_ / ("Quotes" + std::to_string(++projects_) + ".hilo");
        hilo::Project project = hilo::Project::create(path);
        hilo::ImportRequest request;
        for (const auto& entry : fs::directory_iterator(fs::path(HILO_DEMO_DIR) / "corpus"))
            request.files.push_back(entry.path());
        request.attributesCsv = fs::path(HILO_DEMO_DIR) / "participants.csv";
        hilo::ops::importTranscripts(project, request);
        hilo::CodebookStore book(project);
        book.add("Disclosure");
        embarrassment_ = book.add("Disclosure/Embarrassment");
        return path;
    }

    static bool open(hilo::ui::MainWindow& window, const fs::path& project)
    {
        window.openProject(project, false);
        window.setCurrentCoder(QStringLiteral("Ana Ruiz"));
        window.show();
        window.activateWindow();
        if (!QTest::qWaitForWindowActive(&window))
            return false;
        window.selectSource(hilo::SourceStore(window.session()->project()).source("YP01_interview").id);
        window.quoteBasketDock()->show();
        window.quoteBasketDock()->raise();
        return true;
    }

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

    // Adds the sentences holding each passage, from the keyboard.
    static void addByKey(hilo::ui::MainWindow& window, const QStringList& passages)
    {
        for (const QString& passage : passages) {
            select(window.transcriptView(), passage);
            QTest::keyClick(window.transcriptView(), Qt::Key_Q, Qt::ControlModifier | Qt::ShiftModifier);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        folder_ = hilo::test::freshTestFolder("hilo-gui-quotes-");
    }

    void cleanupTestCase() { fs::remove_all(folder_); }

    void selectionIsQuotedFromTheKeyboardAndUndone()
    {
        hilo::ui::MainWindow window;
        QVERIFY(open(window, makeProject()));
        hilo::ui::QuoteBasketDock* dock = window.quoteBasketDock();
        addByKey(window, {QStringLiteral("novio")});

        // The selection grew to its whole sentence, attributed with the default template.
        QCOMPARE(dock->model()->rowCount(), 1);
        QCOMPARE(dock->model()->index(0).data(hilo::ui::QuoteBasketModel::QuoteTextRole).toString(), kNovio);
        QCOMPARE(dock->model()->index(0).data().toString(), QStringLiteral("“%1” (YP)").arg(kNovio));
        const auto stored = basket(window);
        QCOMPARE(stored.size(), std::size_t{1});
        QCOMPARE(q(stored[0].coderName), QStringLiteral("Ana Ruiz"));
        QCOMPARE(q(stored[0].participant), QStringLiteral("YP01"));
        QVERIFY(dock->provenanceLabel()->text().contains(QStringLiteral("YP01_interview")));
        QVERIFY(dock->diversityLabel()->text().contains(QStringLiteral("YP: 1 participant")));

        window.undoStack()->undo();
        QCOMPARE(dock->model()->rowCount(), 0);
        QVERIFY(basket(window).empty());
        window.undoStack()->redo();
        QCOMPARE(dock->model()->rowCount(), 1);
        QCOMPARE(q(basket(window)[0].text), kNovio);
    }

    void selectionIsQuotedByDroppingItOnTheBasket()
    {
        hilo::ui::MainWindow window;
        QVERIFY(open(window, makeProject()));
        hilo::ui::QuoteBasketDock* dock = window.quoteBasketDock();
        select(window.transcriptView(), QStringLiteral("nunca lo había"));
        // What the transcript's drag carries: the selected words as text.
        QMimeData dragged;
        dragged.setText(QStringLiteral("nunca lo había"));
        QWidget* target = dock->list()->viewport();
        const QPointF point(target->width() / 2.0, target->height() / 2.0);
        QDragEnterEvent enter(point.toPoint(), Qt::CopyAction | Qt::MoveAction, &dragged, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(point, Qt::CopyAction | Qt::MoveAction, &dragged, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &drop);
        QVERIFY(drop.isAccepted());
        QCOMPARE(dock->model()->rowCount(), 1);
        QCOMPARE(q(basket(window)[0].text), kNovio);

        // Other text (not the selection) is not taken.
        QMimeData other;
        other.setText(QStringLiteral("palabras de otro lado"));
        QDropEvent foreign(point, Qt::CopyAction, &other, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &foreign);
        QCOMPARE(dock->model()->rowCount(), 1);
    }

    void aCodingIsQuotedFromTheContextMenu()
    {
        hilo::ui::MainWindow window;
        QVERIFY(open(window, makeProject()));
        hilo::ui::TranscriptView* view = window.transcriptView();
        const int start = select(view, QStringLiteral("nunca lo había visto"));
        QVERIFY(window.codingController()->applyCode(embarrassment_));
        view->setTextCursor(QTextCursor(view->document())); // nothing selected

        QMenu menu;
        Q_EMIT view->contextMenuAboutToShow(&menu, start + 3);
        QAction* quote = nullptr;
        for (QAction* action : menu.actions())
            if (action->text().startsWith(QStringLiteral("Quote Coding 'Disclosure/Embarrassment'")))
                quote = action;
        QVERIFY(quote != nullptr);
        quote->trigger();

        const auto stored = basket(window);
        QCOMPARE(stored.size(), std::size_t{1});
        QCOMPARE(q(stored[0].text), kNovio);
        QCOMPARE(stored[0].codes, std::vector<std::string>{"Disclosure/Embarrassment"});
        QVERIFY(stored[0].codingId.has_value());
        QVERIFY(window.quoteBasketDock()->model()->index(0).data(Qt::ToolTipRole).toString().contains(
            QStringLiteral("Disclosure/Embarrassment")));
    }

    void quotesAreReorderedByButtonsAndByDrag()
    {
        hilo::ui::MainWindow window;
        QVERIFY(open(window, makeProject()));
        hilo::ui::QuoteBasketDock* dock = window.quoteBasketDock();
        addByKey(window, {QStringLiteral("Como dos meses"), QStringLiteral("novio"), QStringLiteral("pedirme fotos")});
        auto order = [&] {
            QStringList starts;
            for (const auto& quote : basket(window))
                starts << q(quote.text).left(8);
            return starts;
        };
        QCOMPARE(order(), (QStringList{QStringLiteral("Como dos"), QStringLiteral("Yo sentí"), QStringLiteral("Y luego ")}));

        dock->list()->setCurrentIndex(dock->model()->index(2));
        QTest::mouseClick(dock->upButton(), Qt::LeftButton);
        QCOMPARE(order(), (QStringList{QStringLiteral("Como dos"), QStringLiteral("Y luego "), QStringLiteral("Yo sentí")}));
        QCOMPARE(dock->list()->currentIndex().row(), 1); // the moved quote stays current
        QTest::mouseClick(dock->downButton(), Qt::LeftButton);
        QCOMPARE(order(), (QStringList{QStringLiteral("Como dos"), QStringLiteral("Yo sentí"), QStringLiteral("Y luego ")}));
        QVERIFY(!dock->downButton()->isEnabled()); // already last
        QTest::mouseClick(dock->upButton(), Qt::LeftButton);

        // A drag in the list ends in the model's moveRows, as QListView's internal move does.
        QVERIFY(dock->model()->moveRows({}, 0, 1, {}, 3));
        QCOMPARE(order(), (QStringList{QStringLiteral("Y luego "), QStringLiteral("Yo sentí"), QStringLiteral("Como dos")}));
        window.undoStack()->undo();
        QCOMPARE(order(), (QStringList{QStringLiteral("Como dos"), QStringLiteral("Y luego "), QStringLiteral("Yo sentí")}));

        dock->list()->setCurrentIndex(dock->model()->index(0));
        QVERIFY(dock->removeCurrent());
        QCOMPARE(order(), (QStringList{QStringLiteral("Y luego "), QStringLiteral("Yo sentí")}));
    }

    void noteAndTrimAreEdited()
    {
        hilo::ui::MainWindow window;
        QVERIFY(open(window, makeProject()));
        hilo::ui::QuoteBasketDock* dock = window.quoteBasketDock();
        // Three sentences in one selection.
        addByKey(window, {QStringLiteral("Hablábamos diario. Yo sentía que era mi novio, aunque nunca lo había visto en persona. Y luego")});
        QCOMPARE(dock->model()->rowCount(), 1);
        dock->list()->setCurrentIndex(dock->model()->index(0));

        dock->noteEdit()->setFocus();
        dock->noteEdit()->clear();
        // Typed as input (QTest::keyClicks takes Latin-1 only): an accent, a middle dot, an emoji.
        dock->noteEdit()->insert(QStringLiteral("capítulo 2 · 😊"));
        QTest::keyClick(dock->noteEdit(), Qt::Key_Return);
        QCOMPARE(q(basket(window)[0].note), QStringLiteral("capítulo 2 · 😊"));

        dock->maxLengthBox()->setValue(100);
        QTest::mouseClick(dock->applyTrimButton(), Qt::LeftButton);
        const QString trimmed = q(basket(window)[0].text);
        QVERIFY2(trimmed.contains(QStringLiteral("[...]")), qPrintable(trimmed));
        QVERIFY(trimmed.startsWith(QStringLiteral("Hablábamos diario.")));
        QVERIFY(trimmed.endsWith(QStringLiteral("pedirme fotos.")));
        window.undoStack()->undo();
        QVERIFY(!q(basket(window)[0].text).contains(QStringLiteral("[...]")));
        QCOMPARE(q(basket(window)[0].note), QStringLiteral("capítulo 2 · 😊"));
    }

    void exportDialogPreviewsTheAttributionAndExports()
    {
        hilo::ui::MainWindow window;
        QVERIFY(open(window, makeProject()));
        hilo::ui::QuoteBasketDock* dock = window.quoteBasketDock();
        addByKey(window, {QStringLiteral("novio")});
        window.selectSource(hilo::SourceStore(window.session()->project()).source("yp02").id);
        addByKey(window, {window.transcriptView()->toPlainText().mid(window.transcriptView()->toPlainText().indexOf(QStringLiteral("YP02:")) + 6, 12)});
        QCOMPARE(dock->model()->rowCount(), 2);

        std::unique_ptr<hilo::ui::QuoteExportDialog> dialog(dock->createExportDialog());
        QVERIFY(dialog != nullptr);
        dialog->show();
        QVERIFY(dialog->preview()->toPlainText().contains(QStringLiteral("“%1” (YP)").arg(kNovio)));
        dialog->templateEdit()->clear();
        dialog->templateEdit()->insert(QStringLiteral("“TEXT” (GROUP{, AGE years old}{, STATE})"));
        // Live: YP01 has a state, YP02 has none and gets no dangling comma.
        QVERIFY(dialog->preview()->toPlainText().contains(QStringLiteral("” (YP, 15 years old, Morelos)")));
        QVERIFY(dialog->preview()->toPlainText().contains(QStringLiteral("” (YP, 16 years old)")));
        QVERIFY(dialog->problemLabel()->text().isEmpty());

        dialog->templateEdit()->setText(QStringLiteral("(GROUP)"));
        QVERIFY(dialog->problemLabel()->text().contains(QStringLiteral("TEXT")));
        dialog->templateEdit()->setText(QStringLiteral("“TEXT” (GROUP{, AGE years old}{, STATE})"));
        QVERIFY(dialog->problemLabel()->text().isEmpty());

        dialog->formatBox()->setCurrentIndex(dialog->formatBox()->findData(QStringLiteral("docx")));
        const fs::path docx = folder_ / "basket.docx";
        QString error;
        QVERIFY2(dialog->exportTo(QString::fromStdString(docx.string()), &error), qPrintable(error));
        const std::string written = hilo::import::readDocx(docx).text;
        QVERIFY(q(written).contains(QStringLiteral("“%1” (YP, 15 years old, Morelos)").arg(kNovio)));

        QVERIFY(dialog->saveTemplate());
        QCOMPARE(q(hilo::quotes::QuoteStore(window.session()->project()).attributionTemplate()),
                 QStringLiteral("“TEXT” (GROUP{, AGE years old}{, STATE})"));
        QCOMPARE(dock->model()->index(0).data().toString(), QStringLiteral("“%1” (YP, 15 years old, Morelos)").arg(kNovio));

        dock->copyToClipboard();
        QVERIFY(QApplication::clipboard()->text().startsWith(QStringLiteral("“%1” (YP, 15 years old, Morelos)").arg(kNovio)));
    }
};

const QMetaObject& quoteBasketTestMetaObject()
{
    return QuoteBasketTest::staticMetaObject;
}

int runQuoteBasketTests(int argc, char** argv)
{
    QuoteBasketTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_quote_basket.moc"
