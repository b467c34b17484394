// exportcontroller.h — export from the application (File ▸ Export chart…, Export storyboard deck…, Export
// Excel workbook…, Copy chart): the charts of the catalogue, the sizes and languages on offer, and the
// exports themselves. It calls exactly what `riskboard export`, `deck` and `export-xlsx` call
// (renderChartFile, renderDeck, renderWorkbook) on the open document as it is in memory, unsaved edits
// included, and writes files atomically like them.
// Every export returns "" on success or a sentence for the user; nothing throws, nothing half-written.
#pragma once

#include "export/chartcatalog.h"
#include "model/portfolio.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QSize>
#include <QString>
#include <QUrl>
#include <QVariantList>

#include <functional>
#include <optional>

namespace rb::exporting {

class ExportController : public QObject {
    Q_OBJECT
    // The sentence about the last export ("Saved timeline.svg", or why not); for the status line.
    Q_PROPERTY(QString lastMessage READ lastMessage NOTIFY lastMessageChanged)

public:
    using PortfolioSource = std::function<const model::Portfolio &()>;
    using ViewSource = std::function<QString()>; // the name of the current view (AppState::viewNames())
    using SlipsSource = std::function<QList<QPair<QString, int>>()>; // the what-if: post id -> days
    ExportController(PortfolioSource portfolio, ViewSource view, QObject *parent = nullptr);
    // The Timeline view's what-if scenario, which a timeline export may show (as `export --delay`).
    void setWhatIfSource(SlipsSource slips) { m_slips = std::move(slips); }

    // [{name: "timeline", title: "Timeline and critical path"}, …] in the catalogue's order, titles in
    // the application's language.
    Q_INVOKABLE QVariantList charts() const;
    // [{title: "16:9 slide (1920 × 1080)", width, height}, …]; the last entry is "Custom" (width 0).
    Q_INVOKABLE QVariantList sizes() const;
    Q_INVOKABLE QStringList formats() const
    {
        return {QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf")};
    }
    // The chart that shows what a view shows (AppState::viewNames(): "timeline" → "timeline", "graph" →
    // "graph", "overview" → "heatmap", …).
    Q_INVOKABLE QString chartForView(const QString &viewName) const;
    Q_INVOKABLE QString currentViewChart() const { return chartForView(m_view()); }
    // How many posts the what-if slips now (0: a timeline export is the plain one).
    Q_INVOKABLE int whatIfSlipCount() const { return m_slips ? int(m_slips().size()) : 0; }
    // A path for the export, e.g. ~/Documents/timeline-2018-10-18.svg: in the folder of the last export
    // (else Documents), named after the chart (or "deck") and the status date.
    Q_INVOKABLE QString suggestedPath(const QString &name, const QString &format) const;
    // A file: URL (from the file dialog) as a local path to show; a path stays as it is.
    Q_INVOKABLE QString toLocalPath(const QString &file) const;
    // The folder of a path, and the path, as file: URLs for the file dialog.
    Q_INVOKABLE QUrl folderOf(const QString &path) const;
    Q_INVOKABLE QUrl fileUrl(const QString &path) const;

    // `file` is a path or a file: URL; the format's extension is added when it has another one. `postId`
    // is the radar's post (empty: the first assessed post); `whatIf` shows the what-if's slips on a timeline.
    Q_INVOKABLE QString exportChart(const QString &chart, const QString &format, int width, int height,
                                    const QString &language, const QString &file, const QString &postId = {},
                                    bool whatIf = false);
    Q_INVOKABLE QString exportDeck(const QString &language, const QString &file);
    // The Excel workbook (File ▸ Export Excel workbook…), as `riskboard export-xlsx` writes it.
    Q_INVOKABLE QString exportWorkbook(const QString &language, const QString &file);
    // The chart as a PNG image (2× density, like the PNG export) on the clipboard.
    Q_INVOKABLE QString copyChart(const QString &chart, int width, int height, const QString &language,
                                  const QString &postId = {}, bool whatIf = false);

    QString lastMessage() const { return m_lastMessage; }
    // Where the last export was written (a local path); empty after a failure or a copy.
    QString lastFile() const { return m_lastFile; }

signals:
    void lastMessageChanged();

private:
    QString fail(const QString &error);                           // returns error
    QString succeed(const QString &message, const QString &file); // returns ""
    // The chart's file, or nullopt after fail().
    std::optional<ChartFile> render(const QString &chart, const QString &format, const QSize &size,
                                    const QString &language, const QString &postId, bool whatIf);
    static QString localPath(const QString &file, const QString &format);

    PortfolioSource m_portfolio;
    ViewSource m_view;
    SlipsSource m_slips;
    QString m_lastMessage, m_lastFile;
};

} // namespace rb::exporting
