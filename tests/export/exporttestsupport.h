// exporttestsupport.h — shared helpers of the export tests: the portfolio they run on and checks of
// the produced files.
#pragma once

#include "document/documentreader.h"
#include "model/portfolio.h"

#include <QByteArray>
#include <QFile>
#include <QRegularExpression>
#include <QString>
#include <QTest>

namespace rb::exporting::test {

// The shipped MAB portfolio; the small sample while the full one is not there.
inline QString portfolioPath()
{
    const QString shipped = QStringLiteral(RISKBOARD_SOURCE_DIR "/assets/portfolios/mab-plateau4.json");
    return QFile::exists(shipped) ? shipped : QStringLiteral(RISKBOARD_TEST_DATA "/valid/small-sample.json");
}

inline model::Portfolio loadPortfolio(const QString &path = portfolioPath())
{
    const model::LoadResult r = model::DocumentReader::readFile(path);
    if (!r.ok()) qFatal("%s", qPrintable(r.errorText()));
    return *r.portfolio;
}

// Page objects of a PDF ("/Type /Page", not "/Type /Pages").
inline int pdfPageCount(const QByteArray &pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![a-zA-Z])"));
    return int(QString::fromLatin1(pdf).count(page));
}

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace rb::exporting::test
