#include "transcript_view.h"

#include "text/qt_offsets.h"

#include <QColor>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QPalette>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCharFormat>
#include <QTextCursor>

#include <algorithm>
#include <memory>

namespace hilo::ui {

TranscriptView::TranscriptView(QWidget* parent) : QTextBrowser(parent)
{
    setReadOnly(true);
    setOpenLinks(false);
    setUndoRedoEnabled(false);
    setLineWrapMode(QTextEdit::WidgetWidth);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
}

void TranscriptView::selectSpan(std::int64_t start, std::int64_t end)
{
    const text::Utf16CodePointMap map(toPlainText());
    QTextCursor cursor(document());
    cursor.setPosition(static_cast<int>(map.toUtf16(std::clamp<std::int64_t>(end, 0, map.codePointCount()))));
    cursor.setPosition(static_cast<int>(map.toUtf16(std::clamp<std::int64_t>(start, 0, map.codePointCount()))),
                       QTextCursor::KeepAnchor);
    setTextCursor(cursor);
    ensureCursorVisible();
}

int TranscriptView::topPosition() const
{
    return cursorForPosition(QPoint(0, 0)).position();
}

void TranscriptView::scrollToTop(int position)
{
    QTextCursor cursor(document());
    cursor.setPosition(std::clamp(position, 0, document()->characterCount() - 1));
    verticalScrollBar()->setValue(verticalScrollBar()->value() + cursorRect(cursor).top());
}

void TranscriptView::clearSource()
{
    turns_.clear();
    setPlainText(QString());
}

void TranscriptView::showSource(const SourceDetail& source)
{
    turns_ = source.turns;
    const QString text = text::toQString(source.text);
    // setPlainText gives the new text the format at the cursor, which is the previous
    // transcript's first character: a bold speaker label. Start from plain text instead.
    setCurrentCharFormat(QTextCharFormat());
    setPlainText(text);
    const text::Utf16CodePointMap offsets(text);

    const QPalette pal = palette();
    QTextCharFormat label;
    label.setFontWeight(QFont::Bold);
    // Interviewer turns step back without fading out: 70% text colour keeps them readable in
    // light and dark palettes alike.
    const QColor ink = pal.color(QPalette::Text);
    const QColor base = pal.color(QPalette::Base);
    QTextCharFormat interviewer;
    interviewer.setForeground(QColor::fromRgbF(0.7f * ink.redF() + 0.3f * base.redF(),
                                               0.7f * ink.greenF() + 0.3f * base.greenF(),
                                               0.7f * ink.blueF() + 0.3f * base.blueF()));
    QTextBlockFormat interviewerBlock;
    interviewerBlock.setBackground(pal.color(QPalette::AlternateBase));
    interviewerBlock.setLeftMargin(12);

    QTextCursor cursor(document());
    cursor.beginEditBlock();
    for (const import::Turn& turn : turns_) {
        const int start = static_cast<int>(offsets.toUtf16(turn.start));
        const int speech = static_cast<int>(offsets.toUtf16(turn.speechStart));
        const int end = static_cast<int>(offsets.toUtf16(turn.end));
        if (turn.role == import::Role::Interviewer) {
            cursor.setPosition(start);
            cursor.setPosition(end, QTextCursor::KeepAnchor);
            cursor.mergeCharFormat(interviewer);
            cursor.mergeBlockFormat(interviewerBlock);
        }
        if (speech > start) {
            cursor.setPosition(start);
            cursor.setPosition(speech, QTextCursor::KeepAnchor);
            cursor.mergeCharFormat(label);
        }
    }
    cursor.endEditBlock();
    moveCursor(QTextCursor::Start);
}

int TranscriptView::turnAt(std::int64_t codePoint) const
{
    for (std::size_t i = 0; i < turns_.size(); ++i)
        if (turns_[i].start <= codePoint && codePoint < turns_[i].end)
            return static_cast<int>(i);
    return -1;
}

void TranscriptView::setMarginWidget(QWidget* margin)
{
    margin_ = margin;
    margin_->setParent(this);
    margin_->show();
    updateMarginGeometry();
}

void TranscriptView::updateMarginGeometry()
{
    if (margin_ == nullptr)
        return;
    const int width = margin_->sizeHint().width();
    setViewportMargins(width, 0, 0, 0);
    const QRect area = contentsRect();
    margin_->setGeometry(area.left(), area.top(), width, area.height());
}

void TranscriptView::resizeEvent(QResizeEvent* event)
{
    QTextBrowser::resizeEvent(event);
    updateMarginGeometry();
}

void TranscriptView::keyPressEvent(QKeyEvent* event)
{
    // Digits do nothing in a read-only view, so they are free to be coding keys.
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    if (event->key() >= Qt::Key_1 && event->key() <= Qt::Key_9 && modifiers == Qt::NoModifier &&
        textCursor().hasSelection()) {
        Q_EMIT pinnedKeyPressed(event->key() - Qt::Key_0);
        event->accept();
        return;
    }
    QTextBrowser::keyPressEvent(event);
}

void TranscriptView::contextMenuEvent(QContextMenuEvent* event)
{
    std::unique_ptr<QMenu> menu(createStandardContextMenu());
    // A mouse event comes through the viewport, in its coordinates; the menu key means "here",
    // at the text cursor.
    const int position = event->reason() == QContextMenuEvent::Mouse ? cursorForPosition(event->pos()).position()
                                                                     : textCursor().position();
    Q_EMIT contextMenuAboutToShow(menu.get(), position);
    menu->exec(event->globalPos());
}

} // namespace hilo::ui
