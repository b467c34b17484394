// trendchart.h — the programme over time (docs/export.md "Trend"): the P80 finish at each baseline,
// earlier snapshot and the current state against programme.end, with the chance of finishing by the end
// and the reasons of the re-plans annotated; under it the risk burn-down (open risks per exposure step).
#pragma once

#include "charts/chart.h"
#include "charts/exportlanguage.h"

#include <QDate>
#include <QList>

#include <array>

namespace rb::model {
struct TrendPoint;
}

namespace rb::exporting {

class TrendChart : public Chart {
public:
    struct Point {
        enum class Kind { Baseline, Snapshot, Current };
        Kind kind = Kind::Current;
        QDate date;              // baseline date or status date
        QString name, reason;    // baselines only
        QDate p80;               // null when not known
        double probability = -1; // share of runs finishing by the programme end; < 0: not known
    };
    struct BurnDown {
        QDate date;
        std::array<int, 6> open{}; // 0: not scored, 1..5: the exposure steps (palette::exposureStep)
    };
    // The points of a trend series (model/trends.h: trendSeries), for the deck and the application alike.
    static QList<Point> pointsOf(const QList<model::TrendPoint> &series);
    struct Input {
        QList<Point> points; // in date order
        QDate programmeEnd;
        QList<BurnDown> burnDown; // in date order; empty: the P80 panel only (the application's panel)
    };

    explicit TrendChart(Input input) : m_input(std::move(input)) {}
    QString title() const override
    {
        return translate("rb::exporting::Charts", "Trend: P80 finish and open risks over time");
    }
    void paint(QPainter &painter, const QRectF &area) const override;

private:
    Input m_input;
};

} // namespace rb::exporting
