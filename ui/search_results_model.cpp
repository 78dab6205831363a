#include "search_results_model.h"

#include "index/snippet.h"
#include "text/qt_offsets.h"

namespace hilo::ui {

QString snippetHtml(const std::string& snippet)
{
    QString html = text::toQString(snippet).toHtmlEscaped();
    html.replace(text::toQString(index::kMarkOpen), QStringLiteral("<b>"));
    html.replace(text::toQString(index::kMarkClose), QStringLiteral("</b>"));
    return html;
}

void SearchResultsModel::setHits(std::vector<SearchHit> hits)
{
    beginResetModel();
    hits_ = std::move(hits);
    endResetModel();
}

int SearchResultsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(hits_.size());
}

int SearchResultsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SearchResultsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const SearchHit& hit = hits_[static_cast<std::size_t>(index.row())];
    if (role == HtmlRole && index.column() == PassageColumn)
        return snippetHtml(hit.snippet);
    if (role == Qt::ToolTipRole && index.column() == PassageColumn)
        return tr("%1 [%2–%3]").arg(text::toQString(hit.sourceName)).arg(hit.start).arg(hit.end);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case SourceColumn:
        return tr("%1 (%2)").arg(text::toQString(hit.sourceName), text::toQString(hit.groupTag));
    case SpeakerColumn:
        return hit.kind == "coding" ? tr("%1 · coded by %2").arg(text::toQString(hit.speaker), text::toQString(hit.coder))
                                    : text::toQString(hit.speaker);
    case PassageColumn: {
        QString plain = text::toQString(hit.snippet);
        plain.remove(text::toQString(index::kMarkOpen));
        plain.remove(text::toQString(index::kMarkClose));
        return plain;
    }
    case CodesColumn: {
        QStringList codes;
        for (const std::string& code : hit.codes)
            codes << text::toQString(code);
        return codes.join(QStringLiteral("; "));
    }
    default:
        return {};
    }
}

QVariant SearchResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SourceColumn:
        return tr("Source");
    case SpeakerColumn:
        return tr("Speaker");
    case PassageColumn:
        return tr("Passage");
    case CodesColumn:
        return tr("Codes");
    default:
        return {};
    }
}

} // namespace hilo::ui
