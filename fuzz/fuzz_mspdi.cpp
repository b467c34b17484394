// fuzz_mspdi.cpp — libFuzzer target for the MS Project XML import (rb::model::mspdi::importMspdi).
//
// Beyond no crash / hang / leak / undefined behaviour:
//  - a refused plan says why, each error with a message, and a position when it has one (line and
//    column ≥ 1 together, or neither);
//  - an accepted plan is a valid document (the importer checks it with the document reader; so does this);
//  - an accepted plan survives the export: exporting it and importing the file again succeeds with the
//    same posts and dependencies, and a second round changes nothing (docs/mspdi.md, "Round trip").
#include "document/documentreader.h"
#include "document/documentwriter.h"
#include "model/mspdi/mspdi.h"

#include <QSet>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace rb::model;
using namespace rb::model::mspdi;

namespace {

[[noreturn]] void fail(const char *what, const QByteArray &detail = {})
{
    std::fprintf(stderr, "fuzz_mspdi: %s\n%s\n", what, detail.constData());
    std::abort();
}

QByteArray describe(const QList<Diagnostic> &diagnostics)
{
    QByteArray out;
    for (const Diagnostic &d : diagnostics) out += d.toString().toUtf8() + "\n";
    return out;
}

QSet<QString> linkKeys(const Portfolio &p)
{
    QSet<QString> keys;
    for (const Dependency &d : p.dependencies)
        keys << QStringLiteral("%1>%2 %3 %4").arg(d.from, d.to, toString(d.type)).arg(d.lagDays);
    return keys;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    // The first byte chooses the options, the rest is the file.
    ImportOptions options;
    QByteArray xml = bytes;
    if (size > 0) {
        options.summaries = (data[0] & 1) ? SummaryMode::Skip : SummaryMode::Themes;
        options.theme = (data[0] & 2) ? 3 : 0;
        xml = bytes.mid(1);
    }
    const ImportResult r = importMspdi(xml, QStringLiteral("plan.xml"), options);
    if (!r.ok()) {
        if (r.diagnostics.isEmpty()) fail("a refused plan without a reason");
        for (const Diagnostic &d : r.diagnostics)
            if (d.message.isEmpty() || (d.line > 0) != (d.column > 0) || d.line < 0)
                fail("an error without a message or with half a position", describe(r.diagnostics));
        return 0;
    }
    const Portfolio &p = *r.portfolio;
    if (const LoadResult check = DocumentReader::readBytes(DocumentWriter::toJson(p), QStringLiteral("imported.json"));
        !check.ok())
        fail("an accepted plan is not a valid document", describe(check.diagnostics));
    const ImportResult back = importMspdi(exportMspdi(p, QStringLiteral("plan.xml")).xml, QStringLiteral("export.xml"));
    if (!back.ok()) fail("the export of an imported plan does not import", describe(back.diagnostics));
    QSet<QString> ids, backIds;
    for (const Post &x : p.posts) ids << x.id;
    for (const Post &x : back.portfolio->posts) backIds << x.id;
    if (ids != backIds) fail("export then import changed the posts");
    if (linkKeys(p) != linkKeys(*back.portfolio)) fail("export then import changed the dependencies");
    const ImportResult again
        = importMspdi(exportMspdi(*back.portfolio, QStringLiteral("plan.xml")).xml, QStringLiteral("export.xml"));
    if (!again.ok() || !(*again.portfolio == *back.portfolio)) fail("a second export and import changed the portfolio");
    return 0;
}
