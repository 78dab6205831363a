// What a team meets on its worst day, through the real CLI and window: a project on read-only
// media, a damaged search index, an export killed halfway, hostile file names, and settings and
// screenshots that must stay the owner's.
#include "reliability_fixture.h"

#include <QProcess>
#include <QProcessEnvironment>

#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>

using namespace hilo::test;
namespace fs = std::filesystem;

namespace {

unsigned modeOf(const fs::path& path)
{
    struct stat info {};
    ::stat(path.c_str(), &info);
    return info.st_mode & 07777;
}

// A read-only view of `folder`, as a DVD or a write-protected stick gives: a bind mount
// remounted read-only, undone when the test ends.
class ReadOnlyMount {
public:
    ReadOnlyMount(const fs::path& folder, const fs::path& at) : at_(at)
    {
        fs::create_directories(at);
        mounted_ = ::mount(folder.c_str(), at.c_str(), nullptr, MS_BIND, nullptr) == 0 &&
                   ::mount(nullptr, at.c_str(), nullptr, MS_REMOUNT | MS_BIND | MS_RDONLY, nullptr) == 0;
    }
    ~ReadOnlyMount()
    {
        if (mounted_)
            ::umount(at_.c_str());
    }
    bool mounted() const { return mounted_; }

private:
    fs::path at_;
    bool mounted_ = false;
};

// A process id that is certainly gone: a child that has exited and been reaped.
long deadPid()
{
    const pid_t child = ::fork();
    if (child == 0)
        ::_exit(0);
    ::waitpid(child, nullptr, 0);
    return child;
}

} // namespace

TEST_CASE("a project on read-only media can be read, searched and exported, and says why it cannot be written", "[media]")
{
    ReliabilityProject p;
    p.run({"search", p.path(), "vergüenza"}); // an index to search
    const fs::path view = p.folder / "dvd";
    const ReadOnlyMount mount(p.project, view);
    if (!mount.mounted()) {
        // Mounting needs root with CAP_SYS_ADMIN, which the test machines have.
        FAIL("cannot bind-mount read-only here; run the tests as root");
    }
    const CliResult sources = runHilo({"sources", view.string()});
    INFO(sources.err);
    CHECK(sources.exitCode == 0);
    CHECK_THAT(sources.out, Catch::Contains("YP07"));
    const CliResult search = runHilo({"search", view.string(), "vergüenza", "--json"});
    CHECK(search.exitCode == 0);
    CHECK(jsonOf(search).object()["total"].toInteger() >= 1);
    CHECK(runHilo({"export", view.string(), "--qdpx", (p.folder / "copy.qdpx").string()}).exitCode == 0);
    CHECK(runHilo({"backups", view.string()}).exitCode == 0);

    const CliResult write = runHilo({"coders", view.string(), "add", "Beto"});
    CHECK(write.exitCode == 1);
    CHECK_THAT(write.err, Catch::Contains("Read-only file system"));
}

TEST_CASE("a damaged search index is found by doctor, and search rebuilds it", "[index]")
{
    ReliabilityProject p;
    const auto hits = [&] {
        const CliResult result = runHilo({"search", p.path(), "vergüenza", "--json"});
        INFO(result.err);
        REQUIRE(result.exitCode == 0);
        return jsonOf(result).object()["total"].toInteger();
    };
    const auto before = hits();
    REQUIRE(before >= 1);
    // Garbage over every block but the first of the posting lists, as a failing disk leaves it.
    const fs::path postlist = p.project / "index" / "postlist.glass";
    const auto size = fs::file_size(postlist);
    {
        std::fstream file(postlist, std::ios::in | std::ios::out | std::ios::binary);
        file.seekp(8192);
        std::string garbage(size - 8192, '\0');
        for (std::size_t i = 0; i < garbage.size(); ++i)
            garbage[i] = static_cast<char>((i * 2654435761U) >> 13);
        file.write(garbage.data(), static_cast<std::streamsize>(garbage.size()));
    }
    const QJsonObject doctor = jsonOf(runHilo({"doctor", p.path(), "--json"})).object();
    CHECK_FALSE(doctor["healthy"].toBool());
    const QJsonArray checks = doctor["checks"].toArray();
    CHECK(checks.last().toObject()["check"].toString() == "index");
    CHECK(checks.last().toObject()["problems"].toInteger() == 1);

    CHECK(hits() == before); // rebuilt from project.db, with a warning
    CHECK(jsonOf(p.run({"doctor", p.path(), "--json"})).object()["healthy"].toBool());
}

TEST_CASE("an export killed halfway leaves nothing the next export does not clear", "[export]")
{
    ReliabilityProject p;
    const fs::path target = p.folder / "Study.qdpx";
    // What a killed export leaves: its own temporary and libzip's beside it.
    const fs::path leftover = p.folder / ("Study.qdpx.part-" + std::to_string(deadPid()));
    const fs::path libzipLeftover = p.folder / ("Study.qdpx.part-" + std::to_string(deadPid()) + ".Xk2a9Q");
    // And one of a writer still running (this test): not ours to remove.
    const fs::path running = p.folder / ("Study.qdpx.part-" + std::to_string(::getpid()));
    for (const fs::path& file : {leftover, libzipLeftover, running})
        std::ofstream(file) << "half an archive with transcript text";

    p.run({"export", p.path(), "--qdpx", target.string()});
    CHECK(fs::exists(target));
    CHECK(modeOf(target) == 0600);
    CHECK_FALSE(fs::exists(leftover));
    CHECK_FALSE(fs::exists(libzipLeftover));
    CHECK(fs::exists(running));
}

TEST_CASE("tabs and line breaks in a file name cannot forge rows or columns", "[names]")
{
    ReliabilityProject p;
    const fs::path file = p.folder.write("FW09\tYP\tforged\nYP99.txt",
                                         "Group: FW\n(Fictional sample transcript.)\n\nInterviewer: Hello.\n\nFW09: Good day.\n");
    p.run({"import", p.path(), file.string()});
    const CliResult sources = p.run({"sources", p.path()});
    CHECK(std::count(sources.out.begin(), sources.out.end(), '\n') == 3); // YP07, FW02 and this one
    CHECK_THAT(sources.out, Catch::Contains("FW09 YP forged YP99"));
    const QJsonArray listed = jsonOf(p.run({"sources", p.path(), "--json"})).array();
    bool found = false;
    for (const auto& source : listed)
        found = found || source.toObject()["name"].toString() == QStringLiteral("FW09 YP forged YP99");
    CHECK(found);
}

TEST_CASE("the window's settings and screenshots are the owner's alone, whatever the umask", "[privacy]")
{
    ReliabilityProject p;
    const fs::path config = p.folder / "config";
    // An older settings file others could read, as a previous version left it.
    fs::create_directories(config / "Hilo");
    fs::permissions(config / "Hilo", fs::perms::all & ~fs::perms::others_write & ~fs::perms::group_write);
    std::ofstream(config / "Hilo" / "Hilo.conf") << "[General]\n";
    fs::permissions(config / "Hilo" / "Hilo.conf", fs::perms::owner_read | fs::perms::owner_write |
                                                       fs::perms::group_read | fs::perms::others_read);

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), QString::fromStdString(config.string()));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QProcess gui;
    gui.setProcessEnvironment(environment);
    const fs::path shot = p.folder / "window.png";
    const mode_t previous = ::umask(0022); // a common login umask
    gui.start(QStringLiteral(HILO_GUI_PATH), {QString::fromStdString(p.path()), QStringLiteral("--screenshot"),
                                              QString::fromStdString(shot.string())});
    REQUIRE(gui.waitForFinished(120000));
    ::umask(previous);
    INFO(gui.readAllStandardError().toStdString());
    REQUIRE(gui.exitCode() == 0);
    CHECK(modeOf(shot) == 0600);
    CHECK(modeOf(config / "Hilo") == 0700);
    CHECK(modeOf(config / "Hilo" / "Hilo.conf") == 0600);
}
