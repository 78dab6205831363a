#pragma once
// Shows one transcript exactly as stored, with speaker turns told apart: labels in bold,
// interviewer turns in a muted colour on a tinted background, participant turns plain.
// The document's text is the stored text itself, so a position in the view maps to a code
// point offset in the source (through Utf16CodePointMap) without any bookkeeping.
#include "project/source_store.h"

#include <QTextBrowser>

namespace hilo::ui {

class TranscriptView : public QTextBrowser {
    Q_OBJECT
public:
    explicit TranscriptView(QWidget* parent = nullptr);

    void showSource(const SourceDetail& source);
    void clearSource();

    // The turn (0-based) whose span holds the code point offset, or -1.
    int turnAt(std::int64_t codePoint) const;
    const std::vector<import::Turn>& turns() const { return turns_; }

private:
    std::vector<import::Turn> turns_;
};

} // namespace hilo::ui
