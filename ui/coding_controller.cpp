#include "coding_controller.h"

#include "coding_margin.h"
#include "project/codebook_store.h"
#include "project/operations/coding_operations.h"
#include "project_session.h"
#include "quick_code_popup.h"
#include "transcript_view.h"

#include <QMenu>
#include <QPixmap>
#include <QTextCursor>

#include <algorithm>
#include <map>
#include <set>

namespace hilo::ui {
namespace {

QString q(const std::string& utf8)
{
    return text::toQString(utf8);
}

// Stripes need a colour even when no code up the tree has one.
const QColor kDefaultColor(0x80, 0x80, 0x80);

// A code name as a menu entry: "&" would otherwise mark a mnemonic.
QString menuText(const std::string& name)
{
    return q(name).replace(QLatin1Char('&'), QStringLiteral("&&"));
}

QIcon swatch(const QColor& color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(color.isValid() ? color : kDefaultColor);
    return QIcon(pixmap);
}

} // namespace

CodingController::CodingController(TranscriptView* view, CodingMargin* margin, QObject* parent)
    : QObject(parent), view_(view), margin_(margin), popup_(new QuickCodePopup(view))
{
    connect(view_, &TranscriptView::pinnedKeyPressed, this, [this](int digit) { applyPinnedCode(digit); });
    connect(view_, &TranscriptView::contextMenuAboutToShow, this, &CodingController::populateContextMenu);
    connect(margin_, &CodingMargin::stripeClicked, this, &CodingController::selectCoding);
    connect(margin_, &CodingMargin::widthChanged, view_, &TranscriptView::updateMarginGeometry);
    connect(popup_, &QuickCodePopup::codeChosen, this, [this](std::int64_t codeId) {
        if (popupSpan_)
            applyCode(codeId, *popupSpan_);
    });
    connect(popup_, &QuickCodePopup::closed, this, [this] { view_->setFocus(Qt::PopupFocusReason); });
}

CodingController::~CodingController() = default;

void CodingController::setSession(ProjectSession* session)
{
    if (session_)
        disconnect(session_, nullptr, this, nullptr);
    session_ = session;
    if (session_)
        connect(session_, &ProjectSession::changed, this, &CodingController::refresh);
    sourceId_.reset();
    offsets_.reset();
    refresh();
}

void CodingController::showSource(const SourceDetail* source)
{
    sourceId_ = source ? std::optional<std::int64_t>(source->id) : std::nullopt;
    sourceName_ = source ? q(source->name) : QString();
    // The view's text is the stored text, so one map serves every span of this source.
    offsets_.reset();
    if (source)
        offsets_.emplace(view_->toPlainText());
    if (current_) {
        current_.reset();
        Q_EMIT currentCodingChanged(0);
    }
    refresh();
}

std::optional<CodingController::Span> CodingController::selectedSpan() const
{
    const QTextCursor cursor = view_->textCursor();
    if (!offsets_ || !cursor.hasSelection())
        return std::nullopt;
    const std::int64_t start = offsets_->toCodePoint(cursor.selectionStart());
    const std::int64_t end = offsets_->toCodePoint(cursor.selectionEnd());
    if (end <= start)
        return std::nullopt;
    return Span{start, end};
}

bool CodingController::ensureCoder()
{
    if (session_ && !session_->coder())
        Q_EMIT coderNeeded();
    if (session_ && session_->coder())
        return true;
    Q_EMIT statusMessage(tr("Choose who is coding first (Code ▸ Change Coder…)"));
    return false;
}

bool CodingController::applyCode(std::int64_t codeId)
{
    const std::optional<Span> span = selectedSpan();
    if (!span) {
        Q_EMIT statusMessage(tr("Select the words to code in the transcript first"));
        return false;
    }
    return applyCode(codeId, *span);
}

bool CodingController::applyCode(std::int64_t codeId, const Span& span)
{
    if (!session_ || !sourceId_ || !ensureCoder())
        return false;
    const std::optional<CodeRecord> code = CodebookStore(session_->project()).findById(codeId);
    if (!code)
        return false;
    NewCoding coding;
    coding.sourceId = *sourceId_;
    coding.codeId = codeId;
    coding.coderId = session_->coder()->id;
    coding.start = span.first;
    coding.end = span.second;
    const bool ok = session_->run(tr("Code '%1' on %2").arg(q(code->path), sourceName_),
                                  [this, coding] { ops::code(session_->project(), coding, session_->operationContext()); });
    if (ok)
        Q_EMIT statusMessage(tr("Coded '%1'").arg(q(code->path)));
    return ok;
}

bool CodingController::applyPinnedCode(int digit)
{
    if (!session_)
        return false;
    const QString guid = session_->pinnedCodes().value(digit);
    if (!guid.isEmpty())
        for (const CodeRecord& code : CodebookStore(session_->project()).codes(CodebookStore::Counts::Omitted))
            if (q(code.guid) == guid)
                return applyCode(code.id);
    Q_EMIT statusMessage(guid.isEmpty()
                             ? tr("No code is pinned to key %1: right-click a code in the codebook to pin it").arg(digit)
                             : tr("The code pinned to key %1 no longer exists").arg(digit));
    return false;
}

bool CodingController::removeCoding(std::int64_t codingId)
{
    if (!session_)
        return false;
    QString path;
    for (const CodingRecord& coding : codings_)
        if (coding.id == codingId)
            path = q(coding.codePath);
    return session_->run(tr("Remove coding '%1' from %2").arg(path, sourceName_),
                         [this, codingId] { ops::uncode(session_->project(), codingId, session_->operationContext()); });
}

void CodingController::openQuickCode()
{
    if (!session_ || !sourceId_)
        return;
    popupSpan_ = selectedSpan();
    if (!popupSpan_) {
        Q_EMIT statusMessage(tr("Select the words to code in the transcript first"));
        return;
    }
    if (!ensureCoder())
        return;
    popup_->setCodes(CodebookStore(session_->project()).codes());
    const QRect caret = view_->cursorRect();
    popup_->popup(view_->viewport()->mapToGlobal(caret.bottomLeft()), tr("Code the selected text in %1").arg(sourceName_));
}

void CodingController::selectCoding(std::int64_t codingId)
{
    for (const CodingRecord& coding : codings_) {
        if (coding.id != codingId || !offsets_)
            continue;
        QTextCursor cursor(view_->document());
        cursor.setPosition(static_cast<int>(offsets_->toUtf16(coding.start)));
        cursor.setPosition(static_cast<int>(offsets_->toUtf16(coding.end)), QTextCursor::KeepAnchor);
        view_->setTextCursor(cursor);
        view_->ensureCursorVisible();
        current_ = codingId;
        margin_->setCurrentCoding(codingId);
        Q_EMIT currentCodingChanged(codingId);
        Q_EMIT statusMessage(tr("'%1' by %2").arg(q(coding.codePath), q(coding.coderName)));
        return;
    }
}

QColor CodingController::colorOf(const CodingRecord& coding) const
{
    // The store gives the code's colour or its nearest ancestor's.
    const QColor color(q(coding.codeColor));
    return color.isValid() ? color : kDefaultColor;
}

QString CodingController::initialsOf(const QString& coderName)
{
    const QStringList words = coderName.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return {};
    if (words.size() == 1)
        return words.front().left(2).toUpper();
    return (words.front().left(1) + words.back().left(1)).toUpper();
}

void CodingController::refresh()
{
    codings_.clear();
    if (session_ && sourceId_)
        codings_ = CodingStore(session_->project()).forSource(*sourceId_);

    std::vector<MarginCoding> stripes;
    QList<QTextEdit::ExtraSelection> highlights;
    for (const CodingRecord& coding : codings_) {
        if (!offsets_)
            break;
        MarginCoding stripe;
        stripe.codingId = coding.id;
        stripe.codeId = coding.codeId;
        stripe.start = static_cast<int>(offsets_->toUtf16(coding.start));
        stripe.end = static_cast<int>(offsets_->toUtf16(coding.end));
        stripe.color = colorOf(coding);
        stripe.initials = initialsOf(q(coding.coderName));
        stripe.label = tr("%1 — %2").arg(q(coding.codePath), q(coding.coderName));
        stripes.push_back(stripe);

        QTextEdit::ExtraSelection highlight;
        highlight.cursor = QTextCursor(view_->document());
        highlight.cursor.setPosition(stripe.start);
        highlight.cursor.setPosition(stripe.end, QTextCursor::KeepAnchor);
        QColor tint = stripe.color;
        tint.setAlpha(48); // translucent, so overlapping codings read as darker
        highlight.format.setBackground(tint);
        highlights << highlight;
    }
    margin_->setCodings(std::move(stripes));
    view_->setExtraSelections(highlights);
    if (current_ && std::none_of(codings_.begin(), codings_.end(),
                                 [this](const CodingRecord& c) { return c.id == *current_; })) {
        current_.reset();
        Q_EMIT currentCodingChanged(0);
    }
}

// --- the context menu ----------------------------------------------------------------------

void CodingController::populateContextMenu(QMenu* menu, int position)
{
    if (!session_ || !sourceId_ || !offsets_)
        return;
    menu->addSeparator();
    const std::optional<Span> span = selectedSpan();
    addApplyMenu(menu, span);
    QAction* quick = menu->addAction(tr("Quick Code…"), this, &CodingController::openQuickCode);
    quick->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    quick->setEnabled(span.has_value());

    const std::int64_t point = offsets_->toCodePoint(position);
    bool first = true;
    for (const CodingRecord& coding : codings_) {
        if (coding.start > point || point >= coding.end)
            continue;
        if (first)
            menu->addSeparator();
        first = false;
        const std::int64_t id = coding.id;
        QAction* remove = menu->addAction(tr("Remove Coding '%1' (%2)").arg(menuText(coding.codePath), menuText(coding.coderName)),
                                          this, [this, id] { removeCoding(id); });
        remove->setIcon(swatch(colorOf(coding)));
    }
}

void CodingController::addApplyMenu(QMenu* menu, const std::optional<Span>& span)
{
    QMenu* apply = menu->addMenu(tr("Apply Code"));
    const std::vector<CodeRecord> codes = CodebookStore(session_->project()).codes(CodebookStore::Counts::Omitted);
    if (!span || codes.empty()) {
        apply->setEnabled(false);
        return;
    }
    std::set<std::int64_t> parents;
    for (const CodeRecord& code : codes)
        if (code.parentId)
            parents.insert(*code.parentId);
    std::map<std::int64_t, QMenu*> submenus;
    std::map<std::int64_t, QColor> colors; // own colour, else the nearest ancestor's
    for (const CodeRecord& code : codes) {
        QColor color(q(code.color));
        if (!color.isValid() && code.parentId)
            color = colors[*code.parentId];
        colors[code.id] = color;
        QMenu* parentMenu = code.parentId ? submenus.at(*code.parentId) : apply;
        const std::int64_t id = code.id;
        const Span chosen = *span;
        if (parents.count(code.id) != 0) {
            // A code with sub-codes opens a submenu whose first entry applies the code itself.
            QMenu* sub = parentMenu->addMenu(swatch(color), menuText(code.name));
            submenus[code.id] = sub;
            if (code.codable) {
                sub->addAction(swatch(color), menuText(code.name), this, [this, id, chosen] { applyCode(id, chosen); });
                sub->addSeparator();
            }
        } else {
            QAction* action = parentMenu->addAction(swatch(color), menuText(code.name), this,
                                                    [this, id, chosen] { applyCode(id, chosen); });
            action->setEnabled(code.codable);
        }
    }
}

} // namespace hilo::ui
