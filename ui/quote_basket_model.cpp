#include "quote_basket_model.h"

#include "project_session.h"
#include "text/qt_offsets.h"

#include <QMimeData>

namespace hilo::ui {
namespace {

const QString kMimeType = QStringLiteral("application/x-hilo-quote-id");

QString q(const std::string& utf8)
{
    return text::toQString(utf8);
}

} // namespace

QuoteBasketModel::QuoteBasketModel(QObject* parent) : QAbstractListModel(parent) {}

void QuoteBasketModel::setSession(ProjectSession* session)
{
    if (session_)
        disconnect(session_, nullptr, this, nullptr);
    session_ = session;
    if (session_)
        connect(session_, &ProjectSession::changed, this, &QuoteBasketModel::reload);
    reload();
}

void QuoteBasketModel::reload()
{
    beginResetModel();
    quotes_.clear();
    attributed_.clear();
    template_.clear();
    if (session_) {
        quotes::QuoteStore store(session_->project());
        const std::string shape = store.attributionTemplate();
        template_ = q(shape);
        quotes_ = store.list();
        for (const quotes::QuoteRecord& quote : quotes_)
            attributed_.push_back(q(store.attributed(quote, shape)));
    }
    endResetModel();
}

int QuoteBasketModel::rowOf(std::int64_t quoteId) const
{
    for (std::size_t i = 0; i < quotes_.size(); ++i)
        if (quotes_[i].id == quoteId)
            return static_cast<int>(i);
    return -1;
}

int QuoteBasketModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(quotes_.size());
}

QVariant QuoteBasketModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const quotes::QuoteRecord& quote = quotes_[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return attributed_[static_cast<std::size_t>(index.row())];
    case QuoteIdRole:
        return static_cast<qlonglong>(quote.id);
    case QuoteTextRole:
        return q(quote.text);
    case Qt::ToolTipRole: {
        QStringList lines;
        lines << tr("%1 (%2), %3:%4").arg(q(quote.sourceName), q(quote.participant)).arg(quote.span.start).arg(quote.span.end);
        if (!quote.codes.empty()) {
            QStringList codes;
            for (const std::string& code : quote.codes)
                codes << q(code);
            lines << tr("Codes: %1").arg(codes.join(QStringLiteral("; ")));
        }
        if (!quote.coderName.empty())
            lines << tr("Coder: %1").arg(q(quote.coderName));
        if (!quote.note.empty())
            lines << tr("Note: %1").arg(q(quote.note));
        return lines.join(QLatin1Char('\n'));
    }
    default:
        return {};
    }
}

Qt::ItemFlags QuoteBasketModel::flags(const QModelIndex& index) const
{
    const Qt::ItemFlags base = QAbstractListModel::flags(index);
    return index.isValid() ? base | Qt::ItemIsDragEnabled : base | Qt::ItemIsDropEnabled;
}

Qt::DropActions QuoteBasketModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList QuoteBasketModel::mimeTypes() const
{
    return {kMimeType};
}

QMimeData* QuoteBasketModel::mimeData(const QModelIndexList& indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto* data = new QMimeData;
    data->setData(kMimeType, QByteArray::number(indexes.front().data(QuoteIdRole).toLongLong()));
    return data;
}

bool QuoteBasketModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int, const QModelIndex& parent)
{
    if (action != Qt::MoveAction || data == nullptr || !data->hasFormat(kMimeType))
        return false;
    const std::int64_t id = data->data(kMimeType).toLongLong();
    const int from = rowOf(id);
    if (from < 0)
        return false;
    int to = row >= 0 ? row : (parent.isValid() ? parent.row() : rowCount());
    if (to > from)
        --to; // dropping below itself: the rows after it shift up
    Q_EMIT moveRequested(id, to + 1);
    // The store moved the quote and the list was re-read: nothing is left for the view to
    // remove, so report no drop.
    return false;
}

bool QuoteBasketModel::moveRows(const QModelIndex& sourceParent, int sourceRow, int count,
                                const QModelIndex& destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count != 1 || sourceRow < 0 || sourceRow >= rowCount())
        return false;
    int to = destinationChild > sourceRow ? destinationChild - 1 : destinationChild;
    to = std::clamp(to, 0, rowCount() - 1);
    if (to == sourceRow)
        return false;
    Q_EMIT moveRequested(quotes_[static_cast<std::size_t>(sourceRow)].id, to + 1);
    return true;
}

} // namespace hilo::ui
