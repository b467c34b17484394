// exportcontroller.cpp
#include "export/exportcontroller.h"

#include "document/localpath.h"

#include "export/chartcatalog.h"
#include "charts/chartoutput.h"
#include "export/deck.h"
#include "charts/exportlanguage.h"
#include "export/xlsxworkbook.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QUrl>

namespace rb::exporting {

namespace {

// The catalogue's charts with their names in the dialog (the chart's own title is in the export's
// language; these are in the application's).
QString chartTitle(ChartKind kind)
{
    switch (kind) {
    case ChartKind::Radar:
        return QCoreApplication::translate("ExportController", "Success-factor radar of the selected post");
    case ChartKind::Heatmap:
        return QCoreApplication::translate("ExportController", "Success-factor heatmap");
    case ChartKind::Matrix:
        return QCoreApplication::translate("ExportController", "Risk matrix");
    case ChartKind::Graph:
        return QCoreApplication::translate("ExportController", "Dependency graph");
    case ChartKind::Timeline:
        return QCoreApplication::translate("ExportController", "Timeline and critical path");
    case ChartKind::Histogram:
        return QCoreApplication::translate("ExportController", "Programme finish (Monte Carlo)");
    case ChartKind::Tornado:
        return QCoreApplication::translate("ExportController", "What drives the programme finish");
    case ChartKind::Budget:
        return QCoreApplication::translate("ExportController", "Budget per theme");
    case ChartKind::Reserve:
        return QCoreApplication::translate("ExportController", "Reserve flow per plateau");
    case ChartKind::Trend:
        return QCoreApplication::translate("ExportController", "Trend of the P80 finish and the open risks");
    }
    return {};
}

} // namespace

ExportController::ExportController(PortfolioSource portfolio, ViewSource view, QObject *parent)
    : QObject(parent), m_portfolio(std::move(portfolio)), m_view(std::move(view))
{}

QVariantList ExportController::charts() const
{
    QVariantList out;
    for (const QString &name : chartKindNames())
        out << QVariantMap{{QStringLiteral("name"), name},
                           {QStringLiteral("title"), chartTitle(*chartKindFromName(name))}};
    return out;
}

QVariantList ExportController::sizes() const
{
    auto size = [](const QString &title, int w, int h) {
        return QVariantMap{
            {QStringLiteral("title"), title}, {QStringLiteral("width"), w}, {QStringLiteral("height"), h}};
    };
    return {size(QCoreApplication::translate("ExportController", "16:9 slide (1920 × 1080)"), 1920, 1080),
            size(QCoreApplication::translate("ExportController", "4:3 slide (1600 × 1200)"), 1600, 1200),
            size(QCoreApplication::translate("ExportController", "16:9 for a 4K projector (3840 × 2160)"), 3840, 2160),
            size(QCoreApplication::translate("ExportController", "Small 16:9 (1280 × 720)"), 1280, 720),
            size(QCoreApplication::translate("ExportController", "Custom size"), 0, 0)};
}

QString ExportController::chartForView(const QString &viewName) const
{
    static const QHash<QString, QString> byView{{QStringLiteral("overview"), QStringLiteral("heatmap")},
                                                {QStringLiteral("assessment"), QStringLiteral("radar")},
                                                {QStringLiteral("risks"), QStringLiteral("matrix")},
                                                {QStringLiteral("graph"), QStringLiteral("graph")},
                                                {QStringLiteral("timeline"), QStringLiteral("timeline")},
                                                {QStringLiteral("simulation"), QStringLiteral("histogram")}};
    return byView.value(viewName, QStringLiteral("timeline"));
}

QString ExportController::suggestedPath(const QString &name, const QString &format) const
{
    const QDate status = m_portfolio().programme.statusDate;
    const QString file = status.isValid() ? QStringLiteral("%1-%2.%3").arg(name, status.toString(Qt::ISODate), format)
                                          : QStringLiteral("%1.%2").arg(name, format);
    const QString folder = !m_lastFile.isEmpty() ? QFileInfo(m_lastFile).absolutePath() : rb::model::documentsFolder();
    return QDir::toNativeSeparators(QDir(folder).filePath(file));
}

QString ExportController::toLocalPath(const QString &file) const
{
    return QDir::toNativeSeparators(rb::model::localPathOf(file));
}

QUrl ExportController::folderOf(const QString &path) const
{
    return QUrl::fromLocalFile(QFileInfo(QDir::fromNativeSeparators(toLocalPath(path))).absolutePath());
}

QUrl ExportController::fileUrl(const QString &path) const
{
    return QUrl::fromLocalFile(QFileInfo(QDir::fromNativeSeparators(toLocalPath(path))).absoluteFilePath());
}

QString ExportController::localPath(const QString &file, const QString &format)
{
    QString path = QDir::fromNativeSeparators(rb::model::localPathOf(file));
    if (!path.isEmpty() && QFileInfo(path).suffix().compare(format, Qt::CaseInsensitive) != 0)
        path += QLatin1Char('.') + format;
    return path;
}

QString ExportController::fail(const QString &error)
{
    m_lastFile.clear();
    m_lastMessage = error;
    emit lastMessageChanged();
    return error;
}

QString ExportController::succeed(const QString &message, const QString &file)
{
    m_lastFile = file;
    m_lastMessage = message;
    emit lastMessageChanged();
    return {};
}

std::optional<ChartFile> ExportController::render(const QString &chart, const QString &format, const QSize &size,
                                                  const QString &language, const QString &postId, bool whatIf)
{
    const auto kind = chartKindFromName(chart);
    const auto imageFormat = imageFormatFromName(format);
    if (!kind || !imageFormat) {
        fail(QCoreApplication::translate("ExportController", "Choose a chart and a format."));
        return std::nullopt;
    }
    if (!isValidExportSize(size)) {
        fail(QCoreApplication::translate("ExportController", "The size must be 64 to 8192 pixels wide and high."));
        return std::nullopt;
    }
    ChartOptions options;
    options.postId = *kind == ChartKind::Radar ? postId : QString();
    if (*kind == ChartKind::Timeline && whatIf && m_slips) options.delays = m_slips();
    options.language = language;
    ChartFile out = renderChartFile(m_portfolio(), *kind, options, size, *imageFormat);
    if (out.bytes.isEmpty()) {
        fail(QCoreApplication::translate("ExportController", "The chart could not be made: %1").arg(out.error));
        return std::nullopt;
    }
    return out;
}

QString ExportController::exportChart(const QString &chart, const QString &format, int width, int height,
                                      const QString &language, const QString &file, const QString &postId, bool whatIf)
{
    const QString path = localPath(file, format);
    if (path.isEmpty()) return fail(QCoreApplication::translate("ExportController", "Choose the file to export to."));
    const auto out = render(chart, format, QSize(width, height), language, postId, whatIf);
    if (!out) return m_lastMessage;
    QString error;
    if (!writeFileAtomically(path, out->bytes, &error))
        return fail(QCoreApplication::translate("ExportController", "The chart could not be saved: %1").arg(error));
    return succeed(
        QCoreApplication::translate("ExportController", "Exported to %1").arg(QDir::toNativeSeparators(path)), path);
}

QString ExportController::exportDeck(const QString &language, const QString &file)
{
    const QString path = localPath(file, QStringLiteral("pdf"));
    if (path.isEmpty()) return fail(QCoreApplication::translate("ExportController", "Choose the file to export to."));
    ChartOptions options;
    options.language = language;
    const DeckResult deck = renderDeck(m_portfolio(), std::nullopt, options);
    if (!deck.error.isEmpty())
        return fail(QCoreApplication::translate("ExportController", "The deck could not be made: %1").arg(deck.error));
    QString error;
    if (!writeFileAtomically(path, deck.pdf, &error))
        return fail(QCoreApplication::translate("ExportController", "The deck could not be saved: %1").arg(error));
    return succeed(QCoreApplication::translate("ExportController", "Exported the storyboard deck (%n page(s)) to %1",
                                               "", deck.pages)
                       .arg(QDir::toNativeSeparators(path)),
                   path);
}

QString ExportController::exportWorkbook(const QString &language, const QString &file)
{
    const QString path = localPath(file, QStringLiteral("xlsx"));
    if (path.isEmpty()) return fail(QCoreApplication::translate("ExportController", "Choose the file to export to."));
    const WorkbookResult workbook = renderWorkbook(m_portfolio(), language);
    if (workbook.bytes.isEmpty())
        return fail(
            QCoreApplication::translate("ExportController", "The workbook could not be made: %1").arg(workbook.error));
    QString error;
    if (!writeFileAtomically(path, workbook.bytes, &error))
        return fail(QCoreApplication::translate("ExportController", "The workbook could not be saved: %1").arg(error));
    return succeed(QCoreApplication::translate("ExportController", "Exported the Excel workbook to %1")
                       .arg(QDir::toNativeSeparators(path)),
                   path);
}

QString ExportController::copyChart(const QString &chart, int width, int height, const QString &language,
                                    const QString &postId, bool whatIf)
{
    const auto out = render(chart, QStringLiteral("png"), QSize(width, height), language, postId, whatIf);
    if (!out) return m_lastMessage;
    const QImage image = QImage::fromData(out->bytes, "PNG");
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (image.isNull() || !clipboard)
        return fail(QCoreApplication::translate("ExportController", "The chart could not be put on the clipboard."));
    clipboard->setImage(image);
    const QString title = chartTitle(*chartKindFromName(chart));
    return succeed(QCoreApplication::translate("ExportController", "Copied “%1” to the clipboard").arg(title), {});
}

} // namespace rb::exporting
