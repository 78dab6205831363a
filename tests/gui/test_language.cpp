// The window in Spanish: the catalogue lrelease builds is complete, and with the Spanish
// translations installed (as LANG=es_MX.UTF-8 does at start) every string the window shows,
// in its menus, docks, labels, buttons, headers, placeholders and tooltips, differs from what
// the same window shows in English, save a short list of names that are the same in both.
#include "main_window.h"
#include "ui_language.h"

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

} // namespace

class LanguageTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { hilo::ui::installTranslations(QLocale(QLocale::English)); }

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
