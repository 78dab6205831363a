// One afternoon's work in the window, end to end on the demo corpus (offscreen): code a
// passage from the keyboard, find it with a search, open it from its code matrix cell, and
// export it as an attributed quote; the models and the store are checked at every step.
#include "analysis/quotes/quote_store.h"
#include "coding_controller.h"
#include "demo_project.h"
#include "main_window.h"
#include "matrix_dock.h"
#include "matrix_model.h"
#include "project/codebook_store.h"
#include "project/coding_store.h"
#include "project/project.h"
#include "project/source_store.h"
#include "project_session.h"
#include "quick_code_popup.h"
#include "quote_basket_dock.h"
#include "quote_export_dialog.h"
#include "search_dock.h"
#include "test_folder.h"
#include "transcript_view.h"

#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QTableView>
#include <QTest>

#include <filesystem>
#include <memory>

namespace fs = std::filesystem;

class WorkflowTest : public QObject {
    Q_OBJECT

private:
    fs::path folder_;
    fs::path project_;
    std::int64_t shame_ = 0;

private Q_SLOTS:
    void initTestCase()
    {
        folder_ = hilo::test::freshTestFolder("hilo-gui-workflow-");
        project_ = folder_ / "Workflow.hilo";
        hilo::Project project = hilo::test::createDemoProject(project_);
        hilo::CodebookStore(project).add("Disclosure");
        shame_ = hilo::CodebookStore(project).add("Disclosure/Shame");
    }

    void cleanupTestCase() { fs::remove_all(folder_); }

    void fromAKeyboardCodingToAnExportedQuote()
    {
        hilo::ui::MainWindow window;
        window.openProject(project_, false);
        window.setCurrentCoder(QStringLiteral("Ana"));
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        // 1. Code the first participant turn of YP01 from the keyboard: Alt+Down selects a
        //    turn's words, Ctrl+K opens the quick-code box, a few letters and Enter apply.
        const hilo::SourceDetail yp01 = hilo::SourceStore(window.session()->project()).source("YP01_interview");
        window.selectSource(yp01.id);
        hilo::ui::TranscriptView* view = window.transcriptView();
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Down, Qt::AltModifier);
        QTest::keyClick(view, Qt::Key_Down, Qt::AltModifier);
        QTest::keyClick(view, Qt::Key_K, Qt::ControlModifier);
        hilo::ui::QuickCodePopup* popup = window.codingController()->quickCodePopup();
        QTRY_VERIFY(popup->isVisible());
        QTest::keyClicks(popup->lineEdit(), QStringLiteral("shame"));
        QTest::keyClick(popup->lineEdit(), Qt::Key_Return);
        QTRY_VERIFY(!popup->isVisible());
        hilo::CodingFilter byShame;
        byShame.code = "Disclosure/Shame";
        const std::vector<hilo::CodingRecord> codings = hilo::CodingStore(window.session()->project()).list(byShame);
        QCOMPARE(codings.size(), std::size_t(1));
        const hilo::CodingRecord coding = codings.front();
        QCOMPARE(coding.sourceId, yp01.id);
        QCOMPARE(coding.coderName, std::string("Ana"));
        QVERIFY(!coding.text.empty());

        // 2. The search pane finds that coding by its code (the index followed the edit).
        window.searchDock()->runQuery(QStringLiteral("kind:coding code:Shame"));
        QCOMPARE(window.searchDock()->totalHits(), std::int64_t{1});
        QCOMPARE(window.searchDock()->model()->hit(0).id, coding.id);

        // 3. The code matrix counts it under YP; its cell lists it and opens it selected.
        hilo::ui::MatrixDock* matrix = window.matrixDock();
        matrix->show();
        hilo::ui::MatrixModel* model = matrix->model();
        int row = -1;
        for (int r = 0; r < model->totalRow(); ++r)
            if (model->matrix().rows[static_cast<std::size_t>(r)].path == "Disclosure/Shame")
                row = r;
        QVERIFY(row >= 0);
        int column = -1;
        for (int c = 1; c < model->totalColumn(); ++c)
            if (model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString().startsWith(QStringLiteral("YP ")))
                column = c;
        QVERIFY(column > 0);
        const QModelIndex cell = model->index(row, column);
        QCOMPARE(cell.data().toString(), QStringLiteral("1"));
        matrix->table()->scrollTo(cell);
        QTest::mouseClick(matrix->table()->viewport(), Qt::LeftButton, {}, matrix->table()->visualRect(cell).center());
        QCOMPARE(matrix->excerptList()->count(), 1);
        Q_EMIT matrix->excerptList()->itemActivated(matrix->excerptList()->item(0));
        QCOMPARE(view->textCursor().selectedText(), QString::fromStdString(coding.text));

        // 4. The coding goes to the quote basket and out as Markdown, attributed to its group.
        hilo::ui::QuoteBasketDock* basket = window.quoteBasketDock();
        QVERIFY(basket->addCoding(coding.id));
        QCOMPARE(hilo::quotes::QuoteStore(window.session()->project()).count(), std::int64_t{1});
        std::unique_ptr<hilo::ui::QuoteExportDialog> dialog(basket->createExportDialog());
        QVERIFY(dialog != nullptr);
        dialog->formatBox()->setCurrentIndex(dialog->formatBox()->findData(QStringLiteral("md")));
        const QString file = QString::fromStdString((folder_ / "quotes.md").string());
        QString error;
        QVERIFY2(dialog->exportTo(file, &error), qPrintable(error));
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QString markdown = QString::fromUtf8(written.readAll());
        QVERIFY2(markdown.contains(QStringLiteral("(YP)")), qPrintable(markdown));
        // The quote's words are the coded words (trimmed to whole sentences at most).
        const QString firstWords = QString::fromStdString(coding.text).section(QLatin1Char(' '), 0, 2);
        QVERIFY2(markdown.contains(firstWords), qPrintable(markdown));
    }
};

int runWorkflowTests(int argc, char** argv)
{
    WorkflowTest test;
    return QTest::qExec(&test, argc, argv);
}

const QMetaObject& workflowTestMetaObject()
{
    return WorkflowTest::staticMetaObject;
}

#include "test_workflow.moc"
