#include "command.h"

#include <sys/stat.h>

int main(int argc, char** argv)
{
    // Every file the CLI writes may hold transcript text: owner-only, whatever the umask.
    ::umask(0077);
    return hilo::cli::runCli(argc, argv);
}
