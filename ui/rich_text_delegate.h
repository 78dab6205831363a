#pragma once
// Paints a cell's HtmlRole (simple inline HTML such as <b>) instead of its plain text, in the
// view's palette, so highlighted words stay readable in light and dark themes.
#include <QStyledItemDelegate>

namespace hilo::ui {

class RichTextDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    RichTextDelegate(int htmlRole, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int htmlRole_;
};

} // namespace hilo::ui
