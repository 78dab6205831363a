#include "rich_text_delegate.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace hilo::ui {
namespace {

void prepare(QTextDocument& document, const QStyleOptionViewItem& option, const QString& html)
{
    document.setDefaultFont(option.font);
    document.setDocumentMargin(2);
    document.setHtml(html);
    document.setTextWidth(option.rect.width() > 0 ? option.rect.width() : -1);
}

} // namespace

RichTextDelegate::RichTextDelegate(int htmlRole, QObject* parent) : QStyledItemDelegate(parent), htmlRole_(htmlRole) {}

void RichTextDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QVariant html = index.data(htmlRole_);
    if (!html.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    item.text.clear(); // the background, focus and selection only
    const QStyle* style = item.widget ? item.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, item.widget);

    QTextDocument document;
    prepare(document, item, html.toString());
    QAbstractTextDocumentLayout::PaintContext context;
    const bool selected = item.state & QStyle::State_Selected;
    context.palette.setColor(QPalette::Text, item.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->save();
    painter->translate(item.rect.topLeft());
    painter->setClipRect(item.rect.translated(-item.rect.topLeft()));
    document.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize RichTextDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QVariant html = index.data(htmlRole_);
    if (!html.isValid())
        return QStyledItemDelegate::sizeHint(option, index);
    QTextDocument document;
    prepare(document, option, html.toString());
    return {static_cast<int>(document.idealWidth()), static_cast<int>(document.size().height())};
}

} // namespace hilo::ui
