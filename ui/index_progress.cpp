#include "index_progress.h"

#include "index/index_sync.h"

#include <QCoreApplication>
#include <QProgressDialog>

namespace hilo::ui {

void bringIndexUpToDate(QWidget* parent, Project& project)
{
    if (project.readOnly() || indexIsFresh(project))
        return;
    QProgressDialog dialog(QCoreApplication::translate("IndexProgress", "Updating the search index…"), QString(), 0, 0,
                           parent);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(400);
    try {
        syncIndex(project, [&](std::size_t done, std::size_t total) {
            dialog.setMaximum(static_cast<int>(total));
            dialog.setValue(static_cast<int>(done));
        });
    } catch (const std::exception&) {
        // The session tries again on open and says what went wrong.
    }
}

} // namespace hilo::ui
