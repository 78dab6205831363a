#pragma once
// Keys for the buttons and toolbar actions inside a dock. Each gets a QAction whose shortcut
// has Qt::WidgetWithChildrenShortcut on the dock (or a narrower widget, such as a list where
// Delete must not reach the dock's text fields), so its keys work while the focus is in that
// dock, and never compete with the main window's keys (window-wide) or another dock's.
// Help ▸ Keyboard Shortcuts lists these actions under their dock's title.
#include <QString>

class QAbstractButton;
class QAction;
class QKeySequence;
class QWidget;

namespace hilo::ui {

// Gives `button` these keys within `scope`: pressing them clicks the button (nothing happens
// while it is disabled). `command` names it in the shortcut list, since a button's own text
// may change (the colour button shows the colour). The keys are added to its tooltip.
QAction* giveButtonKeys(QAbstractButton* button, const QString& command, const QKeySequence& keys, QWidget* scope);
// The action giveButtonKeys made for `button`, or nullptr when it has none.
QAction* buttonKeys(const QAbstractButton* button);
// Gives a toolbar action these keys within `scope`.
void giveActionKeys(QAction* action, const QKeySequence& keys, QWidget* scope);

} // namespace hilo::ui
