#include "codebook_operations.h"

#include "write_policy.h"

namespace hilo::ops {

std::int64_t addCode(Project& project, const std::string& path, const CodeFields& fields, const std::string& guid,
                     const OperationContext& context)
{
    requireWritable(project, "change the codebook");
    return writeAndIndex(project, context, [&] { return CodebookStore(project).add(path, fields, guid); });
}

void editCode(Project& project, const std::string& code, const CodeFields& fields, const OperationContext& context)
{
    requireWritable(project, "change the codebook");
    writeAndIndex(project, context, [&] { CodebookStore(project).update(code, fields); });
}

void renameCode(Project& project, const std::string& code, const std::string& newName, const OperationContext& context)
{
    requireWritable(project, "change the codebook");
    writeAndIndex(project, context, [&] { CodebookStore(project).rename(code, newName); });
}

void moveCode(Project& project, const std::string& code, const std::string& newParent, std::optional<int> position,
              const OperationContext& context)
{
    requireWritable(project, "change the codebook");
    writeAndIndex(project, context, [&] { CodebookStore(project).move(code, newParent, position); });
}

std::int64_t mergeCodes(Project& project, const std::string& from, const std::string& into, const OperationContext& context)
{
    requireWritable(project, "change the codebook");
    CodebookStore store(project);
    // Both must exist before a backup is worth taking; the store checks the rest in its
    // transaction, and a refusal there drops the backup again.
    const CodeRecord source = store.resolve(from);
    const CodeRecord target = store.resolve(into);
    return writeWithBackup(project, "codebook-merge", context,
                           [&] { return store.merge(std::to_string(source.id), std::to_string(target.id)); });
}

std::int64_t deleteCode(Project& project, const std::string& code, bool withCodings, const OperationContext& context)
{
    requireWritable(project, "change the codebook");
    return writeAndIndex(project, context, [&] { return CodebookStore(project).remove(code, withCodings); });
}

CodebookImportReport importCodebook(Project& project, const codebook::Codebook& codebook, const OperationContext& context)
{
    requireWritable(project, "change the codebook");
    return writeWithBackup(project, "codebook-import", context,
                           [&] { return CodebookStore(project).importCodebook(codebook); });
}

} // namespace hilo::ops
