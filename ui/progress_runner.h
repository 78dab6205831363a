#pragma once
// Long work (import, reindex) off the GUI thread, behind a window-modal progress dialog with a
// Cancel button. The work gets a progress callback; once Cancel is pressed the callback throws
// Cancelled, which unwinds the work before it commits, so a cancelled import or reindex
// leaves the project exactly as it was.
#include <QString>

#include <cstddef>
#include <exception>
#include <functional>

class QWidget;

namespace hilo::ui {

// Thrown from the progress callback after the user cancelled.
struct Cancelled : std::exception {
    const char* what() const noexcept override { return "cancelled"; }
};

using ProgressCallback = std::function<void(std::size_t done, std::size_t total)>;

class ProgressRunner {
public:
    ProgressRunner(QWidget* parent, QString label);

    // Runs work on a worker thread and waits, the GUI staying responsive, until it ends.
    // Returns false when it was cancelled; rethrows anything else the work threw. The work
    // must not touch widgets; the GUI must not touch the project meanwhile (the dialog is
    // window-modal).
    bool run(const std::function<void(const ProgressCallback&)>& work);

    // For tests: acts as if Cancel were pressed when the work reports this many steps done.
    void cancelAtStep(std::size_t step) { cancelAtStep_ = step; }

private:
    QWidget* parent_;
    QString label_;
    std::size_t cancelAtStep_ = 0;
};

} // namespace hilo::ui
