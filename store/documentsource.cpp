// documentsource.cpp
#include "store/documentsource.h"

#include "model/analysisinput.h"
#include "store/pgstore.h"
#include "store/storeurl.h"

namespace rb::store {

namespace {

model::LoadResult fromStore(const QString &text)
{
    model::LoadResult r;
    auto fail = [&](const QString &message) {
        model::Diagnostic d;
        d.file = text;
        d.message = message;
        r.diagnostics << d;
        return r;
    };
    QString error;
    const std::optional<StoreUrl> url = parseStoreUrl(text, &error);
    if (!url) return fail(error);
    const std::unique_ptr<Store> store = Store::connect(*url, &error);
    if (!store || !store->checkSchema(&error)) return fail(error);
    QList<model::Diagnostic> diagnostics;
    std::optional<Snapshot> snapshot = store->load(url->portfolio, &error, &diagnostics);
    if (!snapshot) {
        if (!diagnostics.isEmpty()) {
            r.diagnostics = diagnostics;
            return r;
        }
        return fail(error);
    }
    r.portfolio = std::move(snapshot->document);
    return r;
}

} // namespace

model::LoadResult readDocument(const QString &fileOrUrl)
{
    if (isStoreUrl(fileOrUrl)) return fromStore(fileOrUrl);
    return model::DocumentReader::readFile(fileOrUrl);
}

model::ScheduleLoadResult readSchedule(const QString &fileOrUrl)
{
    if (!isStoreUrl(fileOrUrl)) return model::DocumentReader::readSchedule(fileOrUrl);
    model::LoadResult loaded = fromStore(fileOrUrl);
    model::ScheduleLoadResult r;
    r.diagnostics = loaded.diagnostics;
    if (loaded.ok()) {
        r.input = model::buildAnalysisInput(*loaded.portfolio);
        r.risks = loaded.portfolio->risks;
        r.baselines = loaded.portfolio->baselines;
    }
    return r;
}

} // namespace rb::store
