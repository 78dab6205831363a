#pragma once
// Moving through a transcript without the mouse: turn by turn (Alt+Down/Alt+Up) and from one
// coding of a code to the next (F3/Shift+F3). Each move selects what it lands on, so the next
// key (Ctrl+K, a pinned digit, Ctrl+Shift+Q) codes or quotes it at once.
#include <cstdint>

namespace hilo::ui {

class CodingController;
class TranscriptView;

// Selects the words of the turn after (step 1) or before (step -1) the one holding the cursor,
// and returns its index, or -1 when there is no such turn (the cursor stays put).
int selectNeighbouringTurn(TranscriptView* view, int step);

// Selects the shown transcript's next (step 1) or previous (-1) coding of the code after or
// before the cursor, wrapping around at the ends, and returns its id, or 0 when the code has
// no coding in this transcript.
std::int64_t selectNeighbouringCoding(TranscriptView* view, CodingController* controller, std::int64_t codeId,
                                      int step);

} // namespace hilo::ui
