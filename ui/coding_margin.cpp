#include "coding_margin.h"

#include "contrast.h"

#include <QAbstractTextDocumentLayout>
#include <QEvent>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextEdit>
#include <QToolTip>

#include <algorithm>

namespace hilo::ui {

CodingMargin::CodingMargin(QTextEdit* view, QWidget* parent) : QWidget(parent), view_(view)
{
    setMouseTracking(false);
    setAttribute(Qt::WA_OpaquePaintEvent);
    connect(view_->verticalScrollBar(), &QScrollBar::valueChanged, this, [this] { update(); });
    // Re-wrapping the text (a resize, a new source) moves every stripe. Queued: the signal
    // comes from inside the layout, which updateWidth() queries.
    connect(view_->document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
            &CodingMargin::updateWidth, Qt::QueuedConnection);
    connect(view_->document(), &QTextDocument::contentsChanged, this, [this] { update(); });
}

void CodingMargin::setCodings(std::vector<MarginCoding> codings)
{
    codings_ = std::move(codings);
    if (current_ && std::none_of(codings_.begin(), codings_.end(),
                                 [this](const MarginCoding& c) { return c.codingId == *current_; }))
        current_.reset();
    updateWidth();
}

void CodingMargin::setCurrentCoding(std::optional<std::int64_t> codingId)
{
    current_ = codingId;
    update();
}

std::vector<Stripe> CodingMargin::stripes() const
{
    const int length = view_->document()->characterCount() - 1;
    std::vector<Stripe> result;
    result.reserve(codings_.size());
    for (const MarginCoding& coding : codings_) {
        const int start = std::clamp(coding.start, 0, length);
        const int end = std::clamp(coding.end, start, length);
        QTextCursor cursor(view_->document());
        cursor.setPosition(start);
        const QRect first = view_->cursorRect(cursor);
        // The last coded character's line, not the caret after it, which may sit on the next line.
        cursor.setPosition(end > start ? end - 1 : end);
        const QRect last = view_->cursorRect(cursor);
        Stripe stripe;
        stripe.codingId = coding.codingId;
        stripe.codeId = coding.codeId;
        stripe.color = coding.color;
        stripe.initials = coding.initials;
        stripe.rect = QRect(QPoint(0, first.top()), QPoint(kColumnWidth - 1, std::max(first.bottom(), last.bottom())));
        result.push_back(stripe);
    }
    // Columns: longest first within the same top, then the first column whose last stripe
    // ends above this one's top (interval partitioning), so overlapping codings sit side by side.
    std::vector<std::size_t> order(result.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&result](std::size_t a, std::size_t b) {
        if (result[a].rect.top() != result[b].rect.top())
            return result[a].rect.top() < result[b].rect.top();
        return result[a].rect.height() > result[b].rect.height();
    });
    std::vector<int> columnBottom;
    for (const std::size_t i : order) {
        Stripe& stripe = result[i];
        std::size_t column = 0;
        while (column < columnBottom.size() && columnBottom[column] >= stripe.rect.top())
            ++column;
        if (column == columnBottom.size())
            columnBottom.push_back(stripe.rect.bottom());
        else
            columnBottom[column] = stripe.rect.bottom();
        stripe.column = static_cast<int>(column);
        stripe.rect.moveLeft(kPadding + static_cast<int>(column) * kColumnWidth);
    }
    return result;
}

std::optional<Stripe> CodingMargin::stripeAt(const QPoint& position) const
{
    std::optional<Stripe> found;
    for (const Stripe& stripe : stripes())
        if (stripe.rect.contains(position) && (!found || stripe.rect.height() < found->rect.height()))
            found = stripe;
    return found;
}

QSize CodingMargin::sizeHint() const
{
    return {2 * kPadding + std::max(columns_, 1) * kColumnWidth, 0};
}

void CodingMargin::updateWidth()
{
    int columns = 0;
    for (const Stripe& stripe : stripes())
        columns = std::max(columns, stripe.column + 1);
    if (columns != columns_) {
        columns_ = columns;
        Q_EMIT widthChanged(sizeHint().width());
    }
    update();
}

QColor CodingMargin::paintedColor(const QColor& codeColor) const
{
    return readableAgainst(codeColor, palette().color(QPalette::Window), kMarkContrast);
}

void CodingMargin::paintEvent(QPaintEvent* event)
{
    QPainter painter(this);
    painter.fillRect(event->rect(), palette().color(QPalette::Window));
    QFont small = font();
    small.setPointSizeF(std::max(5.0, small.pointSizeF() * 0.6));
    painter.setFont(small);
    const QFontMetrics metrics(small);
    for (const Stripe& stripe : stripes()) {
        if (!stripe.rect.intersects(event->rect()))
            continue;
        const bool current = current_ && *current_ == stripe.codingId;
        const int barWidth = current ? kBarWidth + 2 : kBarWidth;
        const QRect bar(stripe.rect.left(), stripe.rect.top(), barWidth, stripe.rect.height());
        painter.fillRect(bar, paintedColor(stripe.color));
        if (current) {
            painter.setPen(palette().color(QPalette::Highlight));
            painter.drawRect(stripe.rect.adjusted(0, 0, -1, -1));
        }
        painter.setPen(palette().color(QPalette::WindowText));
        const QRect label(bar.right() + 1, stripe.rect.top(), stripe.rect.right() - bar.right(), metrics.height());
        painter.drawText(label, Qt::AlignLeft | Qt::AlignTop, stripe.initials);
    }
}

void CodingMargin::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton)
        if (const std::optional<Stripe> stripe = stripeAt(event->position().toPoint())) {
            setCurrentCoding(stripe->codingId);
            Q_EMIT stripeClicked(stripe->codingId);
            return;
        }
    QWidget::mousePressEvent(event);
}

bool CodingMargin::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        if (const std::optional<Stripe> stripe = stripeAt(help->pos())) {
            for (const MarginCoding& coding : codings_)
                if (coding.codingId == stripe->codingId)
                    QToolTip::showText(help->globalPos(), coding.label, this, stripe->rect);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

} // namespace hilo::ui
