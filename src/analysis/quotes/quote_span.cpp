#include "quote_span.h"

#include "text/user_error.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace hilo::quotes {

const char* editKindName(QuoteEdit::Kind kind)
{
    switch (kind) {
    case QuoteEdit::Kind::Elide:
        return "elide";
    case QuoteEdit::Kind::Insert:
        return "insert";
    case QuoteEdit::Kind::Replace:
        return "replace";
    }
    return "elide";
}

QuoteEdit::Kind editKindFromName(const std::string& name)
{
    if (name == "elide")
        return QuoteEdit::Kind::Elide;
    if (name == "insert")
        return QuoteEdit::Kind::Insert;
    if (name == "replace")
        return QuoteEdit::Kind::Replace;
    throw UserError("unknown quote edit '" + name + "' (use elide, insert or replace)");
}

std::string editsToJson(const std::vector<QuoteEdit>& edits)
{
    QJsonArray array;
    for (const QuoteEdit& edit : edits) {
        QJsonObject object{{QStringLiteral("kind"), QString::fromUtf8(editKindName(edit.kind))},
                           {QStringLiteral("start"), static_cast<qint64>(edit.start)},
                           {QStringLiteral("end"), static_cast<qint64>(edit.end)}};
        if (edit.kind != QuoteEdit::Kind::Elide)
            object.insert(QStringLiteral("text"), QString::fromStdString(edit.text));
        array.append(object);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact).toStdString();
}

std::vector<QuoteEdit> editsFromJson(const std::string& json)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray::fromStdString(json), &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        throw UserError("a quote's edits are damaged (not a JSON array)");
    std::vector<QuoteEdit> edits;
    for (const QJsonValue& value : document.array()) {
        const QJsonObject object = value.toObject();
        QuoteEdit edit;
        edit.kind = editKindFromName(object.value(QStringLiteral("kind")).toString().toStdString());
        edit.start = object.value(QStringLiteral("start")).toInteger();
        edit.end = object.value(QStringLiteral("end")).toInteger();
        edit.text = object.value(QStringLiteral("text")).toString().toStdString();
        edits.push_back(std::move(edit));
    }
    return edits;
}

void validateEdits(QuoteSpan& span)
{
    std::sort(span.edits.begin(), span.edits.end(), [](const QuoteEdit& a, const QuoteEdit& b) {
        return a.start != b.start ? a.start < b.start : a.end < b.end;
    });
    std::int64_t previousEnd = span.start;
    for (const QuoteEdit& edit : span.edits) {
        const std::string where = std::to_string(edit.start) + ":" + std::to_string(edit.end);
        if (edit.start < span.start || edit.end > span.end || edit.end < edit.start)
            throw UserError("quote edit " + where + " is not within the quote's span " + std::to_string(span.start) +
                            ":" + std::to_string(span.end));
        if (edit.kind == QuoteEdit::Kind::Insert ? edit.end != edit.start : edit.end == edit.start)
            throw UserError("quote edit " + where + ": an insertion has one position, an elision or replacement a span");
        if (edit.kind != QuoteEdit::Kind::Elide && edit.text.empty())
            throw UserError("quote edit " + where + " needs the words to insert");
        if (edit.text.find_first_of("[]") != std::string::npos)
            throw UserError("quote edit " + where + ": write the clarification without square brackets");
        if (edit.start < previousEnd)
            throw UserError("quote edit " + where + " overlaps another edit");
        previousEnd = edit.end;
    }
}

} // namespace hilo::quotes
