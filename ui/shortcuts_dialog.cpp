#include "shortcuts_dialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hilo::ui {
namespace {

QString plain(QString text)
{
    // "&&" is a literal ampersand; a single one only marks the accelerator.
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text;
}

QString keysOf(const QAction* action)
{
    QStringList keys;
    for (const QKeySequence& key : action->shortcuts())
        keys << key.toString(QKeySequence::NativeText);
    return keys.join(QStringLiteral(", "));
}

void walk(const QMenu* menu, const QString& path, QList<ShortcutEntry>& entries, QSet<const QAction*>& seen)
{
    for (QAction* action : menu->actions()) {
        if (action->isSeparator())
            continue;
        if (action->menu()) {
            walk(action->menu(), path + QStringLiteral(" ▸ ") + plain(action->text()), entries, seen);
            continue;
        }
        seen.insert(action);
        entries.append({path + QStringLiteral(" ▸ ") + plain(action->text()), keysOf(action)});
    }
}

} // namespace

const QDockWidget* dockOf(const QAction* action)
{
    for (const QObject* object : action->associatedObjects())
        for (auto* widget = qobject_cast<const QWidget*>(object); widget != nullptr; widget = widget->parentWidget())
            if (auto* dock = qobject_cast<const QDockWidget*>(widget))
                return dock;
    return nullptr;
}

QList<ShortcutEntry> collectShortcuts(const QMainWindow* window)
{
    QList<ShortcutEntry> entries;
    QSet<const QAction*> seen;
    for (QAction* top : window->menuBar()->actions())
        if (top->menu())
            walk(top->menu(), plain(top->text()), entries, seen);
    const QList<QAction*> actions = window->findChildren<QAction*>();
    const auto listed = [&](const QAction* action) {
        return seen.contains(action) || action->shortcuts().isEmpty() || action->text().isEmpty();
    };
    for (const QDockWidget* dock : window->findChildren<QDockWidget*>())
        for (const QAction* action : actions) {
            if (listed(action) || dockOf(action) != dock)
                continue;
            seen.insert(action);
            entries.append({plain(dock->windowTitle()) + QStringLiteral(" ▸ ") + plain(action->text()), keysOf(action)});
        }
    for (const QAction* action : actions) {
        if (listed(action))
            continue;
        seen.insert(action);
        entries.append({plain(action->text()), keysOf(action)});
    }
    return entries;
}

ShortcutsDialog::ShortcutsDialog(const QMainWindow* window, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    const QList<ShortcutEntry> entries = collectShortcuts(window);
    auto* table = new QTableWidget(static_cast<int>(entries.size()), 2);
    table->setObjectName(QStringLiteral("shortcutsTable"));
    table->setHorizontalHeaderLabels({tr("Command"), tr("Keys")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    for (int row = 0; row < entries.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(entries[row].command));
        table->setItem(row, 1, new QTableWidgetItem(entries[row].keys));
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(table);
    layout->addWidget(buttons);
    // Sized in text lines, not pixels, so it reads the same at any scale.
    const int line = fontMetrics().height();
    resize(line * 36, line * 30);
}

} // namespace hilo::ui
