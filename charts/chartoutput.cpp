// chartoutput.cpp — PNG/SVG/PDF back ends for the chart painters.
#include "charts/chartoutput.h"

#include <QBuffer>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace rb::exporting {

std::optional<ImageFormat> imageFormatFromName(const QString &name)
{
    const QString n = name.toLower();
    if (n == QLatin1String("png")) return ImageFormat::Png;
    if (n == QLatin1String("svg")) return ImageFormat::Svg;
    if (n == QLatin1String("pdf")) return ImageFormat::Pdf;
    return std::nullopt;
}

QString imageFormatName(ImageFormat format)
{
    switch (format) {
    case ImageFormat::Png:
        return QStringLiteral("png");
    case ImageFormat::Svg:
        return QStringLiteral("svg");
    case ImageFormat::Pdf:
        return QStringLiteral("pdf");
    }
    return {};
}

bool isValidExportSize(const QSize &size)
{
    return size.width() >= 64 && size.height() >= 64 && size.width() <= 8192 && size.height() <= 8192;
}

void paintScaled(QPainter &painter, const QSizeF &deviceSize, const QSize &size, const PagePainter &paintPage)
{
    const qreal aspect = qreal(size.width()) / qreal(size.height());
    const QRectF canvas(0, 0, kReferenceHeight * aspect, kReferenceHeight);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.scale(deviceSize.width() / canvas.width(), deviceSize.height() / canvas.height());
    paintPage(painter, canvas);
    painter.restore();
}

void setUpPdfWriter(QPdfWriter &writer, const QSize &size, const QString &title)
{
    writer.setResolution(int(kPdfPixelsPerInch));
    writer.setPageSize(QPageSize(QSizeF(size.width() / kPdfPixelsPerInch, size.height() / kPdfPixelsPerInch),
                                 QPageSize::Inch, QStringLiteral("Riskboard slide"), QPageSize::ExactMatch));
    writer.setPageOrientation(QPageLayout::Portrait); // the custom size already is landscape
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Riskboard"));
}

QByteArray renderPage(const PagePainter &paintPage, const QSize &size, ImageFormat format)
{
    QByteArray bytes;
    switch (format) {
    case ImageFormat::Png: {
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(kPngDevicePixelRatio);
        const int dotsPerMeter = qRound(96 * kPngDevicePixelRatio / 0.0254);
        image.setDotsPerMeterX(dotsPerMeter);
        image.setDotsPerMeterY(dotsPerMeter);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            paintScaled(painter, QSizeF(size) / kPngDevicePixelRatio, size, paintPage);
        }
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        break;
    }
    case ImageFormat::Svg: {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setResolution(96);
        svg.setTitle(QStringLiteral("Riskboard chart"));
        QPainter painter(&svg);
        paintScaled(painter, QSizeF(size), size, paintPage);
        painter.end();
        break;
    }
    case ImageFormat::Pdf: {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        setUpPdfWriter(writer, size, QStringLiteral("Riskboard chart"));
        QPainter painter(&writer);
        paintScaled(painter, QSizeF(writer.width(), writer.height()), size, paintPage);
        painter.end();
        break;
    }
    }
    return bytes;
}

QByteArray renderChart(const Chart &chart, const FrameInfo &frame, const QSize &size, ImageFormat format)
{
    return renderPage([&](QPainter &p, const QRectF &canvas) { paintChartPage(p, canvas, chart, frame); }, size,
                      format);
}

bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error) *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

} // namespace rb::exporting
