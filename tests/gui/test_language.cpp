// The window in Spanish: the catalogue lrelease builds is complete, and with the Spanish
// translations installed (as LANG=es_MX.UTF-8 does at start) every string the window shows,
// in its menus, docks, labels, buttons, headers, placeholders and tooltips, differs from what
// the same window shows in English, save a short list of names that are the same in both.
// Choosing a language in View ▸ Language applies at once, with the project, the layout and the
// place in the transcript kept.
#include "agreement_dock.h"
#include "codebook_dock.h"
#include "codebook_model.h"
#include "demo_project.h"
#include "main_window.h"
#include "matrix_dock.h"
#include "project_session.h"
#include "search_dock.h"
#include "source_tree_model.h"
#include "transcript_view.h"
#include "ui_language.h"

#include "project/codebook_store.h"

#include <QMap>
#include <QTextCursor>
#include <QPointer>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTreeView>
#include <QUndoStack>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

namespace {

// Names, symbols and endonyms that Spanish writes as English does.
const QSet<QString> kSameInBothLanguages = {
    QStringLiteral("Hilo"),    QStringLiteral("English"), QStringLiteral("Español"), QStringLiteral("α"),
    QStringLiteral("&Memo:"),  QStringLiteral("Markdown (.md)"), QStringLiteral("YP"), QStringLiteral("FW"),
    QStringLiteral("JP"),      QStringLiteral("%1 — Hilo"), QStringLiteral("Total (n=%1)"),
};

// True when the text has something to translate: a letter outside %1-style placeholders.
bool hasWords(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("%[0-9n]+")));
    return text.contains(QRegularExpression(QStringLiteral("[A-Za-z]{2,}")));
}

// Every string a user can read on the window, each with where it was found.
QList<QPair<QString, QString>> visibleStrings(hilo::ui::MainWindow& window)
{
    QList<QPair<QString, QString>> found;
    const auto add = [&found](const QString& where, const QString& text) {
        if (!text.isEmpty())
            found.append({where, text});
    };
    add(QStringLiteral("window title"), window.windowTitle());
    for (QAction* action : window.findChildren<QAction*>()) {
        if (action->property("hiloChoice").toBool())
            continue;
        add(QStringLiteral("action"), action->text());
        if (action->toolTip() != QString(action->text()).remove(QLatin1Char('&')).remove(QStringLiteral("…")))
            add(QStringLiteral("action tooltip"), action->toolTip());
    }
    for (QAction* top : window.menuBar()->actions())
        add(QStringLiteral("menu"), top->text());
    for (QMenu* menu : window.findChildren<QMenu*>())
        add(QStringLiteral("menu title"), menu->title());
    for (QWidget* widget : window.findChildren<QWidget*>()) {
        const QString kind = QString::fromLatin1(widget->metaObject()->className());
        add(kind + QStringLiteral(" tooltip"), widget->toolTip());
        if (auto* dock = qobject_cast<QDockWidget*>(widget))
            add(kind + QStringLiteral(" title"), dock->windowTitle());
        if (auto* label = qobject_cast<QLabel*>(widget))
            add(kind, label->text());
        if (auto* button = qobject_cast<QAbstractButton*>(widget))
            add(kind, button->text());
        if (auto* box = qobject_cast<QGroupBox*>(widget))
            add(kind, box->title());
        if (auto* edit = qobject_cast<QLineEdit*>(widget))
            add(kind + QStringLiteral(" placeholder"), edit->placeholderText());
        if (auto* combo = qobject_cast<QComboBox*>(widget)) {
            for (int i = 0; i < combo->count(); ++i)
                add(kind + QStringLiteral(" item"), combo->itemText(i));
            if (combo->lineEdit())
                add(kind + QStringLiteral(" placeholder"), combo->lineEdit()->placeholderText());
        }
        if (auto* view = qobject_cast<QAbstractItemView*>(widget); view && view->model()) {
            for (int c = 0; c < view->model()->columnCount(); ++c)
                add(kind + QStringLiteral(" header"), view->model()->headerData(c, Qt::Horizontal).toString());
        }
    }
    return found;
}

// The same strings as "where: text", sorted: two windows built differently list their widgets
// in different orders.
QStringList sortedStrings(hilo::ui::MainWindow& window)
{
    QStringList lines;
    for (const auto& [where, text] : visibleStrings(window))
        lines << where + QStringLiteral(": ") + text;
    lines.sort();
    return lines;
}

// View ▸ Language ▸ (the language named `code`), as the user chooses it; the window builds its
// widgets again once the menu has closed. Returns when it has.
void chooseLanguage(hilo::ui::MainWindow& window, const QString& code)
{
    const QPointer<QWidget> before = window.transcriptView();
    for (QAction* action : window.findChildren<QAction*>())
        if (action->property("hiloChoice").toBool() && action->data().toString() == code) {
            action->trigger();
            QTRY_VERIFY(before.isNull());
            return;
        }
    QFAIL("no such language in the menu");
}

// The text at `position` is on the transcript's first visible line: where the reader was,
// however the lines wrap.
bool onTheFirstLine(hilo::ui::TranscriptView* view, int position)
{
    QTextCursor cursor(view->document());
    cursor.setPosition(position);
    const int y = view->cursorRect(cursor).top();
    return y >= 0 && y < view->fontMetrics().lineSpacing();
}

QString menuTitle(hilo::ui::MainWindow& window, int index)
{
    return window.menuBar()->actions().at(index)->text();
}

} // namespace

class LanguageTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cleanup()
    {
        hilo::ui::rememberLanguage(QString());
        hilo::ui::installTranslations(QLocale(QLocale::English));
    }

    // What lrelease gets: no message unfinished, none left in English.
    void spanishCatalogueIsComplete()
    {
        QFile file(QStringLiteral(HILO_TS_ES));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString source;
        QStringList problems;
        int messages = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QStringLiteral("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QStringLiteral("translation")) {
                ++messages;
                const bool unfinished = xml.attributes().value(QStringLiteral("type")) == QStringLiteral("unfinished");
                QString translation;
                QStringList forms;
                // Plural messages hold one <numerusform> per form; the others hold text.
                while (!(xml.isEndElement() && xml.name() == QStringLiteral("translation")) && !xml.atEnd()) {
                    xml.readNext();
                    if (xml.isCharacters())
                        translation += xml.text();
                    if (xml.isStartElement() && xml.name() == QStringLiteral("numerusform"))
                        forms << xml.readElementText();
                }
                if (!forms.isEmpty())
                    translation = forms.join(QStringLiteral("|"));
                translation = translation.trimmed().isEmpty() && forms.isEmpty() ? QString() : translation;
                if (unfinished || translation.isEmpty())
                    problems << QStringLiteral("untranslated: ") + source;
                else if (translation == source && hasWords(source) && !kSameInBothLanguages.contains(source))
                    problems << QStringLiteral("still English: ") + source;
                if (forms.size() == 1 || forms.contains(QString()))
                    problems << QStringLiteral("missing plural form: ") + source;
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(messages > 250);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("\n"))));
    }

    // The system locale es_MX finds the Spanish catalogue embedded in the program.
    void mexicanSpanishLoadsTheCatalogue()
    {
        QVERIFY(hilo::ui::installTranslations(QLocale(QStringLiteral("es_MX"))));
        QCOMPARE(QCoreApplication::translate("hilo::ui::MainWindow", "&File"), QStringLiteral("&Archivo"));
        QVERIFY(!hilo::ui::installTranslations(QLocale(QLocale::English)));
        QCOMPARE(QCoreApplication::translate("hilo::ui::MainWindow", "&File"), QStringLiteral("&File"));
    }

    void everyVisibleStringOfTheWindowIsSpanish()
    {
        QList<QPair<QString, QString>> english;
        {
            hilo::ui::MainWindow window;
            english = visibleStrings(window);
        }
        QVERIFY(hilo::ui::installTranslations(QLocale(QStringLiteral("es_MX"))));
        hilo::ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QList<QPair<QString, QString>> spanish = visibleStrings(window);
        // The same window built twice: the same widgets in the same order.
        QCOMPARE(spanish.size(), english.size());
        QVERIFY(english.size() > 100);
        QStringList untranslated;
        for (qsizetype i = 0; i < english.size(); ++i) {
            QCOMPARE(spanish[i].first, english[i].first);
            const QString& text = spanish[i].second;
            if (text == english[i].second && hasWords(text) && !kSameInBothLanguages.contains(text))
                untranslated << spanish[i].first + QStringLiteral(": ") + text;
        }
        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QStringLiteral("\n"))));
        QCOMPARE(window.windowTitle(), QStringLiteral("Hilo"));
        QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&Archivo"));
        QCOMPARE(window.statusText(), QStringLiteral("Ningún proyecto abierto"));
    }

    // English, then Español from the menu: at once, the window shows exactly the strings of a
    // window built in Spanish; then English again, exactly those it had.
    void choosingALanguageTranslatesTheWindowAtOnce()
    {
        hilo::ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(menuTitle(window, 0), QStringLiteral("&File"));
        const QStringList english = sortedStrings(window);

        chooseLanguage(window, QStringLiteral("es"));
        QTRY_COMPARE(menuTitle(window, 0), QStringLiteral("&Archivo"));
        QCOMPARE(hilo::ui::chosenLanguage(), QStringLiteral("es"));
        const QStringList spanish = sortedStrings(window);
        {
            hilo::ui::MainWindow builtInSpanish;
            QCOMPARE(spanish, sortedStrings(builtInSpanish));
        }
        QVERIFY(spanish != english);

        chooseLanguage(window, QStringLiteral("en"));
        QTRY_COMPARE(menuTitle(window, 0), QStringLiteral("&File"));
        QCOMPARE(sortedStrings(window), english);
    }

    // With a project open: menus and dock titles change language, and the project, the undo
    // history, the coder, the layout and the place in the transcript stay as they were.
    void aLanguageSwitchKeepsTheProjectAndThePlace()
    {
        QTemporaryDir folder;
        const std::filesystem::path path = std::filesystem::path(folder.path().toStdString()) / "Switch.hilo";
        { hilo::test::createDemoProject(path); }
        hilo::ui::MainWindow window;
        window.openProject(path, false);
        window.setCurrentCoder(QStringLiteral("Ana"));
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.agreementDock()->show();
        window.matrixDock()->hide();
        window.searchDock()->runQuery(QStringLiteral("miedo"));

        // The second transcript, a passage selected, scrolled down a way.
        const QModelIndex group = window.sourceModel()->index(0, 0);
        window.sourceTree()->setCurrentIndex(window.sourceModel()->index(1, 0, group));
        const qlonglong source = window.sourceTree()->currentIndex().data(hilo::ui::SourceTreeModel::SourceIdRole).toLongLong();
        hilo::ui::TranscriptView* view = window.transcriptView();
        view->selectSpan(400, 480);
        QScrollBar* scroll = view->verticalScrollBar();
        QVERIFY(scroll->maximum() > 0);
        scroll->setValue(scroll->maximum() / 2);
        const int top = view->topPosition();
        QVERIFY(top > 0);
        const int anchor = view->textCursor().anchor();
        const int position = view->textCursor().position();
        hilo::ui::ProjectSession* session = window.session();
        const QRect geometry = window.geometry();
        const QByteArray layout = window.saveState();
        QMap<QString, Qt::DockWidgetArea> areas;
        for (QDockWidget* dock : window.findChildren<QDockWidget*>())
            areas[dock->objectName()] = window.dockWidgetArea(dock);
        std::int64_t miedo = 0;
        QVERIFY(session->run(QStringLiteral("Add Code"), [&] { miedo = hilo::CodebookStore(session->project()).add("Miedo"); }));
        const int undoSteps = window.undoStack()->count();
        QCOMPARE(undoSteps, 1);

        // Choosing English in English builds the window again too: exactly the same layout.
        chooseLanguage(window, QStringLiteral("en"));
        QTRY_COMPARE(window.saveState(), layout);
        QTRY_COMPARE(window.transcriptView()->topPosition(), top);

        chooseLanguage(window, QStringLiteral("es"));
        QTRY_COMPARE(menuTitle(window, 0), QStringLiteral("&Archivo"));
        QCOMPARE(menuTitle(window, 1), QStringLiteral("&Editar"));
        QCOMPARE(window.codebookDock()->windowTitle(), QStringLiteral("Libro de códigos"));
        QCOMPARE(window.agreementDock()->windowTitle(), QStringLiteral("Concordancia"));
        QCOMPARE(window.searchDock()->windowTitle(),
                 QCoreApplication::translate("hilo::ui::SearchDock", "Search"));
        QVERIFY(window.searchDock()->windowTitle() != QStringLiteral("Search"));
        QCOMPARE(window.coderStatusText(), QStringLiteral("Codificador: Ana"));

        // The same project and history, the same layout, the same transcript and place.
        QCOMPARE(window.session(), session);
        QCOMPARE(window.undoStack()->count(), undoSteps);
        // The same docks where they were; a dock may be wider, as far as its longer Spanish
        // buttons need.
        QCOMPARE(window.geometry(), geometry);
        for (QDockWidget* dock : window.findChildren<QDockWidget*>())
            QCOMPARE(window.dockWidgetArea(dock), areas.value(dock->objectName()));
        QVERIFY(window.agreementDock()->isVisible());
        QVERIFY(!window.matrixDock()->isVisible());
        QCOMPARE(window.searchDock()->queryEdit()->text(), QStringLiteral("miedo"));
        QVERIFY(window.searchDock()->totalHits() > 0);
        QCOMPARE(window.sourceTree()->currentIndex().data(hilo::ui::SourceTreeModel::SourceIdRole).toLongLong(), source);
        view = window.transcriptView();
        QCOMPARE(view->textCursor().anchor(), anchor);
        QCOMPARE(view->textCursor().position(), position);
        QTRY_VERIFY(onTheFirstLine(view, top));

        chooseLanguage(window, QStringLiteral("en"));
        QTRY_COMPARE(menuTitle(window, 0), QStringLiteral("&File"));
        QCOMPARE(window.codebookDock()->windowTitle(), QStringLiteral("Codebook"));
        QCOMPARE(window.agreementDock()->windowTitle(), QStringLiteral("Agreement"));
        QCOMPARE(window.coderStatusText(), QStringLiteral("Coder: Ana"));
        QCOMPARE(window.session(), session);
        QTRY_VERIFY(onTheFirstLine(window.transcriptView(), top));
        // The rebuilt Edit ▸ Undo still takes back what was done before the switches.
        QAction* undo = window.menuBar()->actions().at(1)->menu()->actions().first();
        QVERIFY(undo->isEnabled());
        undo->trigger();
        QCOMPARE(window.undoStack()->count(), 1);
        QCOMPARE(window.undoStack()->index(), 0);
        QVERIFY(!window.codebookDock()->model()->indexOfCode(miedo).isValid());
    }
};

const QMetaObject& languageTestMetaObject()
{
    return LanguageTest::staticMetaObject;
}

int runLanguageTests(int argc, char** argv)
{
    LanguageTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_language.moc"
