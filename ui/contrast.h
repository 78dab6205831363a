#pragma once
// Colour contrast as WCAG 2 measures it, so code colours chosen on a light desktop stay
// visible on a dark one: a stripe is drawn in the code's own hue, lightened or darkened just
// enough to stand out from what is behind it.
#include <QColor>

namespace hilo::ui {

// WCAG 2 relative luminance (0 black … 1 white) of an opaque colour.
double relativeLuminance(const QColor& color);
// WCAG 2 contrast ratio, 1 (none) … 21 (black on white).
double contrastRatio(const QColor& a, const QColor& b);
// The colour itself when it already contrasts `minimum`:1 with the background; otherwise the
// same hue, lighter on a dark background and darker on a light one, the least change that does.
QColor readableAgainst(const QColor& color, const QColor& background, double minimum = 3.0);
// A translucent colour painted over an opaque one.
QColor composite(const QColor& over, const QColor& under);

// What graphical marks (stripes, highlights' edges) need against their background.
inline constexpr double kMarkContrast = 3.0;

} // namespace hilo::ui
