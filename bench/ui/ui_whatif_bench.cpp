// ui_whatif_bench.cpp — how responsive the UI layer is, measured where the user waits:
//  1. a what-if slider step on the MAB portfolio: propagation + the timeline's row update + painting
//     one 1920×1080 frame of the Gantt chart (what happens on every step of a drag);
//  2. opening a generated 10,000-post portfolio: read + validate, network and schedule, the heatmap
//     and risk models, and the dependency-graph layout.
// Prints medians (and the worst case) in milliseconds. Run with QT_QPA_PLATFORM=offscreen.
#include "document/documentwriter.h"
#include "qml/dependencygraph.h"
#include "qml/documentcontroller.h"
#include "qml/overviewmodel.h"
#include "qml/riskregister.h"
#include "qml/timelinechart.h"
#include "qml/whatifcontroller.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace rb::model;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

// A portfolio shaped like a large programme: themes of clusters, each post depending on one to three
// earlier posts (mostly FS, some SS/FF), a quarter of them assessed, one risk per 20 posts.
Portfolio generate(int posts)
{
    QRandomGenerator rng(42);
    Portfolio p;
    p.programme.name = QStringLiteral("Generated %1").arg(posts);
    p.programme.start = QDate(2019, 1, 1);
    p.programme.end = QDate(2023, 12, 31);
    for (int t = 1; t <= 5; ++t) p.programme.themes.append({t, QStringLiteral("Theme %1").arg(t), {}});
    p.successFactors = defaultSuccessFactors();
    for (int i = 0; i < posts; ++i) {
        Post post;
        post.id = QStringLiteral("P%1").arg(i);
        post.title = QStringLiteral("Generated post %1").arg(i);
        post.theme = 1 + i % 5;
        post.kind = i % 7 == 0 ? PostKind::Project : PostKind::Activity;
        post.durationDays = 10 + int(rng.bounded(120));
        if (i % 50 == 0) post.start = p.programme.start.addDays(rng.bounded(200));
        p.posts.append(post);
        const int preds = i == 0 ? 0 : 1 + int(rng.bounded(3));
        for (int k = 0; k < preds; ++k) {
            const int from = std::max(0, i - 1 - int(rng.bounded(std::min(i, 40))));
            if (from == i) continue;
            Dependency d{p.posts[from].id,
                         post.id,
                         rng.bounded(10) < 7 ? LinkType::FS : (rng.bounded(2) ? LinkType::SS : LinkType::FF),
                         0,
                         {},
                         {}};
            if (std::none_of(p.dependencies.begin(), p.dependencies.end(),
                             [&](const Dependency &x) { return x.from == d.from && x.to == d.to && x.type == d.type; }))
                p.dependencies.append(d);
        }
        if (i % 4 == 0) {
            Assessment a;
            a.post = post.id;
            a.date = QDate(2018, 12, 1);
            a.assessor = QStringLiteral("bench");
            for (const auto &f : p.successFactors)
                a.scores.append({f.id, FactorScore{1 + int(rng.bounded(5)), {}, {}}});
            p.assessments.append(a);
        }
        if (i % 20 == 0) {
            Risk r;
            r.id = QStringLiteral("R%1").arg(i);
            r.title = QStringLiteral("Risk of %1").arg(post.id);
            r.posts = {post.id};
            r.probability = 1 + int(rng.bounded(5));
            r.impact = 1 + int(rng.bounded(5));
            r.delayDays = 20;
            p.risks.append(r);
        }
    }
    return p;
}

void benchWhatIf()
{
    rb::ui::DocumentController doc(nullptr);
    if (!doc.open(QStringLiteral(RISKBOARD_SOURCE_DIR "/assets/portfolios/mab-plateau4.json"))) {
        std::printf("cannot open the MAB portfolio\n");
        return;
    }
    rb::ui::WhatIfController whatIf(nullptr);
    rb::ui::TimelineChart chart;
    chart.setSize(QSizeF(1480, 950));
    QImage frame(1480, 950, QImage::Format_ARGB32_Premultiplied);
    const QString post = QStringLiteral("4A");
    std::vector<double> propagate, paint;
    for (int days = 1; days <= 180; ++days) { // one slider drag, day by day
        QElapsedTimer t;
        t.start();
        whatIf.setSlip(post, days); // propagation + the chart's row update (signal)
        propagate.push_back(t.nsecsElapsed() / 1e6);
        t.restart();
        QPainter painter(&frame);
        chart.paint(&painter);
        paint.push_back(t.nsecsElapsed() / 1e6);
    }
    std::printf("what-if step on MAB (%lld posts): propagate+update median %.3f ms (max %.3f); paint 1480x950 median "
                "%.2f ms (max %.2f)\n",
                qlonglong(doc.portfolio().posts.size()), median(propagate),
                *std::max_element(propagate.begin(), propagate.end()), median(paint),
                *std::max_element(paint.begin(), paint.end()));
}

void benchOpen(int posts)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("large.json"));
    const Portfolio p = generate(posts);
    if (!DocumentWriter::save(p, path)) return;
    QElapsedTimer t;
    t.start();
    rb::ui::DocumentController doc(nullptr);
    if (!doc.open(path)) {
        std::printf("cannot open the generated portfolio: %s\n", qPrintable(doc.errorText()));
        return;
    }
    const double open = t.nsecsElapsed() / 1e6;
    t.restart();
    rb::ui::OverviewModel overview;
    rb::ui::RiskRegister risks;
    int worst = 0;
    for (int r = 0; r < overview.heatmap()->rowCount(); ++r)
        worst = std::max(worst, overview.heatmap()->index(r, 0).data(HeatmapModel::WorstRole).toInt());
    const double models = t.nsecsElapsed() / 1e6;
    t.restart();
    rb::ui::DependencyGraph graph;
    graph.setSize(QSizeF(1400, 900));
    const double layout = t.nsecsElapsed() / 1e6;
    t.restart();
    rb::ui::WhatIfController whatIf(nullptr);
    whatIf.setSlip(QStringLiteral("P10"), 30);
    const double slip = t.nsecsElapsed() / 1e6;
    std::printf(
        "open %d posts, %lld links: read+validate+schedule %.1f ms; overview+risk models (all rows read) %.1f ms; "
        "graph layout %.1f ms; first what-if %.2f ms (worst score %d)\n",
        posts, qlonglong(p.dependencies.size()), open, models, layout, slip, worst);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    benchWhatIf();
    benchOpen(1000);
    benchOpen(10000);
    return 0;
}
