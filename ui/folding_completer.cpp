#include "folding_completer.h"

#include "text/qt_offsets.h"
#include "text/unicode_text.h"

namespace hilo::ui {

FoldingCompleter::FoldingCompleter(QAbstractItemModel* model, int keyRole, QObject* parent) : QCompleter(model, parent)
{
    setCompletionRole(keyRole);
    setFilterMode(Qt::MatchContains);
    setCaseSensitivity(Qt::CaseInsensitive);
    setCompletionMode(QCompleter::PopupCompletion);
    setModelSorting(QCompleter::UnsortedModel);
    setMaxVisibleItems(12);
}

QStringList FoldingCompleter::splitPath(const QString& path) const
{
    // One segment: code paths contain "/" but are matched as whole strings.
    return {text::toQString(text::fold(text::fromQString(path)))};
}

QString FoldingCompleter::pathFromIndex(const QModelIndex& index) const
{
    return index.data(Qt::DisplayRole).toString();
}

} // namespace hilo::ui
