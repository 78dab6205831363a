#include "json_output.h"

#include <QJsonDocument>

#include <cstdio>

namespace hilo::cli {

QString qs(const std::string& utf8)
{
    return QString::fromStdString(utf8);
}

QJsonObject attributesToJson(const std::vector<import::Attribute>& attributes)
{
    QJsonObject object;
    for (const import::Attribute& a : attributes) {
        if (a.type == import::AttributeType::Number)
            object.insert(qs(a.name), std::stod(a.value));
        else
            object.insert(qs(a.name), qs(a.value));
    }
    return object;
}

QJsonObject turnToJson(const import::Turn& turn, std::int64_t ordinal)
{
    QJsonObject object{
        {QStringLiteral("turn"), static_cast<qint64>(ordinal)},
        {QStringLiteral("speaker"), qs(turn.speaker)},
        {QStringLiteral("role"), QString::fromLatin1(import::roleName(turn.role))},
        {QStringLiteral("start"), static_cast<qint64>(turn.start)},
        {QStringLiteral("speech_start"), static_cast<qint64>(turn.speechStart)},
        {QStringLiteral("end"), static_cast<qint64>(turn.end)},
    };
    if (turn.timeStartMs)
        object.insert(QStringLiteral("time_start_ms"), static_cast<qint64>(*turn.timeStartMs));
    if (turn.timeEndMs)
        object.insert(QStringLiteral("time_end_ms"), static_cast<qint64>(*turn.timeEndMs));
    return object;
}

namespace {
void print(const QJsonDocument& document)
{
    const QByteArray bytes = document.toJson(QJsonDocument::Indented);
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stdout);
}
} // namespace

void printJson(const QJsonObject& object)
{
    print(QJsonDocument(object));
}

void printJson(const QJsonArray& array)
{
    print(QJsonDocument(array));
}

} // namespace hilo::cli
