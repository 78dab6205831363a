// The code matrix and joint display views on the demo project (corpus, bundled codebook, a
// first pass of autocoding, the Disrupting Harm Mexico survey table), through real widgets.
#include "analysis/crosstab/code_matrix.h"
#include "analysis/survey/indicator_table.h"
#include "analysis/survey/survey_store.h"
#include "codebook/bundled_codebooks.h"
#include "import/file_bytes.h"
#include "joint_display_dock.h"
#include "main_window.h"
#include "matrix_dock.h"
#include "matrix_model.h"
#include "project/operations/coding_operations.h"
#include "project/codebook_store.h"
#include "project/coder_store.h"
#include "project/coding_store.h"
#include "project/operations/source_operations.h"
#include "project/project.h"
#include "project_session.h"
#include "test_folder.h"
#include "text/qt_offsets.h"
#include "text/unicode_text.h"
#include "transcript_view.h"

#include <QApplication>
#include <QComboBox>
#include <QListWidget>
#include <QPalette>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

#include <filesystem>

namespace fs = std::filesystem;

namespace {

// WCAG contrast ratio between two colours.
double contrast(const QColor& a, const QColor& b)
{
    const auto luminance = [](const QColor& c) {
        const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

class MatrixViewTest : public QObject {
    Q_OBJECT

private:
    fs::path folder_;
    fs::path project_;

    static QModelIndex busiestCell(hilo::ui::MatrixModel* model)
    {
        QModelIndex best;
        double top = -1;
        for (int r = 0; r < model->totalRow(); ++r)
            for (int c = 1; c < model->totalColumn(); ++c) {
                const QModelIndex index = model->index(r, c);
                if (model->cellAt(index)->excerpts > top) {
                    top = static_cast<double>(model->cellAt(index)->excerpts);
                    best = index;
                }
            }
        return best;
    }

    static int rowOf(hilo::ui::MatrixModel* model, const std::string& path)
    {
        for (int r = 0; r < model->totalRow(); ++r)
            if (model->matrix().rows[static_cast<std::size_t>(r)].path == path)
                return r;
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        folder_ = hilo::test::freshTestFolder("hilo-gui-matrix-");
        project_ = folder_ / "Demo.hilo";
        hilo::Project project = hilo::Project::create(project_);
        hilo::CodebookStore(project).importCodebook(hilo::codebook::loadBundledCodebook("tfcsea"));
        hilo::ImportRequest request;
        for (const auto& entry : fs::directory_iterator(fs::path(HILO_DEMO_DIR) / "corpus"))
            request.files.push_back(entry.path());
        request.attributesCsv = fs::path(HILO_DEMO_DIR) / "participants.csv";
        hilo::ops::importTranscripts(project, request);
        hilo::CoderStore(project).add("Ana");
        hilo::CoderStore(project).add("Luis");
        hilo::ops::autocode(project, {"vergüenz*", "Embarrassment", "Ana", hilo::ops::AutocodeRequest::Unit::Sentence, "participant"});
        hilo::ops::autocode(project, {"embarrass*", "Embarrassment", "Ana", hilo::ops::AutocodeRequest::Unit::Sentence, "participant"});
        hilo::ops::autocode(project, {"culpa*", "Fear of blame", "Luis", hilo::ops::AutocodeRequest::Unit::Sentence, {}});
        hilo::ops::autocode(project, {"adult*", "Being asked to come with an adult", "Ana", hilo::ops::AutocodeRequest::Unit::Sentence, {}});
        const fs::path table = fs::path(HILO_DEMO_DIR) / "survey" / "disrupting_harm_mexico.csv";
        hilo::analysis::SurveyStore(project).importFigures(
            hilo::analysis::parseIndicatorTable(hilo::import::readFileBytes(table), table.filename().string()));
    }

    void cleanupTestCase()
    {
        QApplication::setPalette(QApplication::style()->standardPalette());
        fs::remove_all(folder_);
    }

    void heatMapShowsTheMatrixAndSwitchesMeasureAndColumns()
    {
        hilo::ui::MainWindow window;
        window.openProject(project_, false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        hilo::ui::MatrixDock* dock = window.matrixDock();
        QVERIFY(!dock->isVisible());
        dock->show(); // as View ▸ Code Matrix does
        QVERIFY(dock->isVisible());
        hilo::ui::MatrixModel* model = dock->model();
        dock->depthBox()->setCurrentIndex(dock->depthBox()->findData(0)); // every level

        // Groups across, codes down with their totals; the same numbers as the analysis library.
        QCOMPARE(model->headerData(1, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("YP (n=5)"));
        QCOMPARE(model->headerData(3, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("JP (n=4)"));
        QCOMPARE(model->headerData(model->totalColumn(), Qt::Horizontal, Qt::DisplayRole).toString(),
                 QStringLiteral("Total (n=14)"));
        const hilo::analysis::CodeMatrix expected = hilo::analysis::buildCodeMatrix(window.session()->project(), {});
        const int barriers = rowOf(model, "Disclosure/Barriers");
        QVERIFY(barriers >= 0);
        for (int c = 1; c <= 3; ++c)
            QCOMPARE(model->index(barriers, c).data().toString(),
                     QString::number(expected.rows[static_cast<std::size_t>(barriers)].cells[static_cast<std::size_t>(c - 1)].excerpts));
        QCOMPARE(model->index(model->totalRow(), 0).data().toString(), QStringLiteral("Any code"));

        // The busiest cell is the darkest shade; an empty cell keeps the base colour. Every
        // shade keeps its count readable.
        const QModelIndex busiest = busiestCell(model);
        QCOMPARE(busiest.data(hilo::ui::MatrixModel::HeatRole).toDouble(), 1.0);
        const QModelIndex empty = model->index(rowOf(model, "Justice"), 1);
        QCOMPARE(empty.data().toString(), QStringLiteral("0"));
        QCOMPARE(empty.data(Qt::BackgroundRole).value<QColor>(), QApplication::palette().color(QPalette::Base));
        for (const QModelIndex& index : {busiest, empty})
            QVERIFY(contrast(index.data(Qt::BackgroundRole).value<QColor>(), index.data(Qt::ForegroundRole).value<QColor>()) >= 4.5);

        // Cells as percent of the column's participants.
        dock->measureBox()->setCurrentIndex(dock->measureBox()->findData(static_cast<int>(hilo::analysis::CellMeasure::Percent)));
        const auto& cell = model->matrix().rows[static_cast<std::size_t>(barriers)].cells[0];
        QCOMPARE(model->index(barriers, 1).data().toString(),
                 QString::number(std::round(cell.percent * 10) / 10));

        // Columns by age: bands.
        dock->columnsBox()->setCurrentIndex(dock->columnsBox()->findData(QStringLiteral("age")));
        QCOMPARE(model->headerData(1, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("10-19 (n=5)"));
        // Rows: top level only.
        dock->depthBox()->setCurrentIndex(dock->depthBox()->findData(1));
        QCOMPARE(model->totalRow(), 9);
    }

    void clickingACellListsItsExcerptsAndOpensTheTranscript()
    {
        hilo::ui::MainWindow window;
        window.openProject(project_, false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        hilo::ui::MatrixDock* dock = window.matrixDock();
        dock->show();
        hilo::ui::MatrixModel* model = dock->model();
        const QModelIndex busiest = busiestCell(model);
        QTableView* table = dock->table();
        table->scrollTo(busiest);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(busiest).center());
        const hilo::analysis::MatrixCell* cell = model->cellAt(busiest);
        QCOMPARE(dock->excerptList()->count(), static_cast<int>(cell->excerpts));

        // Activating the first excerpt shows its source with the coded words selected.
        const std::int64_t codingId = cell->codingIds.front();
        hilo::CodingRecord coding;
        for (const hilo::CodingRecord& c : hilo::CodingStore(window.session()->project()).list())
            if (c.id == codingId)
                coding = c;
        QListWidgetItem* first = dock->excerptList()->item(0);
        QVERIFY(first->text().startsWith(QString::fromStdString(coding.sourceName)));
        Q_EMIT dock->excerptList()->itemActivated(first);
        QCOMPARE(window.transcriptView()->textCursor().selectedText(), QString::fromStdString(coding.text));
    }

    void darkPaletteKeepsCountsReadable()
    {
        QPalette dark;
        dark.setColor(QPalette::Base, QColor(30, 30, 30));
        dark.setColor(QPalette::Text, QColor(230, 230, 230));
        dark.setColor(QPalette::Highlight, QColor(42, 130, 218));
        dark.setColor(QPalette::Window, QColor(45, 45, 45));
        QApplication::setPalette(dark);
        hilo::ui::MainWindow window;
        window.openProject(project_, false);
        window.matrixDock()->show();
        hilo::ui::MatrixModel* model = window.matrixDock()->model();
        for (int r = 0; r < model->totalRow(); ++r)
            for (int c = 1; c < model->totalColumn(); ++c) {
                const QModelIndex index = model->index(r, c);
                QVERIFY2(contrast(index.data(Qt::BackgroundRole).value<QColor>(), index.data(Qt::ForegroundRole).value<QColor>()) >= 4.5,
                         qPrintable(index.data().toString()));
            }
        QApplication::setPalette(QApplication::style()->standardPalette());
    }

    void jointDisplayShowsTheSurveyFiguresAndExports()
    {
        hilo::ui::MainWindow window;
        window.openProject(project_, false);
        hilo::ui::JointDisplayDock* dock = window.jointDisplayDock();
        dock->show();
        QCOMPARE(dock->themeBox()->count(), 7);
        const QString shown = dock->browser()->toPlainText();
        QVERIFY(shown.contains(QStringLiteral("Telling no one")));
        QVERIFY(shown.contains(QStringLiteral("32%")));
        QVERIFY(shown.contains(QStringLiteral("1,027")));

        dock->setNote(QStringLiteral("Barriers to disclosure"), QStringLiteral("Embarrassment leads for young people."));
        QVERIFY(dock->browser()->toPlainText().contains(QStringLiteral("Embarrassment leads for young people.")));

        const QString markdown = QString::fromStdString((folder_ / "joint.md").string());
        dock->exportTo(markdown, QStringLiteral("md"));
        const std::string text = hilo::import::readFileBytes(markdown.toStdString());
        QVERIFY(text.find("| Too embarrassed | all | 21% |") != std::string::npos);
        QVERIFY(text.find("Embarrassment leads for young people.") != std::string::npos);
        const QString odt = QString::fromStdString((folder_ / "joint.odt").string());
        dock->exportTo(odt, QStringLiteral("odt"));
        QVERIFY(hilo::import::readFileBytes(odt.toStdString()).rfind("PK", 0) == 0);
    }
};

const QMetaObject& matrixViewTestMetaObject()
{
    return MatrixViewTest::staticMetaObject;
}

int runMatrixViewTests(int argc, char** argv)
{
    MatrixViewTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_matrix_view.moc"
