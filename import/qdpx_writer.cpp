#include "qdpx_writer.h"

#include "codebook/qdc_elements.h"
#include "text/unicode_text.h"
#include "zip_archive_writer.h"

#include <QDateTime>
#include <QUuid>
#include <QXmlStreamWriter>

#include <algorithm>
#include <map>

namespace hilo::import {
namespace {

const QString kNamespace = QStringLiteral("urn:QDA-XML:project:1.0");

QString q(const std::string& utf8)
{
    return QString::fromStdString(utf8);
}

// A GUID that depends only on what it names, so that repeated exports agree.
QString stableGuid(const std::string& name)
{
    static const QUuid hiloNamespace(QStringLiteral("6f1c3a52-8e0b-4d7a-9c55-2b1f0e4d8a13"));
    return QUuid::createUuidV5(hiloNamespace, QByteArray::fromStdString(name)).toString(QUuid::WithoutBraces);
}

bool isDateTime(const std::string& value)
{
    return !value.empty() && QDateTime::fromString(q(value), Qt::ISODate).isValid();
}

struct Variable {
    std::string name;
    const char* type;
};

class QdeWriter {
public:
    explicit QdeWriter(const ProjectSnapshot& snapshot) : snapshot_(snapshot), writer_(&out_)
    {
        writer_.setAutoFormatting(true);
    }

    std::string write()
    {
        writer_.writeStartDocument();
        writer_.writeStartElement(QStringLiteral("Project"));
        writer_.writeDefaultNamespace(kNamespace);
        writer_.writeAttribute(QStringLiteral("name"), q(snapshot_.name.empty() ? "Hilo project" : snapshot_.name));
        writer_.writeAttribute(QStringLiteral("origin"), QStringLiteral("Hilo"));
        writeUsers();
        if (!snapshot_.codebook.codes.empty())
            codebook::writeCodeBookElement(writer_, snapshot_.codebook);
        collectVariables();
        writeVariables();
        writeCases();
        writeSources();
        writeNotes();
        writeSets();
        writer_.writeEndDocument();
        return out_.toStdString();
    }

private:
    void writeUsers()
    {
        if (snapshot_.coders.empty())
            return;
        writer_.writeStartElement(QStringLiteral("Users"));
        for (const SnapshotCoder& coder : snapshot_.coders) {
            writer_.writeEmptyElement(QStringLiteral("User"));
            writer_.writeAttribute(QStringLiteral("guid"), q(coder.guid));
            writer_.writeAttribute(QStringLiteral("name"), q(coder.name));
        }
        writer_.writeEndElement();
    }

    static const char* variableType(AttributeType type)
    {
        switch (type) {
        case AttributeType::Number:
            return "Float";
        case AttributeType::Date:
            return "Date";
        case AttributeType::Text:
            break;
        }
        return "Text";
    }

    void collectVariables()
    {
        variables_.push_back({"Group", "Text"});
        variables_.push_back({"Language", "Text"});
        for (const SnapshotSource& source : snapshot_.sources)
            for (const Attribute& attribute : source.attributes) {
                const bool known = std::any_of(variables_.begin(), variables_.end(),
                                               [&](const Variable& v) { return text::fold(v.name) == text::fold(attribute.name); });
                if (!known)
                    variables_.push_back({attribute.name, variableType(attribute.type)});
            }
    }

    void writeVariables()
    {
        writer_.writeStartElement(QStringLiteral("Variables"));
        for (const Variable& variable : variables_) {
            writer_.writeEmptyElement(QStringLiteral("Variable"));
            writer_.writeAttribute(QStringLiteral("guid"), stableGuid("variable:" + variable.name));
            writer_.writeAttribute(QStringLiteral("name"), q(variable.name));
            writer_.writeAttribute(QStringLiteral("typeOfVariable"), QLatin1StringView(variable.type));
        }
        writer_.writeEndElement();
    }

    void writeValue(const Variable& variable, const std::string& value)
    {
        if (value.empty())
            return;
        writer_.writeStartElement(QStringLiteral("VariableValue"));
        writer_.writeEmptyElement(QStringLiteral("VariableRef"));
        writer_.writeAttribute(QStringLiteral("targetGUID"), stableGuid("variable:" + variable.name));
        const std::string type = variable.type;
        writer_.writeTextElement(type == "Float" ? QStringLiteral("FloatValue")
                                 : type == "Date" ? QStringLiteral("DateValue")
                                                  : QStringLiteral("TextValue"),
                                 q(value));
        writer_.writeEndElement();
    }

    // The group, language and attributes of a source, as variable values.
    void writeValues(const SnapshotSource& source)
    {
        for (const Variable& variable : variables_) {
            if (variable.name == "Group")
                writeValue(variable, source.groupTag);
            else if (variable.name == "Language")
                writeValue(variable, source.language);
            else
                for (const Attribute& attribute : source.attributes)
                    if (text::fold(attribute.name) == text::fold(variable.name))
                        writeValue(variable, attribute.value);
        }
    }

    // A case per participant, carrying the values of its first source. Sources without a
    // participant carry their values themselves (TextSource allows VariableValue too).
    void writeCases()
    {
        std::vector<std::string> order;
        std::map<std::string, std::vector<const SnapshotSource*>> byCase;
        for (const SnapshotSource& source : snapshot_.sources) {
            if (source.participant.empty())
                continue;
            if (!byCase.count(source.participant))
                order.push_back(source.participant);
            byCase[source.participant].push_back(&source);
        }
        if (order.empty())
            return;
        writer_.writeStartElement(QStringLiteral("Cases"));
        for (const std::string& participant : order) {
            writer_.writeStartElement(QStringLiteral("Case"));
            writer_.writeAttribute(QStringLiteral("guid"), stableGuid("case:" + participant));
            writer_.writeAttribute(QStringLiteral("name"), q(participant));
            writeValues(*byCase[participant].front());
            for (const SnapshotSource* source : byCase[participant]) {
                writer_.writeEmptyElement(QStringLiteral("SourceRef"));
                writer_.writeAttribute(QStringLiteral("targetGUID"), q(source->guid));
            }
            writer_.writeEndElement();
        }
        writer_.writeEndElement();
    }

    void writeSelection(const SnapshotSource& source, const SnapshotCoding& coding)
    {
        writer_.writeStartElement(QStringLiteral("PlainTextSelection"));
        writer_.writeAttribute(QStringLiteral("guid"), q(coding.guid));
        writer_.writeAttribute(QStringLiteral("name"), q(text::slice(source.text, coding.start, coding.end)));
        writer_.writeAttribute(QStringLiteral("startPosition"), QString::number(coding.start));
        writer_.writeAttribute(QStringLiteral("endPosition"), QString::number(coding.end));
        writer_.writeAttribute(QStringLiteral("creatingUser"), q(coding.coderGuid));
        if (isDateTime(coding.createdAt))
            writer_.writeAttribute(QStringLiteral("creationDateTime"), q(coding.createdAt));
        writer_.writeStartElement(QStringLiteral("Coding"));
        writer_.writeAttribute(QStringLiteral("guid"), stableGuid("coding:" + coding.guid));
        writer_.writeAttribute(QStringLiteral("creatingUser"), q(coding.coderGuid));
        if (isDateTime(coding.createdAt))
            writer_.writeAttribute(QStringLiteral("creationDateTime"), q(coding.createdAt));
        writer_.writeEmptyElement(QStringLiteral("CodeRef"));
        writer_.writeAttribute(QStringLiteral("targetGUID"), q(coding.codeGuid));
        if (!coding.memo.empty()) {
            writer_.writeEmptyElement(QStringLiteral("NoteRef"));
            writer_.writeAttribute(QStringLiteral("targetGUID"), stableGuid("memo:" + coding.guid));
        }
        writer_.writeEndElement();
        writer_.writeEndElement();
    }

    void writeSources()
    {
        if (snapshot_.sources.empty())
            return;
        std::map<std::string, std::vector<const SnapshotCoding*>> codingsBySource;
        for (const SnapshotCoding& coding : snapshot_.codings)
            codingsBySource[coding.sourceGuid].push_back(&coding);
        writer_.writeStartElement(QStringLiteral("Sources"));
        for (const SnapshotSource& source : snapshot_.sources) {
            writer_.writeStartElement(QStringLiteral("TextSource"));
            writer_.writeAttribute(QStringLiteral("guid"), q(source.guid));
            writer_.writeAttribute(QStringLiteral("name"), q(source.name));
            writer_.writeAttribute(QStringLiteral("plainTextPath"), q("internal://" + source.guid + ".txt"));
            if (!source.note.empty())
                writer_.writeTextElement(QStringLiteral("Description"), q(source.note));
            std::vector<const SnapshotCoding*>& codings = codingsBySource[source.guid];
            std::stable_sort(codings.begin(), codings.end(), [](const SnapshotCoding* a, const SnapshotCoding* b) {
                return std::tie(a->start, a->end) < std::tie(b->start, b->end);
            });
            for (const SnapshotCoding* coding : codings)
                writeSelection(source, *coding);
            if (source.participant.empty())
                writeValues(source);
            writer_.writeEndElement();
        }
        writer_.writeEndElement();
    }

    void writeNotes()
    {
        bool open = false;
        for (const SnapshotCoding& coding : snapshot_.codings) {
            if (coding.memo.empty())
                continue;
            if (!open)
                writer_.writeStartElement(QStringLiteral("Notes"));
            open = true;
            writer_.writeStartElement(QStringLiteral("Note"));
            writer_.writeAttribute(QStringLiteral("guid"), stableGuid("memo:" + coding.guid));
            writer_.writeAttribute(QStringLiteral("name"), QStringLiteral("Coding memo"));
            writer_.writeTextElement(QStringLiteral("PlainTextContent"), q(coding.memo));
            writer_.writeEndElement();
        }
        if (open)
            writer_.writeEndElement();
    }

    void writeSets()
    {
        std::vector<std::pair<std::string, std::string>> groups; // tag, label, in snapshot order
        for (const SnapshotGroup& group : snapshot_.groups)
            groups.emplace_back(group.tag, group.label);
        bool open = false;
        for (const auto& [tag, label] : groups) {
            std::vector<const SnapshotSource*> members;
            for (const SnapshotSource& source : snapshot_.sources)
                if (source.groupTag == tag)
                    members.push_back(&source);
            if (members.empty())
                continue;
            if (!open)
                writer_.writeStartElement(QStringLiteral("Sets"));
            open = true;
            writer_.writeStartElement(QStringLiteral("Set"));
            writer_.writeAttribute(QStringLiteral("guid"), stableGuid("group:" + tag));
            writer_.writeAttribute(QStringLiteral("name"), q(tag));
            writer_.writeTextElement(QStringLiteral("Description"), q(label));
            for (const SnapshotSource* source : members) {
                writer_.writeEmptyElement(QStringLiteral("MemberSource"));
                writer_.writeAttribute(QStringLiteral("targetGUID"), q(source->guid));
            }
            writer_.writeEndElement();
        }
        if (open)
            writer_.writeEndElement();
    }

    const ProjectSnapshot& snapshot_;
    QByteArray out_;
    QXmlStreamWriter writer_;
    std::vector<Variable> variables_;
};

} // namespace

std::string writeQde(const ProjectSnapshot& snapshot)
{
    return QdeWriter(snapshot).write();
}

void writeQdpx(const ProjectSnapshot& snapshot, const std::filesystem::path& file, const Progress& progress)
{
    const std::size_t sources = snapshot.sources.size();
    const std::size_t total = sources + ZipArchiveWriter::kCommitSteps;
    ZipArchiveWriter zip(file);
    zip.add("project.qde", writeQde(snapshot));
    for (std::size_t i = 0; i < sources; ++i) {
        checkProgress(progress, i, total);
        zip.add("sources/" + snapshot.sources[i].guid + ".txt", snapshot.sources[i].text);
    }
    Progress writing;
    if (progress)
        writing = [&](std::size_t done, std::size_t) { return progress(sources + done, total); };
    zip.commit(writing);
}

} // namespace hilo::import
