#include "bundled_codebooks.h"

#include "codebook_formats.h"
#include "text/unicode_text.h"
#include "text/user_error.h"

#include <QFile>

#include <algorithm>
#include <mutex>
#include <stdexcept>

// Q_INIT_RESOURCE declares the resource's initializer, so it must be used outside any
// namespace. Linking the resource object usually registers it already; registering again is a
// no-op, and this keeps the codebooks found however the library ends up linked.
static void initBundledCodebookResources()
{
    Q_INIT_RESOURCE(bundled_codebooks);
}

namespace hilo::codebook {
namespace {

const std::vector<BundledCodebook>& catalogue()
{
    static const std::vector<BundledCodebook> all{
        {"tfcsea", "Technology-facilitated child sexual exploitation and abuse (English names, Spanish labels)"},
    };
    return all;
}

std::string availableNames()
{
    std::string names;
    for (const BundledCodebook& book : catalogue())
        names += (names.empty() ? "" : ", ") + book.name;
    return names;
}

std::string readResource(const std::string& fileName)
{
    static std::once_flag registered;
    std::call_once(registered, initBundledCodebookResources);
    QFile file(QStringLiteral(":/codebooks/") + QString::fromStdString(fileName));
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("bundled codebook " + fileName + " is missing from the Hilo build");
    return file.readAll().toStdString();
}

} // namespace

std::vector<BundledCodebook> bundledCodebooks()
{
    return catalogue();
}

Codebook loadBundledCodebook(const std::string& name)
{
    const auto& all = catalogue();
    if (std::none_of(all.begin(), all.end(), [&](const BundledCodebook& book) { return book.name == name; }))
        throw UserError("unknown codebook '" + name + "' (available: " + availableNames() + ")");
    const std::string fileName = name + ".csv";
    Codebook book = readCodebookCsv(text::toNfc(readResource(fileName)), fileName);
    book.name = name;
    return book;
}

} // namespace hilo::codebook
