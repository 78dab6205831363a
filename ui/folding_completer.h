#pragma once
// A completer that matches anywhere in an item and ignores case and accents: typing
// "verguenza" or "VERGÜ" finds "Barriers/Vergüenza". The model supplies a folded key in
// `keyRole` (hilo::text::fold); the typed text is folded the same way before matching.
#include <QCompleter>

namespace hilo::ui {

class FoldingCompleter : public QCompleter {
    Q_OBJECT
public:
    FoldingCompleter(QAbstractItemModel* model, int keyRole, QObject* parent = nullptr);

    QStringList splitPath(const QString& path) const override;
    QString pathFromIndex(const QModelIndex& index) const override;
};

} // namespace hilo::ui
