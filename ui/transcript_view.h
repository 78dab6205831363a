#pragma once
// Shows one transcript exactly as stored, with speaker turns told apart: labels in bold,
// interviewer turns in a muted colour on a tinted background, participant turns plain.
// The document's text is the stored text itself, so a position in the view maps to a code
// point offset in the source (through Utf16CodePointMap) without any bookkeeping.
#include "project/source_store.h"

#include <QTextBrowser>

class QMenu;

namespace hilo::ui {

class TranscriptView : public QTextBrowser {
    Q_OBJECT
public:
    explicit TranscriptView(QWidget* parent = nullptr);

    void showSource(const SourceDetail& source);
    void clearSource();
    // Selects [start, end) in code points and scrolls it into view (the cursor at its start).
    void selectSpan(std::int64_t start, std::int64_t end);
    // The document position (UTF-16) of the first character at the top of the view, and
    // scrolling so that a position is there: where the reader was, whatever the line wrapping.
    int topPosition() const;
    void scrollToTop(int position);

    // The turn (0-based) whose span holds the code point offset, or -1.
    int turnAt(std::int64_t codePoint) const;
    const std::vector<import::Turn>& turns() const { return turns_; }

    // Hosts a widget (the coding margin) in a strip left of the text that scrolls with it.
    void setMarginWidget(QWidget* margin);
    void updateMarginGeometry();

Q_SIGNALS:
    // A digit 1-9 pressed while text is selected: apply the code pinned to that key.
    void pinnedKeyPressed(int digit);
    // Lets the coding controller add its entries to the context menu before it shows.
    // `position` is the document position (UTF-16) under the mouse.
    void contextMenuAboutToShow(QMenu* menu, int position);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    std::vector<import::Turn> turns_;
    QWidget* margin_ = nullptr;
};

} // namespace hilo::ui
