// `hilo codebook PROJECT ACTION ...`: list, add, edit, rename, move, merge, delete, import, export.
#include "command.h"
#include "json_output.h"

#include "codebook/bundled_codebooks.h"
#include "codebook/codebook_formats.h"
#include "import/file_bytes.h"
#include "import/text_decoding.h"
#include "operation_feedback.h"
#include "project/codebook_store.h"
#include "project/operations/codebook_operations.h"
#include "text/unicode_text.h"
#include "text/user_error.h"

#include <QJsonArray>

#include <iostream>

namespace hilo::cli {
namespace {

CodeFields fieldsFrom(const Arguments& args)
{
    CodeFields fields;
    fields.labelEs = args.value("label-es");
    fields.color = args.value("color");
    fields.definition = args.value("definition");
    fields.inclusion = args.value("inclusion");
    fields.exclusion = args.value("exclusion");
    fields.example = args.value("example");
    fields.memo = args.value("memo");
    if (args.has("not-codable"))
        fields.codable = false;
    if (args.has("codable"))
        fields.codable = true;
    return fields;
}

QJsonObject codeToJson(const CodeRecord& r)
{
    return QJsonObject{{QStringLiteral("id"), static_cast<qint64>(r.id)},
                       {QStringLiteral("guid"), qs(r.guid)},
                       {QStringLiteral("path"), qs(r.path)},
                       {QStringLiteral("name"), qs(r.name)},
                       {QStringLiteral("depth"), r.depth},
                       {QStringLiteral("label_es"), qs(r.labelEs)},
                       {QStringLiteral("color"), qs(r.color)},
                       {QStringLiteral("definition"), qs(r.definition)},
                       {QStringLiteral("inclusion"), qs(r.inclusion)},
                       {QStringLiteral("exclusion"), qs(r.exclusion)},
                       {QStringLiteral("example"), qs(r.example)},
                       {QStringLiteral("memo"), qs(r.memo)},
                       {QStringLiteral("codable"), r.codable},
                       {QStringLiteral("codings"), static_cast<qint64>(r.codingCount)},
                       {QStringLiteral("sources"), static_cast<qint64>(r.sourceCount)}};
}

// A .qdc or .csv file, or the name of a codebook that ships with Hilo (tfcsea).
codebook::Codebook readCodebookFile(const std::string& path)
{
    std::error_code error;
    if (!std::filesystem::exists(path, error) && path.find('/') == std::string::npos && path.find('.') == std::string::npos) {
        try {
            return codebook::loadBundledCodebook(path);
        } catch (const UserError& e) {
            throw UserError(path + ": no such file, and " + e.what());
        }
    }
    const std::string name = std::filesystem::path(path).filename().string();
    const std::string ext = import::lowerExtension(path);
    const std::string bytes = import::readFileBytes(path);
    if (ext == "qdc")
        return codebook::readQdc(bytes, name);
    if (ext == "csv")
        return codebook::readCodebookCsv(text::toNfc(import::decodeText(bytes, name).utf8), name);
    throw UserError(name + ": unknown codebook format '." + ext + "' (use .qdc or .csv)");
}

void printList(const std::vector<std::string>& paths, const char* verb)
{
    for (const std::string& path : paths)
        std::cout << verb << " " << path << "\n";
}

int codebookCommand(const Arguments& args)
{
    const std::string action = args.positionals().size() > 1 ? args.positionals()[1] : "list";
    // Listing and exporting only read: they work while another process writes.
    const bool reads = action == "list" || action == "export";
    Project project = Project::open(args.positional(0, "PROJECT"),
                                    reads ? Project::Access::ReadOnly : Project::Access::ReadWrite);
    CodebookStore store(project);
    const ops::OperationContext context = operationContext("codebook", "Indexing");
    const auto arg = [&args](std::size_t i, const char* what) { return args.positional(i, what); };
    const bool json = args.has("json");
    std::string done;

    if (action == "list") {
        const std::vector<CodeRecord> codes = store.codes();
        if (json) {
            QJsonArray array;
            for (const CodeRecord& r : codes)
                array.append(codeToJson(r));
            printJson(array);
        } else {
            for (const CodeRecord& r : codes)
                std::cout << std::string(static_cast<std::size_t>(r.depth) * 2, ' ') << r.name
                          << (r.labelEs.empty() ? "" : " / " + r.labelEs) << "  [" << r.codingCount << " codings, "
                          << r.sourceCount << " sources]\n";
        }
        return 0;
    }
    if (action == "add") {
        const std::int64_t id = ops::addCode(project, arg(2, "PATH"), fieldsFrom(args), args.value("guid").value_or(""), context);
        done = "added " + store.findById(id)->path;
    } else if (action == "edit") {
        ops::editCode(project, arg(2, "CODE"), fieldsFrom(args), context);
        done = "updated " + store.code(arg(2, "CODE")).path;
    } else if (action == "rename") {
        const CodeRecord before = store.code(arg(2, "CODE"));
        ops::renameCode(project, before.path, arg(3, "NEW_NAME"), context);
        done = "renamed " + before.path + " to " + store.findById(before.id)->path;
    } else if (action == "move") {
        const CodeRecord before = store.code(arg(2, "CODE"));
        const std::string parent = args.has("top") ? "" : arg(3, "NEW_PARENT (or --top)");
        std::optional<int> position;
        if (const auto p = args.value("position")) {
            const QString text = QString::fromStdString(*p);
            bool ok = false;
            const int value = text.toInt(&ok);
            if (!ok || value < 1)
                throw UsageError("--position must be a number from 1");
            position = value - 1;
        }
        ops::moveCode(project, before.path, parent, position, context);
        done = "moved " + before.path + " to " + store.findById(before.id)->path;
    } else if (action == "merge") {
        const CodeRecord from = store.code(arg(2, "FROM"));
        const CodeRecord into = store.code(arg(3, "INTO"));
        const std::int64_t moved = ops::mergeCodes(project, from.path, into.path, context);
        done = "merged " + from.path + " into " + into.path + " (" + std::to_string(moved) + " codings)";
    } else if (action == "delete") {
        const CodeRecord code = store.code(arg(2, "CODE"));
        std::int64_t deleted = 0;
        try {
            deleted = ops::deleteCode(project, code.path, args.has("with-codings"), context);
        } catch (const UserError& e) {
            throw UserError(std::string(e.what()) + " (--with-codings deletes them)");
        }
        done = "deleted " + code.path + (deleted > 0 ? " and " + std::to_string(deleted) + " codings" : "");
    } else if (action == "import") {
        const CodebookImportReport report = ops::importCodebook(project, readCodebookFile(arg(2, "FILE")), context);
        if (json) {
            const auto toArray = [](const std::vector<std::string>& paths) {
                QJsonArray array;
                for (const std::string& p : paths)
                    array.append(qs(p));
                return array;
            };
            printJson(QJsonObject{{QStringLiteral("added"), toArray(report.added)},
                                  {QStringLiteral("updated"), toArray(report.updated)},
                                  {QStringLiteral("unchanged"), toArray(report.unchanged)}});
            return 0;
        }
        printList(report.added, "added");
        printList(report.updated, "updated");
        std::cout << report.added.size() << " added, " << report.updated.size() << " updated, "
                  << report.unchanged.size() << " left alone\n";
        return 0;
    } else if (action == "export") {
        const std::string file = arg(2, "FILE");
        const std::string ext = import::lowerExtension(file);
        const codebook::Codebook book = store.exportCodebook();
        if (ext == "qdc")
            import::writeFileBytes(file, codebook::writeQdc(book));
        else if (ext == "csv")
            import::writeFileBytes(file, codebook::writeCodebookCsv(book));
        else
            throw UsageError("unknown codebook format '." + ext + "' (use .qdc or .csv)");
        done = "exported " + std::to_string(codebook::flatten(book).size()) + " codes to " + file;
    } else {
        throw UsageError("unknown action '" + action + "'");
    }
    if (json)
        printJson(QJsonObject{{QStringLiteral("done"), qs(done)}});
    else
        std::cout << done << "\n";
    return 0;
}

} // namespace

std::vector<Command> codebookCommands()
{
    return {{"codebook",
             "PROJECT [list | add PATH | edit CODE | rename CODE NAME | move CODE (PARENT | --top) [--position N] | "
             "merge FROM INTO | delete CODE [--with-codings] | import FILE|BUNDLED | export FILE] "
             "[--definition T] [--inclusion T] [--exclusion T] [--example T] [--memo T] [--label-es T] [--color #rrggbb] "
             "[--guid G] [--not-codable] [--json]",
             "show and shape the codebook; import and export .qdc (REFI-QDA) or .csv",
             {{"definition", "inclusion", "exclusion", "example", "memo", "label-es", "color", "guid", "position"},
              {"json", "with-codings", "top", "not-codable", "codable"}},
             codebookCommand}};
}

} // namespace hilo::cli
