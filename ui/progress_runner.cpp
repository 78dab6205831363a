#include "progress_runner.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QTimer>

#include <atomic>
#include <thread>

namespace hilo::ui {

ProgressRunner::ProgressRunner(QWidget* parent, QString label)
    : parent_(parent), label_(std::move(label))
{
}

bool ProgressRunner::run(const std::function<void(const Progress&)>& work)
{
    std::atomic<bool> cancelRequested = false;
    std::atomic<bool> stopped = false; // the work gave up because of the cancel
    std::atomic<bool> finished = false;
    std::atomic<std::size_t> done = 0;
    std::atomic<std::size_t> total = 0;
    std::exception_ptr failure;

    QProgressDialog dialog(label_, QProgressDialog::tr("Cancel"), 0, 0, parent_);
    dialog.setObjectName(QStringLiteral("hiloProgress"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(300);
    dialog.setAutoReset(false);
    dialog.setAutoClose(false);
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&] { cancelRequested = true; });

    const std::size_t cancelAt = cancelAtStep_;
    std::thread worker([&] {
        try {
            work([&](std::size_t now, std::size_t all) {
                done = now;
                total = all;
                if (cancelAt > 0 && now >= cancelAt)
                    cancelRequested = true;
                return !cancelRequested;
            });
        } catch (const Cancelled&) {
            stopped = true;
        } catch (...) {
            failure = std::current_exception();
        }
        finished = true;
    });

    // Poll rather than signal across threads: the worker knows nothing of Qt.
    QEventLoop loop;
    QTimer timer;
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        if (total > 0) {
            dialog.setMaximum(static_cast<int>(total));
            dialog.setValue(static_cast<int>(done));
        }
        if (finished)
            loop.quit();
    });
    timer.start(30);
    loop.exec();
    worker.join();
    // Closing a progress dialog emits canceled(): the outcome is settled before that.
    dialog.disconnect();
    dialog.close();

    if (failure)
        std::rethrow_exception(failure);
    return !stopped;
}

} // namespace hilo::ui
