// fuzz_document.cpp — libFuzzer target for the portfolio loader (DocumentReader::readBytes).
//
// Properties checked on every input, beyond "no crash, no hang, no leak, no undefined behaviour":
//  - a rejected document always says why (at least one diagnostic, each with a message);
//  - a loaded document survives the canonical writer: toJson → readBytes loads again, gives an equal
//    Portfolio, and writing that again gives the same bytes (toJson is a fixpoint).
#include "model/documentreader.h"
#include "model/documentwriter.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace rb::model;

namespace {

[[noreturn]] void fail(const char *what, const QByteArray &detail)
{
    std::fprintf(stderr, "fuzz_document: %s\n%s\n", what, detail.constData());
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const LoadResult first = DocumentReader::readBytes(bytes, QStringLiteral("fuzz.json"));
    if (!first.ok()) {
        if (first.diagnostics.isEmpty())
            fail("rejected without a diagnostic", {});
        for (const Diagnostic &d : first.diagnostics)
            if (d.message.isEmpty() || d.line < 0 || d.column < 0)
                fail("diagnostic without message or with a negative position", d.toString().toUtf8());
        return 0;
    }
    const QByteArray canonical = DocumentWriter::toJson(*first.portfolio);
    const LoadResult second = DocumentReader::readBytes(canonical, QStringLiteral("canonical.json"));
    if (!second.ok())
        fail("the canonical form of a loaded document does not load", second.errorText().toUtf8() + "\n" + canonical);
    if (!(*second.portfolio == *first.portfolio))
        fail("the canonical form loads as a different portfolio", canonical);
    const QByteArray again = DocumentWriter::toJson(*second.portfolio);
    if (again != canonical)
        fail("toJson is not a fixpoint", canonical + "\n----\n" + again);
    return 0;
}
