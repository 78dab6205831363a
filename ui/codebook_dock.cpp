#include "codebook_dock.h"

#include "code_editor_panel.h"
#include "codebook/code_path.h"
#include "codebook_model.h"
#include "dock_keys.h"
#include "project/operations/codebook_operations.h"
#include "project_session.h"
#include "text/qt_offsets.h"
#include "text/unicode_text.h"

#include <QAction>
#include <QGuiApplication>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace hilo::ui {
namespace {

QString q(const std::string& utf8)
{
    return text::toQString(utf8);
}

} // namespace

CodebookDock::CodebookDock(QWidget* parent)
    : QDockWidget(tr("Codebook"), parent),
      model_(new CodebookModel(this)),
      proxy_(new QSortFilterProxyModel(this)),
      filter_(new QLineEdit),
      tree_(new QTreeView),
      editor_(new CodeEditorPanel)
{
    setObjectName(QStringLiteral("codebookDock"));
    proxy_->setSourceModel(model_);
    proxy_->setFilterRole(CodebookModel::SearchKeyRole);
    proxy_->setRecursiveFilteringEnabled(true); // a match keeps its ancestors visible
    proxy_->setAutoAcceptChildRows(true);       // and a matching parent keeps its children

    filter_->setPlaceholderText(tr("Filter codes"));
    filter_->setClearButtonEnabled(true);
    connect(filter_, &QLineEdit::textChanged, this, [this](const QString& text) {
        // The search key is folded, so fold the filter too: "verguenza" finds "Vergüenza".
        proxy_->setFilterFixedString(q(text::fold(text::fromQString(text))));
        if (!text.isEmpty())
            tree_->expandAll();
    });

    tree_->setModel(proxy_);
    tree_->setUniformRowHeights(true);
    tree_->setSelectionMode(QAbstractItemView::SingleSelection);
    tree_->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    tree_->setDragDropMode(QAbstractItemView::InternalMove);
    tree_->setDefaultDropAction(Qt::MoveAction);
    tree_->setDropIndicatorShown(true);
    tree_->setContextMenuPolicy(Qt::CustomContextMenu);
    tree_->header()->setStretchLastSection(false);
    tree_->header()->setSectionResizeMode(CodebookModel::NameColumn, QHeaderView::Stretch);
    tree_->header()->setSectionResizeMode(CodebookModel::CodingsColumn, QHeaderView::ResizeToContents);
    tree_->header()->setSectionResizeMode(CodebookModel::SourcesColumn, QHeaderView::ResizeToContents);
    tree_->setToolTip(QString()); // the model's tooltips show definitions

    auto* toolbar = new QToolBar;
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    addAction_ = toolbar->addAction(tr("Add"), this, [this] { addCodeInteractively(false); });
    addAction_->setToolTip(tr("Add a code beside the selected one"));
    addChildAction_ = toolbar->addAction(tr("Add child"), this, [this] { addCodeInteractively(true); });
    addChildAction_->setToolTip(tr("Add a sub-code under the selected code"));
    renameAction_ = toolbar->addAction(tr("Rename"), this, [this] {
        if (const QModelIndex current = tree_->currentIndex(); current.isValid())
            tree_->edit(current.siblingAtColumn(CodebookModel::NameColumn));
    });
    deleteAction_ = toolbar->addAction(tr("Delete"), this, [this] { deleteInteractively(); });
    // Keys for the toolbar while the focus is anywhere in the dock; Delete only in the tree,
    // so it never reaches a code's text fields.
    giveActionKeys(addAction_, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), this);
    giveActionKeys(addChildAction_, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B), this);
    giveActionKeys(renameAction_, QKeySequence(Qt::Key_F2), this);
    giveActionKeys(deleteAction_, QKeySequence(QKeySequence::Delete), tree_);
    mergeAction_ = new QAction(tr("Merge into…"), this);
    connect(mergeAction_, &QAction::triggered, this, [this] { mergeInteractively(); });

    auto* hint = new QLabel(tr("Drag a code onto another to move it under it or merge them; "
                               "drop between codes to reorder. Right-click to pin a code to a key."));
    hint->setWordWrap(true);
    hint->setEnabled(false); // drawn muted: a hint, not content

    auto* top = new QWidget;
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(toolbar);
    topLayout->addWidget(filter_);
    topLayout->addWidget(tree_, 1);
    topLayout->addWidget(hint);

    auto* editorScroll = new QScrollArea;
    editorScroll->setWidget(editor_);
    editorScroll->setWidgetResizable(true);
    editorScroll->setFrameShape(QFrame::NoFrame);

    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(top);
    splitter->addWidget(editorScroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    setWidget(splitter);

    model_->setDropOntoHandler([this](std::int64_t dragged, std::int64_t target) {
        const bool shift = QGuiApplication::keyboardModifiers().testFlag(Qt::ShiftModifier);
        // Ask after the drop has finished, not inside the drag's own event loop.
        QTimer::singleShot(0, this, [this, dragged, target, shift] { askMoveOrMerge(dragged, target, shift); });
    });
    connect(tree_, &QWidget::customContextMenuRequested, this, &CodebookDock::showContextMenu);
    connect(tree_->selectionModel(), &QItemSelectionModel::currentChanged, this, &CodebookDock::currentChanged);
    connect(proxy_, &QAbstractItemModel::modelAboutToBeReset, this, &CodebookDock::rememberExpansion);
    connect(proxy_, &QAbstractItemModel::modelReset, this, &CodebookDock::restoreExpansion);
    connect(editor_, &CodeEditorPanel::applyRequested, this, &CodebookDock::applyEditor);
    updateActions();
}

void CodebookDock::setSession(ProjectSession* session)
{
    if (session_)
        disconnect(session_, nullptr, this, nullptr);
    session_ = session;
    expanded_.clear();
    currentBeforeReset_.reset();
    model_->setSession(session);
    tree_->expandAll(); // a freshly opened codebook shows all its codes
    if (session_) {
        // Connected after the model's own reload, so the model is current when this runs.
        connect(session_, &ProjectSession::changed, this, &CodebookDock::refreshEditor);
        connect(session_, &ProjectSession::destroyed, this, [this] { session_ = nullptr; });
    }
    editor_->load(nullptr);
    updateActions();
}

std::optional<std::int64_t> CodebookDock::currentCodeId() const
{
    const QModelIndex current = tree_->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return current.data(CodebookModel::CodeIdRole).toLongLong();
}

QModelIndex CodebookDock::proxyIndexOf(std::int64_t codeId) const
{
    return proxy_->mapFromSource(model_->indexOfCode(codeId));
}

void CodebookDock::selectCode(std::int64_t codeId)
{
    const QModelIndex index = proxyIndexOf(codeId);
    if (!index.isValid())
        return;
    for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
        tree_->expand(p);
    tree_->setCurrentIndex(index);
    tree_->scrollTo(index);
}

// --- commands ------------------------------------------------------------------------------

std::optional<std::int64_t> CodebookDock::addCode(std::optional<std::int64_t> parentId, const QString& name)
{
    if (!session_)
        return std::nullopt;
    const std::string trimmed = text::fromQString(name.trimmed());
    std::string path = codebook::joinCodePath({trimmed});
    if (parentId) {
        const CodeRecord* parent = model_->recordById(*parentId);
        if (parent == nullptr)
            return std::nullopt;
        path = parent->path + "/" + path;
    }
    std::int64_t added = 0;
    const bool ok = session_->run(tr("Add code '%1'").arg(q(path)), [this, path, &added] {
        added = ops::addCode(session_->project(), path, {}, "", session_->operationContext());
    });
    if (!ok)
        return std::nullopt;
    selectCode(added);
    return added;
}

bool CodebookDock::deleteCode(std::int64_t codeId, bool withCodings, QString* error)
{
    const CodeRecord* code = model_->recordById(codeId);
    if (!session_ || code == nullptr)
        return false;
    const QString text = withCodings ? tr("Delete code '%1' with its codings").arg(q(code->path))
                                     : tr("Delete code '%1'").arg(q(code->path));
    return session_->run(
        text,
        [this, codeId, withCodings] {
            ops::deleteCode(session_->project(), std::to_string(codeId), withCodings, session_->operationContext());
        },
        error);
}

bool CodebookDock::mergeCode(std::int64_t fromId, std::int64_t intoId)
{
    const bool merged = model_->mergeCode(fromId, intoId);
    if (merged)
        selectCode(intoId);
    return merged;
}

bool CodebookDock::applyEditor()
{
    const std::optional<std::int64_t> id = editor_->codeId();
    const CodeRecord* code = id ? model_->recordById(*id) : nullptr;
    if (!session_ || code == nullptr)
        return false;
    const CodeFields fields = editor_->fields();
    const std::int64_t codeId = *id;
    const bool ok = session_->run(tr("Edit code '%1'").arg(q(code->path)), [this, codeId, fields] {
        ops::editCode(session_->project(), std::to_string(codeId), fields, session_->operationContext());
    });
    if (ok)
        editor_->load(model_->recordById(codeId));
    return ok;
}

void CodebookDock::pinCode(std::int64_t codeId, int digit)
{
    const CodeRecord* code = model_->recordById(codeId);
    if (!session_ || code == nullptr)
        return;
    if (digit == 0) {
        const QMap<int, QString> pins = session_->pinnedCodes();
        for (auto it = pins.begin(); it != pins.end(); ++it)
            if (it.value() == q(code->guid))
                session_->pinCode(it.key(), QString());
        return;
    }
    session_->pinCode(digit, q(code->guid));
}

// --- dialogs -------------------------------------------------------------------------------

void CodebookDock::addCodeInteractively(bool asChild)
{
    if (!session_)
        return;
    const std::optional<std::int64_t> current = currentCodeId();
    std::optional<std::int64_t> parentId;
    if (const CodeRecord* code = current ? model_->recordById(*current) : nullptr)
        parentId = asChild ? std::optional<std::int64_t>(code->id) : code->parentId;
    const CodeRecord* parent = parentId ? model_->recordById(*parentId) : nullptr;
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, asChild ? tr("Add child code") : tr("Add code"),
        parent ? tr("Name of the new code under '%1':").arg(q(parent->path)) : tr("Name of the new code:"),
        QLineEdit::Normal, QString(), &ok);
    if (ok && !name.trimmed().isEmpty())
        addCode(parentId, name);
}

void CodebookDock::deleteInteractively()
{
    const std::optional<std::int64_t> id = currentCodeId();
    const CodeRecord* code = id ? model_->recordById(*id) : nullptr;
    if (!session_ || code == nullptr)
        return;
    const std::int64_t codeId = code->id;
    const QString path = q(code->path);
    const bool hasChildren = model_->rowCount(model_->indexOfCode(codeId)) > 0;
    const QString question = hasChildren ? tr("Delete the code '%1' and all its sub-codes?").arg(path)
                                         : tr("Delete the code '%1'?").arg(path);
    if (QMessageBox::question(this, tr("Delete code"), question) != QMessageBox::Yes)
        return;
    QString error;
    if (deleteCode(codeId, false, &error))
        return;
    // Refused: the store says why. When codings are the reason, offer to delete them too.
    std::int64_t codings = 0;
    for (const CodeRecord& c : model_->codes())
        for (const CodeRecord* a = &c; a != nullptr; a = a->parentId ? model_->recordById(*a->parentId) : nullptr)
            if (a->id == codeId) {
                codings += c.codingCount;
                break;
            }
    if (codings == 0) {
        QMessageBox::warning(this, tr("Delete code"), error);
        return;
    }
    QMessageBox box(QMessageBox::Warning, tr("Delete code"), error, QMessageBox::Cancel, this);
    box.setInformativeText(tr("Delete '%1' together with its %n coding(s)? Undo brings them back.", nullptr,
                              static_cast<int>(codings))
                               .arg(path));
    QPushButton* withCodings = box.addButton(tr("Delete with codings"), QMessageBox::DestructiveRole);
    box.exec();
    if (box.clickedButton() == withCodings)
        deleteCode(codeId, true);
}

void CodebookDock::mergeInteractively()
{
    const std::optional<std::int64_t> id = currentCodeId();
    const CodeRecord* code = id ? model_->recordById(*id) : nullptr;
    if (!session_ || code == nullptr)
        return;
    const std::int64_t fromId = code->id;
    const std::string fromPath = code->path;
    QStringList targets;
    QList<std::int64_t> targetIds;
    for (const CodeRecord& c : model_->codes()) {
        // Not into itself nor its own sub-codes.
        if (c.id == fromId || c.path.rfind(fromPath + "/", 0) == 0)
            continue;
        targets << q(c.path);
        targetIds << c.id;
    }
    if (targets.isEmpty())
        return;
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Merge code"),
        tr("Merge '%1' into which code? Its codings and sub-codes go there and '%1' is deleted.").arg(q(fromPath)),
        targets, 0, false, &ok);
    if (ok)
        mergeCode(fromId, targetIds.at(targets.indexOf(chosen)));
}

void CodebookDock::askMoveOrMerge(std::int64_t draggedId, std::int64_t targetId, bool mergeWithoutAsking)
{
    const CodeRecord* dragged = model_->recordById(draggedId);
    const CodeRecord* target = model_->recordById(targetId);
    if (dragged == nullptr || target == nullptr)
        return;
    if (mergeWithoutAsking) {
        mergeCode(draggedId, targetId);
        return;
    }
    const QString from = q(dragged->name);
    const QString into = q(target->name);
    QMessageBox box(QMessageBox::Question, tr("Move or merge"),
                    tr("Move '%1' under '%2', or merge '%1' into '%2'?").arg(from, into), QMessageBox::Cancel, this);
    box.setInformativeText(tr("Merging gives '%2' the codings and sub-codes of '%1' and deletes '%1'. "
                              "Either can be undone. (Hold Shift while dropping to merge directly.)")
                               .arg(from, into));
    QPushButton* move = box.addButton(tr("Move under '%1'").arg(into), QMessageBox::AcceptRole);
    QPushButton* merge = box.addButton(tr("Merge into '%1'").arg(into), QMessageBox::DestructiveRole);
    box.setDefaultButton(move);
    box.exec();
    if (box.clickedButton() == move) {
        if (model_->moveCode(draggedId, targetId, std::nullopt))
            selectCode(draggedId);
    } else if (box.clickedButton() == merge) {
        mergeCode(draggedId, targetId);
    }
}

void CodebookDock::showContextMenu(const QPoint& position)
{
    if (!session_)
        return;
    const QModelIndex index = tree_->indexAt(position);
    if (index.isValid())
        tree_->setCurrentIndex(index);
    updateActions();
    QMenu menu(this);
    const std::optional<std::int64_t> id = index.isValid() ? currentCodeId() : std::nullopt;
    const CodeRecord* code = id ? model_->recordById(*id) : nullptr;
    if (code != nullptr && code->codable) {
        const std::int64_t codeId = code->id;
        menu.addAction(tr("Apply to selected text"), this, [this, codeId] { Q_EMIT applyCodeRequested(codeId); });
        menu.addSeparator();
    }
    menu.addAction(addAction_);
    if (code != nullptr) {
        menu.addAction(addChildAction_);
        menu.addAction(renameAction_);
        menu.addAction(mergeAction_);
        menu.addAction(deleteAction_);
        menu.addSeparator();
        QMenu* pin = menu.addMenu(tr("Pin to key"));
        const QMap<int, QString> pins = session_->pinnedCodes();
        const QString guid = q(code->guid);
        const std::int64_t codeId = code->id;
        for (int digit = 1; digit <= 9; ++digit) {
            QString label = tr("Key %1").arg(digit);
            const QString pinned = pins.value(digit);
            if (!pinned.isEmpty() && pinned != guid)
                for (const CodeRecord& other : model_->codes())
                    if (q(other.guid) == pinned)
                        label += QStringLiteral("  (%1)").arg(q(other.name));
            QAction* action = pin->addAction(label, this, [this, codeId, digit] { pinCode(codeId, digit); });
            action->setCheckable(true);
            action->setChecked(pins.value(digit) == guid);
        }
        pin->addSeparator();
        pin->addAction(tr("Unpin"), this, [this, codeId] { pinCode(codeId, 0); });
    }
    menu.exec(tree_->viewport()->mapToGlobal(position));
}

// --- keeping views in step -----------------------------------------------------------------

void CodebookDock::currentChanged()
{
    const std::optional<std::int64_t> id = currentCodeId();
    editor_->load(id ? model_->recordById(*id) : nullptr);
    updateActions();
}

void CodebookDock::refreshEditor()
{
    // Leave unapplied edits alone; otherwise show the store as it now is (after undo, say).
    const std::optional<std::int64_t> shown = editor_->codeId();
    if (editor_->isDirty() && shown && model_->recordById(*shown) != nullptr)
        return;
    const std::optional<std::int64_t> id = currentCodeId();
    editor_->load(id ? model_->recordById(*id) : nullptr);
    updateActions();
}

void CodebookDock::updateActions()
{
    const bool open = session_ != nullptr && !session_->readOnly();
    const bool selected = open && currentCodeId().has_value();
    addAction_->setEnabled(open);
    addChildAction_->setEnabled(selected);
    renameAction_->setEnabled(selected);
    deleteAction_->setEnabled(selected);
    mergeAction_->setEnabled(selected);
}

void CodebookDock::rememberExpansion()
{
    expanded_.clear();
    currentBeforeReset_ = currentCodeId();
    for (const CodeRecord& code : model_->codes()) {
        const QModelIndex index = proxyIndexOf(code.id);
        if (index.isValid() && tree_->isExpanded(index))
            expanded_ << code.id;
    }
}

void CodebookDock::restoreExpansion()
{
    for (const std::int64_t id : std::as_const(expanded_))
        if (const QModelIndex index = proxyIndexOf(id); index.isValid())
            tree_->expand(index);
    if (currentBeforeReset_)
        selectCode(*currentBeforeReset_);
    currentBeforeReset_.reset();
}

} // namespace hilo::ui
