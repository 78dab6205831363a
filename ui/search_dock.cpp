#include "search_dock.h"

#include "index/search.h"
#include "dock_keys.h"
#include "project/codebook_store.h"
#include "project/operations/coding_operations.h"
#include "project_session.h"
#include "rich_text_delegate.h"
#include "text/qt_offsets.h"
#include "text/user_error.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace hilo::ui {
namespace {

constexpr int kTypingPauseMs = 300;
constexpr std::size_t kFacetCodesShown = 8;

QString quotedFilter(const QString& name, const QString& value)
{
    return value.contains(QLatin1Char(' ')) ? QStringLiteral("%1:\"%2\"").arg(name, value)
                                            : QStringLiteral("%1:%2").arg(name, value);
}

} // namespace

SearchDock::SearchDock(QWidget* parent)
    : QDockWidget(tr("Search"), parent),
      query_(new QLineEdit),
      error_(new QLabel),
      summary_(new QLabel),
      facets_(new QLabel),
      results_(new QTableView),
      codeAll_(new QPushButton(tr("Code All Hits…"))),
      quote_(new QPushButton(tr("Quote Hit"))),
      typing_(new QTimer(this)),
      model_(new SearchResultsModel(this))
{
    setObjectName(QStringLiteral("SearchDock"));
    query_->setPlaceholderText(tr("words, \"a phrase\", a NEAR b, emb*, code:…, group:YP, coder:…, age:16..17"));
    query_->setClearButtonEnabled(true);
    error_->setWordWrap(true);
    error_->setForegroundRole(QPalette::BrightText);
    error_->setStyleSheet(QStringLiteral("QLabel { color: #c62828; }"));
    error_->hide();
    facets_->setWordWrap(true);
    facets_->setTextFormat(Qt::RichText);
    results_->setModel(model_);
    results_->setItemDelegateForColumn(SearchResultsModel::PassageColumn,
                                       new RichTextDelegate(SearchResultsModel::HtmlRole, results_));
    results_->setSelectionBehavior(QAbstractItemView::SelectRows);
    results_->setSelectionMode(QAbstractItemView::SingleSelection);
    results_->setWordWrap(true);
    results_->verticalHeader()->hide();
    results_->horizontalHeader()->setSectionResizeMode(SearchResultsModel::PassageColumn, QHeaderView::Stretch);
    results_->horizontalHeader()->setSectionResizeMode(SearchResultsModel::SourceColumn, QHeaderView::ResizeToContents);
    codeAll_->setEnabled(false);
    typing_->setSingleShot(true);
    typing_->setInterval(kTypingPauseMs);

    auto* body = new QWidget;
    auto* layout = new QVBoxLayout(body);
    layout->addWidget(query_);
    layout->addWidget(error_);
    layout->addWidget(summary_);
    layout->addWidget(facets_);
    layout->addWidget(results_, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(quote_);
    buttons->addStretch(1);
    buttons->addWidget(codeAll_);
    layout->addLayout(buttons);
    setWidget(body);

    connect(query_, &QLineEdit::textEdited, typing_, qOverload<>(&QTimer::start));
    connect(typing_, &QTimer::timeout, this, &SearchDock::rerun);
    connect(query_, &QLineEdit::returnPressed, this, &SearchDock::rerun);
    connect(facets_, &QLabel::linkActivated, this, &SearchDock::narrowTo);
    connect(results_, &QAbstractItemView::activated, this, &SearchDock::activate);
    connect(codeAll_, &QPushButton::clicked, this, &SearchDock::chooseCodeForAllHits);
    quote_->setEnabled(false);
    quote_->setToolTip(tr("Add the current hit to the quote basket"));
    // Ctrl+Shift+Q quotes here as it does in the transcript.
    giveButtonKeys(quote_, tr("Quote Hit"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q), this);
    giveButtonKeys(codeAll_, tr("Code All Hits…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K), this);
    const auto quoteCurrent = [this] {
        const QModelIndex current = results_->currentIndex();
        if (!current.isValid())
            return;
        const SearchHit& hit = model_->hit(current.row());
        Q_EMIT quoteRequested(hit.sourceId, hit.start, hit.end);
    };
    connect(quote_, &QPushButton::clicked, this, quoteCurrent);
    connect(results_->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { quote_->setEnabled(current.isValid()); });
}

SearchDock::~SearchDock() = default;

void SearchDock::setSession(ProjectSession* session)
{
    if (session_)
        disconnect(session_, nullptr, this, nullptr);
    session_ = session;
    search_.reset();
    if (session_) {
        // Codes, coders and sources may have changed: a new search session reads them afresh,
        // and the results follow the store.
        connect(session_, &ProjectSession::changed, this, [this] {
            search_.reset();
            rerun();
        });
    }
    rerun();
}

void SearchDock::runQuery(const QString& query)
{
    query_->setText(query);
    rerun();
}

void SearchDock::rerun()
{
    typing_->stop();
    const QString query = query_->text().trimmed();
    error_->hide();
    if (!session_ || query.isEmpty()) {
        model_->setHits({});
        quote_->setEnabled(false);
        total_ = 0;
        summary_->clear();
        facets_->clear();
        codeAll_->setEnabled(false);
        return;
    }
    try {
        if (!search_)
            search_ = std::make_unique<SearchSession>(session_->project());
        SearchResults results =
            search_->search(text::fromQString(query), {.limit = kListed, .groupFacet = true, .codeFacet = true});
        total_ = results.total;
        summary_->setText(total_ > static_cast<std::int64_t>(kListed)
                              ? tr("%n hits (the best %1 listed)", nullptr, static_cast<int>(total_)).arg(kListed)
                              : tr("%n hits", nullptr, static_cast<int>(total_)));
        showFacets(results);
        model_->setHits(std::move(results.hits));
        results_->resizeRowsToContents();
        quote_->setEnabled(results_->currentIndex().isValid());
        codeAll_->setEnabled(total_ > 0);
    } catch (const UserError& e) {
        error_->setText(QString::fromStdString(e.what()));
        error_->show();
    }
}

void SearchDock::showFacets(const SearchResults& results)
{
    QStringList groups;
    for (const FacetCount& group : results.groups)
        groups << QStringLiteral("<a href=\"%1\">%2</a> %3")
                      .arg(quotedFilter(QStringLiteral("group"), text::toQString(group.label)).toHtmlEscaped(),
                           text::toQString(group.label).toHtmlEscaped())
                      .arg(group.count);
    std::vector<FacetCount> codes = results.codes;
    std::stable_sort(codes.begin(), codes.end(), [](const FacetCount& a, const FacetCount& b) { return a.count > b.count; });
    QStringList top;
    for (std::size_t i = 0; i < codes.size() && i < kFacetCodesShown; ++i)
        top << QStringLiteral("<a href=\"%1\">%2</a> %3")
                   .arg(quotedFilter(QStringLiteral("code"), text::toQString(codes[i].label)).toHtmlEscaped(),
                        text::toQString(codes[i].label).toHtmlEscaped())
                   .arg(codes[i].count);
    QString html = tr("Groups: %1").arg(groups.isEmpty() ? tr("none") : groups.join(QStringLiteral(" · ")));
    if (!top.isEmpty())
        html += QStringLiteral("<br>") + tr("Codes: %1").arg(top.join(QStringLiteral(" · ")));
    facets_->setText(html);
}

void SearchDock::narrowTo(const QString& filter)
{
    runQuery(query_->text().trimmed() + QLatin1Char(' ') + filter);
}

void SearchDock::activate(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    const SearchHit& hit = model_->hit(index.row());
    Q_EMIT passageRequested(hit.sourceId, hit.start, hit.end);
}

void SearchDock::chooseCodeForAllHits()
{
    if (!session_)
        return;
    QStringList paths;
    std::vector<std::int64_t> ids;
    for (const CodeRecord& code : CodebookStore(session_->project()).codes(CodebookStore::Counts::Omitted))
        if (code.codable) {
            paths << text::toQString(code.path);
            ids.push_back(code.id);
        }
    bool chosen = false;
    const QString path = QInputDialog::getItem(this, tr("Code All Hits"), tr("Code every hit with:"), paths, 0, false, &chosen);
    if (chosen && paths.contains(path))
        codeAllHits(ids[static_cast<std::size_t>(paths.indexOf(path))]);
}

bool SearchDock::codeAllHits(std::int64_t codeId, bool confirm)
{
    if (!session_ || total_ == 0)
        return false;
    if (!session_->coder()) {
        Q_EMIT session_->errorOccurred(tr("Choose who is coding first (Code ▸ Change Coder…)."));
        return false;
    }
    const QString query = query_->text().trimmed();
    // The same operation as `hilo autocode --query Q --role any`: every speaker turn the query
    // finds, whoever speaks, since the pane lists them all.
    ops::AutocodeRequest request;
    request.query = text::fromQString(query);
    request.code = std::to_string(codeId);
    request.coder = session_->coder()->name;
    request.role.reset();
    try {
        const std::string codePath = CodebookStore(session_->project()).resolve(request.code).path;
        const auto turns = static_cast<int>(ops::findAutocodeUnits(session_->project(), request).size());
        if (turns == 0) {
            Q_EMIT session_->errorOccurred(tr("“%1” finds no speaker turn to code.").arg(query));
            return false;
        }
        if (confirm &&
            QMessageBox::question(this, tr("Code All Hits"),
                                  tr("Code the %n speaker turn(s) that “%1” finds with %2, as %3?", nullptr, turns)
                                      .arg(query, text::toQString(codePath), text::toQString(session_->coder()->name))) !=
                QMessageBox::Yes)
            return false;
        return session_->run(tr("Code %n search hits", nullptr, turns),
                             [&] { ops::autocode(session_->project(), request, session_->operationContext()); });
    } catch (const UserError& e) {
        Q_EMIT session_->errorOccurred(QString::fromStdString(e.what()));
        return false;
    }
}

} // namespace hilo::ui
