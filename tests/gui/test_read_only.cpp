// A project another process is writing: the window offers to open it read-only, then shows
// "read-only", turns editing actions off, and refuses an edit with a message, changing nothing.
#include "project/operations/source_operations.h"
#include "project/project.h"
#include "project/writer_lock.h"
#include "test_folder.h"

#include "codebook_dock.h"
#include "main_window.h"
#include "project_exchange.h"
#include "project_session.h"
#include "source_tree_model.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QMessageBox>
#include <QTest>
#include <QTimer>

#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;

class ReadOnlyTest : public QObject {
    Q_OBJECT

private:
    fs::path folder_;
    fs::path project_;

    // Answers the next message box with `button` and remembers its text.
    static void answerNextQuestion(QMessageBox::StandardButton button, QString* text)
    {
        QTimer::singleShot(0, [button, text] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box)
                return;
            *text = box->text();
            box->button(button)->click();
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        folder_ = hilo::test::freshTestFolder("hilo-gui-readonly-");
        project_ = folder_ / "Locked.hilo";
        hilo::Project project = hilo::Project::create(project_);
        const fs::path transcript = folder_ / "YP07.txt";
        std::ofstream(transcript) << "Group: YP\nParticipant: YP07\n(Fictional sample.)\n\n"
                                     "Entrevistadora: ¿Le contaste a alguien?\n\nYP07: No 😢, me daba vergüenza.\n";
        hilo::ImportRequest request;
        request.files = {transcript};
        hilo::ops::importTranscripts(project, request);
    }

    void cleanupTestCase() { fs::remove_all(folder_); }

    void aLockedProjectOpensReadOnlyWhenTheUserAgrees()
    {
        hilo::WriterLock otherWriter(project_); // plays the other window
        hilo::ui::MainWindow window;
        window.show();
        QString question;
        answerNextQuestion(QMessageBox::Yes, &question);
        window.openProject(project_, false);
        QVERIFY(question.contains(QStringLiteral("is open for writing")));
        QVERIFY(question.contains(QStringLiteral("read-only")));

        QVERIFY(window.isReadOnly());
        QCOMPARE(window.readOnlyStatusText(), QStringLiteral("read-only"));
        QVERIFY(window.windowTitle().contains(QStringLiteral("read-only")));
        QCOMPARE(window.sourceModel()->rowCount(window.sourceModel()->index(0, 0)), 1); // reading works: YP07
        QVERIFY(!window.quickCodeAction()->isEnabled());
        QVERIFY(!window.exchange()->importAction()->isEnabled());
        QVERIFY(!window.exchange()->mergeAction()->isEnabled());
        QVERIFY(window.exchange()->exportAction()->isEnabled());

        // An edit that reaches the session anyway is refused with the reason; nothing changes.
        const std::int64_t codes = window.session()->project().db().queryInt("SELECT count(*) FROM codes");
        QString error;
        QVERIFY(!window.session()->run(QStringLiteral("Add code"), [&] {
            window.session()->project().db().execute("INSERT INTO codes(guid, name, position) VALUES ('x', 'x', 1)");
        }, &error));
        QVERIFY(error.contains(QStringLiteral("read-only")));
        QCOMPARE(window.session()->project().db().queryInt("SELECT count(*) FROM codes"), codes);
    }

    void decliningKeepsTheWindowEmpty()
    {
        hilo::WriterLock otherWriter(project_);
        hilo::ui::MainWindow window;
        QString question;
        answerNextQuestion(QMessageBox::No, &question);
        QVERIFY_THROWS_EXCEPTION(hilo::ProjectLockedError, window.openProject(project_, false));
        QVERIFY(!question.isEmpty());
        QVERIFY(window.session() == nullptr);
        QVERIFY(window.readOnlyStatusText().isEmpty());
    }

    void anUnlockedProjectOpensForWriting()
    {
        hilo::ui::MainWindow window;
        window.show();
        window.openProject(project_, false);
        QVERIFY(!window.isReadOnly());
        QVERIFY(window.readOnlyStatusText().isEmpty());
        QVERIFY(window.quickCodeAction()->isEnabled());
        QVERIFY(window.exchange()->importAction()->isEnabled());
    }
};

const QMetaObject& readOnlyTestMetaObject()
{
    return ReadOnlyTest::staticMetaObject;
}

int runReadOnlyTests(int argc, char** argv)
{
    ReadOnlyTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_read_only.moc"
