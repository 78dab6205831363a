// The agreement dock on the demo corpus coded by two coders, driven through its real widgets
// (offscreen): open it from the View menu, read the coloured table, switch units and coders,
// drill down to a disagreement and open it in the transcript.
#include "agreement_dock.h"
#include "coding_controller.h"
#include "demo_project.h"
#include "main_window.h"
#include "project/operations/coding_operations.h"
#include "project/codebook_store.h"
#include "project/coder_store.h"
#include "project/coding_store.h"
#include "project/project.h"
#include "project/source_store.h"
#include "project_session.h"
#include "test_folder.h"
#include "transcript_view.h"

#include <QAction>
#include <QComboBox>
#include <QListWidget>
#include <QMenuBar>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <filesystem>

namespace fs = std::filesystem;
using hilo::ui::AgreementDock;

class AgreementViewTest : public QObject {
    Q_OBJECT

private:
    fs::path folder_;
    fs::path project_;

    // The row of a code whose path ends with `suffix` ("" for all codes).
    static int rowOf(QTableWidget* table, const QString& suffix)
    {
        for (int r = 0; r < table->rowCount(); ++r) {
            const QString code = table->item(r, AgreementDock::CodeColumn)->text();
            if (suffix.isEmpty() ? code == QStringLiteral("All codes") : code.endsWith(suffix))
                return r;
        }
        return -1;
    }

    static void openDock(hilo::ui::MainWindow& window)
    {
        // View ▸ Agreement, as a user opens it.
        for (QAction* menu : window.menuBar()->actions())
            if (menu->text().remove(QLatin1Char('&')) == QStringLiteral("View"))
                for (QAction* action : menu->menu()->actions())
                    if (action->text().remove(QLatin1Char('&')) == QStringLiteral("Agreement"))
                        action->trigger();
    }

private Q_SLOTS:
    void initTestCase()
    {
        folder_ = hilo::test::freshTestFolder("hilo-gui-agreement-");
        project_ = folder_ / "Demo.hilo";
        hilo::Project project = hilo::test::createDemoProject(project_);
        hilo::CodebookStore book(project);
        book.add("Barriers");
        book.add("Barriers/Embarrassment");
        book.add("Barriers/Fear of blame");
        hilo::CoderStore coders(project);
        coders.add("Ana");
        coders.add("Luis");
        // Ana codes sentences, Luis whole turns: the same turns, different boundaries. On
        // "culpa" both code the same sentences; on "blame" only Luis.
        using Unit = hilo::ops::AutocodeRequest::Unit;
        const std::string participant = "participant";
        for (const auto& [query, code, coder, unit] :
             std::vector<std::tuple<std::string, std::string, std::string, Unit>>{
                 {"vergüenz*", "Embarrassment", "Ana", Unit::Sentence},
                 {"embarrass*", "Embarrassment", "Ana", Unit::Sentence},
                 {"vergüenz*", "Embarrassment", "Luis", Unit::Turn},
                 {"embarrass*", "Embarrassment", "Luis", Unit::Turn},
                 {"culpa*", "Fear of blame", "Ana", Unit::Sentence},
                 {"culpa*", "Fear of blame", "Luis", Unit::Sentence},
                 {"blame*", "Fear of blame", "Luis", Unit::Sentence}}) {
            hilo::ops::AutocodeRequest r;
            r.query = query;
            r.code = code;
            r.coder = coder;
            r.unit = unit;
            r.role = participant;
            QVERIFY(hilo::ops::autocode(project, r).coded > 0);
        }
    }

    void cleanupTestCase() { fs::remove_all(folder_); }

    void tableShowsCodesByStatisticsColouredByThresholds()
    {
        hilo::ui::MainWindow window;
        window.openProject(project_, false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        AgreementDock* dock = window.agreementDock();
        QVERIFY(!dock->isVisible());
        openDock(window);
        QVERIFY(dock->isVisible());

        // The two coders who have coded are compared at first.
        QCOMPARE(dock->checkedCoders(), (QStringList{QStringLiteral("Ana"), QStringLiteral("Luis")}));
        QTableWidget* table = dock->table();
        QCOMPARE(table->rowCount(), 3); // Embarrassment, Fear of blame, all codes
        const int embarrassment = rowOf(table, QStringLiteral("Embarrassment"));
        QVERIFY(embarrassment >= 0);
        QVERIFY(table->item(embarrassment, AgreementDock::UnitsColumn)->text().endsWith(QStringLiteral("characters")));
        QVERIFY(table->item(embarrassment, AgreementDock::CodingsColumn)->text().toInt() > 0);

        // Every defined kappa or alpha cell carries the colour of its band.
        for (int r = 0; r < table->rowCount(); ++r)
            for (const int column : {AgreementDock::CohenColumn, AgreementDock::FleissColumn, AgreementDock::AlphaColumn}) {
                QTableWidgetItem* item = table->item(r, column);
                bool ok = false;
                const double value = item->text().toDouble(&ok);
                if (ok)
                    QCOMPARE(item->background().color(), AgreementDock::colorFor(value));
            }
        QCOMPARE(AgreementDock::colorFor(0.85), QColor(QStringLiteral("#c8e6c9")));
        QCOMPARE(AgreementDock::colorFor(0.7), QColor(QStringLiteral("#ffe0b2")));
        QCOMPARE(AgreementDock::colorFor(0.5), QColor(QStringLiteral("#ffcdd2")));
        // Sentences inside turns disagree on characters: Embarrassment is below 0.8 there.
        const double characterAlpha = table->item(embarrassment, AgreementDock::AlphaColumn)->text().toDouble();
        QVERIFY(characterAlpha < 0.8);
        // Characters get no bootstrap interval; the dash says why.
        QCOMPARE(table->item(embarrassment, AgreementDock::IntervalColumn)->text(), QStringLiteral("—"));
        QVERIFY(table->item(embarrassment, AgreementDock::IntervalColumn)->toolTip().contains(QStringLiteral("independent")));

        // On turns the same codings agree completely: the boundaries no longer count.
        QTest::keyClick(dock->unitBox(), Qt::Key_Down); // Characters -> Speaker turns
        QCOMPARE(dock->unitBox()->currentData().toInt(), static_cast<int>(hilo::analysis::AgreementUnit::Turn));
        const int turnRow = rowOf(table, QStringLiteral("Embarrassment"));
        QVERIFY(table->item(turnRow, AgreementDock::UnitsColumn)->text().endsWith(QStringLiteral("turns")));
        QCOMPARE(table->item(turnRow, AgreementDock::AlphaColumn)->text(), QStringLiteral("1.000"));
        QCOMPARE(table->item(turnRow, AgreementDock::AlphaColumn)->background().color(), QColor(QStringLiteral("#c8e6c9")));
        QVERIFY(table->item(turnRow, AgreementDock::IntervalColumn)->text().contains(QStringLiteral("–")));

        // Segments: no Cohen's kappa, and the cell says why instead of showing 0.
        dock->setUnit(hilo::analysis::AgreementUnit::Segment);
        QTableWidgetItem* cohen = table->item(rowOf(table, QString()), AgreementDock::CohenColumn);
        QCOMPARE(cohen->text(), QStringLiteral("—"));
        QVERIFY(cohen->toolTip().startsWith(QStringLiteral("Undefined: ")));

        // One coder is not a comparison.
        QListWidget* coders = dock->coderList();
        coders->item(1)->setCheckState(Qt::Unchecked);
        QCOMPARE(table->rowCount(), 0);
        QVERIFY(dock->message().contains(QStringLiteral("two or more")));
        coders->item(1)->setCheckState(Qt::Checked);
        QCOMPARE(table->rowCount(), 3);
    }

    void aDisagreementOpensTheTranscriptAtItsSpan()
    {
        hilo::ui::MainWindow window;
        window.openProject(project_, false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        openDock(window);
        AgreementDock* dock = window.agreementDock();
        QTableWidget* table = dock->table();

        table->setCurrentCell(rowOf(table, QStringLiteral("Embarrassment")), AgreementDock::CodeColumn);
        QTreeWidget* list = dock->disagreementList();
        QVERIFY(list->topLevelItemCount() > 0);
        QCOMPARE(list->headerItem()->text(3), QStringLiteral("Ana"));
        QCOMPARE(list->headerItem()->text(4), QStringLiteral("Luis"));
        // Side by side: Ana's sentence lies inside Luis's turn.
        QTreeWidgetItem* first = list->topLevelItem(0);
        QCOMPARE(first->text(2), QStringLiteral("boundaries differ"));
        QVERIFY(first->text(3).size() < first->text(4).size());
        QVERIFY(first->text(4).contains(first->text(3)));

        // Activating it shows the transcript with the region selected.
        dock->activateDisagreement(0);
        const std::int64_t sourceId = first->data(0, AgreementDock::SourceIdRole).toLongLong();
        QCOMPARE(window.codingController()->sourceId(), std::optional<std::int64_t>(sourceId));
        QCOMPARE(window.transcriptView()->textCursor().selectedText(), first->toolTip(0));
        QCOMPARE(first->toolTip(0), first->text(4)); // Luis coded the whole region

        // "All codes" has no single code to list.
        table->setCurrentCell(rowOf(table, QString()), AgreementDock::CodeColumn);
        QCOMPARE(list->topLevelItemCount(), 0);
    }

    void anEditRecomputesTheTable()
    {
        hilo::ui::MainWindow window;
        window.openProject(project_, false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        openDock(window);
        AgreementDock* dock = window.agreementDock();
        QTableWidget* table = dock->table();
        const int row = rowOf(table, QStringLiteral("Fear of blame"));
        const int before = table->item(row, AgreementDock::CodingsColumn)->text().toInt();

        hilo::ui::ProjectSession* session = window.session();
        // A source both coders have coded (Ana's Embarrassment sentences lie in Luis's turns).
        hilo::CodingFilter anaEmbarrassment;
        anaEmbarrassment.code = "Embarrassment";
        anaEmbarrassment.coder = "Ana";
        const std::int64_t sourceId = hilo::CodingStore(session->project()).list(anaEmbarrassment).front().sourceId;
        const std::int64_t code = hilo::CodebookStore(session->project()).code("Fear of blame").id;
        const std::int64_t ana = hilo::CoderStore(session->project()).require("Ana").id;
        QVERIFY(session->run(QStringLiteral("Code"), [&] {
            hilo::CodingStore(session->project()).add({sourceId, code, ana, 0, 5});
        }));
        QCOMPARE(table->item(rowOf(table, QStringLiteral("Fear of blame")), AgreementDock::CodingsColumn)->text().toInt(),
                 before + 1);
        session->undoStack()->undo();
        QCOMPARE(table->item(rowOf(table, QStringLiteral("Fear of blame")), AgreementDock::CodingsColumn)->text().toInt(),
                 before);
    }
};

const QMetaObject& agreementViewTestMetaObject()
{
    return AgreementViewTest::staticMetaObject;
}

int runAgreementViewTests(int argc, char** argv)
{
    AgreementViewTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_agreement_view.moc"
