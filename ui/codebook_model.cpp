#include "codebook_model.h"

#include "project/operations/codebook_operations.h"
#include "project_session.h"
#include "text/qt_offsets.h"
#include "text/unicode_text.h"

#include <QFont>
#include <QMimeData>

#include <map>

namespace hilo::ui {
namespace {

std::string ref(std::int64_t id)
{
    return std::to_string(id);
}

QString q(const std::string& utf8)
{
    return text::toQString(utf8);
}

bool sameShape(const std::vector<CodeRecord>& a, const std::vector<CodeRecord>& b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i].id != b[i].id || a[i].parentId != b[i].parentId)
            return false;
    return true;
}

bool sameRow(const CodeRecord& a, const CodeRecord& b)
{
    return a.name == b.name && a.path == b.path && a.labelEs == b.labelEs && a.color == b.color &&
           a.definition == b.definition && a.inclusion == b.inclusion && a.exclusion == b.exclusion &&
           a.example == b.example && a.memo == b.memo && a.codable == b.codable && a.guid == b.guid &&
           a.codingCount == b.codingCount && a.sourceCount == b.sourceCount;
}

} // namespace

CodebookModel::CodebookModel(QObject* parent) : QAbstractItemModel(parent)
{
    childrenOf_.resize(1);
}

void CodebookModel::setSession(ProjectSession* session)
{
    if (session_)
        disconnect(session_, nullptr, this, nullptr);
    session_ = session;
    if (session_)
        connect(session_, &ProjectSession::changed, this, &CodebookModel::reload);
    beginResetModel();
    codes_.clear();
    if (session_)
        codes_ = CodebookStore(session_->project()).codes();
    rebuildTree();
    endResetModel();
}

void CodebookModel::reload()
{
    std::vector<CodeRecord> fresh;
    if (session_)
        fresh = CodebookStore(session_->project()).codes();
    if (!sameShape(fresh, codes_)) {
        beginResetModel();
        codes_ = std::move(fresh);
        rebuildTree();
        endResetModel();
        return;
    }
    // Same tree: update rows in place so views keep their expansion, selection and editors.
    std::vector<CodeRecord> old = std::exchange(codes_, std::move(fresh));
    rebuildTree();
    for (std::size_t i = 0; i < codes_.size(); ++i)
        if (!sameRow(old[i], codes_[i])) {
            const quintptr id = static_cast<quintptr>(i) + 1;
            Q_EMIT dataChanged(createIndex(rowOf_[i], 0, id), createIndex(rowOf_[i], ColumnCount - 1, id));
        }
}

void CodebookModel::rebuildTree()
{
    const std::size_t n = codes_.size();
    parentOf_.assign(n, -1);
    rowOf_.assign(n, 0);
    childrenOf_.assign(n + 1, {});
    effectiveColor_.assign(n, QColor());
    std::map<std::int64_t, int> position;
    for (std::size_t i = 0; i < n; ++i) {
        const CodeRecord& code = codes_[i];
        position[code.id] = static_cast<int>(i);
        // Depth-first order: a parent always comes before its children.
        const auto parent = code.parentId ? position.find(*code.parentId) : position.end();
        const int p = parent != position.end() ? parent->second : -1;
        parentOf_[i] = p;
        std::vector<int>& siblings = childrenOf_[static_cast<std::size_t>(p + 1)];
        rowOf_[i] = static_cast<int>(siblings.size());
        siblings.push_back(static_cast<int>(i));
        if (!code.color.empty())
            effectiveColor_[i] = QColor(q(code.color));
        else if (p >= 0)
            effectiveColor_[i] = effectiveColor_[static_cast<std::size_t>(p)];
    }
}

const CodeRecord* CodebookModel::record(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == 0 || index.internalId() > codes_.size())
        return nullptr;
    return &codes_[index.internalId() - 1];
}

const CodeRecord* CodebookModel::recordById(std::int64_t id) const
{
    for (const CodeRecord& code : codes_)
        if (code.id == id)
            return &code;
    return nullptr;
}

QModelIndex CodebookModel::indexOfCode(std::int64_t id, int column) const
{
    for (std::size_t i = 0; i < codes_.size(); ++i)
        if (codes_[i].id == id)
            return createIndex(rowOf_[i], column, static_cast<quintptr>(i) + 1);
    return {};
}

QColor CodebookModel::effectiveColor(std::int64_t codeId) const
{
    for (std::size_t i = 0; i < codes_.size(); ++i)
        if (codes_[i].id == codeId)
            return effectiveColor_[i];
    return {};
}

// --- the tree ------------------------------------------------------------------------------

QModelIndex CodebookModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    const std::size_t slot = parent.isValid() ? parent.internalId() : 0;
    if (slot >= childrenOf_.size() || (parent.isValid() && parent.column() != 0))
        return {};
    const std::vector<int>& children = childrenOf_[slot];
    if (row >= static_cast<int>(children.size()))
        return {};
    return createIndex(row, column, static_cast<quintptr>(children[static_cast<std::size_t>(row)]) + 1);
}

QModelIndex CodebookModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == 0 || child.internalId() > codes_.size())
        return {};
    const int p = parentOf_[child.internalId() - 1];
    if (p < 0)
        return {};
    return createIndex(rowOf_[static_cast<std::size_t>(p)], 0, static_cast<quintptr>(p) + 1);
}

int CodebookModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    const std::size_t slot = parent.isValid() ? parent.internalId() : 0;
    return slot < childrenOf_.size() ? static_cast<int>(childrenOf_[slot].size()) : 0;
}

int CodebookModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant CodebookModel::data(const QModelIndex& index, int role) const
{
    const CodeRecord* code = record(index);
    if (code == nullptr)
        return {};
    const std::size_t i = index.internalId() - 1;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        if (index.column() == NameColumn)
            return q(code->name);
        if (index.column() == CodingsColumn)
            return QVariant::fromValue<qlonglong>(code->codingCount);
        return QVariant::fromValue<qlonglong>(code->sourceCount);
    case Qt::DecorationRole:
        if (index.column() == NameColumn && effectiveColor_[i].isValid())
            return effectiveColor_[i]; // views paint a QColor decoration as a swatch
        return {};
    case Qt::ToolTipRole:
        return tooltip(*code);
    case Qt::TextAlignmentRole:
        if (index.column() != NameColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        if (!code->codable && index.column() == NameColumn) {
            // Grouping codes cannot be applied; italics tell them apart.
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case CodeIdRole:
        return QVariant::fromValue<qlonglong>(code->id);
    case CodePathRole:
        return q(code->path);
    case CodeGuidRole:
        return q(code->guid);
    case CodableRole:
        return code->codable;
    case EffectiveColorRole:
        return effectiveColor_[i];
    case SearchKeyRole:
        return q(text::fold(code->path + " " + code->labelEs));
    default:
        return {};
    }
}

QString CodebookModel::tooltip(const CodeRecord& code) const
{
    QString html = QStringLiteral("<b>%1</b>").arg(q(code.path).toHtmlEscaped());
    const auto add = [&html](const QString& label, const std::string& value) {
        if (!value.empty())
            html += QStringLiteral("<br/><i>%1</i> %2").arg(label.toHtmlEscaped(), q(value).toHtmlEscaped());
    };
    add(tr("Spanish:"), code.labelEs);
    add(tr("Definition:"), code.definition);
    add(tr("Use when:"), code.inclusion);
    add(tr("Do not use when:"), code.exclusion);
    if (!code.codable)
        html += QStringLiteral("<br/>") + tr("Groups other codes; it cannot be applied itself.").toHtmlEscaped();
    if (session_) {
        const QMap<int, QString> pins = session_->pinnedCodes();
        for (auto it = pins.begin(); it != pins.end(); ++it)
            if (it.value() == q(code.guid))
                html += QStringLiteral("<br/>") + tr("Key %1 applies this code in the transcript.").arg(it.key());
    }
    return html;
}

bool CodebookModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    const CodeRecord* code = record(index);
    if (code == nullptr || role != Qt::EditRole || index.column() != NameColumn)
        return false;
    const QString name = value.toString().trimmed();
    if (name.isEmpty() || name == q(code->name))
        return false;
    return renameCode(code->id, name);
}

QVariant CodebookModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Code");
    case CodingsColumn:
        return tr("Codings");
    case SourcesColumn:
        return tr("Sources");
    default:
        return {};
    }
}

Qt::ItemFlags CodebookModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled; // dropping on the empty area moves to the top level
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
    if (index.column() == NameColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

// --- undoable operations -------------------------------------------------------------------

bool CodebookModel::renameCode(std::int64_t id, const QString& newName)
{
    const CodeRecord* code = recordById(id);
    if (!session_ || code == nullptr)
        return false;
    const std::string name = text::fromQString(newName.trimmed());
    return session_->run(tr("Rename code '%1' to '%2'").arg(q(code->name), newName.trimmed()),
                         [this, id, name] { ops::renameCode(session_->project(), ref(id), name, session_->operationContext()); });
}

bool CodebookModel::moveCode(std::int64_t id, std::optional<std::int64_t> parentId, std::optional<int> row)
{
    const CodeRecord* code = recordById(id);
    if (!session_ || code == nullptr)
        return false;
    // The store counts positions among the siblings without the moved code; a view counts
    // rows with it, so a move further down its own list is one less.
    std::optional<int> position = row;
    if (row && code->parentId == parentId && code->position < *row)
        position = *row - 1;
    const std::string parentRef = parentId ? ref(*parentId) : std::string();
    const CodeRecord* parent = parentId ? recordById(*parentId) : nullptr;
    const QString text = parent != nullptr ? tr("Move code '%1' under '%2'").arg(q(code->name), q(parent->path))
                                           : tr("Move code '%1'").arg(q(code->name));
    return session_->run(text, [this, id, parentRef, position] {
        ops::moveCode(session_->project(), ref(id), parentRef, position, session_->operationContext());
    });
}

bool CodebookModel::mergeCode(std::int64_t fromId, std::int64_t intoId)
{
    const CodeRecord* from = recordById(fromId);
    const CodeRecord* into = recordById(intoId);
    if (!session_ || from == nullptr || into == nullptr)
        return false;
    return session_->run(tr("Merge code '%1' into '%2'").arg(q(from->path), q(into->path)), [this, fromId, intoId] {
        // A bulk change: the operation keeps a backup first, as `hilo codebook merge` does.
        ops::mergeCodes(session_->project(), ref(fromId), ref(intoId), session_->operationContext());
    });
}

// --- drag and drop -------------------------------------------------------------------------

QStringList CodebookModel::mimeTypes() const
{
    return {QString::fromLatin1(kMimeType)};
}

QMimeData* CodebookModel::mimeData(const QModelIndexList& indexes) const
{
    for (const QModelIndex& index : indexes)
        if (const CodeRecord* code = record(index)) {
            auto* data = new QMimeData;
            data->setData(QString::fromLatin1(kMimeType), QByteArray::number(static_cast<qlonglong>(code->id)));
            data->setText(q(code->path));
            return data;
        }
    return nullptr;
}

std::optional<std::int64_t> CodebookModel::draggedId(const QMimeData* data)
{
    if (data == nullptr || !data->hasFormat(QString::fromLatin1(kMimeType)))
        return std::nullopt;
    bool ok = false;
    const qlonglong id = data->data(QString::fromLatin1(kMimeType)).toLongLong(&ok);
    return ok ? std::optional<std::int64_t>(id) : std::nullopt;
}

bool CodebookModel::isInSubtree(std::int64_t ancestorId, std::int64_t codeId) const
{
    for (const CodeRecord* code = recordById(codeId); code != nullptr;
         code = code->parentId ? recordById(*code->parentId) : nullptr)
        if (code->id == ancestorId)
            return true;
    return false;
}

bool CodebookModel::canDropMimeData(const QMimeData* data, Qt::DropAction action, int, int,
                                    const QModelIndex& parent) const
{
    const std::optional<std::int64_t> dragged = draggedId(data);
    if (!session_ || !dragged || recordById(*dragged) == nullptr || action != Qt::MoveAction)
        return false;
    // A code cannot go into itself or its own sub-codes.
    const CodeRecord* target = record(parent);
    return target == nullptr || !isInSubtree(*dragged, target->id);
}

bool CodebookModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                                 const QModelIndex& parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const std::int64_t dragged = *draggedId(data);
    const CodeRecord* target = record(parent);
    if (target != nullptr && row < 0) {
        const std::int64_t targetId = target->id;
        if (dropOnto_)
            dropOnto_(dragged, targetId);
        else
            moveCode(dragged, targetId, std::nullopt);
        // The drop is handled here; returning false keeps the view from removing rows.
        return false;
    }
    const std::optional<std::int64_t> parentId = target ? std::optional<std::int64_t>(target->id) : std::nullopt;
    moveCode(dragged, parentId, row >= 0 ? std::optional<int>(row) : std::nullopt);
    return false;
}

Qt::DropActions CodebookModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions CodebookModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

} // namespace hilo::ui
