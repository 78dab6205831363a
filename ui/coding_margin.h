#pragma once
// Coding stripes beside the transcript: one thin bar per coding in its code's colour, spanning
// the lines of its text, with the coder's initials at the top. Overlapping codings take
// separate columns so none hides another. The margin lives inside the TranscriptView (as a
// line-number area does in a code editor), so it scrolls with the text.
#include <QColor>
#include <QRect>
#include <QWidget>

#include <cstdint>
#include <optional>
#include <vector>

class QTextEdit;

namespace hilo::ui {

// A coding as the margin shows it, with its span in the view's UTF-16 positions.
struct MarginCoding {
    std::int64_t codingId = 0;
    std::int64_t codeId = 0;
    int start = 0;
    int end = 0;
    QColor color;
    QString initials;
    QString label; // "Disclosure/Barriers — Ana Ruiz", for the tooltip
};

// Where a stripe is drawn, in the margin's coordinates.
struct Stripe {
    std::int64_t codingId = 0;
    std::int64_t codeId = 0;
    QRect rect; // the stripe's column over its text's lines; clicks inside select the coding
    QColor color;
    QString initials;
    int column = 0;
};

class CodingMargin : public QWidget {
    Q_OBJECT
public:
    explicit CodingMargin(QTextEdit* view, QWidget* parent = nullptr);

    void setCodings(std::vector<MarginCoding> codings);
    const std::vector<MarginCoding>& codings() const { return codings_; }
    void setCurrentCoding(std::optional<std::int64_t> codingId);

    // The stripes as they are laid out now (including those scrolled out of sight), so tests
    // and tools can find them without probing pixels.
    std::vector<Stripe> stripes() const;
    // The colour a stripe of this code is painted in: the code's own, adjusted for contrast
    // with the margin's background (a dark palette makes dark code colours vanish otherwise).
    QColor paintedColor(const QColor& codeColor) const;
    std::optional<Stripe> stripeAt(const QPoint& position) const;

    QSize sizeHint() const override;

Q_SIGNALS:
    void stripeClicked(std::int64_t codingId);
    void widthChanged(int width);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    bool event(QEvent* event) override;

private:
    void updateWidth();

    static constexpr int kColumnWidth = 16;
    static constexpr int kBarWidth = 4;
    static constexpr int kPadding = 3;

    QTextEdit* view_;
    std::vector<MarginCoding> codings_;
    std::optional<std::int64_t> current_;
    int columns_ = 0;
};

} // namespace hilo::ui
