#pragma once
// Help ▸ Keyboard Shortcuts: every menu command with its keys, then each dock's own keys under
// the dock's title, read off the window's actions each time it opens, so the list cannot drift
// from what the keys really do.
#include <QDialog>
#include <QList>
#include <QString>

class QAction;
class QDockWidget;
class QMainWindow;

namespace hilo::ui {

struct ShortcutEntry {
    QString command;  // "File ▸ Open Project…" or "Quote Basket ▸ Move Quote Up", without
                      // accelerator ampersands
    QString keys;     // every key sequence of the action, in the platform's notation
};

// The menu bar's commands in menu order (submenus walked; separators and submenu titles
// skipped), then each dock's actions with keys, dock by dock, named "Dock ▸ Command", then the
// window's other actions that have keys (e.g. inside the transcript).
QList<ShortcutEntry> collectShortcuts(const QMainWindow* window);
// The dock whose widgets an action is added to (its keys work there), or nullptr.
const QDockWidget* dockOf(const QAction* action);

class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    explicit ShortcutsDialog(const QMainWindow* window, QWidget* parent = nullptr);
};

} // namespace hilo::ui
