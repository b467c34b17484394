<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
<context>
    <name>AppMenuBar</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Portfolio overview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kick-off assessment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Risk register</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dependency graph</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Timeline and what-if</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Simulation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your &amp;name…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Copy chart to clipboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Schedule &amp;check…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import MS Project plan…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Chart…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Storyboard &amp;deck…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;xcel workbook (.xlsx)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;MS Project XML…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Update &amp;progress…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take &amp;baseline…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open s&amp;hared portfolio…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AppState</name>
    <message>
        <source>The file dialog cannot be shown: %1. Install the Debian package qml6-module-qt-labs-folderlistmodel (scripts/setup.sh does). Until then, type the file's path.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AssessmentEditor</name>
    <message>
        <source>A factor scores 5: a detailed analysis is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Two or more factors score 4 or higher: a detailed analysis is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The mean score is 3.0 or higher: a detailed analysis is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No detailed analysis required (see the rule in the manual).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · %2 · scores %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 scores %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Radar chart: no factor scores 4 or 5.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Radar chart: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 insufficiently under control</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Success factor “%1” scored %2 at kick-off.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created from the kick-off assessment of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assessment draft of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Score %1 or clear its text: a factor without a score is not saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The assessment of %1 by %2 (read only)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no post %1 in this portfolio.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No factor of %1 is scored.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AssessmentView</name>
    <message>
        <source>Post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assessor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a post to assess (here or in the overview).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The seven success factors</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n factor(s) score 4 or 5 without a mitigation (beheersmaatregel).</source>
        <translation>
            <numerusform>%n factor scores 4 or 5 without a mitigation (beheersmaatregel).</numerusform><numerusform>%n factors score 4 or 5 without a mitigation (beheersmaatregel).</numerusform></translation>
    </message>
    <message>
        <source>Save as new assessment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unsaved assessment drafts: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discard draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drops the changes to %1 and starts again from its latest assessment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back to the draft</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BaselineDialog</name>
    <message>
        <source>Take baseline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This will be the first baseline: the original promise every later variance is measured against.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This will be baseline %1. Variances stay shown against the original (“%2”) and the latest.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It records each post's scheduled start, finish and budget now, and the programme's P50/P80 finish (Monte Carlo, 10,000 runs).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. Herijking mei 2019</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>why the plan is re-set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. IV-Raad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Take baseline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BaselineEditor</name>
    <message>
        <source>Give the baseline a name, e.g. “Herijking mei 2019”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say why this baseline is taken (the reason is shown with the trend).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The date is not a date: type it as YYYY-MM-DD, e.g. 2019-05-31.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The date is before the latest baseline “%1” (%2): baselines are kept in date order.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The plan cannot be scheduled: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No portfolio is open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The baseline could not be taken: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take baseline “%1”</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DependencyGraph</name>
    <message>
        <source>%1 days (critical)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 starts %2 at the programme start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 starts %2 as planned (start date)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is done (fixed dates)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 starts %2, driven by %3 (%4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No critical path.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Showing the neighbourhood of %1: %2 posts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Showing %1 posts; %2 themes collapsed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dependency graph of %1 posts and %2 links. %3 Critical path: %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a post (type its code in the search box) to see its neighbourhood.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Theme %1 %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n post(s), collapsed</source>
        <translation>
            <numerusform>%n post, collapsed</numerusform><numerusform>%n posts, collapsed</numerusform></translation>
    </message>
    <message>
        <source>%1 started %2 (actual start)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 starts %2: not started by the status date</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DiagnosticsDialog</name>
    <message>
        <source>The portfolio could not be opened or saved</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n problem(s). Each line names the file, the line and the column.</source>
        <translation>
            <numerusform>%n problem. Each line names the file, the line and the column.</numerusform><numerusform>%n problems. Each line names the file, the line and the column.</numerusform></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DiskConflictDialog</name>
    <message>
        <source>The file was changed by someone else</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was saved by someone else after you opened it. Their changes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes on disk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reload theirs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overwrite</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The shared portfolio was changed by someone else</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Someone else saved the same items of %1 after you opened it. Their changes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes in the shared portfolio</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DistributionChart</name>
    <message>
        <source>Programme finish distribution</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>runs per %n day(s)</source>
        <translation>
            <numerusform>runs per day</numerusform><numerusform>runs per %n days</numerusform></translation>
    </message>
    <message>
        <source>cumulative</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Programme finish (runs per %n day(s))</source>
        <translation>
            <numerusform>Programme finish (runs per day)</numerusform><numerusform>Programme finish (runs per %n days)</numerusform></translation>
    </message>
    <message>
        <source>Cumulative %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P50 %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P80 %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P90 %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cumulative % after mitigation</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DocumentController</name>
    <message>
        <source>%1: the file could not be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file on disk is no longer a valid portfolio:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file was changed on disk since you opened it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unsaved changes to %1 from %2 were recovered after Riskboard stopped unexpectedly.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an untitled portfolio</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The recovery file could not be read:</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n more recovery file(s) will be offered at the next start.</source>
        <translation>
            <numerusform>%n more recovery file will be offered at the next start.</numerusform><numerusform>%n more recovery files will be offered at the next start.</numerusform></translation>
    </message>
    <message>
        <source>%1 could not be applied: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>Success-factor radar of the selected post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Success-factor heatmap</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Risk matrix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dependency graph</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Timeline and critical path</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Programme finish (Monte Carlo)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What drives the programme finish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Budget per theme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reserve flow per plateau</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>16:9 slide (1920 × 1080)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>4:3 slide (1600 × 1200)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>16:9 for a 4K projector (3840 × 2160)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Small 16:9 (1280 × 720)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Custom size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a chart and a format.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The size must be 64 to 8192 pixels wide and high.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The chart could not be made: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the file to export to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The chart could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The deck could not be made: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The deck could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Exported the storyboard deck (%n page(s)) to %1</source>
        <translation>
            <numerusform>Exported the storyboard deck (%n page) to %1</numerusform><numerusform>Exported the storyboard deck (%n pages) to %1</numerusform></translation>
    </message>
    <message>
        <source>The chart could not be put on the clipboard.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copied “%1” to the clipboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The workbook could not be made: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The workbook could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exported the Excel workbook to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trend of the P80 finish and the open risks</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export storyboard deck</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chart</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>With the what-if: %n post(s) slipped</source>
        <translation>
            <numerusform>With the what-if: %n post slipped</numerusform><numerusform>With the what-if: %n posts slipped</numerusform></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PNG image (for slides)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SVG drawing (scalable)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF page (scalable)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Custom size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Width in pixels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Height in pixels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pixels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language of the export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File to export to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the file to export to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The deck is a 16:9 PDF: a title page, the status summary, every chart, a radar for each post needing a detailed analysis and the top risks. Making it runs the simulation and takes a few seconds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy to clipboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export Excel workbook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The workbook has a sheet for the risks, the inherent and the residual risk matrix, the latest assessment of each post, the posts with their dates, float and budget, and the method. Texts stay texts: Excel never runs them as formulas.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FactorRow</name>
    <message>
        <source>was %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rationale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rationale for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mitigation (beheersmaatregel)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mitigation for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>⚠ A score of %1 needs a mitigation (beheersmaatregel).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create linked risk…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Detailed analysis (20 factors)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Open portfolio</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Riskboard portfolios (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save portfolio as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Path of the portfolio file</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GraphSidePanel</name>
    <message>
        <source>Selected post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Click a post (or use Page Up/Down) to see what it depends on and what drives it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scheduled (early dates)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total float</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Predecessors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Successors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What drives its start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open in timeline</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GraphToolBar</name>
    <message>
        <source>Whole graph</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The selected post with its predecessors and successors, and its driving chain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Steps out from the selected post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fit (0)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Themes (checked: collapsed into one box):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Collapse theme %1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Collapse all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expand all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FS ——  SS – – –  FF · · ·  SF –·–   ▭ dashed grey: external   ▭ vermilion: critical path   blue: driving chain</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GraphView</name>
    <message>
        <source>Dependency graph</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Critical path: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find a post: code or title (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find a post by code or title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no post matches</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Enter: %1 (%n match(es))</source>
        <translation>
            <numerusform>Enter: %1 (%n match)</numerusform><numerusform>Enter: %1 (%n matches)</numerusform></translation>
    </message>
</context>
<context>
    <name>HeatmapHeader</name>
    <message>
        <source>Post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Worst</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HeatmapRow</name>
    <message>
        <source>%1 %2, worst score %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not assessed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Assessment history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compare with</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(compared)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compare with %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No earlier assessments.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LeaveRiskDialog</name>
    <message>
        <source>Changes not applied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>%1 — Riskboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status date %1 · today %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n draft(s) not yet in the portfolio</source>
        <translation>
            <numerusform>%n draft not yet in the portfolio</numerusform><numerusform>%n drafts not yet in the portfolio</numerusform></translation>
    </message>
    <message>
        <source>No status date · today %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No portfolio is open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The portfolio could not be opened:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open a portfolio to start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open a portfolio…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the MAB plateau-4 example</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MspdiController</name>
    <message>
        <source>No document to import into.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 could not be imported; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 imported as a new, unsaved portfolio: %2 post(s) and %3 dependency(ies). Save it to keep it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No portfolio is open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was not written: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved %1 (MS Project XML). MS Project, ProjectLibre and GanttProject open it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MspdiDialogs</name>
    <message>
        <source>Import MS Project plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MS Project XML (*.xml)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export as MS Project XML</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Path of the MS Project XML file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MS Project plan not imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MS Project: what could not be represented</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n note(s): each says what changed and names the first tasks it concerns.</source>
        <translation>
            <numerusform>%n note: it says what changed and names the first tasks it concerns.</numerusform><numerusform>%n notes: each says what changed and names the first tasks it concerns.</numerusform></translation>
    </message>
    <message>
        <source>Nothing was lost.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import and export log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the log to the clipboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MS Project XML: what the file cannot hold</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <source>Views</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Risks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dependencies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Simulation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1  Ctrl+%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, has unsaved drafts</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OpenSharedDialog</name>
    <message>
        <source>Open shared portfolio</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The address of the portfolio on the team's PostgreSQL server, for example postgresql://server/riskboard?portfolio=mab, or postgresql:///riskboard?host=/var/run/postgresql&amp;portfolio=mab for a server on this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address of the shared portfolio</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recently opened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OverviewModel</name>
    <message>
        <source>All themes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Theme %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>External</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deferred</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sort by post code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sort by theme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sort by worst score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sort by total score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 k€</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 posts, %2 projects.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 post(s) score 5 on %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 post(s) score 4 on %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 post(s) not assessed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Sort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by theme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Success factor heatmap</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scores: 1 under control … 5 not under control; “–” with a dashed outline: not assessed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Post details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PostChooser</name>
    <message>
        <source>Post to assess</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Typed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Typed: %1 (Enter chooses)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PostDetail</name>
    <message>
        <source>%1 k€</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Theme %1 %2 · %3 · %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Owner (eigenaar): %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contractor (opdrachtnemer): %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Project leader: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Planned: %1 – %2 (%3 days)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scheduled: %1 – %2, float %3 days%4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (critical)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Budget (voorstel): investment %1, operating %2, one-off %3; carried over %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cost of delay: %1 per month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plateau %1 · %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>external</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>planned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>deferred</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>delayed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>underspend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>overspend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>extended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>extra</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cheaper</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>postponed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>occurred</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Latest assessment (%1 · %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mitigation (beheersmaatregel): %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PostDetailPanel</name>
    <message>
        <source>Post details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a post to see its details.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Result (eindresultaat)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Goal (doelstelling)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Risks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assess…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show in graph</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Update progress…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes in the shared portfolio</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProgrammeCharter</name>
    <message>
        <source>Goals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ambitions of the plateau</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Governance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rhythm of reporting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Way of working</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Risk profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Success-factor procedure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finances</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 k€</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProgrammePanel</name>
    <message>
        <source>Programme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This portfolio has no programme charter (goals, governance, rhythm).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Update progress of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status date of the programme</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Planned %1 – %2 (%n day(s)). Leave a field empty when it does not apply yet.</source>
        <translation>
            <numerusform>Planned %1 – %2 (%n day). Leave a field empty when it does not apply yet.</numerusform><numerusform>Planned %1 – %2 (%n days). Leave a field empty when it does not apply yet.</numerusform></translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Actual finish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remaining days (running post)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>days of work left after the status date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status after the update: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Actuals are what happened up to the status date; work not yet started is scheduled from the status date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>planned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>deferred</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProgressEditor</name>
    <message>
        <source>The actual start is not a date: type it as YYYY-MM-DD, e.g. 2019-03-01.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The actual finish is not a date: type it as YYYY-MM-DD, e.g. 2019-05-20.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The status date is not a date: type it as YYYY-MM-DD, e.g. 2019-05-31.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The remaining work is a whole number of days, 0 or more (e.g. 40).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A post with an actual finish needs an actual start too.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The actual finish (%1) is before the actual start (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A finished post has no remaining work: clear the remaining days or the actual finish.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remaining days belong to a started post: fill in the actual start first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The actual start (%1) is after the status date (%2): actuals are what happened up to the status date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The actual finish (%1) is after the status date (%2): actuals are what happened up to the status date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Post %1 has an actual date (%2) after this status date; the status date cannot be earlier.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Progress is measured at a status date: fill in the programme's status date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Update progress of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change the status date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change the status date to %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RadarChart</name>
    <message>
        <source>Radar chart of the success factors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This assessment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compared with: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opened assessment</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RankedBars</name>
    <message>
        <source>Running…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run the simulation to see this chart.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Recover unsaved changes?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore opens the recovered changes as unsaved changes; the file itself is not changed until you save.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecoveryFile</name>
    <message>
        <source>%1 is not a Riskboard recovery file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RiskForm</name>
    <message>
        <source>Select a risk to edit it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Risk %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Posts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Posts (comma separated)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Factor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Success factor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cause</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Effect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Probability / impact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inherent probability</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inherent impact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Residual</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Residual probability</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Residual impact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Response category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delay (days)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Schedule delay when it occurs, days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mitigation (beheersmaatregel)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mitigation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next review date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Apply changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete risk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>● changes not applied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This risk has changes that are not applied yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This risk is not shown in the table with the current filters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes in the shared portfolio</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RiskMatrix</name>
    <message>
        <source>Probability × impact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Residual (after mitigation)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Risk matrix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>probability %1, impact %2: %3 risks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>I%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P%1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RiskProposal</name>
    <message>
        <source>Proposed risk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Proposed risk %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cause: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Factor: %1 · post %2 · probability %3 · impact %4 · open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accept into register</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RiskRegister</name>
    <message>
        <source>%1 open risks in the %2 matrix, %3 with exposure 12 or more; %4 reviews overdue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>residual</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>inherent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All levels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Occurred</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Avoid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reduce</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fallback</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A risk needs a title.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown post “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a date (YYYY-MM-DD).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New risk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Risk %1 has changes that are not applied yet. Apply them before leaving it?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes to risk %1 not applied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 changed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RiskRow</name>
    <message>
        <source>%1 %2, exposure %3, %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>review overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 overdue</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RiskTable</name>
    <message>
        <source>Id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Posts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P×I</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Residual</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sort by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Risk register</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Review date</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RiskView</name>
    <message>
        <source>Search risks…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search risks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overdue reviews only (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New risk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 risks shown</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ScheduleCheckDialog</name>
    <message>
        <source>Schedule check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In the spirit of the DCMA 14-point schedule assessment, adapted to a programme portfolio. Use the arrow keys or click a finding to select its post.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Findings of the schedule check</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ScoreControl</name>
    <message>
        <source>not scored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>score %1 of 5</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SharedBanner</name>
    <message>
        <source>Review…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SharedDocument</name>
    <message>
        <source>The server of the shared portfolio cannot be reached (%1). You can keep working: your changes are kept in the recovery file and saved when the server is back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your save is waiting for the server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Someone else saved changes to what you are editing here. They are not merged in yet: review them, or save to see both versions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server has not answered for %1 seconds; Riskboard keeps trying. You can keep working.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (shared, %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The shared portfolio could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was saved: the shared portfolio would not be valid with these changes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>These changes were not saved: you may not make them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Theirs: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>removed or added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yours: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes saved by others were merged in: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — %2 by %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SimulationController</name>
    <message>
        <source>The schedule cannot be computed (see the dependency graph).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No simulation result yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Programme finish: 50 % chance by %1, 80 % by %2, 90 % by %3; planned %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Running: %1 % of %2 iterations.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run cancelled. The charts still show the previous run.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run cancelled. There is no result yet: run the simulation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The portfolio changed since this run: run again to bring the charts up to date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No simulation result yet: run the simulation.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
    <message>
        <source>After mitigation 80 % chance by %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Largest driver: %1 (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chance to finish by the programme end (%1): %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 ready by %2 (%3): %4 chance; at P80 %5 late</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 ready by %2 (%3): %4 chance; met at P80</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SimulationView</name>
    <message>
        <source>Iterations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Random seed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run simulation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Simulation progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Planned finish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P50</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P80</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P90</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Criticality index (share of runs on the critical path)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Simulating…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No result yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P80 after mitigation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Top drivers: days they add to the P80 finish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Distribution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the finish distribution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the trend of the P80 finish over the baselines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trend of the P80 finish: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>post %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>dependency %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>assessment %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>risk %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>programme record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the database's Riskboard schema is version %1; this build knows up to %2: update Riskboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>migration %1 failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the PostgreSQL driver of Qt SQL is missing (Debian package libqt6sql6-psql)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: cannot create or upgrade the Riskboard schema: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: cannot read the Riskboard schema: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the database's Riskboard schema (version %2) is newer than this build (version %3): update Riskboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the database has no up-to-date Riskboard schema (version %2 of %3): the administrator runs 'riskboard store-init URL'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: this role may not read shared portfolios: the administrator makes it a member of riskboard_viewer, riskboard_leader or riskboard_manager (docs/team.md)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: there is no portfolio "%2"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: cannot read portfolio "%2": %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a viewer reads the portfolio but changes nothing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a project leader changes only the assessments and risks of the posts they lead (not programme risks)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only the programme manager changes the programme record and the dependencies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not allowed by the database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: portfolio "%2" exists already (use --replace to overwrite it)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: only a programme manager uploads a portfolio (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: refused: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: added by someone else too since you opened the portfolio</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: removed by someone else since you opened the portfolio</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: changed by someone else since you opened the portfolio; not removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: changed by someone else since you opened the portfolio</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a PostgreSQL URL (postgresql://HOST/DATABASE?portfolio=NAME): %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invalid PostgreSQL URL %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invalid %1 in %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown parameter "%1" in %2 (known: portfolio, host, port, user, password, connect_timeout)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 names no database (postgresql://HOST/DATABASE?portfolio=NAME)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 names no portfolio (add ?portfolio=NAME)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: cannot listen for changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a project leader changes only the progress (status, actual dates, remaining days, progress, history) of the posts they lead, and adds or removes no posts</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SummaryTiles</name>
    <message>
        <source>Projects / posts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open risks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>programme %1 · project %2 · activity %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Critical posts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>planned finish %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>computing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Monte Carlo %1 %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>out of date: re-run in Simulation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Monte Carlo, %1 runs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Budget (voorstel)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no result yet: run in Simulation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Original “%1”: finish %2. Latest “%3”: finish %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 / %2 d</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 / %2 posts later · finish %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P80 finish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Slip vs orig. / latest</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <source>No schedule: the dependencies contain a cycle.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No post has dates to schedule.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gantt chart of %1 posts, %2 on the critical path, %3 done, %4 running. %5</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plateau (0)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the programme from its start to its end</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TrendView</name>
    <message>
        <source>%1: P80 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No baseline and no simulation run yet</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>UnsavedChangesDialog</name>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has work that is not saved:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes to the portfolio that are not saved to the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save adds the drafts to the portfolio and saves it; Discard drops all of it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save them first?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>UserNameDialog</name>
    <message>
        <source>Your name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Riskboard writes this name as the assessor of the assessments you save and as the author of your changes in a risk's change log.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First and last name</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WhatIfController</name>
    <message>
        <source>No what-if slip applied.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 post(s) slipped; %2 post(s) move, %3 absorbed by float; programme finish %4 (%5 days later); cost of delay %6 k€.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: its float absorbs the slip of %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WhatIfPanel</name>
    <message>
        <source>What-if</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What if…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 slips by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a post in the chart.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Slip of %1 in days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Programme finish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 days later</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cost of delay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 k€</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 post(s) move · %2 absorbed by float</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Slipped posts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove slip of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear all slips</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The scenario is not part of the document: it changes nothing until you edit the plan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. 10, 10d or 6w</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Slip of %1 in days or weeks (10, 10d, 6w)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>days (type 6w for weeks)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type days (10, 10d) or weeks (6w).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1: %n day(s)</source>
        <translation>
            <numerusform>%1: %n day</numerusform><numerusform>%1: %n days</numerusform></translation>
    </message>
</context>
<context>
    <name>rb::exporting::Charts</name>
    <message>
        <source>Planned (voorzien)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Proposed (voorstel)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Carried over (rest P3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Totals: planned %1 k€, proposed %2 k€, carried over %3 k€ (investment + operating + one-off).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Budget per theme (k€)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the document has no assessments; the radar needs --post ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown post '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown post '%1' in --delay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No status date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Theme %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(not assessed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The document has no dependencies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>external</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>critical path</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Critical path: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source> %n post(s) without dependencies are not shown.</source>
        <translation>
            <numerusform> %n post without dependencies is not shown.</numerusform><numerusform> %n posts without dependencies are not shown.</numerusform></translation>
    </message>
    <message>
        <source>Dependencies and critical path</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No posts to show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assessed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>under control</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>largely</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>partly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>poorly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not under control</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not assessed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Success-factor heatmap</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No simulation result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share of runs per finish day (%)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share of runs per finish week (%)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cumulative (%)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Programme finish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Runs per day (%)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Runs per week (%)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cumulative</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target end</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 runs, seed %2 (reproducible). Durations from three-point estimates or the success-factor model; open risks strike with their probability and add their delay.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Programme finish — Monte Carlo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Success factors — %1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No success factors in the catalogue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Previous %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Latest %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Factor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Latest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prev.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Score 1 = under control … 5 = not under control. n/a = not assessed (drawn at 0).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The document has no reserve flow (programme.reserve)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opening balance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closing balance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plateau %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>After plateau %1 the reserve holds %2 k€ (closing = opening − spending).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reserve flow per plateau (k€)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Impact →</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Probability →</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n risk(s) without these scores are not shown</source>
        <translation>
            <numerusform>%n risk without these scores is not shown</numerusform><numerusform>%n risks without these scores are not shown</numerusform></translation>
    </message>
    <message>
        <source>Inherent (before mitigation)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Residual (after mitigation)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Risk matrix — inherent and residual</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the simulation failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the what-if cannot be computed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What-if: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Timeline and critical path</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No post has dates to schedule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (delayed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>absorbed by float</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>programme end %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 (critical %3 %)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What drives the programme finish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cumulative after mitigation (%)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 open risks; number of risks per cell, ids below. Colour = exposure (probability × impact). %2 closed or occurred risk(s) not shown.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No post or risk moves the P80 finish in the simulation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Days of the P80 finish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Days the P80 programme finish moves without this post's uncertainty or this risk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Top %1 drivers in days over %2 runs (seed %3): the P80 re-run on the same draws without each item. Critical % = share of runs in which the post was on the critical path. Blue bars: the finish is later without it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Programme finish %1 → %2 (%3%4 d). Cost of delay %5 k€.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Theme %1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>status date %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>slipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>schedule without the what-if</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>slip absorbed by float</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>remaining work (from the status date)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>original baseline: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>latest re-plan: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>float</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>milestone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>status date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>programme end</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No P80 finish is known for any version: take a baseline or give an earlier version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P80 finish (80% of the simulation runs finish by then)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>earlier version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>baseline (recorded)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Programme end %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 by the end</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open risks by exposure (probability × impact, residual when scored)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not scored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1  %2, %3: %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A baseline records its P80 only; the chance of finishing by the end is known for simulated versions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trend: P80 finish and open risks over time</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>rb::exporting::Deck</name>
    <message>
        <source>%1 scored 5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 scored 4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>mean score %1 over %2 factors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>programme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes since %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — storyboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Storyboard session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Made with Riskboard from the portfolio document; every chart shows the status date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Programme end (Monte Carlo, %1 runs)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Planned finish (critical path method): %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target programme end: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P80 is %1 days after the target end</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P80 is within the target end (%1 days to spare)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Critical path (1 post)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Critical path (%1 posts)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No critical path (no scheduled posts)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open risks per level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Posts needing a detailed analysis (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None (rule: docs/assessment-rules.md)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rule (docs/assessment-rules.md): a 5; or two scores ≥ 4; or a mean ≥ 3.0 over ≥ 4 factors.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Avoid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reduce</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fallback</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Top risks by residual exposure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Posts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inherent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Residual</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Response and mitigation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No open risks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open risks only, %1 of %2 shown; exposure = probability × impact (residual: after mitigation).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New risk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Risk closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re-scored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 scored %2 (new)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ambitions of the plateau</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Governance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rhythm of reporting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Way of working</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Risk profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Success-factor procedure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finances</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 k€</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>… and %1 more in the Programme panel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The programme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 +%2 d</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Largest causes of the P80: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>After the planned mitigations: P80 %1 (%2 days earlier)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chance to finish by the target end: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 by %2 (%3): %4 chance; at P80 %5 days late</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 by %2 (%3): %4 chance; met at P80</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 posts end on the programme end date; their windows are fixed by the plan, so none drives another: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 posts end on the programme finish; their windows are fixed by the plan, so none drives another: %2.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n day(s) later</source>
        <translation>
            <numerusform>%n day later</numerusform><numerusform>%n days later</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) earlier</source>
        <translation>
            <numerusform>%n day earlier</numerusform><numerusform>%n days earlier</numerusform></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>occurred</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>removed from the register</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Since the baseline “%1” (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Since last time (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing started, finished, slipped or was re-planned; no risk or assessment changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Slipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gained</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>finish %1 → %2 (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re-planned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>planned finish %1 → %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>scored %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>assessed %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 started, %2 finished, %3 slipped, %4 re-planned.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Risks: %1 new, %2 closed, %3 re-scored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Risks: a baseline does not record them (compare with --since).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Since last time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no earlier version: the document has no baseline and no --since was given</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>rb::exporting::ScheduleCheckPage</name>
    <message>
        <source>%1 and %2 more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Schedule check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How many</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Posts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No findings: the schedule passes every check.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Errors: %1, warnings: %2. In the spirit of the DCMA 14-point schedule assessment, adapted to a programme portfolio (docs/analysis.md); the list per post: riskboard check.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>rb::exporting::Workbook</name>
    <message>
        <source>History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assessor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rationale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contractor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Project leader</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Actual start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Actual finish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remaining (days)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duration (days)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Optimistic (days)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Most likely (days)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pessimistic (days)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Investment planned (k€)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Investment proposed (k€)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Operating planned (k€)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Operating proposed (k€)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One-off planned (k€)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One-off proposed (k€)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One-off carried over (k€)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cost of delay (k€ per month)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plateau</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inherent exposure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Residual exposure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open risks per cell; colour = exposure (probability × impact). Closed and occurred risks left out: %1. Risks without these scores: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Probability ↓ / impact →</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Risks per cell</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Early start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Early finish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total float (days)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Success-factor scores (the higher, the riskier)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A factor scored 4 or 5 needs a mitigation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sheet of assessments shows each post's latest assessment (latest date; on the same date the later one).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Risk probability and impact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rare (&lt; 10 %)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unlikely (10–30 %)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>possible (30–50 %)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>likely (50–80 %)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>almost certain (&gt; 80 %)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>negligible</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>minor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>moderate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>major</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>severe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Probability</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Impact (on planning, cost or result)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exposure = probability × impact (1–25), coloured in five steps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inherent: before mitigation; residual: after mitigation. The matrices count open and occurred risks.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Early start and finish and total float come from the critical path method over the dependencies (inclusive calendar days). Float: the days a post can slip without moving the programme finish or a deadline; critical: no float.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amounts in k€.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Risks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inherent matrix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Residual matrix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Latest assessments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Posts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>rb::model</name>
    <message>
        <source>Edit risk %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add risk %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove risk %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assess %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit post %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit programme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take baseline %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>rb::model::ScheduleCheck</name>
    <message>
        <source>Progress after the status date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No predecessor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No successor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Level-of-effort post in a dependency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hard deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lead (negative lag)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Long lag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fixed date no post has to meet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Neither estimate nor assessment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forecast before the status date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Negative float</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>High float</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The status says started or done, the dates say it had not happened yet on the status date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Without a predecessor, nothing in the plan can hold up its start: a missing dependency makes the critical path too optimistic.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Without a successor, its delay reaches no other post: only the programme end notices it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A role or continuous service spans the plateau; a dependency on it drives nothing and confuses the reader.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A deadline fixes a date instead of letting the logic compute it; DCMA allows at most 5 % of the posts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A lead lets a successor start before its predecessor is ready; DCMA allows none.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A long wait between posts is often work that should be a post of its own.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A fixed date (a law, a deadline) matters when a post must be ready for it: link that post to it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With neither a three-point estimate nor a success-factor assessment, nothing says how uncertain its duration is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A post that has not started cannot start in the past: update its status or its dates.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The dependencies cannot meet a deadline or a fixed date: the plan is already late.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>More than two months of float (DCMA: 44 working days) usually means a missing dependency.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DCMA check 1 (logic)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DCMA check 2 (leads)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DCMA check 3 (lags)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DCMA check 5 (hard constraints)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DCMA check 6 (high float)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DCMA check 7 (negative float)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DCMA check 9 (invalid dates)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 (%3 %)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: at most %2 %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is started or done, but its dates are %2 days after the status date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has no predecessor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has no successor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is level of effort, yet in the dependency %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has a deadline (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has a lead of %2 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has a lag of %2 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No post has to be ready for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has neither an estimate nor an assessment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is running, yet its forecast finish is %2 days before the status date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has not started, yet its forecast start is %2 days before the status date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has %2 days of negative float</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has %2 days of float</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>rb::mspdi</name>
    <message>
        <source>Post %1 starts or finishes on a weekend: MS Project's standard calendar will move it to a working day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not in MSPDI, not written: %1 (%2 post(s)).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>three-point estimates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>budgets and cost of delay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>owner, contractor and project leader</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the level-of-effort flag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>result, goal, activities, expertise, tags and plateau</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Control characters, which XML cannot hold, were left out of %1 text(s).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 post(s) without a start were written without dates (as soon as possible): MS Project schedules them after their predecessors; imported again they keep no start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not in MSPDI, not written: the risk register (%1 risk(s)).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not in MSPDI, not written: %1 success-factor assessment(s).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not in MSPDI, not written: the success-factor catalogue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not in MSPDI, not written: the programme's description, note, reserve and sources.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not written: the names of %1 theme(s) without posts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not written: the English theme names (the summary tasks carry the Dutch ones).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not in MSPDI, not written: notes and sources of %1 dependency(ies).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not in MSPDI, not written: the baselines' names, dates, reasons, deciders and P50/P80 (a task's Baseline holds a number, dates and a cost); imported again they are named "Baseline", "Baseline 1", … and dated at the plan's start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MSPDI holds 11 baselines: the original and the latest ten were written, %1 in between were not.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not written: %1 baseline entry(ies) of posts no longer in the portfolio (a baseline is written on its post's task).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>dependency cycle: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the imported portfolio would be invalid: %1 (at %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a Task without UID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>duplicate task UID %1 (also at line %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Blank task rows (IsNull) were skipped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Summary tasks were not imported as posts; every post went to theme %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Summary tasks were skipped (--summaries skip); every post went to theme 1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nested summary tasks are not posts: their tasks belong to the theme of their top-level summary task.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Riskboard has five themes: top-level summary tasks beyond the fifth were merged into theme 5.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tasks outside every summary task went to theme 1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Post ids come from the tasks' WBS codes; duplicate codes were made unique with the task's UID.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tasks without a name were named after their id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inactive tasks became cancelled posts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>task %1 finishes (%2) before it starts (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Milestones with a duration keep their duration (a post is a milestone only when it lasts 0 days).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Calendars are reduced to calendar days: a post runs from its task's scheduled start to its scheduled finish, every day counting; the working-time duration is not kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 working days over %3 calendar days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tasks with a finish but no start keep only their duration.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tasks without start, finish or duration became 0-day posts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>task %1 lasts %2 days, more than %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Working-time durations of unscheduled tasks were converted to calendar days at %1 minutes (%2 h) a working day, rounded up.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 working days → %3 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Elapsed durations were rounded up to whole days.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 → %3 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Milestones at the end of a day (12:00 or later) happen at the start of the next day: the same moment in calendar days.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ConstraintType %1 needs a ConstraintDate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tasks with both a deadline and a finish constraint keep the earlier date as deadline.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'As late as possible' is not represented: the tasks keep their scheduled dates.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tasks without a date constraint keep their scheduled start as the post's start, which Riskboard treats as start-no-earlier-than: the plan's dates stay, but a post no longer moves earlier when its predecessors finish early.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'Must start on' became start-no-earlier-than.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'Must finish on' became a deadline (finish-no-later-than).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'Start no later than' constraints are not represented and were dropped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'Finish no earlier than' constraints are not represented and were dropped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lags in percent of the predecessor's duration are not represented: those links have lag 0.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>link %1: a lag of %2 days is more than %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2%3 → %4 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Working-time lags became calendar-day lags at %1 minutes a working day (weekends and holidays within a lag are not added).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lags were rounded to whole days.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Links to other projects are not represented and were dropped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>task %1 names an unknown predecessor UID %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>task %1 is its own predecessor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Links from summary tasks are not represented (summaries are not posts) and were dropped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repeated links (same tasks and type) were kept once.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Calendars are not represented: Riskboard counts calendar days (weekends and holidays are ordinary days). %1 calendar(s) dropped: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resources and assignments are not represented: %1 resource(s) and %2 assignment(s) dropped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Custom fields (extended attributes) are not represented: %1 value(s) dropped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file is larger than 256 MiB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>and %1 more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>post %1 already exists in the portfolio</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The plan's project name, dates and summary-task names were not applied: the existing programme is kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The progress of %1 post(s) does not fit the existing programme's status date (%2) and was dropped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The plan's %1 baseline(s) were not merged: the existing portfolio keeps its own baselines.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Percent complete without an actual start is not kept: the task became a 'running' post, taken to have started on its planned start (docs/format.md "Progress").</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The plan has no status date: actual dates and remaining durations were dropped (Riskboard measures progress at a status date).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finished tasks without an actual finish took their scheduled finish as the actual finish.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remaining durations became the calendar days from the status date to the task's scheduled finish; the working-time remaining duration is not kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remaining durations of tasks scheduled to finish before the status date were converted to calendar days from the status date at %1 minutes a working day, rounded up.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Percent complete is not kept: a running post's progress is its actual start and its remaining days (docs/format.md "Progress").</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Actual dates of tasks Riskboard's status field marks as planned were dropped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Progress that breaks Riskboard's progress rules (docs/format.md "Progress") was dropped; the post keeps its status and planned dates.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Baseline work (hours) is not kept: a baseline holds a post's dates and budget.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: baseline %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A task with the same baseline twice keeps the first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Baselines of summary tasks were not kept: a baseline holds posts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Baselines without any date (no project start, status date or baseline start) were dropped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MSPDI does not say when a baseline was saved, why or by whom: the baselines (%1) are named after their number and dated %2, in number order; their P50/P80 are empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not named</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Baseline costs became each post's baseline budget in k€ (the plan's currency, %1, is taken as euros; MSPDI writes hundredths).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The imported network cannot be scheduled: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In calendar days the links start %1 post(s) later than the plan's dates (working-time lags, links within a day, or dates the plan itself does not keep): [%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no root element: not an MS Project XML file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the root element is &lt;%1&gt;, not &lt;Project&gt;: not an MS Project XML file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>malformed XML: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: '%2' is not an integer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 is out of range (%3..%4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: '%2' is not a boolean (0 or 1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: '%2' is not a date and time (YYYY-MM-DDTHH:MM:SS)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: '%2' is not a duration (PT8H0M0S)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LagFormat: %1 is not a lag format of the MSPDI schema</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a PredecessorLink without PredecessorUID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Baseline Cost: '%1' is not an amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Baseline %1 finishes before it starts</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>rb::ui::ScheduleCheckModel</name>
    <message>
        <source>The schedule cannot be checked: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform><numerusform>%n errors</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform><numerusform>%n warnings</numerusform></translation>
    </message>
    <message>
        <source>status date %1</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>