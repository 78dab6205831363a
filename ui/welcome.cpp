#include "welcome.h"

#include "project/operations/source_operations.h"
#include "project/project.h"
#include "text/user_error.h"

#include <QCoreApplication>
#include <QDir>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>

namespace fs = std::filesystem;

namespace hilo::ui {

std::optional<fs::path> demoCorpusFolder()
{
    const QString installed = QStandardPaths::locate(QStandardPaths::GenericDataLocation, QStringLiteral("hilo/demo"),
                                                     QStandardPaths::LocateDirectory);
    if (!installed.isEmpty())
        return fs::path(installed.toStdString());
#ifdef HILO_SOURCE_DEMO_DIR
    if (fs::is_directory(HILO_SOURCE_DEMO_DIR))
        return fs::path(HILO_SOURCE_DEMO_DIR);
#endif
    return std::nullopt;
}

fs::path buildDemoProject(const fs::path& corpus, const fs::path& target)
{
    if (fs::exists(target / "project.db"))
        return target;
    ImportRequest request;
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(corpus / "corpus", error))
        if (entry.is_regular_file())
            request.files.push_back(entry.path());
    if (error || request.files.empty())
        throw UserError((corpus / "corpus").string() + ": no demo transcripts there");
    if (fs::exists(corpus / "participants.csv"))
        request.attributesCsv = corpus / "participants.csv";
    // Built aside and moved in place, so a failed build leaves no half project behind.
    const fs::path building = target.string() + ".building";
    fs::remove_all(building);
    try {
        Project project = Project::create(building);
        ops::importTranscripts(project, request);
    } catch (...) {
        fs::remove_all(building);
        throw;
    }
    fs::rename(building, target);
    return target;
}

fs::path demoProjectPath()
{
    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(data);
    QFile::setPermissions(data, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return fs::path(data.toStdString()) / "Demo.hilo";
}

bool firstStart()
{
    QSettings settings;
    if (settings.value(QStringLiteral("welcomed")).toBool())
        return false;
    settings.setValue(QStringLiteral("welcomed"), true);
    return true;
}

std::optional<fs::path> offerDemoProject(QWidget* parent)
{
    const std::optional<fs::path> corpus = demoCorpusFolder();
    if (!corpus)
        return std::nullopt;
    const auto answer = QMessageBox::question(
        parent, QCoreApplication::translate("Welcome", "Welcome to Hilo"),
        QCoreApplication::translate("Welcome",
                                    "Would you like to open the demo project? It holds fictional interviews with "
                                    "young people, front-line workers and justice professionals, in Spanish and "
                                    "English, to try coding, search and quotes on."));
    if (answer != QMessageBox::Yes)
        return std::nullopt;
    try {
        return buildDemoProject(*corpus, demoProjectPath());
    } catch (const std::exception& e) {
        QMessageBox::warning(parent, QCoreApplication::translate("Welcome", "Demo project"),
                             QString::fromStdString(e.what()));
        return std::nullopt;
    }
}

} // namespace hilo::ui
