// portfolioreader.h — the portfolio reader: reads and checks a whole document (docs/format.md) with the
// located-JSON reader (jsonreader.h) and hands what it reads to a sink (documentsink.h): the full
// Portfolio or the analysis engine's input. Every check runs whatever the sink keeps, so a document
// fails for one product exactly when it fails for the other, with the same diagnostics.
//
// Used by DocumentReader (documentreader.h), which is what the rest of the program calls.
#pragma once

#include "document/documentsink.h"
#include "document/jsonreader.h"

namespace rb::model::reading {

// Reads the tree of a document into `sink`; the problems go to `ctx`. True when there were none, and
// then the sink has had link() and finish() called.
bool readPortfolio(jsonreader::Context &ctx, const JsonValue &root, DocumentSink &sink);

} // namespace rb::model::reading
