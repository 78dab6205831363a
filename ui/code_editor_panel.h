#pragma once
// The fields of one code (Spanish label, colour, definition, inclusion, exclusion, example,
// memo, codable) in a form under the codebook tree. It only edits; the dock writes the fields
// through the store when the user presses Apply.
#include "project/codebook_store.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace hilo::ui {

class CodeEditorPanel : public QWidget {
    Q_OBJECT
public:
    explicit CodeEditorPanel(QWidget* parent = nullptr);

    // Shows a code's fields (or none: the form is disabled) and clears the dirty flag.
    void load(const CodeRecord* code);
    std::optional<std::int64_t> codeId() const { return codeId_; }
    CodeFields fields() const;
    // True when the user changed something since load(); refreshes then leave the form alone.
    bool isDirty() const { return dirty_; }

    // For tests and for the dock: set a field as the user would.
    QLineEdit* labelEdit() const { return labelEs_; }
    QPlainTextEdit* definitionEdit() const { return definition_; }
    QPushButton* applyButton() const { return apply_; }
    void setColor(const QString& color); // "#rrggbb" or empty

Q_SIGNALS:
    void applyRequested();

private:
    void chooseColor();
    void markDirty();
    QPlainTextEdit* addTextField(QFormLayout* form, const QString& label, const QString& hint);

    std::optional<std::int64_t> codeId_;
    QString color_;
    bool dirty_ = false;
    bool loading_ = false;
    QLabel* title_;
    QLineEdit* labelEs_;
    QPushButton* colorButton_;
    QToolButton* clearColor_;
    QCheckBox* codable_;
    QPlainTextEdit* definition_;
    QPlainTextEdit* inclusion_;
    QPlainTextEdit* exclusion_;
    QPlainTextEdit* example_;
    QPlainTextEdit* memo_;
    QPushButton* apply_;
};

} // namespace hilo::ui
