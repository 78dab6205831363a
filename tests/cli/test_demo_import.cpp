// The demo corpus through the real CLI: init, import with the attributes file, then list.
#include "cli_runner.h"
#include "support/temp_folder.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <map>

using namespace hilo::test;
namespace fs = std::filesystem;

namespace {

std::vector<std::string> demoFiles()
{
    std::vector<std::string> files;
    for (const auto& entry : fs::directory_iterator(fs::path(HILO_DEMO_DIR) / "corpus"))
        files.push_back(entry.path().string());
    std::sort(files.begin(), files.end());
    return files;
}

// What a researcher reading the file would say: its header's group, language and participant,
// and for plain UTF-8 text the number of lines that open a speaker turn.
struct Expected {
    std::string group;
    std::string language;
    std::string participant;
    int labelledTurns = -1; // -1: not counted for this format
};

Expected readExpectations(const fs::path& file)
{
    Expected expected;
    const QString text = QString::fromStdString(readFile(file));
    static const QRegularExpression header(QStringLiteral(R"(^(Group|Language|Participant): (\S+)$)"),
                                           QRegularExpression::MultilineOption);
    for (auto it = header.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        const std::string value = match.captured(2).toStdString();
        if (match.captured(1) == QStringLiteral("Group"))
            expected.group = value;
        else if (match.captured(1) == QStringLiteral("Language"))
            expected.language = value;
        else
            expected.participant = value;
    }
    static const QRegularExpression turn(
        QStringLiteral(R"(^(Interviewer|Entrevistadora|Entrevistador|P|Participante|[A-Z]{2}\d{2}):)"),
        QRegularExpression::MultilineOption);
    if (file.extension() == ".txt" || file.extension() == ".md") {
        if (text.contains(QStringLiteral("Group:"))) { // UTF-8 files; the others are checked by group alone
            expected.labelledTurns = 0;
            for (auto it = turn.globalMatch(text); it.hasNext(); it.next())
                ++expected.labelledTurns;
        }
    }
    return expected;
}

} // namespace

TEST_CASE("the demo corpus imports with every transcript's group, language, attributes and turns", "[cli][demo]")
{
    const TempFolder folder;
    const std::string project = (folder / "Study.hilo").string();
    REQUIRE(runHilo({"init", project}).exitCode == 0);

    std::vector<std::string> args = {"import", project};
    const std::vector<std::string> files = demoFiles();
    REQUIRE(files.size() >= 12);
    args.insert(args.end(), files.begin(), files.end());
    args.insert(args.end(), {"--attributes", std::string(HILO_DEMO_DIR) + "/participants.csv", "--json"});
    const CliResult imported = runHilo(args);
    INFO(imported.err);
    REQUIRE(imported.exitCode == 0);

    const CliResult listed = runHilo({"sources", project, "--json"});
    REQUIRE(listed.exitCode == 0);
    const QJsonArray sources = QJsonDocument::fromJson(QByteArray::fromStdString(listed.out)).array();
    REQUIRE(static_cast<std::size_t>(sources.size()) == files.size());

    std::map<std::string, QJsonObject> byName;
    for (const auto& value : sources)
        byName[value.toObject().value(QStringLiteral("name")).toString().toStdString()] = value.toObject();
    std::map<std::string, int> perGroup;
    std::map<std::string, int> perLanguage;
    std::map<std::string, int> perFormat;
    for (const std::string& file : files) {
        const std::string name = fs::path(file).stem().string();
        INFO(name);
        REQUIRE(byName.count(name) == 1);
        const QJsonObject source = byName[name];
        const Expected expected = readExpectations(file);
        if (!expected.group.empty())
            CHECK(source.value(QStringLiteral("group")).toString().toStdString() == expected.group);
        if (!expected.language.empty())
            CHECK(source.value(QStringLiteral("language")).toString().toStdString() == expected.language);
        if (!expected.participant.empty())
            CHECK(source.value(QStringLiteral("participant")).toString().toStdString() == expected.participant);
        if (expected.labelledTurns >= 0)
            CHECK(source.value(QStringLiteral("turns")).toInt() == expected.labelledTurns);
        CHECK(source.value(QStringLiteral("turns")).toInt() >= 20);
        // Every participant has attributes from participants.csv: an age at least.
        const QJsonObject attributes = source.value(QStringLiteral("attributes")).toObject();
        CHECK(attributes.value(QStringLiteral("age")).isDouble());
        CHECK(attributes.contains(QStringLiteral("role")));
        ++perGroup[source.value(QStringLiteral("group")).toString().toStdString()];
        ++perLanguage[source.value(QStringLiteral("language")).toString().toStdString()];
        ++perFormat[source.value(QStringLiteral("format")).toString().toStdString()];
    }
    CHECK(perGroup["YP"] >= 3);
    CHECK(perGroup["FW"] >= 3);
    CHECK(perGroup["JP"] >= 3);
    CHECK(perLanguage["en"] >= 3);
    CHECK(perLanguage["es"] >= 3);
    CHECK(perFormat["docx"] >= 1);
    CHECK(perFormat["odt"] >= 1);
    CHECK(perFormat["vtt"] >= 1);

    // Importing the same corpus again changes nothing and says why.
    const CliResult again = runHilo(args);
    REQUIRE(again.exitCode == 0);
    const QJsonObject report = QJsonDocument::fromJson(QByteArray::fromStdString(again.out)).object();
    CHECK(report.value(QStringLiteral("imported")).toArray().isEmpty());
    CHECK(static_cast<std::size_t>(report.value(QStringLiteral("skipped")).toArray().size()) == files.size());
}
