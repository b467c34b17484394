// documentproperties.h — the properties every input to the document loader must satisfy. Shared by
// the libFuzzer target (fuzz_document.cpp) and the regression test that replays the inputs it found
// (tests/robustness/tst_regressions.cpp), so both check exactly the same thing.
#pragma once

#include "model/documentreader.h"
#include "model/documentwriter.h"

#include <QString>

namespace rb::fuzz {

// Empty when `bytes` behaves: rejected with at least one located diagnostic, or loaded such that its
// canonical form (DocumentWriter::toJson) loads again to an equal Portfolio and is a fixpoint of
// load → toJson. Otherwise a description of what went wrong.
inline QString checkDocumentProperties(const QByteArray &bytes)
{
    using namespace rb::model;
    const LoadResult first = DocumentReader::readBytes(bytes, QStringLiteral("input.json"));
    if (!first.ok()) {
        if (first.diagnostics.isEmpty())
            return QStringLiteral("rejected without a diagnostic");
        for (const Diagnostic &d : first.diagnostics)
            if (d.message.isEmpty() || d.line < 0 || d.column < 0)
                return QStringLiteral("diagnostic without a message or with a negative position: ") + d.toString();
        return {};
    }
    const QByteArray canonical = DocumentWriter::toJson(*first.portfolio);
    const LoadResult second = DocumentReader::readBytes(canonical, QStringLiteral("canonical.json"));
    if (!second.ok())
        return QStringLiteral("the canonical form of a loaded document does not load:\n%1\n%2")
            .arg(second.errorText(), QString::fromUtf8(canonical));
    if (!(*second.portfolio == *first.portfolio))
        return QStringLiteral("the canonical form loads as a different portfolio:\n") + QString::fromUtf8(canonical);
    const QByteArray again = DocumentWriter::toJson(*second.portfolio);
    if (again != canonical)
        return QStringLiteral("toJson is not a fixpoint:\n%1\n----\n%2").arg(QString::fromUtf8(canonical), QString::fromUtf8(again));
    return {};
}

} // namespace rb::fuzz
