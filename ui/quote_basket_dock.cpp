#include "quote_basket_dock.h"

#include "analysis/quotes/diversity_report.h"
#include "analysis/quotes/quote_export.h"
#include "analysis/quotes/quote_store.h"
#include "coding_controller.h"
#include "project_session.h"
#include "dock_keys.h"
#include "quote_basket_model.h"
#include "quote_export_dialog.h"
#include "text/qt_offsets.h"
#include "transcript_view.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDropEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace hilo::ui {
namespace {

QString q(const std::string& utf8)
{
    return text::toQString(utf8);
}

// A menu entry's text: "&" would otherwise mark a mnemonic.
QString menuText(const std::string& name)
{
    return q(name).replace(QLatin1Char('&'), QStringLiteral("&&"));
}

} // namespace

QuoteBasketDock::QuoteBasketDock(QWidget* parent)
    : QDockWidget(tr("Quote Basket"), parent),
      model_(new QuoteBasketModel(this)),
      list_(new QListView),
      up_(new QPushButton(tr("Up"))),
      down_(new QPushButton(tr("Down"))),
      remove_(new QPushButton(tr("Remove"))),
      copy_(new QPushButton(tr("Copy"))),
      export_(new QPushButton(tr("Export…"))),
      provenance_(new QLabel),
      note_(new QLineEdit),
      trimMode_(new QComboBox),
      maxLength_(new QSpinBox),
      applyTrim_(new QPushButton(tr("Trim"))),
      diversity_(new QLabel)
{
    setObjectName(QStringLiteral("quoteBasketDock"));
    list_->setModel(model_);
    list_->setWordWrap(true);
    list_->setAlternatingRowColors(true);
    list_->setSpacing(2);
    list_->setSelectionMode(QAbstractItemView::SingleSelection);
    list_->setDragDropMode(QAbstractItemView::InternalMove);
    list_->setDefaultDropAction(Qt::MoveAction);
    list_->setDropIndicatorShown(true);

    trimMode_->addItem(tr("Extend to sentences"), static_cast<int>(quotes::TrimOptions::Mode::Extend));
    trimMode_->addItem(tr("Shrink to sentences"), static_cast<int>(quotes::TrimOptions::Mode::Shrink));
    trimMode_->addItem(tr("Keep as selected"), static_cast<int>(quotes::TrimOptions::Mode::None));
    maxLength_->setRange(0, 5000);
    maxLength_->setSingleStep(20);
    maxLength_->setSpecialValueText(tr("no limit"));
    maxLength_->setSuffix(tr(" characters"));
    maxLength_->setToolTip(tr("Longer quotes keep their first and last sentences and elide the middle with [...]"));
    note_->setPlaceholderText(tr("A note for the report (Return saves it)"));
    provenance_->setWordWrap(true);
    provenance_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    diversity_->setWordWrap(true);

    auto* buttons = new QHBoxLayout;
    for (QPushButton* button : {up_, down_, remove_, copy_, export_})
        buttons->addWidget(button);
    auto* trimRow = new QHBoxLayout;
    trimRow->addWidget(trimMode_, 1);
    trimRow->addWidget(maxLength_);
    trimRow->addWidget(applyTrim_);
    auto* form = new QFormLayout;
    form->addRow(tr("From:"), provenance_);
    form->addRow(tr("Note:"), note_);
    form->addRow(tr("Trim:"), trimRow);

    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->addWidget(list_, 1);
    layout->addLayout(buttons);
    layout->addLayout(form);
    layout->addWidget(diversity_);
    setWidget(content);

    list_->viewport()->installEventFilter(this);
    connect(model_, &QuoteBasketModel::moveRequested, this, &QuoteBasketDock::moveQuote);
    connect(model_, &QAbstractItemModel::modelReset, this, [this] {
        updateDiversity();
        currentChanged();
    });
    connect(list_->selectionModel(), &QItemSelectionModel::currentChanged, this, &QuoteBasketDock::currentChanged);
    connect(up_, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(down_, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(remove_, &QPushButton::clicked, this, &QuoteBasketDock::removeCurrent);
    connect(copy_, &QPushButton::clicked, this, &QuoteBasketDock::copyToClipboard);
    connect(export_, &QPushButton::clicked, this, [this] {
        if (QuoteExportDialog* dialog = createExportDialog()) {
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        }
    });
    connect(note_, &QLineEdit::returnPressed, this, [this] {
        if (const auto id = currentQuoteId())
            setNote(*id, note_->text());
    });
    connect(applyTrim_, &QPushButton::clicked, this, [this] {
        if (const auto id = currentQuoteId())
            retrim(*id, trimFromForm());
    });
    // Keys while the focus is in the basket; Delete only in the list, not in the note.
    giveButtonKeys(up_, tr("Move Quote Up"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Up), this);
    giveButtonKeys(down_, tr("Move Quote Down"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Down), this);
    giveButtonKeys(remove_, tr("Remove Quote"), QKeySequence(QKeySequence::Delete), list_);
    giveButtonKeys(copy_, tr("Copy All Quotes"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), this);
    giveButtonKeys(export_, tr("Export Quotes…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X), this);
    giveButtonKeys(applyTrim_, tr("Trim Quote"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T), this);
    updateButtons();
}

void QuoteBasketDock::setSession(ProjectSession* session)
{
    session_ = session;
    model_->setSession(session);
    updateDiversity();
    updateButtons();
}

void QuoteBasketDock::attachTranscript(TranscriptView* view, CodingController* controller)
{
    view_ = view;
    controller_ = controller;
    connect(view_, &TranscriptView::contextMenuAboutToShow, this, &QuoteBasketDock::populateTranscriptMenu);
    auto* add = new QAction(tr("Add to Quote Basket"), view_);
    add->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
    add->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(add, &QAction::triggered, this, &QuoteBasketDock::addFromTranscript);
    view_->addAction(add);
}

std::optional<std::int64_t> QuoteBasketDock::currentQuoteId() const
{
    const QModelIndex current = list_->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return current.data(QuoteBasketModel::QuoteIdRole).toLongLong();
}

void QuoteBasketDock::selectQuote(std::int64_t quoteId)
{
    const int row = model_->rowOf(quoteId);
    if (row >= 0)
        list_->setCurrentIndex(model_->index(row));
}

bool QuoteBasketDock::addSelection()
{
    if (!session_ || !controller_ || !controller_->sourceId())
        return false;
    const auto span = controller_->selectedSpan();
    if (!span) {
        Q_EMIT statusMessage(tr("Select the words to quote in the transcript first"));
        return false;
    }
    return addSpan(*controller_->sourceId(), span->first, span->second);
}

bool QuoteBasketDock::addSpan(std::int64_t sourceId, std::int64_t start, std::int64_t end)
{
    if (!session_)
        return false;
    quotes::NewQuote quote;
    quote.sourceId = sourceId;
    quote.start = start;
    quote.end = end;
    if (session_->coder())
        quote.coderId = session_->coder()->id;
    std::int64_t id = 0;
    const bool ok = session_->run(tr("Add Quote"), [this, quote, &id] { id = quotes::QuoteStore(session_->project()).add(quote); });
    if (ok) {
        selectQuote(id);
        Q_EMIT statusMessage(tr("Added to the quote basket"));
    }
    return ok;
}

bool QuoteBasketDock::addCoding(std::int64_t codingId)
{
    if (!session_)
        return false;
    std::int64_t id = 0;
    const bool ok = session_->run(tr("Add Quote from Coding"), [this, codingId, &id] {
        id = quotes::QuoteStore(session_->project()).addFromCoding(codingId);
    });
    if (ok) {
        selectQuote(id);
        Q_EMIT statusMessage(tr("Added the coding to the quote basket"));
    }
    return ok;
}

void QuoteBasketDock::addFromTranscript()
{
    if (controller_ && controller_->selectedSpan())
        addSelection();
    else if (controller_ && controller_->currentCodingId())
        addCoding(*controller_->currentCodingId());
    else
        Q_EMIT statusMessage(tr("Select words or a coding to quote"));
}

bool QuoteBasketDock::moveQuote(std::int64_t quoteId, int position)
{
    if (!session_)
        return false;
    const bool ok = session_->run(tr("Move Quote"),
                                  [this, quoteId, position] { quotes::QuoteStore(session_->project()).move(quoteId, position); });
    selectQuote(quoteId);
    return ok;
}

bool QuoteBasketDock::moveCurrent(int delta)
{
    const auto id = currentQuoteId();
    if (!id)
        return false;
    const int target = list_->currentIndex().row() + 1 + delta;
    if (target < 1 || target > model_->rowCount())
        return false;
    return moveQuote(*id, target);
}

bool QuoteBasketDock::removeCurrent()
{
    const auto id = currentQuoteId();
    if (!session_ || !id)
        return false;
    const int row = list_->currentIndex().row();
    const bool ok = session_->run(tr("Remove Quote"), [this, id] { quotes::QuoteStore(session_->project()).remove(*id); });
    if (ok && model_->rowCount() > 0)
        list_->setCurrentIndex(model_->index(std::min(row, model_->rowCount() - 1)));
    return ok;
}

bool QuoteBasketDock::setNote(std::int64_t quoteId, const QString& note)
{
    if (!session_)
        return false;
    const std::string text = text::fromQString(note);
    const bool ok = session_->run(tr("Edit Quote Note"),
                                  [this, quoteId, text] { quotes::QuoteStore(session_->project()).setNote(quoteId, text); });
    selectQuote(quoteId);
    return ok;
}

bool QuoteBasketDock::retrim(std::int64_t quoteId, const quotes::TrimOptions& trim)
{
    if (!session_)
        return false;
    const bool ok = session_->run(tr("Trim Quote"),
                                  [this, quoteId, trim] { quotes::QuoteStore(session_->project()).retrim(quoteId, trim); });
    selectQuote(quoteId);
    return ok;
}

void QuoteBasketDock::copyToClipboard()
{
    if (!session_)
        return;
    quotes::ExportOptions options;
    options.templateText = quotes::QuoteStore(session_->project()).attributionTemplate();
    const auto quotes = quotes::exportedQuotes(session_->project(), options);
    auto* copied = new QMimeData;
    copied->setText(q(quotes::toPlainText(quotes, options)));
    copied->setHtml(q(quotes::toHtml(quotes, options)));
    QApplication::clipboard()->setMimeData(copied);
    Q_EMIT statusMessage(quotes.size() == 1 ? tr("Copied 1 quote") : tr("Copied %1 quotes").arg(quotes.size()));
}

QuoteExportDialog* QuoteBasketDock::createExportDialog()
{
    return session_ ? new QuoteExportDialog(session_, this) : nullptr;
}

bool QuoteBasketDock::isTranscriptSelection(const QMimeData* dropped) const
{
    if (dropped == nullptr || !dropped->hasText() || dropped->hasFormat(QStringLiteral("application/x-hilo-quote-id")) ||
        !controller_ || !controller_->selectedSpan())
        return false;
    // QTextCursor marks paragraph breaks with U+2029 where a drag carries new lines.
    QString selected = view_->textCursor().selectedText();
    selected.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    return dropped->text() == selected;
}

bool QuoteBasketDock::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == list_->viewport() &&
        (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove || event->type() == QEvent::Drop)) {
        auto* drop = static_cast<QDropEvent*>(event);
        if (isTranscriptSelection(drop->mimeData())) {
            drop->setDropAction(Qt::CopyAction);
            drop->accept();
            if (event->type() == QEvent::Drop)
                addSelection();
            return true;
        }
    }
    return QDockWidget::eventFilter(watched, event);
}

void QuoteBasketDock::populateTranscriptMenu(QMenu* menu, int position)
{
    if (!session_ || !controller_ || !controller_->sourceId())
        return;
    menu->addSeparator();
    QAction* add = menu->addAction(tr("Add to Quote Basket"), this, &QuoteBasketDock::addSelection);
    add->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
    add->setEnabled(controller_->selectedSpan().has_value());
    const text::Utf16CodePointMap offsets(view_->toPlainText());
    const std::int64_t point = offsets.toCodePoint(position);
    for (const CodingRecord& coding : controller_->codings()) {
        if (coding.start > point || point >= coding.end)
            continue;
        const std::int64_t id = coding.id;
        menu->addAction(tr("Quote Coding '%1' (%2)").arg(menuText(coding.codePath), menuText(coding.coderName)), this,
                        [this, id] { addCoding(id); });
    }
}

void QuoteBasketDock::currentChanged()
{
    const auto id = currentQuoteId();
    const int row = id ? model_->rowOf(*id) : -1;
    if (row < 0) {
        provenance_->clear();
        note_->clear();
    } else {
        const quotes::QuoteRecord& quote = model_->quotes()[static_cast<std::size_t>(row)];
        provenance_->setText(tr("%1 · %2 · %3 · %4:%5")
                                 .arg(q(quote.groupTag), q(quote.participant), q(quote.sourceName))
                                 .arg(quote.span.start)
                                 .arg(quote.span.end));
        note_->setText(q(quote.note));
    }
    updateButtons();
}

void QuoteBasketDock::updateDiversity()
{
    if (!session_ || model_->rowCount() == 0) {
        diversity_->clear();
        return;
    }
    const quotes::DiversityReport report = quotes::diversityReport(session_->project(), model_->quotes());
    QStringList groups;
    for (const quotes::GroupDiversity& group : report.groups)
        if (group.sources > 0)
            groups << (group.participants == 1 ? tr("%1: 1 participant").arg(q(group.tag))
                                               : tr("%1: %2 participants").arg(q(group.tag)).arg(group.participants));
    QString text = groups.join(QStringLiteral(" · "));
    for (const std::string& warning : report.warnings)
        text += QStringLiteral("<br><span style=\"color:#b00020\">⚠ %1</span>").arg(q(warning).toHtmlEscaped());
    diversity_->setText(text);
}

void QuoteBasketDock::updateButtons()
{
    const bool hasCurrent = currentQuoteId().has_value();
    const int row = list_->currentIndex().row();
    up_->setEnabled(hasCurrent && row > 0);
    down_->setEnabled(hasCurrent && row + 1 < model_->rowCount());
    remove_->setEnabled(hasCurrent);
    note_->setEnabled(hasCurrent);
    applyTrim_->setEnabled(hasCurrent);
    copy_->setEnabled(model_->rowCount() > 0);
    export_->setEnabled(session_ != nullptr && model_->rowCount() > 0);
}

quotes::TrimOptions QuoteBasketDock::trimFromForm() const
{
    quotes::TrimOptions trim;
    trim.mode = static_cast<quotes::TrimOptions::Mode>(trimMode_->currentData().toInt());
    trim.maxLength = maxLength_->value();
    return trim;
}

} // namespace hilo::ui
