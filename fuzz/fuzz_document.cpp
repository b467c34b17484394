// fuzz_document.cpp — libFuzzer target for the portfolio loader (DocumentReader::readBytes).
//
// Beyond "no crash, no hang, no leak, no undefined behaviour" (the sanitizers and libFuzzer's
// timeouts), every input must satisfy checkDocumentProperties (documentproperties.h): a rejected
// document says why, and a loaded one survives the canonical writer unchanged.
#include "fuzz/documentproperties.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString problem = rb::fuzz::checkDocumentProperties(bytes);
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "fuzz_document: %s\n", problem.toUtf8().constData());
        std::abort();
    }
    return 0;
}
