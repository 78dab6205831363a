#pragma once
// Long work (import, reindex, merge, export, agreement) off the GUI thread, behind a
// window-modal progress dialog with a Cancel button. The work gets a hilo::Progress to call as
// it goes; once Cancel is pressed that returns false, and the core function throws Cancelled
// before it commits or renames anything (text/progress.h), so cancelled work leaves the project
// and the files exactly as they were.
#include "text/progress.h"

#include <QString>

#include <cstddef>
#include <functional>

class QWidget;

namespace hilo::ui {

using hilo::Cancelled;
using hilo::Progress;

class ProgressRunner {
public:
    ProgressRunner(QWidget* parent, QString label);

    // Runs work on a worker thread and waits, the GUI staying responsive, until it ends.
    // Returns false when the work was cancelled (it threw Cancelled); rethrows anything else it
    // threw. Work that finished before it saw the cancel counts as done. The work must not
    // touch widgets; the GUI must not touch the project meanwhile (the dialog is window-modal).
    bool run(const std::function<void(const Progress&)>& work);

    // For tests: acts as if Cancel were pressed when the work reports this many steps done.
    void cancelAtStep(std::size_t step) { cancelAtStep_ = step; }

    // Steps of one phase of work done in several (text/progress.h, progressPhase).
    static constexpr std::size_t kPhaseSteps = hilo::kPhaseSteps;

private:
    QWidget* parent_;
    QString label_;
    std::size_t cancelAtStep_ = 0;
};

} // namespace hilo::ui
