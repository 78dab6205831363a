#include "code_editor_panel.h"

#include "dock_keys.h"
#include "text/qt_offsets.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace hilo::ui {

CodeEditorPanel::CodeEditorPanel(QWidget* parent)
    : QWidget(parent),
      title_(new QLabel),
      labelEs_(new QLineEdit),
      colorButton_(new QPushButton),
      clearColor_(new QToolButton),
      codable_(new QCheckBox(tr("Can be applied to text"))),
      definition_(nullptr),
      inclusion_(nullptr),
      exclusion_(nullptr),
      example_(nullptr),
      memo_(nullptr),
      apply_(new QPushButton(tr("&Apply")))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    title_->setTextFormat(Qt::PlainText);
    title_->setWordWrap(true);
    QFont bold = title_->font();
    bold.setBold(true);
    title_->setFont(bold);
    layout->addWidget(title_);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    labelEs_->setPlaceholderText(tr("The code's name in Spanish"));
    form->addRow(tr("Spanish &label:"), labelEs_);

    auto* colorRow = new QHBoxLayout;
    colorButton_->setToolTip(tr("Choose the colour of this code's stripes"));
    clearColor_->setText(tr("None"));
    clearColor_->setToolTip(tr("No colour of its own: use the parent code's colour"));
    colorRow->addWidget(colorButton_, 1);
    colorRow->addWidget(clearColor_);
    auto* colorLabel = new QLabel(tr("&Colour:"));
    colorLabel->setBuddy(colorButton_); // a row made of a layout gets no buddy by itself
    form->addRow(colorLabel, colorRow);
    form->addRow(QString(), codable_);

    definition_ = addTextField(form, tr("&Definition:"), tr("What the code means"));
    inclusion_ = addTextField(form, tr("&Use when:"), tr("Inclusion criteria"));
    exclusion_ = addTextField(form, tr("Do &not use when:"), tr("Exclusion criteria, and which code to use instead"));
    example_ = addTextField(form, tr("E&xample:"), tr("A typical passage (de-identified)"));
    memo_ = addTextField(form, tr("&Memo:"), tr("Notes about this code"));
    layout->addLayout(form);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(apply_);
    layout->addLayout(buttons);

    connect(labelEs_, &QLineEdit::textEdited, this, &CodeEditorPanel::markDirty);
    connect(codable_, &QCheckBox::toggled, this, &CodeEditorPanel::markDirty);
    connect(colorButton_, &QPushButton::clicked, this, &CodeEditorPanel::chooseColor);
    connect(clearColor_, &QToolButton::clicked, this, [this] {
        setColor(QString());
        markDirty();
    });
    connect(apply_, &QPushButton::clicked, this, &CodeEditorPanel::applyRequested);
    // While the focus is in the form: Ctrl+Return keeps what was typed, as in a message box.
    giveButtonKeys(colorButton_, tr("Choose Colour…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), this);
    giveButtonKeys(clearColor_, tr("Parent's Colour"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), this);
    giveButtonKeys(apply_, tr("Apply"), QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    load(nullptr);
}

QPlainTextEdit* CodeEditorPanel::addTextField(QFormLayout* form, const QString& label, const QString& hint)
{
    auto* edit = new QPlainTextEdit;
    edit->setPlaceholderText(hint);
    edit->setTabChangesFocus(true);
    // Three lines each, so the whole form fits under the tree without scrolling much.
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 3 + 2 * edit->frameWidth() + 8);
    connect(edit, &QPlainTextEdit::textChanged, this, &CodeEditorPanel::markDirty);
    form->addRow(label, edit);
    return edit;
}

void CodeEditorPanel::load(const CodeRecord* code)
{
    loading_ = true;
    codeId_ = code ? std::optional<std::int64_t>(code->id) : std::nullopt;
    const auto q = [](const std::string& s) { return text::toQString(s); };
    title_->setText(code ? q(code->path) : tr("Select a code to edit its definition"));
    labelEs_->setText(code ? q(code->labelEs) : QString());
    setColor(code ? q(code->color) : QString());
    codable_->setChecked(code ? code->codable : true);
    definition_->setPlainText(code ? q(code->definition) : QString());
    inclusion_->setPlainText(code ? q(code->inclusion) : QString());
    exclusion_->setPlainText(code ? q(code->exclusion) : QString());
    example_->setPlainText(code ? q(code->example) : QString());
    memo_->setPlainText(code ? q(code->memo) : QString());
    for (QWidget* w : std::initializer_list<QWidget*>{labelEs_, colorButton_, clearColor_, codable_, definition_,
                                                      inclusion_, exclusion_, example_, memo_, apply_})
        w->setEnabled(code != nullptr);
    dirty_ = false;
    loading_ = false;
}

CodeFields CodeEditorPanel::fields() const
{
    CodeFields f;
    f.labelEs = text::fromQString(labelEs_->text().trimmed());
    f.color = text::fromQString(color_);
    f.definition = text::fromQString(definition_->toPlainText());
    f.inclusion = text::fromQString(inclusion_->toPlainText());
    f.exclusion = text::fromQString(exclusion_->toPlainText());
    f.example = text::fromQString(example_->toPlainText());
    f.memo = text::fromQString(memo_->toPlainText());
    f.codable = codable_->isChecked();
    return f;
}

void CodeEditorPanel::setColor(const QString& color)
{
    color_ = color;
    QPixmap swatch(16, 16);
    swatch.fill(color.isEmpty() ? Qt::transparent : QColor(color));
    colorButton_->setIcon(QIcon(swatch));
    colorButton_->setText(color.isEmpty() ? tr("(from parent)") : color);
}

void CodeEditorPanel::chooseColor()
{
    const QColor chosen = QColorDialog::getColor(color_.isEmpty() ? QColor(Qt::gray) : QColor(color_), this,
                                                 tr("Colour of the code"));
    if (!chosen.isValid())
        return;
    setColor(chosen.name(QColor::HexRgb));
    markDirty();
}

void CodeEditorPanel::markDirty()
{
    if (!loading_)
        dirty_ = true;
}

} // namespace hilo::ui
