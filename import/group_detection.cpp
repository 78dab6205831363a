#include "group_detection.h"

#include <QRegularExpression>
#include <QString>

#include <algorithm>

namespace hilo::import {

std::optional<std::string> groupFromFileName(std::string_view stem, const std::vector<std::string>& knownTags)
{
    const QString name = QString::fromUtf8(stem.data(), static_cast<qsizetype>(stem.size()));
    std::optional<std::string> best;
    for (const std::string& tag : knownTags) {
        const QString t = QString::fromStdString(tag);
        if (!name.startsWith(t, Qt::CaseInsensitive))
            continue;
        const bool boundary = name.size() == t.size() || name.at(t.size()).isDigit() ||
                              QStringLiteral("-_ .").contains(name.at(t.size()));
        if (boundary && (!best || tag.size() > best->size()))
            best = tag;
    }
    return best;
}

std::string canonicalParticipantId(std::string_view id)
{
    static const QRegularExpression shape(QStringLiteral(R"(^\s*(\p{L}{1,8})[-_ ]?(\d{1,6})\s*$)"));
    const QString value = QString::fromUtf8(id.data(), static_cast<qsizetype>(id.size()));
    const QRegularExpressionMatch match = shape.match(value);
    if (!match.hasMatch())
        return value.trimmed().toStdString();
    return (match.captured(1).toUpper() + match.captured(2)).toStdString();
}

std::optional<std::string> participantFromFileName(std::string_view stem, const std::vector<std::string>& knownTags)
{
    const std::optional<std::string> tag = groupFromFileName(stem, knownTags);
    if (!tag)
        return std::nullopt;
    static const QRegularExpression numbered(QStringLiteral(R"(^(\p{L}+[-_ ]?\d+)(?:\D|$))"));
    const QRegularExpressionMatch match =
        numbered.match(QString::fromUtf8(stem.data(), static_cast<qsizetype>(stem.size())));
    if (!match.hasMatch())
        return std::nullopt;
    return canonicalParticipantId(match.captured(1).toStdString());
}

} // namespace hilo::import
