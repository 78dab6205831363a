#pragma once
// Help ▸ Keyboard Shortcuts: every menu command with its keys, read off the window's actions
// each time it opens, so the list cannot drift from what the keys really do.
#include <QDialog>
#include <QList>
#include <QString>

class QMainWindow;

namespace hilo::ui {

struct ShortcutEntry {
    QString command;  // "File ▸ Open Project…", without accelerator ampersands
    QString keys;     // every key sequence of the action, in the platform's notation
};

// The menu bar's commands in menu order (submenus walked; separators and submenu titles
// skipped), then the window's other actions that have keys (e.g. inside the transcript).
QList<ShortcutEntry> collectShortcuts(const QMainWindow* window);

class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    explicit ShortcutsDialog(const QMainWindow* window, QWidget* parent = nullptr);
};

} // namespace hilo::ui
