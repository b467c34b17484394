// chart.h — the common base of every exported chart: a painter that draws into a rectangle of any
// QPainter (image, SVG, PDF, or a future in-app view), plus the frame (title, programme, date) that
// every slide-ready chart carries.
//
// Units: charts are laid out on a *reference canvas* 1080 units high (1920×1080 for 16:9). The output
// code (chartoutput.h) scales that canvas onto the device, so a chart looks the same in a PNG, an SVG and
// a PDF. Font sizes are palette.h point sizes at 1920×1080, converted at 96 dpi (pt × 4/3 units).
#pragma once

#include <QFont>
#include <QRectF>
#include <QString>

class QPainter;

namespace rb::exporting {

inline constexpr qreal kReferenceHeight = 1080;

class Chart {
public:
    virtual ~Chart() = default;
    virtual QString title() const = 0;
    // Draws the chart body into `area` (reference units). Must not assume anything about the device.
    virtual void paint(QPainter &painter, const QRectF &area) const = 0;
};

// What the frame prints above every chart: the programme and the date the document describes.
struct FrameInfo {
    QString programme; // "MAB plateau 4 — Provincie Flevoland"
    QString dateText;  // "Status 18 October 2018"
};

// DejaVu Sans at a palette point size, as a pixel size in reference units (unhinted, so that layout
// measured on one device holds on every other).
QFont chartFont(int pointSize, bool bold = false);

// Paints background, title, programme and date; returns the rectangle left for the chart body.
QRectF paintFrame(QPainter &painter, const QRectF &canvas, const QString &title, const FrameInfo &frame);

// The whole slide: frame + chart body.
void paintChartPage(QPainter &painter, const QRectF &canvas, const Chart &chart, const FrameInfo &frame);

// A chart with nothing to show says why, centred in its area.
void paintEmptyMessage(QPainter &painter, const QRectF &area, const QString &message);
// The explanatory line under a chart: the bottom `height` units of `area`, small and muted.
void paintNote(QPainter &painter, const QRectF &area, qreal height, const QString &note);

// Text helpers used by several charts.
void drawTextLines(QPainter &painter, const QRectF &rect, int flags, const QString &text);
QString elided(const QFont &font, const QString &text, qreal width);
// Breaks a text longer than `minLength` characters at the space nearest its middle, with `lineBreak`
// ("\n", or "<br>" for QtCharts labels, which take rich text).
QString twoLines(const QString &text, int minLength, const QString &lineBreak);

} // namespace rb::exporting
