#pragma once
// The quote basket as a list: each row one quote in report order, shown as its attribution
// template renders it. Rows are dragged to reorder; a drop becomes a move in the store (one undo
// step), and the list re-reads the store on every change of the session.
#include "analysis/quotes/quote_store.h"

#include <QAbstractListModel>
#include <QPointer>

#include <vector>

namespace hilo::ui {

class ProjectSession;

class QuoteBasketModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Roles { QuoteIdRole = Qt::UserRole + 1, QuoteTextRole };

    explicit QuoteBasketModel(QObject* parent = nullptr);

    void setSession(ProjectSession* session);
    void reload();

    const std::vector<quotes::QuoteRecord>& quotes() const { return quotes_; }
    const QString& attributionTemplate() const { return template_; }
    // The row of a quote, or -1.
    int rowOf(std::int64_t quoteId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column, const QModelIndex& parent) override;
    // A view moving rows by drag (QListView's internal move) lands here too.
    bool moveRows(const QModelIndex& sourceParent, int sourceRow, int count, const QModelIndex& destinationParent,
                  int destinationChild) override;

Q_SIGNALS:
    // A quote was dropped so that it should become the position-th (1-based) of the basket.
    void moveRequested(std::int64_t quoteId, int position);

private:
    QPointer<ProjectSession> session_;
    std::vector<quotes::QuoteRecord> quotes_;
    std::vector<QString> attributed_;
    QString template_;
};

} // namespace hilo::ui
