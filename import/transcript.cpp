#include "transcript.h"

#include <QDate>
#include <QString>

#include <regex>
#include <stdexcept>

namespace hilo::import {

const char* roleName(Role role)
{
    switch (role) {
    case Role::Interviewer: return "interviewer";
    case Role::Participant: return "participant";
    case Role::Unknown: return "unknown";
    }
    return "unknown";
}

Role roleFromName(const std::string& name)
{
    if (name == "interviewer")
        return Role::Interviewer;
    if (name == "participant")
        return Role::Participant;
    if (name == "unknown")
        return Role::Unknown;
    throw std::invalid_argument("unknown role '" + name + "' (expected interviewer or participant)");
}

const char* attributeTypeName(AttributeType type)
{
    switch (type) {
    case AttributeType::Number: return "number";
    case AttributeType::Text: return "text";
    case AttributeType::Date: return "date";
    }
    return "text";
}

AttributeType attributeTypeFromName(const std::string& name)
{
    if (name == "number")
        return AttributeType::Number;
    if (name == "text")
        return AttributeType::Text;
    if (name == "date")
        return AttributeType::Date;
    throw std::invalid_argument("unknown attribute type '" + name + "' (expected number, text or date)");
}

AttributeType inferAttributeType(const std::string& value)
{
    static const std::regex number(R"(^-?[0-9]+(\.[0-9]+)?$)");
    static const std::regex isoDate(R"(^[0-9]{4}-[0-9]{2}-[0-9]{2}$)");
    if (std::regex_match(value, number))
        return AttributeType::Number;
    if (std::regex_match(value, isoDate) &&
        QDate::fromString(QString::fromStdString(value), Qt::ISODate).isValid())
        return AttributeType::Date;
    return AttributeType::Text;
}

} // namespace hilo::import
