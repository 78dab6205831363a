#pragma once
// Coding in the transcript: turns the view's selection into code point spans and applies codes
// to it (context menu, quick-code box, pinned keys 1-9), removes codings, and keeps the coding
// margin's stripes and the text highlights in step with the store.
#include "project/coding_store.h"
#include "project/source_store.h"
#include "text/qt_offsets.h"

#include <QObject>
#include <QPointer>

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

class QMenu;

namespace hilo::ui {

class CodingMargin;
class ProjectSession;
class QuickCodePopup;
class TranscriptView;

class CodingController : public QObject {
    Q_OBJECT
public:
    using Span = std::pair<std::int64_t, std::int64_t>; // [start, end) in code points

    CodingController(TranscriptView* view, CodingMargin* margin, QObject* parent = nullptr);
    ~CodingController() override;

    void setSession(ProjectSession* session);
    // Call after the view shows a source (or with nullptr after it was cleared).
    void showSource(const SourceDetail* source);
    std::optional<std::int64_t> sourceId() const { return sourceId_; }

    // The view's selection in code points, if any text is selected.
    std::optional<Span> selectedSpan() const;
    // Applies a code to the selection (or a span) as one undoable command.
    bool applyCode(std::int64_t codeId);
    bool applyCode(std::int64_t codeId, const Span& span);
    bool applyPinnedCode(int digit);
    bool removeCoding(std::int64_t codingId);

    // Opens the quick-code box for the current selection.
    void openQuickCode();
    QuickCodePopup* quickCodePopup() const { return popup_; }

    // The shown source's codings, as the store last reported them.
    const std::vector<CodingRecord>& codings() const { return codings_; }
    // The coding last clicked in the margin: its text is selected in the view.
    std::optional<std::int64_t> currentCodingId() const { return current_; }
    void selectCoding(std::int64_t codingId);

    // Re-reads the shown source's codings into the margin and the highlights.
    void refresh();

    static QString initialsOf(const QString& coderName);

Q_SIGNALS:
    void currentCodingChanged(std::int64_t codingId); // 0 when there is none
    void statusMessage(const QString& message);
    // Coding needs a coder; the window asks who is coding when this is emitted.
    void coderNeeded();

private:
    bool ensureCoder();
    void populateContextMenu(QMenu* menu, int position);
    void addApplyMenu(QMenu* menu, const std::optional<Span>& span);
    QColor colorOf(const CodingRecord& coding) const;

    TranscriptView* view_;
    CodingMargin* margin_;
    QuickCodePopup* popup_;
    QPointer<ProjectSession> session_;
    std::optional<std::int64_t> sourceId_;
    QString sourceName_;
    std::optional<text::Utf16CodePointMap> offsets_;
    std::vector<CodingRecord> codings_;
    std::optional<std::int64_t> current_;
    std::optional<Span> popupSpan_; // the selection when the quick-code box opened
};

} // namespace hilo::ui
