// hilo-gui: the workbench window. Its options are in kUsage below (hilo-gui --help).
#include "agreement_dock.h"
#include "joint_display_dock.h"
#include "main_window.h"
#include "matrix_dock.h"
#include "quote_basket_dock.h"
#include "project/source_store.h"
#include "project_session.h"
#include "project_settings.h"
#include "search_dock.h"
#include "source_tree_model.h"
#include "text/qt_offsets.h"
#include "text/user_error.h"
#include "transcript_view.h"
#include "ui_language.h"
#include "welcome.h"

#include <QApplication>
#include <QMessageBox>
#include <QTimer>
#include <QTreeView>

#include <sys/stat.h>

#include <cstdlib>
#include <cstring>
#include <iostream>
#include <string>

namespace {

constexpr const char* kUsage =
    "usage: hilo-gui [PROJECT] [options]\n"
    "\n"
    "The Hilo workbench: opens PROJECT (a Study.hilo folder), or the last one, or offers the demo.\n"
    "\n"
    "Options:\n"
    "  --offscreen        run without a display (Qt's offscreen platform)\n"
    "  --screenshot FILE  open the project, show its first transcript, save the window as PNG, exit\n"
    "  --matrix           open with the Code Matrix showing\n"
    "  --joint            open with the Joint Display showing\n"
    "  --search QUERY     run this search in the search pane first\n"
    "  --dock NAME        bring this dock to the front first: quotes, agreement\n"
    "  --source NAME      show this transcript rather than the first\n"
    "  --at OFFSET        and scroll it to the turn holding this code point offset\n"
    "  --help             print this help\n"
    "\n"
    "The window speaks Spanish when LANG is Spanish (es_MX.UTF-8), English otherwise; View > Language chooses.\n"
    "Everything the window does is also a command of the hilo CLI (hilo --help).\n";

} // namespace

int main(int argc, char** argv)
{
    // Everything the window writes (settings naming recent projects, screenshots of transcripts,
    // exports, the project's own files) is for its owner alone, whatever the login's umask.
    ::umask(0077);
    std::string projectPath;
    std::string screenshot;
    bool matrix = false;
    bool joint = false;
    QString search;
    QString dock;
    std::string source;
    long long at = -1;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--offscreen") == 0)
            ::setenv("QT_QPA_PLATFORM", "offscreen", 1);
        else if (std::strcmp(argv[i], "--screenshot") == 0 && i + 1 < argc)
            screenshot = argv[++i];
        else if (std::strcmp(argv[i], "--matrix") == 0)
            matrix = true;
        else if (std::strcmp(argv[i], "--joint") == 0)
            joint = true;
        else if (std::strcmp(argv[i], "--search") == 0 && i + 1 < argc)
            search = QString::fromLocal8Bit(argv[++i]);
        else if (std::strcmp(argv[i], "--dock") == 0 && i + 1 < argc)
            dock = QString::fromLocal8Bit(argv[++i]);
        else if (std::strcmp(argv[i], "--source") == 0 && i + 1 < argc)
            source = argv[++i];
        else if (std::strcmp(argv[i], "--at") == 0 && i + 1 < argc)
            at = std::atoll(argv[++i]);
        else if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0) {
            std::cout << kUsage;
            return 0;
        } else if (argv[i][0] != '-')
            projectPath = argv[i];
        // Other options are Qt's own (-platform, -style, ...), which QApplication reads.
    }

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Hilo"));
    QApplication::setApplicationName(QStringLiteral("Hilo"));
    hilo::ui::keepSettingsOwnerOnly();
    // The system locale (LANG, LC_ALL) unless View ▸ Language chose otherwise.
    hilo::ui::installTranslations(hilo::ui::localeForChoice(hilo::ui::chosenLanguage()));
    hilo::ui::MainWindow window;
    if (!projectPath.empty()) {
        try {
            // A screenshot runs unattended: no "who is coding?" question.
            window.openProject(projectPath, screenshot.empty());
        } catch (const hilo::UserError& e) {
            if (!screenshot.empty()) {
                std::cerr << "hilo-gui: " << e.what() << "\n";
                return 1;
            }
            QMessageBox::critical(&window, QStringLiteral("Hilo"), QString::fromStdString(e.what()));
        }
    }
    window.show();
    if (matrix)
        window.matrixDock()->show();
    if (joint)
        window.jointDisplayDock()->show();
    // The first start without a project: offer the demo.
    if (projectPath.empty() && screenshot.empty() && hilo::ui::firstStart()) {
        if (const auto demo = hilo::ui::offerDemoProject(&window)) {
            try {
                window.openProject(*demo);
            } catch (const hilo::UserError& e) {
                QMessageBox::critical(&window, QStringLiteral("Hilo"), QString::fromStdString(e.what()));
            }
        }
    }

    if (!screenshot.empty()) {
        // Show the first transcript, let layout settle, then save the window and quit.
        const QModelIndex firstGroup = window.sourceModel()->index(0, 0);
        const QModelIndex first = window.sourceModel()->index(0, 0, firstGroup);
        if (first.isValid())
            window.sourceTree()->setCurrentIndex(first);
        if (!source.empty() && window.session()) {
            try {
                window.selectSource(hilo::SourceStore(window.session()->project()).source(source).id);
            } catch (const hilo::UserError& e) {
                std::cerr << "hilo-gui: " << e.what() << "\n";
                return 1;
            }
        }
        if (!search.isEmpty())
            window.searchDock()->runQuery(search);
        if (dock == QStringLiteral("quotes")) {
            window.quoteBasketDock()->show();
            window.quoteBasketDock()->raise();
        } else if (dock == QStringLiteral("agreement")) {
            window.agreementDock()->show();
            window.agreementDock()->raise();
        }
        // A place in the transcript (where codings are, so their stripes show): its turn at the
        // top, once the window is laid out and the lines are wrapped.
        if (at >= 0) {
            QTimer::singleShot(100, &window, [&window, at] {
                hilo::ui::TranscriptView* view = window.transcriptView();
                const int turn = view->turnAt(at);
                const std::int64_t start = turn >= 0 ? view->turns()[static_cast<std::size_t>(turn)].start : at;
                view->scrollToTop(static_cast<int>(hilo::text::Utf16CodePointMap(view->toPlainText()).toUtf16(start)));
            });
        }
        QTimer::singleShot(300, &window, [&window, &screenshot] {
            const bool saved = window.grab().save(QString::fromStdString(screenshot), "PNG");
            if (!saved)
                std::cerr << "hilo-gui: cannot write " << screenshot << "\n";
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return QApplication::exec();
}
