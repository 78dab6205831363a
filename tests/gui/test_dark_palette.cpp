// A dark desktop: code stripes stay visible (WCAG contrast ≥ 3:1 against the margin, even for
// code colours picked dark on a light desktop), coded text stays readable through its tint,
// and search hits' bold text keeps its contrast with the list behind it.
#include "coding_controller.h"
#include "coding_margin.h"
#include "contrast.h"
#include "main_window.h"
#include "project/codebook_store.h"
#include "project/operations/source_operations.h"
#include "project/project.h"
#include "project/source_store.h"
#include "project_session.h"
#include "search_dock.h"
#include "test_folder.h"
#include "transcript_view.h"

#include <QApplication>
#include <QPalette>
#include <QTest>

#include <filesystem>

namespace fs = std::filesystem;

namespace {

QPalette darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x6e, 0xa8));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    return dark;
}

} // namespace

class DarkPaletteTest : public QObject {
    Q_OBJECT

private:
    fs::path folder_;
    QPalette original_;

private Q_SLOTS:
    void initTestCase()
    {
        original_ = QApplication::palette();
        folder_ = hilo::test::freshTestFolder("hilo-dark-test-");
    }

    void cleanupTestCase()
    {
        QApplication::setPalette(original_);
        fs::remove_all(folder_);
    }

    void contrastMatchesPublishedValues()
    {
        // WCAG 2: black on white is 21:1; #777777 on white is the classic 4.48:1.
        QCOMPARE(qRound(hilo::ui::contrastRatio(Qt::black, Qt::white) * 100), 2100);
        QCOMPARE(qRound(hilo::ui::contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white) * 100), 448);
    }

    void stripesAndHighlightsStayReadable()
    {
        const fs::path path = folder_ / "Dark.hilo";
        std::vector<std::int64_t> codes;
        {
            hilo::Project project = hilo::Project::create(path);
            hilo::ImportRequest request;
            for (const auto& entry : fs::directory_iterator(fs::path(HILO_DEMO_DIR) / "corpus"))
                request.files.push_back(entry.path());
            request.attributesCsv = fs::path(HILO_DEMO_DIR) / "participants.csv";
            hilo::ops::importTranscripts(project, request);
            hilo::CodebookStore book(project);
            // Colours a light desktop suggests: navy and black vanish on a dark margin.
            const char* colours[] = {"#1f77b4", "#d62728", "#000080", "#000000", "#2ca02c", "#ffdd00"};
            int n = 0;
            for (const char* colour : colours) {
                hilo::CodeFields fields;
                fields.color = colour;
                codes.push_back(book.add("Code " + std::to_string(++n), fields));
            }
        }
        QApplication::setPalette(darkPalette());
        hilo::ui::MainWindow window;
        window.openProject(path, false);
        window.setCurrentCoder(QStringLiteral("Ana Ruiz"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.selectSource(hilo::SourceStore(window.session()->project()).source("YP01_interview").id);
        hilo::ui::TranscriptView* view = window.transcriptView();
        QVERIFY(view->turns().size() >= 2);
        const auto& turn = view->turns()[1];
        for (std::size_t i = 0; i < codes.size(); ++i)
            QVERIFY(window.codingController()->applyCode(codes[i], {turn.speechStart + static_cast<std::int64_t>(i), turn.end}));

        hilo::ui::CodingMargin* margin = window.codingMargin();
        const QColor marginBackground = margin->palette().color(QPalette::Window);
        const std::vector<hilo::ui::Stripe> stripes = margin->stripes();
        QCOMPARE(stripes.size(), codes.size());
        for (const hilo::ui::Stripe& stripe : stripes) {
            const QColor painted = margin->paintedColor(stripe.color);
            const double ratio = hilo::ui::contrastRatio(painted, marginBackground);
            QVERIFY2(ratio >= 3.0, qPrintable(QStringLiteral("%1 painted %2: %3:1")
                                                  .arg(stripe.color.name(), painted.name())
                                                  .arg(ratio)));
            // The hue is kept: a dark blue stays blue.
            if (stripe.color.hslHue() >= 0)
                QVERIFY(std::abs(painted.hslHue() - stripe.color.hslHue()) <= 3);
        }
        // Coded text through its tint: body text needs 4.5:1.
        const QColor text = view->palette().color(QPalette::Text);
        const QColor base = view->palette().color(QPalette::Base);
        QCOMPARE(view->extraSelections().size(), static_cast<qsizetype>(codes.size()));
        QColor under = base;
        for (const QTextEdit::ExtraSelection& selection : view->extraSelections()) {
            under = hilo::ui::composite(selection.format.background().color(), under); // overlapping tints
            QVERIFY2(hilo::ui::contrastRatio(text, under) >= 4.5, qPrintable(under.name()));
        }

        // Search hits are bold in the list's own text colour.
        window.searchDock()->runQuery(QStringLiteral("escuela"));
        const QPalette list = window.searchDock()->palette();
        QVERIFY(hilo::ui::contrastRatio(list.color(QPalette::Text), list.color(QPalette::Base)) >= 3.0);
        QVERIFY(hilo::ui::contrastRatio(list.color(QPalette::HighlightedText), list.color(QPalette::Highlight)) >= 3.0);
    }
};

const QMetaObject& darkPaletteTestMetaObject()
{
    return DarkPaletteTest::staticMetaObject;
}

int runDarkPaletteTests(int argc, char** argv)
{
    DarkPaletteTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_dark_palette.moc"
