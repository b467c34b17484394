// fuzz_csv.cpp — libFuzzer target for CSV import (riskboard import-csv: rb::exporting::importCsv).
//
// The first byte chooses the table and the format (bit 0: assessments instead of risks; bit 1: ','
// instead of ';'; bit 2: decimal comma); the rest is the CSV file. Imported into the small sample
// portfolio. Beyond no crash / hang / leak / undefined behaviour:
//  - a refused import leaves the portfolio unchanged and says where (row and column ≥ 1);
//  - an accepted import leaves a valid document (written and read back), so the next save can be opened;
//  - an accepted import survives export: exporting the table and importing it again gives the same
//    portfolio (docs/export.md: "Export followed by import changes nothing").
#include "export/csvtables.h"
#include "document/documentreader.h"
#include "document/documentwriter.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace rb::exporting;
using namespace rb::model;

namespace {

const Portfolio &sample()
{
    static const Portfolio p = [] {
        const LoadResult r = DocumentReader::readFile(QStringLiteral(RB_FUZZ_SAMPLE));
        if (!r.ok()) {
            std::fprintf(stderr, "fuzz_csv: cannot load %s\n", RB_FUZZ_SAMPLE);
            std::abort();
        }
        return *r.portfolio;
    }();
    return p;
}

[[noreturn]] void fail(const char *what, const QByteArray &detail = {})
{
    std::fprintf(stderr, "fuzz_csv: %s\n%s\n", what, detail.constData());
    std::abort();
}

QByteArray describe(const QList<CsvError> &errors)
{
    QByteArray out;
    for (const CsvError &e : errors)
        out += QByteArray::number(e.row) + ":" + QByteArray::number(e.column) + ": " + e.message.toUtf8() + "\n";
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0) return 0;
    const CsvTableKind table = (data[0] & 1) ? CsvTableKind::Assessments : CsvTableKind::Risks;
    CsvFormat format;
    format.delimiter = (data[0] & 2) ? QLatin1Char(',') : QLatin1Char(';');
    format.decimalComma = (data[0] & 4) != 0;
    const QByteArray csv = QByteArray::fromRawData(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    (void)readCsv(csv, format.delimiter);

    Portfolio imported = sample();
    const QList<CsvError> errors = importCsv(imported, table, csv, format);
    if (!errors.isEmpty()) {
        if (!(imported == sample())) fail("a refused import changed the portfolio", describe(errors));
        for (const CsvError &e : errors)
            if (e.row < 1 || e.column < 1 || e.message.isEmpty())
                fail("an error without a row, column or message", describe(errors));
        return 0;
    }
    // An accepted import must leave a document that can be saved and opened again.
    if (const LoadResult check
        = DocumentReader::readBytes(DocumentWriter::toJson(imported), QStringLiteral("imported.json"));
        !check.ok())
        fail("an accepted import makes the document invalid", check.errorText().toUtf8());
    const QByteArray exported = exportCsv(imported, table, format);
    Portfolio again = sample();
    const QList<CsvError> againErrors = importCsv(again, table, exported, format);
    if (!againErrors.isEmpty())
        fail("the export of an imported table does not import", describe(againErrors) + exported);
    if (!(again == imported)) fail("export then import changed the portfolio", exported);
    return 0;
}
