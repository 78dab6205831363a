#include "dock_keys.h"

#include <QAbstractButton>
#include <QAction>
#include <QKeySequence>

namespace hilo::ui {
namespace {

const QString kActionName = QStringLiteral("hiloButtonKeys");

void addKeysToTooltip(QWidget* widget, const QString& command, const QKeySequence& keys)
{
    const QString tip = widget->toolTip().isEmpty() ? command : widget->toolTip();
    widget->setToolTip(QStringLiteral("%1 (%2)").arg(tip, keys.toString(QKeySequence::NativeText)));
}

} // namespace

QAction* giveButtonKeys(QAbstractButton* button, const QString& command, const QKeySequence& keys, QWidget* scope)
{
    auto* action = new QAction(command, button);
    action->setObjectName(kActionName);
    action->setShortcut(keys);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    scope->addAction(action);
    QObject::connect(action, &QAction::triggered, button, &QAbstractButton::click);
    addKeysToTooltip(button, command, keys);
    return action;
}

QAction* buttonKeys(const QAbstractButton* button)
{
    return button->findChild<QAction*>(kActionName, Qt::FindDirectChildrenOnly);
}

void giveActionKeys(QAction* action, const QKeySequence& keys, QWidget* scope)
{
    action->setShortcut(keys);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    scope->addAction(action);
    const QString tip = action->toolTip();
    action->setToolTip(QStringLiteral("%1 (%2)").arg(tip, keys.toString(QKeySequence::NativeText)));
}

} // namespace hilo::ui
