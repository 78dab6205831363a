#pragma once
// The quick-code box: a small popup with a line edit that completes code paths as the user
// types (anywhere in the path, ignoring case and accents). Enter picks the best match.
#include "project/codebook_store.h"

#include <QFrame>

#include <cstdint>
#include <optional>
#include <vector>

class QLabel;
class QLineEdit;
class QStandardItemModel;

namespace hilo::ui {

class FoldingCompleter;

class QuickCodePopup : public QFrame {
    Q_OBJECT
public:
    explicit QuickCodePopup(QWidget* parent = nullptr);

    // Offers the codable codes, in codebook order.
    void setCodes(const std::vector<CodeRecord>& codes);
    // Shows the box at a global position with an empty line edit.
    void popup(const QPoint& globalPosition, const QString& context);

    QLineEdit* lineEdit() const { return edit_; }
    FoldingCompleter* completer() const { return completer_; }
    // The code that Enter would apply now: an exact path, else the highlighted completion,
    // else the first code that contains what was typed.
    std::optional<std::int64_t> bestMatch() const;

Q_SIGNALS:
    void codeChosen(std::int64_t codeId);
    void closed();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void choose(std::optional<std::int64_t> codeId);

    struct Entry {
        std::int64_t id;
        QString path;
        QString key; // folded path and Spanish label
    };
    std::vector<Entry> entries_;
    QStandardItemModel* model_;
    QLineEdit* edit_;
    QLabel* hint_;
    FoldingCompleter* completer_;
    bool chosen_ = false; // Enter reaches us from the line edit and again from the completer
};

} // namespace hilo::ui
