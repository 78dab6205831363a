#pragma once
// The codebook beside the transcript: a filterable code tree (drag a code onto another to move
// or merge it, between rows to reorder), the actions that shape it, pins of codes to the keys
// 1-9, and a form that edits the current code's definition. Every change is one undo step.
#include <QDockWidget>

#include <cstdint>
#include <optional>

class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;
class QAction;
class QMenu;

namespace hilo::ui {

class CodeEditorPanel;
class CodebookModel;
class ProjectSession;

class CodebookDock : public QDockWidget {
    Q_OBJECT
public:
    explicit CodebookDock(QWidget* parent = nullptr);

    void setSession(ProjectSession* session);

    CodebookModel* model() const { return model_; }
    QTreeView* tree() const { return tree_; }
    QLineEdit* filterEdit() const { return filter_; }
    CodeEditorPanel* editor() const { return editor_; }

    std::optional<std::int64_t> currentCodeId() const;
    void selectCode(std::int64_t codeId);

    // The dock's commands, without dialogs (the actions ask first, then call these). Each is
    // one undo step; on refusal the store's message is reported (or returned in *error).
    std::optional<std::int64_t> addCode(std::optional<std::int64_t> parentId, const QString& name);
    bool deleteCode(std::int64_t codeId, bool withCodings, QString* error = nullptr);
    bool mergeCode(std::int64_t fromId, std::int64_t intoId);
    bool applyEditor();
    void pinCode(std::int64_t codeId, int digit); // digit 0 unpins

Q_SIGNALS:
    // "Apply to selection" in the context menu: code the transcript's selected text.
    void applyCodeRequested(std::int64_t codeId);

private:
    void addCodeInteractively(bool asChild);
    void deleteInteractively();
    void mergeInteractively();
    void askMoveOrMerge(std::int64_t draggedId, std::int64_t targetId, bool mergeWithoutAsking);
    void showContextMenu(const QPoint& position);
    void currentChanged();
    void refreshEditor();
    void updateActions();
    void rememberExpansion();
    void restoreExpansion();
    QModelIndex proxyIndexOf(std::int64_t codeId) const;

    ProjectSession* session_ = nullptr;
    CodebookModel* model_;
    QSortFilterProxyModel* proxy_;
    QLineEdit* filter_;
    QTreeView* tree_;
    CodeEditorPanel* editor_;
    QAction* addAction_;
    QAction* addChildAction_;
    QAction* renameAction_;
    QAction* deleteAction_;
    QAction* mergeAction_;
    QList<std::int64_t> expanded_;
    std::optional<std::int64_t> currentBeforeReset_;
};

} // namespace hilo::ui
