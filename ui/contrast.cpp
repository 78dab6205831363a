#include "contrast.h"

#include <algorithm>
#include <cmath>

namespace hilo::ui {
namespace {

double linear(double channel)
{
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

} // namespace

double relativeLuminance(const QColor& color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF()) + 0.0722 * linear(rgb.blueF());
}

double contrastRatio(const QColor& a, const QColor& b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor readableAgainst(const QColor& color, const QColor& background, double minimum)
{
    if (!color.isValid() || contrastRatio(color, background) >= minimum)
        return color;
    // Move towards white on a dark background, towards black on a light one, in small steps
    // of mixing, which keeps the hue; one of the two ends always reaches 3:1.
    const bool darkBackground = relativeLuminance(background) < 0.18;
    const QColor end = darkBackground ? QColor(Qt::white) : QColor(Qt::black);
    const QColor from = color.toRgb();
    for (int step = 1; step <= 20; ++step) {
        const double t = step / 20.0;
        const QColor mixed = QColor::fromRgbF(static_cast<float>(from.redF() + (end.redF() - from.redF()) * t),
                                              static_cast<float>(from.greenF() + (end.greenF() - from.greenF()) * t),
                                              static_cast<float>(from.blueF() + (end.blueF() - from.blueF()) * t));
        if (contrastRatio(mixed, background) >= minimum)
            return mixed;
    }
    return end;
}

QColor composite(const QColor& over, const QColor& under)
{
    const QColor a = over.toRgb();
    const QColor b = under.toRgb();
    const float alpha = a.alphaF();
    return QColor::fromRgbF(a.redF() * alpha + b.redF() * (1 - alpha), a.greenF() * alpha + b.greenF() * (1 - alpha),
                            a.blueF() * alpha + b.blueF() * (1 - alpha));
}

} // namespace hilo::ui
