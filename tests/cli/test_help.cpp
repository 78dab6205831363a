// Help everywhere: `hilo VERB --help` prints that verb's usage and options and exits 0, for
// every verb `hilo --help` lists; so does `hilo-gui --help`, without opening a window.
#include "cli_runner.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QRegularExpression>

using namespace hilo::test;

TEST_CASE("every verb answers --help with its usage and options", "[cli][help]")
{
    const CliResult all = runHilo({"--help"});
    REQUIRE(all.exitCode == 0);
    std::vector<std::string> verbs;
    const QRegularExpression verbLine(QStringLiteral("^  ([a-z]+) "), QRegularExpression::MultilineOption);
    for (auto match = verbLine.globalMatch(QString::fromStdString(all.out)); match.hasNext();)
        verbs.push_back(match.next().captured(1).toStdString());
    REQUIRE(verbs.size() >= 25);
    for (const std::string& verb : verbs) {
        INFO(verb);
        const CliResult help = runHilo({verb, "--help"});
        CHECK(help.exitCode == 0);
        CHECK(help.out.rfind("usage: hilo " + verb + " ", 0) == 0);
        CHECK(help.out.find("Options:") != std::string::npos);
        CHECK(help.out.find("--help") != std::string::npos);
        CHECK(help.err.empty());
        CHECK(runHilo({"help", verb}).out == help.out);
    }
    // Each option a verb takes is explained, not only named.
    const std::string autocode = runHilo({"autocode", "--help"}).out;
    CHECK(autocode.find("--query Q") != std::string::npos);
    CHECK(autocode.find("--role ROLE") != std::string::npos);
    CHECK(autocode.find("participant (default)") != std::string::npos);
}

TEST_CASE("hilo-gui --help prints its options and opens no window", "[cli][help]")
{
    QProcess gui;
    gui.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
    gui.start(QStringLiteral(HILO_GUI_PATH), {QStringLiteral("--help")});
    REQUIRE(gui.waitForFinished(20000)); // a window would wait for its user
    CHECK(gui.exitCode() == 0);
    const QString out = QString::fromUtf8(gui.readAllStandardOutput());
    CHECK(out.startsWith(QStringLiteral("usage: hilo-gui")));
    CHECK(out.contains(QStringLiteral("--screenshot FILE")));
}
