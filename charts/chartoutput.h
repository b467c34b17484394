// chartoutput.h — turns a Chart into PNG, SVG or PDF bytes, and writes files atomically.
//
// Every format is painted by the same Chart::paint code on the reference canvas (chart.h):
// - PNG: exactly the requested pixel size, painted at device pixel ratio 2 (the logical canvas is half the
//   pixel size, so lines and text are laid out for a 2× "retina" density) and tagged 192 dpi, so slide
//   programs place a 1920×1080 image as a crisp 960×540-point picture.
// - SVG: vectors (QSvgGenerator), viewBox = the requested size.
// - PDF: vectors (QPdfWriter), one page whose size is the requested size at 144 px per inch
//   (1920×1080 → 13.33 × 7.5 in, the PowerPoint 16:9 slide).
#pragma once

#include "charts/chart.h"

#include <QByteArray>
#include <QSize>
#include <QString>

#include <functional>
#include <optional>

class QPdfWriter;

namespace rb::exporting {

enum class ImageFormat { Png, Svg, Pdf };

std::optional<ImageFormat> imageFormatFromName(const QString &name); // "png", "svg", "pdf"
QString imageFormatName(ImageFormat format);

// Large enough for a 4K projector, small enough that a PNG cannot exhaust memory: 64..8192 each way.
bool isValidExportSize(const QSize &size);

inline constexpr qreal kPngDevicePixelRatio = 2;
inline constexpr qreal kPdfPixelsPerInch = 144;

// Paints `paintPage(painter, canvas)` with the reference canvas for `size` (1080 units high) mapped
// onto a device area of `deviceSize` logical units.
using PagePainter = std::function<void(QPainter &, const QRectF &canvas)>;
void paintScaled(QPainter &painter, const QSizeF &deviceSize, const QSize &size, const PagePainter &paintPage);

QByteArray renderPage(const PagePainter &paintPage, const QSize &size, ImageFormat format);
QByteArray renderChart(const Chart &chart, const FrameInfo &frame, const QSize &size, ImageFormat format);

// A PDF writer on `device` with pages of `size` at kPdfPixelsPerInch, no margins.
void setUpPdfWriter(QPdfWriter &writer, const QSize &size, const QString &title);

// Writes `bytes` to `path` through a temporary file renamed over the target (QSaveFile): the old file
// stays intact if anything fails. Returns false with a sentence in `error`.
bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error);

} // namespace rb::exporting
