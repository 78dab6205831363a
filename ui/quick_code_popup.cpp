#include "quick_code_popup.h"

#include "folding_completer.h"
#include "text/qt_offsets.h"
#include "text/unicode_text.h"

#include <QAbstractItemView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace hilo::ui {
namespace {

constexpr int kKeyRole = Qt::UserRole + 1;
constexpr int kIdRole = Qt::UserRole + 2;

QString foldedQ(const QString& text)
{
    return text::toQString(text::fold(text::fromQString(text)));
}

} // namespace

QuickCodePopup::QuickCodePopup(QWidget* parent)
    : QFrame(parent, Qt::Popup),
      model_(new QStandardItemModel(this)),
      edit_(new QLineEdit),
      hint_(new QLabel),
      completer_(new FoldingCompleter(model_, kKeyRole, this))
{
    setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    hint_->setTextFormat(Qt::PlainText);
    hint_->setEnabled(false);
    layout->addWidget(hint_);
    edit_->setPlaceholderText(tr("Type part of a code's name, then Enter"));
    edit_->setMinimumWidth(380);
    edit_->setCompleter(completer_);
    layout->addWidget(edit_);
    setFocusProxy(edit_);

    connect(edit_, &QLineEdit::returnPressed, this, [this] { choose(bestMatch()); });
    connect(completer_, qOverload<const QModelIndex&>(&QCompleter::activated), this, [this](const QModelIndex& index) {
        choose(index.data(kIdRole).toLongLong());
    });
}

void QuickCodePopup::setCodes(const std::vector<CodeRecord>& codes)
{
    entries_.clear();
    model_->clear();
    for (const CodeRecord& code : codes) {
        if (!code.codable)
            continue;
        const QString path = text::toQString(code.path);
        QString key = foldedQ(path);
        if (!code.labelEs.empty())
            key += QLatin1Char(' ') + foldedQ(text::toQString(code.labelEs));
        auto* item = new QStandardItem(path);
        item->setData(key, kKeyRole);
        item->setData(QVariant::fromValue<qlonglong>(code.id), kIdRole);
        if (!code.labelEs.empty())
            item->setToolTip(text::toQString(code.labelEs));
        model_->appendRow(item);
        entries_.push_back({code.id, path, key});
    }
}

void QuickCodePopup::popup(const QPoint& globalPosition, const QString& context)
{
    chosen_ = false;
    edit_->clear();
    hint_->setText(context);
    adjustSize();
    move(globalPosition);
    // A popup takes the keyboard without becoming the active window, so the main window's
    // shortcuts (Undo) work again as soon as it closes.
    show();
    edit_->setFocus(Qt::PopupFocusReason);
}

std::optional<std::int64_t> QuickCodePopup::bestMatch() const
{
    const QString typed = foldedQ(edit_->text().trimmed());
    if (typed.isEmpty())
        return std::nullopt;
    for (const Entry& entry : entries_)
        if (foldedQ(entry.path) == typed)
            return entry.id;
    if (QAbstractItemView* list = completer_->popup(); list != nullptr && list->isVisible()) {
        const QModelIndex current = list->currentIndex();
        if (current.isValid())
            return current.data(kIdRole).toLongLong();
    }
    for (const Entry& entry : entries_)
        if (entry.key.contains(typed))
            return entry.id;
    return std::nullopt;
}

void QuickCodePopup::choose(std::optional<std::int64_t> codeId)
{
    if (chosen_)
        return;
    if (!codeId) {
        hint_->setText(tr("No code matches '%1'").arg(edit_->text()));
        return;
    }
    chosen_ = true;
    if (QAbstractItemView* list = completer_->popup())
        list->hide();
    hide();
    Q_EMIT codeChosen(*codeId);
}

void QuickCodePopup::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        return;
    }
    QFrame::keyPressEvent(event);
}

void QuickCodePopup::hideEvent(QHideEvent* event)
{
    QFrame::hideEvent(event);
    Q_EMIT closed();
}

} // namespace hilo::ui
