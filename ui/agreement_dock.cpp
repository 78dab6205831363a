#include "agreement_dock.h"

#include "analysis/agreement/disagreement_export.h"
#include "analysis/agreement/project_disagreements.h"
#include "progress_runner.h"
#include "project/coder_store.h"
#include "project_session.h"
#include "text/qt_offsets.h"
#include "text/unicode_text.h"
#include "text/user_error.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <filesystem>

namespace hilo::ui {
namespace {

QString q(const std::string& utf8)
{
    return text::toQString(utf8);
}

// A statistic's cell: three decimals, or a dash whose tooltip says why it is undefined.
QTableWidgetItem* resultItem(const analysis::AgreementResult& r, bool coloured)
{
    auto* item = new QTableWidgetItem;
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    if (!r.defined()) {
        item->setText(QStringLiteral("—"));
        item->setToolTip(QObject::tr("Undefined: %1").arg(q(r.undefinedReason)));
        return item;
    }
    item->setText(QString::number(*r.value, 'f', 3));
    if (coloured) {
        item->setBackground(AgreementDock::colorFor(*r.value));
        item->setForeground(QColor(Qt::black)); // the pale backgrounds need dark text in any palette
    }
    return item;
}

QTableWidgetItem* textItem(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

} // namespace

AgreementDock::AgreementDock(QWidget* parent)
    : QDockWidget(tr("Agreement"), parent),
      coders_(new QListWidget),
      unit_(new QComboBox),
      message_(new QLabel),
      table_(new QTableWidget),
      disagreements_(new QTreeWidget)
{
    setObjectName(QStringLiteral("agreementDock"));
    coders_->setMaximumHeight(90);
    coders_->setToolTip(tr("The coders to compare: tick two or more"));
    unit_->addItem(tr("Characters"), static_cast<int>(analysis::AgreementUnit::Character));
    unit_->addItem(tr("Speaker turns"), static_cast<int>(analysis::AgreementUnit::Turn));
    unit_->addItem(tr("Segments (90% overlap)"), static_cast<int>(analysis::AgreementUnit::Segment));
    unit_->addItem(tr("Unitized spans (alpha)"), static_cast<int>(analysis::AgreementUnit::Unitized));
    message_->setWordWrap(true);

    table_->setColumnCount(9);
    table_->setHorizontalHeaderLabels({tr("Code"), tr("Units"), tr("Codings"), tr("Agree"), tr("Cohen κ"), tr("Fleiss κ"),
                                       tr("B-P κ"), tr("α"), tr("α 95% CI")});
    table_->horizontalHeaderItem(AlphaColumn)->setToolTip(tr("Krippendorff's alpha: green ≥ 0.800, amber ≥ 0.667, red below"));
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setSectionResizeMode(CodeColumn, QHeaderView::Stretch);

    disagreements_->setRootIsDecorated(false);
    disagreements_->setAlternatingRowColors(true);
    disagreements_->setToolTip(tr("Where the coders differ on the selected code; double-click to open it in the transcript"));

    auto* controls = new QHBoxLayout;
    auto* unitColumn = new QVBoxLayout;
    unitColumn->addWidget(new QLabel(tr("Unit:")));
    unitColumn->addWidget(unit_);
    unitColumn->addStretch();
    controls->addWidget(coders_, 1);
    controls->addLayout(unitColumn);
    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(table_);
    splitter->addWidget(disagreements_);
    auto* body = new QWidget;
    auto* layout = new QVBoxLayout(body);
    layout->addLayout(controls);
    layout->addWidget(message_);
    layout->addWidget(splitter, 1);
    setWidget(body);

    connect(coders_, &QListWidget::itemChanged, this, [this] {
        if (!loading_)
            compute();
    });
    connect(unit_, &QComboBox::currentIndexChanged, this, [this] { compute(); });
    connect(table_, &QTableWidget::currentCellChanged, this, [this] { showDisagreements(); });
    connect(disagreements_, &QTreeWidget::itemActivated, this, &AgreementDock::itemActivated);
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && stale_)
            compute();
    });
}

void AgreementDock::recomputeWhenShown()
{
    // A large project takes a moment: a hidden dock catches up when it is shown.
    stale_ = true;
    if (isVisible())
        compute();
}

void AgreementDock::setSession(ProjectSession* session)
{
    if (session_)
        disconnect(session_, nullptr, this, nullptr);
    session_ = session;
    if (session_)
        connect(session_, &ProjectSession::changed, this, [this] {
            reloadCoders();
            recomputeWhenShown();
        });
    reloadCoders();
    recomputeWhenShown();
}

void AgreementDock::reloadCoders()
{
    const QStringList checked = checkedCoders();
    loading_ = true;
    coders_->clear();
    if (session_) {
        int ticked = 0;
        for (const CoderRecord& coder : CoderStore(session_->project()).coders()) {
            auto* item = new QListWidgetItem(q(coder.name) + QStringLiteral(" (%1)").arg(coder.codingCount), coders_);
            item->setData(Qt::UserRole, q(coder.name));
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            // Keep the user's choice; at first, the first two coders who have coded.
            const bool on = checked.isEmpty() ? coder.codingCount > 0 && ticked < 2
                                              : checked.contains(q(coder.name), Qt::CaseInsensitive);
            ticked += on ? 1 : 0;
            item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
        }
    }
    loading_ = false;
}

void AgreementDock::setCoders(const QStringList& names)
{
    loading_ = true;
    for (int i = 0; i < coders_->count(); ++i) {
        QListWidgetItem* item = coders_->item(i);
        item->setCheckState(names.contains(item->data(Qt::UserRole).toString(), Qt::CaseInsensitive) ? Qt::Checked : Qt::Unchecked);
    }
    loading_ = false;
    compute();
}

QStringList AgreementDock::checkedCoders() const
{
    QStringList names;
    for (int i = 0; i < coders_->count(); ++i)
        if (coders_->item(i)->checkState() == Qt::Checked)
            names << coders_->item(i)->data(Qt::UserRole).toString();
    return names;
}

void AgreementDock::setUnit(analysis::AgreementUnit unit)
{
    unit_->setCurrentIndex(unit_->findData(static_cast<int>(unit)));
}

QString AgreementDock::message() const
{
    return message_->text();
}

QColor AgreementDock::colorFor(double value)
{
    if (value >= kReliable)
        return QColor(QStringLiteral("#c8e6c9"));
    if (value >= kTentative)
        return QColor(QStringLiteral("#ffe0b2"));
    return QColor(QStringLiteral("#ffcdd2"));
}

bool AgreementDock::compute()
{
    if (computing_) {
        // A change or a click while the dialog is up: once more when this one is done.
        computeAgain_ = true;
        return false;
    }
    stale_ = false;
    const auto showNothing = [this](const QString& why) {
        table_->setRowCount(0);
        rowCodes_.clear();
        disagreements_->clear();
        message_->setText(why);
        rememberShownChoices();
        return false;
    };
    if (!session_)
        return showNothing(tr("No project open."));
    const QStringList names = checkedCoders();
    if (names.size() < 2)
        return showNothing(tr("Tick two or more coders to compare."));
    analysis::AgreementRequest request;
    for (const QString& name : names)
        request.coders.push_back(text::fromQString(name));
    request.unit = static_cast<analysis::AgreementUnit>(unit_->currentData().toInt());
    if (request.unit == analysis::AgreementUnit::Segment && names.size() != 2)
        return showNothing(tr("Segments compare two coders: tick exactly two."));

    analysis::ProjectAgreement result;
    const std::filesystem::path folder = session_->project().folder();
    ProgressRunner runner(window(), tr("Computing agreement…"));
    runner.cancelAtStep(cancelAtStep_);
    computing_ = true;
    computeAgain_ = false;
    bool finished = false;
    try {
        finished = runner.run([&](const Progress& progress) {
            // Its own read-only connection: it sees what the window committed, and the window's
            // connection is never used from two threads.
            Project reader = Project::open(folder, Project::Access::ReadOnly);
            result = analysis::computeProjectAgreement(reader, request, progress);
        });
    } catch (const std::exception& e) {
        computing_ = false;
        return showNothing(q(e.what()));
    }
    computing_ = false;
    if (!finished) {
        // Discarded: the table stays as it was, and so do the choices it was computed for.
        restoreShownChoices();
        computeAgain_ = false;
        return false;
    }
    showResult(result);
    rememberShownChoices();
    if (computeAgain_) {
        computeAgain_ = false;
        return compute();
    }
    return true;
}

void AgreementDock::rememberShownChoices()
{
    shownCoders_ = checkedCoders();
    shownUnit_ = unit_->currentIndex();
}

void AgreementDock::restoreShownChoices()
{
    loading_ = true;
    for (int i = 0; i < coders_->count(); ++i) {
        QListWidgetItem* item = coders_->item(i);
        item->setCheckState(shownCoders_.contains(item->data(Qt::UserRole).toString(), Qt::CaseInsensitive) ? Qt::Checked
                                                                                                          : Qt::Unchecked);
    }
    const QSignalBlocker block(unit_);
    unit_->setCurrentIndex(shownUnit_);
    loading_ = false;
}

void AgreementDock::showResult(const analysis::ProjectAgreement& result)
{
    const std::optional<std::int64_t> previous = currentCodeId();
    table_->setRowCount(0);
    rowCodes_.clear();
    disagreements_->clear();
    message_->setText(tr("%n source(s) compared", nullptr, static_cast<int>(result.sources.size())) +
                      (result.skippedSources.empty()
                           ? QString()
                           : tr("; %n skipped (not coded by every coder)", nullptr, static_cast<int>(result.skippedSources.size()))));
    table_->setRowCount(static_cast<int>(result.rows.size()));
    int select = -1;
    for (int r = 0; r < static_cast<int>(result.rows.size()); ++r) {
        const analysis::AgreementRow& row = result.rows[static_cast<std::size_t>(r)];
        const analysis::AgreementStatistics& s = row.statistics;
        rowCodes_.push_back(row.codeId);
        if (previous && row.codeId == *previous)
            select = r;
        QTableWidgetItem* code = textItem(row.code.empty() ? tr("All codes") : q(row.code));
        if (row.code.empty()) {
            QFont bold = code->font();
            bold.setBold(true);
            code->setFont(bold);
        }
        table_->setItem(r, CodeColumn, code);
        table_->setItem(r, UnitsColumn, textItem(QStringLiteral("%L1 %2").arg(s.units, 0, 'f', 0).arg(q(s.unitName))));
        table_->setItem(r, CodingsColumn, textItem(QString::number(row.codings)));
        table_->setItem(r, AgreeColumn, resultItem(s.percentAgreement, false));
        table_->setItem(r, CohenColumn, resultItem(s.cohenKappa, true));
        table_->setItem(r, FleissColumn, resultItem(s.fleissKappa, true));
        table_->setItem(r, BrennanColumn, resultItem(s.brennanPrediger, true));
        table_->setItem(r, AlphaColumn, resultItem(s.alpha, true));
        QTableWidgetItem* interval = s.alphaLower.defined() && s.alphaUpper.defined()
                                         ? textItem(QStringLiteral("%1 – %2").arg(*s.alphaLower.value, 0, 'f', 3).arg(*s.alphaUpper.value, 0, 'f', 3))
                                         : resultItem(s.alphaLower, false);
        table_->setItem(r, IntervalColumn, interval);
    }
    table_->resizeColumnsToContents();
    if (select >= 0)
        table_->setCurrentCell(select, CodeColumn);
}

std::optional<std::int64_t> AgreementDock::currentCodeId() const
{
    const int row = table_->currentRow();
    if (row < 0 || row >= static_cast<int>(rowCodes_.size()) || rowCodes_[static_cast<std::size_t>(row)] == 0)
        return std::nullopt;
    return rowCodes_[static_cast<std::size_t>(row)];
}

void AgreementDock::showDisagreements()
{
    disagreements_->clear();
    const std::optional<std::int64_t> code = currentCodeId();
    if (!session_ || !code)
        return;
    analysis::DisagreementRequest request;
    for (const QString& name : checkedCoders())
        request.coders.push_back(text::fromQString(name));
    request.code = std::to_string(*code);
    analysis::DisagreementReport report;
    try {
        report = analysis::projectDisagreements(session_->project(), request);
    } catch (const UserError& e) {
        message_->setText(q(e.what()));
        return;
    }
    QStringList headers{tr("Source"), tr("Where"), tr("Kind")};
    for (const std::string& coder : report.coders)
        headers << q(coder);
    disagreements_->setHeaderLabels(headers);
    for (const analysis::SourceDisagreements& source : report.sources)
        for (std::size_t i = 0; i < source.items.size(); ++i) {
            const analysis::Disagreement& d = source.items[i];
            QStringList columns{q(source.source), QStringLiteral("%1–%2").arg(d.region.start).arg(d.region.end),
                                q(analysis::disagreementKind(d, report.coders))};
            // Each coder's own words in the region, side by side.
            for (const auto& spans : d.spansByCoder) {
                QStringList words;
                for (const analysis::Span& s : spans)
                    words << q(text::slice(source.texts[i].text, std::max(s.start, d.region.start) - d.region.start,
                                           std::min(s.end, d.region.end) - d.region.start));
                columns << (words.isEmpty() ? tr("(not coded)") : words.join(QStringLiteral(" … ")));
            }
            auto* item = new QTreeWidgetItem(disagreements_, columns);
            item->setData(0, SourceIdRole, static_cast<qlonglong>(source.sourceId));
            item->setData(0, StartRole, static_cast<qlonglong>(d.region.start));
            item->setData(0, EndRole, static_cast<qlonglong>(d.region.end));
            item->setToolTip(0, q(source.texts[i].text));
        }
}

void AgreementDock::activateDisagreement(int index)
{
    if (QTreeWidgetItem* item = disagreements_->topLevelItem(index))
        itemActivated(item);
}

void AgreementDock::itemActivated(QTreeWidgetItem* item)
{
    Q_EMIT spanActivated(item->data(0, SourceIdRole).toLongLong(), item->data(0, StartRole).toLongLong(),
                         item->data(0, EndRole).toLongLong());
}

} // namespace hilo::ui
