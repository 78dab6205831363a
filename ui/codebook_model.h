#pragma once
// The project's codebook as a tree model: Name (with a colour swatch; the tooltip carries the
// Spanish label, definition, inclusion and exclusion), Codings and Sources. Every edit, inline
// rename or drag and drop goes through the session as one undoable command.
#include "project/codebook_store.h"

#include <QAbstractItemModel>
#include <QColor>
#include <QPointer>

#include <functional>
#include <optional>
#include <vector>

namespace hilo::ui {

class ProjectSession;

class CodebookModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Role {
        CodeIdRole = Qt::UserRole + 1,
        CodePathRole,
        CodeGuidRole,
        CodableRole,
        EffectiveColorRole, // the code's colour, else its nearest ancestor's (what stripes use)
        SearchKeyRole,      // folded path and Spanish label, for case- and accent-blind filters
    };
    enum Column { NameColumn, CodingsColumn, SourcesColumn, ColumnCount };
    static constexpr const char* kMimeType = "application/x-hilo-code-id";

    // Dropping a code onto another (not between rows) can mean moving it under the target or
    // merging it into the target; the dock asks the user. Without a handler the code moves.
    using DropOntoHandler = std::function<void(std::int64_t draggedId, std::int64_t targetId)>;

    explicit CodebookModel(QObject* parent = nullptr);

    void setSession(ProjectSession* session);
    ProjectSession* session() const { return session_; }
    void setDropOntoHandler(DropOntoHandler handler) { dropOnto_ = std::move(handler); }

    // Re-reads the codebook. Keeps indexes (and so views' expansion and selection) when only
    // names, fields or counts changed; resets when the tree's shape changed.
    void reload();

    const std::vector<CodeRecord>& codes() const { return codes_; }
    const CodeRecord* record(const QModelIndex& index) const;
    const CodeRecord* recordById(std::int64_t id) const;
    QModelIndex indexOfCode(std::int64_t id, int column = NameColumn) const;
    QColor effectiveColor(std::int64_t codeId) const;

    // Undoable operations, each one command; false (with the message reported) on refusal.
    bool renameCode(std::int64_t id, const QString& newName);
    // Moves a code under a parent (nullopt: the top level) at a row among its new siblings as
    // a view counts rows, i.e. before the code now at that row (nullopt: last).
    bool moveCode(std::int64_t id, std::optional<std::int64_t> parentId, std::optional<int> row);
    bool mergeCode(std::int64_t fromId, std::int64_t intoId);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;

private:
    void rebuildTree();
    bool isInSubtree(std::int64_t ancestorId, std::int64_t codeId) const;
    QString tooltip(const CodeRecord& code) const;
    static std::optional<std::int64_t> draggedId(const QMimeData* data);

    QPointer<ProjectSession> session_;
    DropOntoHandler dropOnto_;
    std::vector<CodeRecord> codes_;            // depth-first, as CodebookStore::codes() returns
    std::vector<int> parentOf_;                // index into codes_, or -1 at the top level
    std::vector<int> rowOf_;                   // row among its siblings
    std::vector<std::vector<int>> childrenOf_; // [0]: top level; [i + 1]: children of codes_[i]
    std::vector<QColor> effectiveColor_;
};

} // namespace hilo::ui
