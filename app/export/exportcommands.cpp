// exportcommands.cpp — registers export, deck, export-csv, import-csv and export-xlsx with the command line.
#include "app/export/exportcommands.h"

namespace rb::app {

void registerExportCommands()
{
    using namespace rb::exporting;
    registerCommand(Command{
        QStringLiteral("export"), QStringLiteral("render a chart as PNG, SVG or PDF for slides"),
        QStringLiteral(
            "Usage: riskboard export FILE --chart CHART -o OUT [--format png|svg|pdf] [--size WxH]\n"
            "                        [--post ID] [--delay ID=DAYS ...] [--seed N] [--iterations N]\n"
            "                        [--lang nl|en]\n\n"
            "Renders one chart of the portfolio, with its title and status date, in the application's colours.\n\n"
            "  --chart CHART        radar | heatmap | matrix | graph | timeline | histogram | tornado | budget | reserve | trend\n"
            "  -o, --output OUT     the file to write (atomically)\n"
            "  --format FORMAT      png | svg | pdf (default: from the extension of OUT)\n"
            "  --size WxH           pixel size, default 1920x1080; PNG is drawn at 2x density (logical\n"
            "                       canvas WxH/2, 192 dpi), SVG and PDF are vectors (PDF page: WxH at 144 px/in)\n"
            "  --post ID            radar: the post (default: the first assessed post)\n"
            "  --delay ID=DAYS      timeline: what-if slip of a post (repeatable; DAYS may end in d or w for\n"
            "                       weeks: 3A0=8w); shows the slip against a ghosted baseline and marks\n"
            "                       slips absorbed by float\n"
            "  --seed N             histogram/tornado: Monte Carlo seed (default 20190101, reproducible)\n"
            "  --iterations N       histogram/tornado: Monte Carlo iterations (default 10000)\n"
            "  --lang nl|en         the language of the texts and dates (default: the system's)\n\n"
            "Exit status: 0 ok, 1 usage error (unknown chart, format, post id, bad size or delay),\n"
            "2 the document is invalid, 3 OUT cannot be written.\n"),
        true, runExport});
    registerCommand(Command{
        QStringLiteral("deck"), QStringLiteral("the storyboard deck as a 16:9 PDF"),
        QStringLiteral(
            "Usage: riskboard deck FILE -o OUT.pdf [--since OLDER.json|DIR] [--seed N] [--iterations N]\n"
            "                      [--lang nl|en]\n\n"
            "Writes the storyboard deck: a title page, a status summary (programme end P50/P80 from the\n"
            "Monte Carlo simulation, critical posts, open risks per level, posts needing a detailed analysis),\n"
            "every chart on its own page, a radar for each post needing a detailed analysis, the top risks\n"
            "and, with --since, what changed since the older version (risks, factor scores, dates); then the\n"
            "trend (the P80 finish at each baseline, earlier version and now; open risks per exposure step)\n"
            "and \"since last time\" (against the older version, else the latest baseline).\n\n"
            "  -o, --output OUT     the PDF to write (atomically)\n"
            "  --since OLDER        an older version of the document to compare with; or a folder of\n"
            "                       dated versions (*.json): all on the trend, the latest one before\n"
            "                       FILE's status date compared with\n"
            "  --seed N, --iterations N, --lang nl|en   as for 'riskboard export'\n\n"
            "Exit status: 0 ok, 1 usage error, 2 a document is invalid, 3 OUT cannot be written.\n"),
        true, runDeck});
    registerCommand(Command{
        QStringLiteral("export-csv"), QStringLiteral("write the risks, assessments or posts as a CSV file for Excel"),
        QStringLiteral(
            "Usage: riskboard export-csv FILE --table risks|assessments|posts -o OUT.csv\n"
            "                            [--delimiter ;|,|tab] [--decimal-comma]\n\n"
            "Writes one table as Excel-compatible CSV: UTF-8 with a byte-order mark, ';' between fields,\n"
            "fields quoted as in RFC 4180 (embedded line breaks, quotes and delimiters are kept). Lists are\n"
            "joined with '|' and records (history, sources) put one per line. A text cell that starts with\n"
            "= + - @, a tab or a carriage return (a formula to Excel) or with an apostrophe gets a leading\n"
            "apostrophe, which import-csv takes off again; see docs/export.md.\n\n"
            "  --table TABLE        risks | assessments (one row per assessment and factor) | posts\n"
            "  -o, --output OUT     the CSV file to write (atomically)\n"
            "  --delimiter D        the field delimiter (default ';')\n"
            "  --decimal-comma      write decimal numbers with a comma, for Dutch Excel\n\n"
            "Exit status: 0 ok, 1 usage error, 2 the document is invalid, 3 OUT cannot be written.\n"),
        false, runExportCsv});
    registerCommand(Command{
        QStringLiteral("import-csv"), QStringLiteral("replace the risks or assessments, or update posts' progress, from a CSV file"),
        QStringLiteral(
            "Usage: riskboard import-csv FILE --table risks|assessments|posts IN.csv -o OUT.json\n"
            "                            [--delimiter ;|,|tab] [--decimal-comma]\n\n"
            "Replaces the table of FILE with the rows of IN.csv (as written by export-csv, possibly edited\n"
            "in Excel) and writes the result to OUT.json. Export followed by import changes nothing.\n"
            "For posts only the progress is read back (status, actualStart, actualFinish, remainingDays),\n"
            "matched by id; the other columns are ignored.\n"
            "Every bad row is reported as IN.csv:ROW:COLUMN: error: message (ROW as Excel numbers rows,\n"
            "the header being row 1); then nothing is written. The result is validated like any document\n"
            "before it is written, atomically.\n\n"
            "Exit status: 0 ok, 1 usage error, 2 FILE or IN.csv is invalid, 3 OUT cannot be written.\n"),
        false, runImportCsv});
    registerCommand(Command{
        QStringLiteral("export-xlsx"), QStringLiteral("write the register, matrices, assessments and posts as an Excel workbook"),
        QStringLiteral(
            "Usage: riskboard export-xlsx FILE -o OUT.xlsx [--lang nl|en]\n\n"
            "Writes one Excel workbook with the sheets: risks (with inherent and residual exposure), the\n"
            "inherent and the residual 5x5 risk matrix, the latest assessment of each post (scores coloured as\n"
            "on the heatmap, rationale and mitigation), the posts with dates, float and budget, and the method\n"
            "(score scales and rules). Text is written as text (never a formula), numbers and dates as typed\n"
            "values; each table has a frozen header row and an autofilter. See docs/export.md.\n\n"
            "  -o, --output OUT     the .xlsx file to write (atomically)\n"
            "  --lang nl|en         the language of headers, sheet names and words (default: the system's)\n\n"
            "Exit status: 0 ok, 1 usage error, 2 the document is invalid, 3 OUT cannot be written.\n"),
        false, runExportXlsx});
}

} // namespace rb::app
