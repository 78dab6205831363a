#include "transcript_navigation.h"

#include "coding_controller.h"
#include "text/qt_offsets.h"
#include "transcript_view.h"

#include <QTextCursor>

#include <algorithm>
#include <vector>

namespace hilo::ui {
namespace {

// Where the cursor stands, in code points: the start of the selection if there is one, so a
// selected turn or coding counts as "here" and the next move goes past it.
std::int64_t cursorCodePoint(const TranscriptView* view)
{
    const QTextCursor cursor = view->textCursor();
    return text::Utf16CodePointMap(view->toPlainText()).toCodePoint(cursor.selectionStart());
}

} // namespace

int selectNeighbouringTurn(TranscriptView* view, int step)
{
    const auto& turns = view->turns();
    if (turns.empty())
        return -1;
    const std::int64_t here = cursorCodePoint(view);
    int target = -1;
    if (step > 0) {
        for (std::size_t i = 0; i < turns.size(); ++i) {
            if (turns[i].speechStart > here) {
                target = static_cast<int>(i);
                break;
            }
        }
    } else {
        for (std::size_t i = turns.size(); i-- > 0;) {
            if (turns[i].speechStart < here) {
                target = static_cast<int>(i);
                break;
            }
        }
    }
    if (target < 0)
        return -1;
    view->selectSpan(turns[static_cast<std::size_t>(target)].speechStart, turns[static_cast<std::size_t>(target)].end);
    return target;
}

std::int64_t selectNeighbouringCoding(TranscriptView* view, CodingController* controller, std::int64_t codeId,
                                      int step)
{
    std::vector<CodingRecord> ofCode;
    for (const CodingRecord& coding : controller->codings())
        if (coding.codeId == codeId)
            ofCode.push_back(coding);
    if (ofCode.empty())
        return 0;
    std::sort(ofCode.begin(), ofCode.end(), [](const CodingRecord& a, const CodingRecord& b) {
        return a.start != b.start ? a.start < b.start : a.id < b.id;
    });
    const std::int64_t here = cursorCodePoint(view);
    // With nothing selected, a coding starting right at the cursor is the next one.
    const bool atStart = !view->textCursor().hasSelection();
    const CodingRecord* target = nullptr;
    if (step > 0) {
        for (const CodingRecord& coding : ofCode)
            if (coding.start > here || (coding.start == here && atStart)) {
                target = &coding;
                break;
            }
        if (!target)
            target = &ofCode.front();
    } else {
        for (auto it = ofCode.rbegin(); it != ofCode.rend(); ++it)
            if (it->start < here) {
                target = &*it;
                break;
            }
        if (!target)
            target = &ofCode.back();
    }
    controller->selectCoding(target->id);
    return target->id;
}

} // namespace hilo::ui
