// testsupport.h — shared helpers of the UI tests: loading fixtures into a document.
#pragma once

#include "document/documentreader.h"
#include "model/portfoliodocument.h"
#include "qml/documentcontroller.h"

#include <QStandardPaths>
#include <QTest>

namespace rb::test {

inline QString mabPath() { return QStringLiteral(RISKBOARD_SOURCE_DIR "/assets/portfolios/mab-plateau4.json"); }
inline QString samplePath() { return QStringLiteral(RISKBOARD_TEST_DATA "/valid/small-sample.json"); }

inline rb::model::Portfolio load(const QString &path)
{
    const auto r = rb::model::DocumentReader::readFile(path);
    if (!r.ok()) qFatal("cannot load %s: %s", qPrintable(path), qPrintable(r.errorText()));
    return *r.portfolio;
}

// A document controller (the application's document) with `path` open; settings and recovery files
// go to the test locations.
inline std::unique_ptr<rb::ui::DocumentController> openDocument(const QString &path)
{
    QStandardPaths::setTestModeEnabled(true);
    auto controller = std::make_unique<rb::ui::DocumentController>(nullptr);
    if (!controller->open(path)) qFatal("cannot open %s", qPrintable(path));
    return controller;
}

} // namespace rb::test
