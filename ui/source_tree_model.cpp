#include "source_tree_model.h"

#include <QFont>

namespace hilo::ui {

namespace {
QString qs(const std::string& utf8)
{
    return QString::fromStdString(utf8);
}
} // namespace

SourceTreeModel::SourceTreeModel(QObject* parent) : QAbstractItemModel(parent) {}

void SourceTreeModel::load(SourceStore& store)
{
    beginResetModel();
    groups_.clear();
    attributeNames_.clear();
    for (const GroupInfo& info : store.groups())
        groups_.push_back({info, {}});
    for (SourceSummary& source : store.sources()) {
        for (const import::Attribute& attribute : source.attributes)
            if (!attributeNames_.contains(qs(attribute.name), Qt::CaseInsensitive))
                attributeNames_.append(qs(attribute.name));
        for (Group& group : groups_)
            if (group.info.tag == source.groupTag)
                group.sources.push_back(std::move(source));
    }
    endResetModel();
}

QModelIndex SourceTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kGroupNode);
    // A source's internal id is its group's row, so parent() can find the group.
    return createIndex(row, column, static_cast<quintptr>(parent.row()));
}

QModelIndex SourceTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kGroupNode)
        return {};
    return createIndex(static_cast<int>(child.internalId()), 0, kGroupNode);
}

int SourceTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return static_cast<int>(groups_.size());
    if (parent.internalId() == kGroupNode && parent.column() == 0)
        return static_cast<int>(groups_[static_cast<std::size_t>(parent.row())].sources.size());
    return 0;
}

int SourceTreeModel::columnCount(const QModelIndex& /*parent*/) const
{
    return FirstAttributeColumn + static_cast<int>(attributeNames_.size());
}

QVariant SourceTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == kGroupNode)
        return groupData(groups_[static_cast<std::size_t>(index.row())], index.column(), role);
    const Group& group = groups_[static_cast<std::size_t>(index.internalId())];
    return sourceData(group.sources[static_cast<std::size_t>(index.row())], index.column(), role);
}

QVariant SourceTreeModel::groupData(const Group& group, int column, int role) const
{
    if (role == GroupTagRole)
        return qs(group.info.tag);
    if (role == Qt::FontRole) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role != Qt::DisplayRole || column != NameColumn)
        return {};
    return tr("%1 — %2 (%3)").arg(qs(group.info.tag), qs(group.info.label)).arg(group.sources.size());
}

QVariant SourceTreeModel::sourceData(const SourceSummary& source, int column, int role) const
{
    if (role == SourceIdRole)
        return static_cast<qlonglong>(source.id);
    if (role == GroupTagRole)
        return qs(source.groupTag);
    if (role == Qt::ToolTipRole && !source.note.empty())
        return qs(source.note);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case NameColumn: return qs(source.name);
    case ParticipantColumn: return qs(source.participant);
    case LanguageColumn: return qs(source.language);
    case TurnsColumn: return static_cast<qlonglong>(source.turnCount);
    default: break;
    }
    const QString& attribute = attributeNames_.at(column - FirstAttributeColumn);
    for (const import::Attribute& a : source.attributes)
        if (qs(a.name).compare(attribute, Qt::CaseInsensitive) == 0)
            return qs(a.value);
    return {};
}

QVariant SourceTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Source");
    case ParticipantColumn: return tr("Participant");
    case LanguageColumn: return tr("Language");
    case TurnsColumn: return tr("Turns");
    default: return attributeNames_.value(section - FirstAttributeColumn);
    }
}

} // namespace hilo::ui
