#pragma once
// Runs the real `hilo` executable, as a user or script would, and captures what it prints.
#include <QProcess>
#include <QStringList>

#include <string>
#include <vector>

namespace hilo::test {

struct CliResult {
    int exitCode = -1;
    std::string out;
    std::string err;
};

inline CliResult runHilo(const std::vector<std::string>& args)
{
    QStringList arguments;
    for (const std::string& arg : args)
        arguments << QString::fromStdString(arg);
    QProcess process;
    process.start(QStringLiteral(HILO_CLI_PATH), arguments);
    process.waitForFinished(120000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput().toStdString(), process.readAllStandardError().toStdString()};
}

} // namespace hilo::test
