#pragma once
// JSON documents for `--json`: one document on stdout per command.
#include "import/transcript.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <string>
#include <vector>

namespace hilo::cli {

QString qs(const std::string& utf8);
// Attributes as an object; number attributes become JSON numbers.
QJsonObject attributesToJson(const std::vector<import::Attribute>& attributes);
QJsonObject turnToJson(const import::Turn& turn, std::int64_t ordinal);
void printJson(const QJsonObject& object);
void printJson(const QJsonArray& array);

} // namespace hilo::cli
