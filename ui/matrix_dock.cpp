#include "matrix_dock.h"

#include "analysis/report/matrix_export.h"
#include "documents/odt_writer.h"
#include "dock_keys.h"
#include "export_file_dialog.h"
#include "import/file_bytes.h"
#include "matrix_model.h"
#include "project/coder_store.h"
#include "project_session.h"
#include "text/unicode_text.h"
#include "text/user_error.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <map>

namespace hilo::ui {
namespace {

constexpr int kSourceIdRole = Qt::UserRole + 1;
constexpr int kStartRole = Qt::UserRole + 2;
constexpr int kEndRole = Qt::UserRole + 3;

} // namespace

MatrixDock::MatrixDock(QWidget* parent)
    : QDockWidget(tr("Code Matrix"), parent),
      model_(new MatrixModel(this)),
      table_(new QTableView),
      columns_(new QComboBox),
      measure_(new QComboBox),
      depth_(new QComboBox),
      coder_(new QComboBox),
      query_(new QLineEdit),
      export_(new QPushButton(tr("Export…"))),
      excerpts_(new QListWidget)
{
    setObjectName(QStringLiteral("matrixDock"));
    // The names a reader sees; the CLI's option values (cellMeasureName) stay English.
    measure_->addItem(tr("excerpts"), static_cast<int>(analysis::CellMeasure::Excerpts));
    measure_->addItem(tr("participants"), static_cast<int>(analysis::CellMeasure::Participants));
    measure_->addItem(tr("percent of the column"), static_cast<int>(analysis::CellMeasure::Percent));
    measure_->addItem(tr("words coded"), static_cast<int>(analysis::CellMeasure::Words));
    depth_->addItem(tr("all levels"), 0);
    depth_->addItem(tr("top level"), 1);
    depth_->addItem(tr("two levels"), 2);
    depth_->setCurrentIndex(2); // a codebook's themes and their sub-themes fit on one screen
    query_->setPlaceholderText(tr("only codings matching…"));
    query_->setClearButtonEnabled(true);

    auto* choices = new QHBoxLayout;
    choices->addWidget(new QLabel(tr("Columns")));
    choices->addWidget(columns_);
    choices->addWidget(new QLabel(tr("Cells")));
    choices->addWidget(measure_);
    choices->addWidget(new QLabel(tr("Rows")));
    choices->addWidget(depth_);
    choices->addWidget(coder_);
    choices->addWidget(query_, 1);
    choices->addWidget(export_);

    table_->setModel(model_);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setSelectionBehavior(QAbstractItemView::SelectItems);
    table_->verticalHeader()->hide();
    table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 6);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    excerpts_->setWordWrap(true);
    excerpts_->setAlternatingRowColors(true);

    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(table_);
    splitter->addWidget(excerpts_);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto* body = new QWidget;
    auto* layout = new QVBoxLayout(body);
    layout->addLayout(choices);
    layout->addWidget(splitter, 1);
    setWidget(body);

    for (QComboBox* box : {columns_, depth_, coder_})
        connect(box, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    connect(measure_, &QComboBox::currentIndexChanged, this, [this] {
        model_->setMeasure(static_cast<analysis::CellMeasure>(measure_->currentData().toInt()));
    });
    connect(query_, &QLineEdit::returnPressed, this, [this] { refresh(); });
    connect(table_, &QTableView::clicked, this, &MatrixDock::showExcerptsOf);
    connect(excerpts_, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        Q_EMIT excerptActivated(item->data(kSourceIdRole).toLongLong(), item->data(kStartRole).toLongLong(),
                                item->data(kEndRole).toLongLong());
    });
    connect(export_, &QPushButton::clicked, this, &MatrixDock::exportInteractively);
    giveButtonKeys(export_, tr("Export Code Matrix…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X), this);
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && stale_)
            refresh();
    });
}

void MatrixDock::setSession(ProjectSession* session)
{
    if (session_)
        disconnect(session_, nullptr, this, nullptr);
    session_ = session;
    fillChoices();
    if (session_)
        connect(session_, &ProjectSession::changed, this, [this] {
            stale_ = true;
            if (isVisible())
                refresh();
        });
    stale_ = true;
    refresh();
}

void MatrixDock::fillChoices()
{
    const QSignalBlocker blockColumns(columns_);
    const QSignalBlocker blockCoder(coder_);
    columns_->clear();
    coder_->clear();
    if (!session_)
        return;
    columns_->addItem(tr("group"), QStringLiteral("group"));
    columns_->addItem(tr("source"), QStringLiteral("source"));
    auto attributes = session_->project().db().prepare("SELECT name FROM attributes ORDER BY name");
    while (attributes.step())
        columns_->addItem(QString::fromStdString(attributes.columnText(0)), QString::fromStdString(attributes.columnText(0)));
    coder_->addItem(tr("all coders"), QString());
    for (const CoderRecord& coder : CoderStore(session_->project()).coders())
        coder_->addItem(QString::fromStdString(coder.name), QString::fromStdString(coder.name));
}

void MatrixDock::refresh()
{
    excerpts_->clear();
    if (!session_) {
        model_->setMatrix({});
        return;
    }
    analysis::MatrixOptions options;
    const QString columns = columns_->currentData().toString();
    if (columns == QStringLiteral("source")) {
        options.columns = analysis::ColumnKind::Source;
    } else if (columns != QStringLiteral("group") && !columns.isEmpty()) {
        options.columns = analysis::ColumnKind::Attribute;
        options.attribute = columns.toStdString();
    }
    options.maxDepth = depth_->currentData().toInt();
    if (const QString coder = coder_->currentData().toString(); !coder.isEmpty())
        options.coder = coder.toStdString();
    if (const QString query = query_->text().trimmed(); !query.isEmpty())
        options.query = query.toStdString();
    try {
        model_->setMatrix(analysis::buildCodeMatrix(session_->project(), options));
        query_->setToolTip({});
        stale_ = false;
    } catch (const UserError& e) {
        // A query being typed may not parse yet: say why beside it, keep the last matrix.
        query_->setToolTip(QString::fromStdString(e.what()));
        Q_EMIT session_->errorOccurred(QString::fromStdString(e.what()));
    }
}

void MatrixDock::showExcerptsOf(const QModelIndex& index)
{
    excerpts_->clear();
    const analysis::MatrixCell* cell = model_->cellAt(index);
    if (!session_ || !cell)
        return;
    store::Database& db = session_->project().db();
    auto query = db.prepare("SELECT c.source_id, s.name, c.start, c.end, k.name, s.text FROM codings c "
                            "JOIN sources s ON s.id = c.source_id JOIN coders k ON k.id = c.coder_id WHERE c.id = ?");
    for (std::int64_t id : cell->codingIds) {
        query.bind(1, id);
        if (query.step()) {
            const std::string words = text::slice(query.columnText(5), query.columnInt(2), query.columnInt(3));
            auto* item = new QListWidgetItem(QStringLiteral("%1 · %2 · %3\n%4")
                                                 .arg(QString::fromStdString(query.columnText(1)))
                                                 .arg(query.columnInt(2))
                                                 .arg(QString::fromStdString(query.columnText(4)))
                                                 .arg(QString::fromStdString(words).simplified()));
            item->setData(kSourceIdRole, static_cast<qint64>(query.columnInt(0)));
            item->setData(kStartRole, static_cast<qint64>(query.columnInt(2)));
            item->setData(kEndRole, static_cast<qint64>(query.columnInt(3)));
            excerpts_->addItem(item);
        }
        query.reset();
    }
}

void MatrixDock::exportTo(const QString& file, const QString& format)
{
    analysis::MatrixExportOptions options;
    options.measure = model_->measure();
    if (session_)
        options.title = tr("Code matrix: %1").arg(session_->projectName()).toStdString();
    if (const QString coder = coder_->currentData().toString(); !coder.isEmpty())
        options.description = tr("Coder: %1").arg(coder).toStdString();
    const analysis::CodeMatrix& matrix = model_->matrix();
    if (format == QStringLiteral("odt"))
        documents::writeOdt(analysis::matrixToHtml(matrix, options), file.toStdString());
    else if (format == QStringLiteral("csv"))
        import::writeFileBytes(file.toStdString(), analysis::matrixToCsv(matrix, options));
    else if (format == QStringLiteral("md"))
        import::writeFileBytes(file.toStdString(), analysis::matrixToMarkdown(matrix, options));
    else
        import::writeFileBytes(file.toStdString(), analysis::matrixToHtml(matrix, options));
}

void MatrixDock::exportInteractively()
{
    exportThroughDialog(this, tr("Export Code Matrix"), tr("CSV (*.csv);;Markdown (*.md);;HTML (*.html);;OpenDocument text (*.odt)"),
                        [this](const QString& file, const QString& format) { exportTo(file, format); });
}

} // namespace hilo::ui
