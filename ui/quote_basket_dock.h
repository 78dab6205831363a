#pragma once
// The quote basket beside the transcript: quotes in report order, added from the transcript's
// selection or a coding (context menu, Ctrl+Shift+Q, or dragging the selection onto the list),
// reordered by drag or Up/Down, trimmed to sentences with an optional maximum length,
// annotated, exported with a live preview of the attribution, and copied to the clipboard. Every change is one undo step; a
// line under the list says how many participants each group is quoted from.
#include "analysis/quotes/quote_trimming.h"

#include <QDockWidget>
#include <QPointer>

#include <cstdint>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QMenu;
class QMimeData;
class QPushButton;
class QSpinBox;

namespace hilo::ui {

class CodingController;
class ProjectSession;
class QuoteBasketModel;
class QuoteExportDialog;
class TranscriptView;

class QuoteBasketDock : public QDockWidget {
    Q_OBJECT
public:
    explicit QuoteBasketDock(QWidget* parent = nullptr);

    void setSession(ProjectSession* session);
    // Adds the basket's entries to the transcript's context menu and the Ctrl+Shift+Q key.
    void attachTranscript(TranscriptView* view, CodingController* controller);

    QuoteBasketModel* model() const { return model_; }
    QListView* list() const { return list_; }
    QPushButton* upButton() const { return up_; }
    QPushButton* downButton() const { return down_; }
    QLineEdit* noteEdit() const { return note_; }
    QComboBox* trimModeBox() const { return trimMode_; }
    QSpinBox* maxLengthBox() const { return maxLength_; }
    QPushButton* applyTrimButton() const { return applyTrim_; }
    QLabel* provenanceLabel() const { return provenance_; }
    QLabel* diversityLabel() const { return diversity_; }

    std::optional<std::int64_t> currentQuoteId() const;
    void selectQuote(std::int64_t quoteId);

    // The dock's commands, each one undo step; false (with the store's message shown) on refusal.
    bool addSelection();
    // A passage of a source, [start, end) in code points (a search hit, say).
    bool addSpan(std::int64_t sourceId, std::int64_t start, std::int64_t end);
    bool addCoding(std::int64_t codingId);
    bool moveQuote(std::int64_t quoteId, int position);
    bool moveCurrent(int delta);
    bool removeCurrent();
    bool setNote(std::int64_t quoteId, const QString& note);
    bool retrim(std::int64_t quoteId, const quotes::TrimOptions& trim);
    // The whole basket as the project's template renders it, as text and HTML.
    void copyToClipboard();
    // A new export dialog for the open project (the caller shows it).
    QuoteExportDialog* createExportDialog();

Q_SIGNALS:
    void statusMessage(const QString& message);

protected:
    // Text dragged from the transcript onto the list is quoted: a drop whose text is the
    // transcript's selection adds that selection, with its offsets.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool isTranscriptSelection(const QMimeData* dropped) const;
    void populateTranscriptMenu(QMenu* menu, int position);
    void addFromTranscript();
    void currentChanged();
    void updateDiversity();
    void updateButtons();
    quotes::TrimOptions trimFromForm() const;

    QPointer<ProjectSession> session_;
    TranscriptView* view_ = nullptr;
    CodingController* controller_ = nullptr;
    QuoteBasketModel* model_;
    QListView* list_;
    QPushButton* up_;
    QPushButton* down_;
    QPushButton* remove_;
    QPushButton* copy_;
    QPushButton* export_;
    QLabel* provenance_;
    QLineEdit* note_;
    QComboBox* trimMode_;
    QSpinBox* maxLength_;
    QPushButton* applyTrim_;
    QLabel* diversity_;
};

} // namespace hilo::ui
