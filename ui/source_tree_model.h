#pragma once
// The sources of a project, grouped by participant group: one top-level row per group (YP, FW,
// JP, ...) with its transcripts below, and columns for participant, language, turns and every
// attribute any source has.
#include "project/source_store.h"

#include <QAbstractItemModel>
#include <QStringList>

#include <vector>

namespace hilo::ui {

class SourceTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Role { SourceIdRole = Qt::UserRole + 1, GroupTagRole };
    enum FixedColumn { NameColumn, ParticipantColumn, LanguageColumn, TurnsColumn, FirstAttributeColumn };

    explicit SourceTreeModel(QObject* parent = nullptr);

    // Replaces the contents with the project's groups and sources.
    void load(SourceStore& store);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const QStringList& attributeNames() const { return attributeNames_; }

private:
    struct Group {
        GroupInfo info;
        std::vector<SourceSummary> sources;
    };
    static constexpr quintptr kGroupNode = ~quintptr(0);

    QVariant groupData(const Group& group, int column, int role) const;
    QVariant sourceData(const SourceSummary& source, int column, int role) const;

    std::vector<Group> groups_;
    QStringList attributeNames_;
};

} // namespace hilo::ui
