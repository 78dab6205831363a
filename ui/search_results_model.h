#pragma once
// The hits of one search as a table: source (with its group), speaker, the passage with the
// matched words in bold, and the codes that cover it. Each row keeps its SearchHit, so a view
// can open the passage or code it.
#include "index/search.h"

#include <QAbstractTableModel>

namespace hilo::ui {

class SearchResultsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { SourceColumn, SpeakerColumn, PassageColumn, CodesColumn, ColumnCount };
    // The passage as HTML, matched words in <b>, for the rich-text delegate.
    static constexpr int HtmlRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    void setHits(std::vector<SearchHit> hits);
    const SearchHit& hit(int row) const { return hits_.at(static_cast<std::size_t>(row)); }
    const std::vector<SearchHit>& hits() const { return hits_; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<SearchHit> hits_;
};

// A snippet's « » marks as <b></b>, everything else escaped.
QString snippetHtml(const std::string& snippet);

} // namespace hilo::ui
