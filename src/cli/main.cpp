#include "command.h"

int main(int argc, char** argv)
{
    return hilo::cli::runCli(argc, argv);
}
