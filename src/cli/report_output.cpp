#include "report_output.h"

#include "documents/odt_writer.h"
#include "import/file_bytes.h"

#include <iostream>

namespace hilo::cli {

void emitReport(const std::string& document, const std::string& format, const std::optional<std::string>& output)
{
    if (format == "odt")
        documents::writeOdt(document, *output);
    else if (output)
        import::writeFileBytes(*output, document);
    else
        std::cout << document;
    if (output)
        std::cerr << "wrote " << *output << "\n";
}

} // namespace hilo::cli
