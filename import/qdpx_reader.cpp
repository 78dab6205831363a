#include "qdpx_reader.h"

#include "import_error.h"
#include "language_detection.h"
#include "qde_document.h"
#include "qde_schema_check.h"
#include "selection_offsets.h"
#include "text/unicode_text.h"
#include "zip_archive.h"

#include <QRegularExpression>
#include <QString>
#include <QStringDecoder>

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

namespace hilo::import {
namespace {

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); });
    return s;
}

// Refuses entry names that could write or read outside a folder if anything ever unpacked
// them: absolute paths, drive letters, and ".." components (with either slash).
void checkEntryName(const std::string& archive, const std::string& name)
{
    if (name.empty())
        throw ImportError(archive, "has an entry without a name");
    const bool absolute = name.front() == '/' || name.front() == '\\' ||
                          (name.size() >= 2 && std::isalpha(static_cast<unsigned char>(name[0])) && name[1] == ':');
    bool parent = false;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= name.size(); ++i)
        if (i == name.size() || name[i] == '/' || name[i] == '\\') {
            parent = parent || (i - start == 2 && name.compare(start, 2, "..") == 0);
            start = i + 1;
        }
    if (absolute || parent)
        throw ImportError(archive, "has an entry named '" + name + "' that points outside the archive (" +
                                       (absolute ? "an absolute path" : "a '..' component") +
                                       "); Hilo refuses such archives");
}

void checkEntries(const ZipArchive& zip, const std::string& archive, const QdpxLimits& limits)
{
    const std::vector<ZipArchive::Entry> entries = zip.entries();
    if (entries.size() > limits.maxEntries)
        throw ImportError(archive, "has " + std::to_string(entries.size()) + " entries, more than the " +
                                       std::to_string(limits.maxEntries) + " Hilo accepts");
    std::uint64_t total = 0;
    for (const ZipArchive::Entry& entry : entries) {
        checkEntryName(archive, entry.name);
        total += entry.size;
        const bool bomb = entry.size > limits.ratioFloorBytes &&
                          entry.size / std::max<std::uint64_t>(1, entry.compressedSize) > limits.maxCompressionRatio;
        if (bomb)
            throw ImportError(archive, "entry " + entry.name + " would expand from " + std::to_string(entry.compressedSize) +
                                           " to " + std::to_string(entry.size) +
                                           " bytes, far more than any text does (a zip bomb?); refused");
    }
    if (total > limits.maxTotalBytes)
        throw ImportError(archive, "would expand to " + std::to_string(total) + " bytes, more than the " +
                                       std::to_string(limits.maxTotalBytes) + " Hilo accepts");
}

struct DecodedText {
    std::u32string text;
    bool hadBom = false;
    std::string encoding;
};

DecodedText decodeSourceBytes(const std::string& bytes, const std::string& where)
{
    const QByteArray data(bytes.data(), static_cast<qsizetype>(bytes.size()));
    DecodedText decoded;
    std::optional<QStringConverter::Encoding> fromBom = QStringConverter::encodingForData(data);
    decoded.hadBom = fromBom.has_value();
    if (!fromBom) {
        if (!text::isValidUtf8(bytes))
            throw UserError(where + ": is not valid UTF-8 text");
        decoded.text = text::toUtf32(bytes);
        decoded.encoding = "UTF-8";
        return decoded;
    }
    QStringDecoder decoder(*fromBom); // skips the byte order mark
    const QString text = decoder.decode(data);
    if (decoder.hasError())
        throw UserError(where + ": is not valid " + std::string(decoder.name()) + " text");
    const std::string utf8 = text.toStdString();
    decoded.text = text::toUtf32(utf8);
    decoded.encoding = std::string(decoder.name()) + " with BOM";
    return decoded;
}

// "internal://x.txt" is sources/x.txt in the archive; anything else lies outside it.
std::optional<std::string> internalEntry(const std::string& path)
{
    const std::string prefix = "internal://";
    if (path.compare(0, prefix.size(), prefix) != 0)
        return std::nullopt;
    return "sources/" + path.substr(prefix.size());
}

std::string sourceNameOf(const QdeTextSource& source)
{
    std::string name = text::singleLineName(source.name.empty() ? source.guid : source.name);
    for (const char* extension : {".txt", ".docx", ".doc", ".rtf", ".odt", ".md"}) {
        const std::string ext = extension;
        if (name.size() > ext.size() && lower(name.substr(name.size() - ext.size())) == ext)
            return name.substr(0, name.size() - ext.size());
    }
    return name;
}

bool looksLikeGroupTag(const std::string& name)
{
    static const QRegularExpression shape(QStringLiteral(R"(^\p{L}[\p{L}\p{N}]{0,15}$)"));
    return shape.match(QString::fromStdString(name)).hasMatch();
}

AttributeType attributeType(const std::string& typeOfVariable, const std::string& value)
{
    if (typeOfVariable == "Integer" || typeOfVariable == "Float")
        return inferAttributeType(value) == AttributeType::Number ? AttributeType::Number : AttributeType::Text;
    if (typeOfVariable == "Date")
        return inferAttributeType(value) == AttributeType::Date ? AttributeType::Date : AttributeType::Text;
    return AttributeType::Text;
}

class SnapshotBuilder {
public:
    SnapshotBuilder(const ZipArchive& zip, std::string archive, const QdpxLimits& limits, const Progress& progress)
        : zip_(zip), archive_(std::move(archive)), limits_(limits), progress_(progress)
    {
    }

    ProjectSnapshot build(QdeDocument document)
    {
        snapshot_.name = document.name;
        snapshot_.codebook = std::move(document.codebook);
        snapshot_.warnings = std::move(document.warnings);
        for (const QdeUser& user : document.users)
            snapshot_.coders.push_back({user.guid, user.name.empty() ? "User " + user.guid.substr(0, 8) : user.name});
        for (const QdeOtherSource& other : document.otherSources)
            snapshot_.skipped.push_back({other.name, other.kind + " source; Hilo holds text sources only"});
        readNotes(document.notes);
        readSources(document.textSources);
        applySets(document.sets);
        applyCases(document.cases, document.variables);
        readCodings(document.textSources);
        return std::move(snapshot_);
    }

private:
    std::string entryText(const std::string& entry)
    {
        if (!zip_.contains(entry))
            throw ImportError(archive_, "refers to " + entry + ", which is not in the archive");
        return zip_.read(entry, static_cast<std::size_t>(limits_.maxEntryBytes));
    }

    void readNotes(const std::vector<QdeNote>& notes)
    {
        for (const QdeNote& note : notes) {
            std::string text;
            if (note.plainTextContent)
                text = *note.plainTextContent;
            else if (const auto entry = internalEntry(note.plainTextPath)) {
                DecodedText decoded = decodeSourceBytes(entryText(*entry), archive_ + ":" + *entry);
                text = prepareSourceText(std::move(decoded.text), decoded.hadBom).stored;
            }
            notes_[note.guid] = text;
        }
    }

    std::string notesText(const std::vector<std::string>& refs) const
    {
        std::string text;
        for (const std::string& ref : refs)
            if (const auto it = notes_.find(ref); it != notes_.end() && !it->second.empty())
                text += (text.empty() ? "" : "\n\n") + it->second;
        return text;
    }

    void readSources(const std::vector<QdeTextSource>& sources)
    {
        std::size_t done = 0;
        for (const QdeTextSource& qde : sources) {
            checkProgress(progress_, done++, sources.size());
            SnapshotSource source;
            source.guid = qde.guid;
            source.name = sourceNameOf(qde);
            DecodedText decoded;
            if (qde.plainTextContent) {
                decoded.text = text::toUtf32(*qde.plainTextContent);
                decoded.encoding = "UTF-8";
                source.originPath = archive_ + ":project.qde";
            } else if (const auto entry = internalEntry(qde.plainTextPath)) {
                decoded = decodeSourceBytes(entryText(*entry), archive_ + ":" + *entry);
                source.originPath = archive_ + ":" + *entry;
            } else {
                std::string reason = qde.plainTextPath.empty()
                                         ? "has no text in the archive"
                                         : "its text is outside the archive (" + qde.plainTextPath + ")";
                if (!qde.selections.empty())
                    reason += "; its " + std::to_string(qde.selections.size()) + " selections are left out";
                snapshot_.skipped.push_back({source.name, reason});
                continue;
            }
            texts_.push_back(prepareSourceText(std::move(decoded.text), decoded.hadBom));
            source.text = texts_.back().stored;
            source.encoding = decoded.encoding;
            source.format = "qdpx";
            source.note = qde.description;
            const std::string notes = notesText(qde.noteRefs);
            if (!notes.empty())
                source.note += (source.note.empty() ? "" : "\n\n") + notes;
            indexByGuid_[qde.guid] = snapshot_.sources.size();
            snapshot_.sources.push_back(std::move(source));
            sourceValues_.push_back(qde.values);
        }
    }

    void applySets(const std::vector<QdeSet>& sets)
    {
        for (const QdeSet& set : sets) {
            const std::string tag = set.name;
            if (set.memberSources.empty()) {
                snapshot_.warnings.push_back("set '" + set.name + "' holds no sources (sets of codes or notes are not "
                                             "something Hilo models); left out");
                continue;
            }
            if (!looksLikeGroupTag(tag)) {
                snapshot_.warnings.push_back("set '" + set.name + "' is not named like a participant group (letters and "
                                             "digits, up to 16); its members keep their groups");
                continue;
            }
            snapshot_.groups.push_back({tag, set.description.empty() ? tag : set.description});
            for (const std::string& member : set.memberSources)
                if (const auto it = indexByGuid_.find(member); it != indexByGuid_.end())
                    snapshot_.sources[it->second].groupTag = tag;
        }
    }

    void applyValue(SnapshotSource& source, const QdeVariable& variable, const std::string& value)
    {
        const std::string name = lower(variable.name);
        if (value.empty())
            return;
        if (name == "group" || name == "grupo") {
            if (source.groupTag.empty() && looksLikeGroupTag(value))
                source.groupTag = value;
            return;
        }
        if (name == "language" || name == "idioma") {
            source.language = normalizeLanguage(value); // empty when unknown: guessed from the text
            return;
        }
        for (const Attribute& existing : source.attributes)
            if (lower(existing.name) == name)
                return;
        source.attributes.push_back({variable.name, value, attributeType(variable.type, value)});
    }

    void applyCases(const std::vector<QdeCase>& cases, const std::vector<QdeVariable>& variables)
    {
        std::map<std::string, const QdeVariable*> byGuid;
        for (const QdeVariable& variable : variables)
            byGuid[variable.guid] = &variable;
        auto apply = [&](SnapshotSource& source, const std::vector<QdeVariableValue>& values) {
            for (const QdeVariableValue& value : values) {
                const auto it = byGuid.find(value.variableGuid);
                if (it == byGuid.end())
                    snapshot_.warnings.push_back("a variable value refers to variable " + value.variableGuid +
                                                 ", which the project does not define; left out");
                else
                    applyValue(source, *it->second, value.value);
            }
        };
        for (std::size_t i = 0; i < snapshot_.sources.size(); ++i)
            apply(snapshot_.sources[i], sourceValues_[i]);
        for (const QdeCase& c : cases)
            for (const std::string& ref : c.sourceRefs) {
                const auto it = indexByGuid_.find(ref);
                if (it == indexByGuid_.end())
                    continue;
                SnapshotSource& source = snapshot_.sources[it->second];
                if (source.participant.empty())
                    source.participant = c.name;
                apply(source, c.values);
            }
    }

    std::string coderFor(const std::string& user)
    {
        if (!user.empty()) {
            for (const SnapshotCoder& coder : snapshot_.coders)
                if (coder.guid == user)
                    return user;
            snapshot_.coders.push_back({user, "User " + user.substr(0, 8)});
            snapshot_.warnings.push_back("codings by user " + user + ", who is not among the project's users, are "
                                         "attributed to a coder named '" + snapshot_.coders.back().name + "'");
            return user;
        }
        if (unknownCoder_.empty()) {
            unknownCoder_ = codebook::newGuid();
            snapshot_.coders.push_back({unknownCoder_, "Unknown coder"});
            snapshot_.warnings.push_back("codings that name no user are attributed to a coder named 'Unknown coder'");
        }
        return unknownCoder_;
    }

    void readCodings(const std::vector<QdeTextSource>& sources)
    {
        std::set<std::string> codeGuids;
        for (const codebook::FlatCode& flat : codebook::flatten(snapshot_.codebook))
            codeGuids.insert(flat.code->guid);

        struct Pending {
            const QdeSelection* selection;
            std::size_t source;
        };
        std::vector<Pending> pending;
        std::vector<RawSelection> raw;
        for (const QdeTextSource& qde : sources) {
            const auto index = indexByGuid_.find(qde.guid);
            if (index == indexByGuid_.end())
                continue;
            for (const QdeSelection& selection : qde.selections) {
                if (selection.codings.empty())
                    continue;
                if (selection.end == selection.start) {
                    snapshot_.warnings.push_back("selection " + selection.guid + " in '" + qde.name + "' is empty; left out");
                    continue;
                }
                pending.push_back({&selection, index->second});
                raw.push_back({index->second, selection.start, selection.end, selection.name,
                               "selection " + selection.guid + " in source '" + snapshot_.sources[index->second].name + "'"});
            }
        }
        const ResolvedSelections resolved = resolveSelections(texts_, raw, archive_);
        snapshot_.offsetReading = resolved.reading.describe();
        if (!resolved.reading.isStandard() && !raw.empty())
            snapshot_.warnings.push_back("selection positions are counted in " + snapshot_.offsetReading +
                                         ", not in code points as REFI-QDA says; read accordingly");

        std::map<std::string, std::size_t> missingCodes; // one warning per code, not per coding
        for (std::size_t k = 0; k < pending.size(); ++k) {
            const QdeSelection& selection = *pending[k].selection;
            for (const QdeCoding& coding : selection.codings) {
                if (!codeGuids.count(coding.codeGuid)) {
                    ++missingCodes[coding.codeGuid];
                    continue;
                }
                SnapshotCoding c;
                c.guid = selection.codings.size() == 1 ? selection.guid : coding.guid;
                c.sourceGuid = snapshot_.sources[pending[k].source].guid;
                c.codeGuid = coding.codeGuid;
                c.coderGuid = coderFor(!coding.creatingUser.empty() ? coding.creatingUser : selection.creatingUser);
                c.start = resolved.starts[k];
                c.end = resolved.ends[k];
                std::vector<std::string> refs = selection.noteRefs;
                refs.insert(refs.end(), coding.noteRefs.begin(), coding.noteRefs.end());
                c.memo = notesText(refs);
                if (c.memo.empty())
                    c.memo = selection.description;
                c.createdAt = !coding.created.empty() ? coding.created : selection.created;
                if (c.end > c.start)
                    snapshot_.codings.push_back(std::move(c));
            }
        }
        for (const auto& [guid, count] : missingCodes)
            snapshot_.warnings.push_back(std::to_string(count) + " coding(s) refer to code " + guid +
                                         ", which is not in the codebook; left out");
    }

    const ZipArchive& zip_;
    std::string archive_;
    const QdpxLimits& limits_;
    const Progress& progress_;
    ProjectSnapshot snapshot_;
    std::vector<SourceText> texts_;
    std::vector<std::vector<QdeVariableValue>> sourceValues_;
    std::map<std::string, std::size_t> indexByGuid_;
    std::map<std::string, std::string> notes_;
    std::string unknownCoder_;
};

} // namespace

ProjectSnapshot readQdpx(const std::filesystem::path& file, const QdpxLimits& limits, const Progress& progress)
{
    const std::string archive = file.filename().string();
    const ZipArchive zip(file);
    checkEntries(zip, archive, limits);
    if (!zip.contains("project.qde"))
        throw ImportError(archive, "has no project.qde; is it a REFI-QDA project (.qdpx)?");
    const std::string xml = zip.read("project.qde", static_cast<std::size_t>(limits.maxEntryBytes));
    QdeDocument document = readQde(xml, archive + ":project.qde");
    // After readQde, which refuses a DTD: the schema check then parses only plain XML.
    std::vector<std::string> deviations = schemaProblems(xml, archive + ":project.qde");
    for (std::string& line : deviations)
        document.warnings.push_back("does not follow the REFI-QDA schema: " + line);
    return SnapshotBuilder(zip, archive, limits, progress).build(std::move(document));
}

} // namespace hilo::import
