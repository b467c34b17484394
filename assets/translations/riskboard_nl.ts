<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
<context>
    <name>AppMenuBar</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Opslaan &amp;als…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Ongedaan maken: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>Op&amp;nieuw: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Op&amp;nieuw</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>Portfolio overview</source>
        <translation>Portfolio-overzicht</translation>
    </message>
    <message>
        <source>Kick-off assessment</source>
        <translation>Startbeoordeling (kick-off)</translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation>Risicoregister</translation>
    </message>
    <message>
        <source>Dependency graph</source>
        <translation>Afhankelijkhedengraaf</translation>
    </message>
    <message>
        <source>Timeline and what-if</source>
        <translation>Tijdlijn en wat-als</translation>
    </message>
    <message>
        <source>Simulation</source>
        <translation>Simulatie</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>Your &amp;name…</source>
        <translation>Uw &amp;naam…</translation>
    </message>
    <message>
        <source>&amp;Copy chart to clipboard</source>
        <translation>Grafiek &amp;kopiëren naar klembord</translation>
    </message>
    <message>
        <source>Schedule &amp;check…</source>
        <translation>&amp;Planningscontrole…</translation>
    </message>
    <message>
        <source>&amp;Import MS Project plan…</source>
        <translation>MS Project-plan &amp;importeren…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <source>&amp;Chart…</source>
        <translation>&amp;Grafiek…</translation>
    </message>
    <message>
        <source>Storyboard &amp;deck…</source>
        <translation>Storyboard-&amp;presentatie…</translation>
    </message>
    <message>
        <source>E&amp;xcel workbook (.xlsx)…</source>
        <translation>E&amp;xcel-werkmap (.xlsx)…</translation>
    </message>
    <message>
        <source>&amp;MS Project XML…</source>
        <translation>&amp;MS Project-XML…</translation>
    </message>
    <message>
        <source>Open s&amp;hared portfolio…</source>
        <translation>Ge&amp;deeld portfolio openen…</translation>
    </message>
    <message>
        <source>Update &amp;progress…</source>
        <translation>&amp;Voortgang bijwerken…</translation>
    </message>
    <message>
        <source>Take &amp;baseline…</source>
        <translation>&amp;Baseline vastleggen…</translation>
    </message>
</context>
<context>
    <name>AppState</name>
    <message>
        <source>The file dialog cannot be shown: %1. Install the Debian package qml6-module-qt-labs-folderlistmodel (scripts/setup.sh does). Until then, type the file's path.</source>
        <translation>Het bestandsvenster kan niet worden getoond: %1. Installeer het Debian-pakket qml6-module-qt-labs-folderlistmodel (scripts/setup.sh doet dat). Typ tot die tijd het pad van het bestand.</translation>
    </message>
</context>
<context>
    <name>AssessmentEditor</name>
    <message>
        <source>A factor scores 5: a detailed analysis is required.</source>
        <translation>Een factor scoort 5: een gedetailleerde analyse is nodig.</translation>
    </message>
    <message>
        <source>Two or more factors score 4 or higher: a detailed analysis is required.</source>
        <translation>Twee of meer factoren scoren 4 of hoger: een gedetailleerde analyse is nodig.</translation>
    </message>
    <message>
        <source>The mean score is 3.0 or higher: a detailed analysis is required.</source>
        <translation>De gemiddelde score is 3,0 of hoger: een gedetailleerde analyse is nodig.</translation>
    </message>
    <message>
        <source>No detailed analysis required (see the rule in the manual).</source>
        <translation>Geen gedetailleerde analyse nodig (zie de regel in de handleiding).</translation>
    </message>
    <message>
        <source>%1 · %2 · scores %3</source>
        <translation>%1 · %2 · scores %3</translation>
    </message>
    <message>
        <source>%1 scores %2</source>
        <translation>%1 scoort %2</translation>
    </message>
    <message>
        <source>Radar chart: no factor scores 4 or 5.</source>
        <translation>Radardiagram: geen factor scoort 4 of 5.</translation>
    </message>
    <message>
        <source>Radar chart: %1.</source>
        <translation>Radardiagram: %1.</translation>
    </message>
    <message>
        <source>%1: %2 insufficiently under control</source>
        <translation>%1: %2 onvoldoende beheerst</translation>
    </message>
    <message>
        <source>Success factor “%1” scored %2 at kick-off.</source>
        <translation>Succesfactor “%1” scoorde %2 bij de start.</translation>
    </message>
    <message>
        <source>Created from the kick-off assessment of %1</source>
        <translation>Aangemaakt vanuit de startbeoordeling van %1</translation>
    </message>
    <message>
        <source>Assessment draft of %1</source>
        <translation>Beoordelingsconcept van %1</translation>
    </message>
    <message>
        <source>Score %1 or clear its text: a factor without a score is not saved.</source>
        <translation>Geef %1 een score of wis de tekst: een factor zonder score wordt niet opgeslagen.</translation>
    </message>
    <message>
        <source>The assessment of %1 by %2 (read only)</source>
        <translation>De beoordeling van %1 door %2 (alleen lezen)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>niets</translation>
    </message>
    <message>
        <source>There is no post %1 in this portfolio.</source>
        <translation>Dit portfolio heeft geen post %1.</translation>
    </message>
    <message>
        <source>No factor of %1 is scored.</source>
        <translation>Geen enkele factor van %1 heeft een score.</translation>
    </message>
</context>
<context>
    <name>AssessmentView</name>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>Beoordelaar</translation>
    </message>
    <message>
        <source>Choose a post to assess (here or in the overview).</source>
        <translation>Kies een post om te beoordelen (hier of in het overzicht).</translation>
    </message>
    <message>
        <source>The seven success factors</source>
        <translation>De zeven succesfactoren</translation>
    </message>
    <message numerus="yes">
        <source>%n factor(s) score 4 or 5 without a mitigation (beheersmaatregel).</source>
        <translation>
            <numerusform>%n factor scoort 4 of 5 zonder beheersmaatregel.</numerusform><numerusform>%n factoren scoren 4 of 5 zonder beheersmaatregel.</numerusform></translation>
    </message>
    <message>
        <source>Save as new assessment</source>
        <translation>Opslaan als nieuwe beoordeling</translation>
    </message>
    <message>
        <source>Unsaved assessment drafts: %1</source>
        <translation>Niet-opgeslagen beoordelingsconcepten: %1</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Concept weggooien</translation>
    </message>
    <message>
        <source>Drops the changes to %1 and starts again from its latest assessment</source>
        <translation>Gooit de wijzigingen aan %1 weg en begint opnieuw vanaf de laatste beoordeling</translation>
    </message>
    <message>
        <source>Back to the draft</source>
        <translation>Terug naar het concept</translation>
    </message>
</context>
<context>
    <name>BaselineDialog</name>
    <message>
        <source>Take baseline</source>
        <translation>Baseline vastleggen</translation>
    </message>
    <message>
        <source>This will be the first baseline: the original promise every later variance is measured against.</source>
        <translation>Dit wordt de eerste baseline: de oorspronkelijke belofte waartegen elke latere afwijking wordt gemeten.</translation>
    </message>
    <message>
        <source>This will be baseline %1. Variances stay shown against the original (“%2”) and the latest.</source>
        <translation>Dit wordt baseline %1. Afwijkingen blijven zichtbaar ten opzichte van de oorspronkelijke (“%2”) en de laatste.</translation>
    </message>
    <message>
        <source>It records each post's scheduled start, finish and budget now, and the programme's P50/P80 finish (Monte Carlo, 10,000 runs).</source>
        <translation>Ze legt per post de geplande start, het einde en het budget van nu vast, en het P50/P80-einde van het programma (Monte Carlo, 10.000 runs).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>e.g. Herijking mei 2019</source>
        <translation>bijv. Herijking mei 2019</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>why the plan is re-set</source>
        <translation>waarom de planning opnieuw wordt vastgesteld</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Besloten door</translation>
    </message>
    <message>
        <source>e.g. IV-Raad</source>
        <translation>bijv. IV-Raad</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-DD</translation>
    </message>
    <message>
        <source>&amp;Take baseline</source>
        <translation>Baseline &amp;vastleggen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>BaselineEditor</name>
    <message>
        <source>Give the baseline a name, e.g. “Herijking mei 2019”.</source>
        <translation>Geef de baseline een naam, bijv. “Herijking mei 2019”.</translation>
    </message>
    <message>
        <source>Say why this baseline is taken (the reason is shown with the trend).</source>
        <translation>Zeg waarom deze baseline wordt vastgelegd (de reden staat bij de trend).</translation>
    </message>
    <message>
        <source>The date is not a date: type it as YYYY-MM-DD, e.g. 2019-05-31.</source>
        <translation>De datum is geen datum: typ hem als JJJJ-MM-DD, bijv. 2019-05-31.</translation>
    </message>
    <message>
        <source>The date is before the latest baseline “%1” (%2): baselines are kept in date order.</source>
        <translation>De datum ligt vóór de laatste baseline “%1” (%2): baselines staan in datumvolgorde.</translation>
    </message>
    <message>
        <source>The plan cannot be scheduled: %1</source>
        <translation>De planning kan niet worden doorgerekend: %1</translation>
    </message>
    <message>
        <source>No portfolio is open.</source>
        <translation>Er is geen portfolio geopend.</translation>
    </message>
    <message>
        <source>The baseline could not be taken: %1</source>
        <translation>De baseline kon niet worden vastgelegd: %1</translation>
    </message>
    <message>
        <source>Take baseline “%1”</source>
        <translation>Baseline “%1” vastleggen</translation>
    </message>
</context>
<context>
    <name>DependencyGraph</name>
    <message>
        <source>%1 days (critical)</source>
        <translation>%1 dagen (kritiek)</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 dagen</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 starts %2 at the programme start</source>
        <translation>%1 start %2 bij de start van het programma</translation>
    </message>
    <message>
        <source>%1 starts %2 as planned (start date)</source>
        <translation>%1 start %2 zoals gepland (startdatum)</translation>
    </message>
    <message>
        <source>%1 is done (fixed dates)</source>
        <translation>%1 is gereed (vaste datums)</translation>
    </message>
    <message>
        <source>%1 starts %2, driven by %3 (%4)</source>
        <translation>%1 start %2, bepaald door %3 (%4)</translation>
    </message>
    <message>
        <source>No critical path.</source>
        <translation>Geen kritiek pad.</translation>
    </message>
    <message>
        <source>Showing the neighbourhood of %1: %2 posts.</source>
        <translation>De omgeving van %1: %2 posten.</translation>
    </message>
    <message>
        <source>Showing %1 posts; %2 themes collapsed.</source>
        <translation>%1 posten zichtbaar; %2 thema's samengevouwen.</translation>
    </message>
    <message>
        <source>Dependency graph of %1 posts and %2 links. %3 Critical path: %4.</source>
        <translation>Afhankelijkhedengraaf van %1 posten en %2 koppelingen. %3 Kritiek pad: %4.</translation>
    </message>
    <message>
        <source>Select a post (type its code in the search box) to see its neighbourhood.</source>
        <translation>Selecteer een post (typ zijn code in het zoekvak) om zijn omgeving te zien.</translation>
    </message>
    <message>
        <source>Theme %1 %2</source>
        <translation>Thema %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s), collapsed</source>
        <translation>
            <numerusform>%n post, samengevouwen</numerusform><numerusform>%n posten, samengevouwen</numerusform></translation>
    </message>
    <message>
        <source>%1 started %2 (actual start)</source>
        <translation>%1 is gestart op %2 (werkelijke start)</translation>
    </message>
    <message>
        <source>%1 starts %2: not started by the status date</source>
        <translation>%1 start %2: niet gestart vóór de statusdatum</translation>
    </message>
</context>
<context>
    <name>DiagnosticsDialog</name>
    <message>
        <source>The portfolio could not be opened or saved</source>
        <translation>Het portfolio kon niet worden geopend of opgeslagen</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s). Each line names the file, the line and the column.</source>
        <translation>
            <numerusform>%n probleem. Elke regel noemt het bestand, de regel en de kolom.</numerusform><numerusform>%n problemen. Elke regel noemt het bestand, de regel en de kolom.</numerusform></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemen</translation>
    </message>
</context>
<context>
    <name>DiskConflictDialog</name>
    <message>
        <source>The file was changed by someone else</source>
        <translation>Het bestand is door iemand anders gewijzigd</translation>
    </message>
    <message>
        <source>%1 was saved by someone else after you opened it. Their changes:</source>
        <translation>%1 is door iemand anders opgeslagen nadat u het opende. Hun wijzigingen:</translation>
    </message>
    <message>
        <source>Changes on disk</source>
        <translation>Wijzigingen op schijf</translation>
    </message>
    <message>
        <source>Reload theirs</source>
        <translation>Hun versie laden</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Samenvoegen</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Opslaan als…</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Overschrijven</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>The shared portfolio was changed by someone else</source>
        <translation>Het gedeelde portfolio is door een ander gewijzigd</translation>
    </message>
    <message>
        <source>Someone else saved the same items of %1 after you opened it. Their changes:</source>
        <translation>Een ander heeft na het openen dezelfde onderdelen van %1 opgeslagen. Wat de ander wijzigde:</translation>
    </message>
    <message>
        <source>Changes in the shared portfolio</source>
        <translation>Wijzigingen in het gedeelde portfolio</translation>
    </message>
</context>
<context>
    <name>DistributionChart</name>
    <message>
        <source>Programme finish distribution</source>
        <translation>Verdeling van de einddatum van het programma</translation>
    </message>
    <message numerus="yes">
        <source>runs per %n day(s)</source>
        <translation>
            <numerusform>runs per dag</numerusform><numerusform>runs per %n dagen</numerusform></translation>
    </message>
    <message>
        <source>cumulative</source>
        <translation>cumulatief</translation>
    </message>
    <message numerus="yes">
        <source>Programme finish (runs per %n day(s))</source>
        <translation>
            <numerusform>Einde programma (runs per dag)</numerusform><numerusform>Einde programma (runs per %n dagen)</numerusform></translation>
    </message>
    <message>
        <source>Cumulative %</source>
        <translation>Cumulatief %</translation>
    </message>
    <message>
        <source>P50 %1</source>
        <translation>P50 %1</translation>
    </message>
    <message>
        <source>P80 %1</source>
        <translation>P80 %1</translation>
    </message>
    <message>
        <source>P90 %1</source>
        <translation>P90 %1</translation>
    </message>
    <message>
        <source>Cumulative % after mitigation</source>
        <translation>Cumulatief % na maatregelen</translation>
    </message>
</context>
<context>
    <name>DocumentController</name>
    <message>
        <source>%1: the file could not be read.</source>
        <translation>%1: het bestand kon niet worden gelezen.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Naamloos</translation>
    </message>
    <message>
        <source>The file on disk is no longer a valid portfolio:</source>
        <translation>Het bestand op schijf is geen geldig portfolio meer:</translation>
    </message>
    <message>
        <source>The file was changed on disk since you opened it.</source>
        <translation>Het bestand is op schijf gewijzigd sinds u het opende.</translation>
    </message>
    <message>
        <source>Unsaved changes to %1 from %2 were recovered after Riskboard stopped unexpectedly.</source>
        <translation>Niet-opgeslagen wijzigingen in %1 van %2 zijn teruggevonden nadat Riskboard onverwacht stopte.</translation>
    </message>
    <message>
        <source>an untitled portfolio</source>
        <translation>een naamloos portfolio</translation>
    </message>
    <message>
        <source>The recovery file could not be read:</source>
        <translation>Het herstelbestand kon niet worden gelezen:</translation>
    </message>
    <message numerus="yes">
        <source>%n more recovery file(s) will be offered at the next start.</source>
        <translation>
            <numerusform>Nog %n herstelbestand wordt bij de volgende start aangeboden.</numerusform><numerusform>Nog %n herstelbestanden worden bij de volgende start aangeboden.</numerusform></translation>
    </message>
    <message>
        <source>%1 could not be applied: %2</source>
        <translation>%1 kon niet worden verwerkt: %2</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>Success-factor radar of the selected post</source>
        <translation>Radar van de succesfactoren van de geselecteerde post</translation>
    </message>
    <message>
        <source>Success-factor heatmap</source>
        <translation>Heatmap van de succesfactoren</translation>
    </message>
    <message>
        <source>Risk matrix</source>
        <translation>Risicomatrix</translation>
    </message>
    <message>
        <source>Dependency graph</source>
        <translation>Afhankelijkhedengraaf</translation>
    </message>
    <message>
        <source>Timeline and critical path</source>
        <translation>Tijdlijn en kritiek pad</translation>
    </message>
    <message>
        <source>Programme finish (Monte Carlo)</source>
        <translation>Einde programma (Monte Carlo)</translation>
    </message>
    <message>
        <source>What drives the programme finish</source>
        <translation>Wat het einde van het programma bepaalt</translation>
    </message>
    <message>
        <source>Budget per theme</source>
        <translation>Budget per thema</translation>
    </message>
    <message>
        <source>Reserve flow per plateau</source>
        <translation>Verloop van de reserve per plateau</translation>
    </message>
    <message>
        <source>16:9 slide (1920 × 1080)</source>
        <translation>16:9-dia (1920 × 1080)</translation>
    </message>
    <message>
        <source>4:3 slide (1600 × 1200)</source>
        <translation>4:3-dia (1600 × 1200)</translation>
    </message>
    <message>
        <source>16:9 for a 4K projector (3840 × 2160)</source>
        <translation>16:9 voor een 4K-beamer (3840 × 2160)</translation>
    </message>
    <message>
        <source>Small 16:9 (1280 × 720)</source>
        <translation>Klein 16:9 (1280 × 720)</translation>
    </message>
    <message>
        <source>Custom size</source>
        <translation>Eigen formaat</translation>
    </message>
    <message>
        <source>Choose a chart and a format.</source>
        <translation>Kies een grafiek en een formaat.</translation>
    </message>
    <message>
        <source>The size must be 64 to 8192 pixels wide and high.</source>
        <translation>Breedte en hoogte moeten tussen 64 en 8192 pixels liggen.</translation>
    </message>
    <message>
        <source>The chart could not be made: %1</source>
        <translation>De grafiek kon niet worden gemaakt: %1</translation>
    </message>
    <message>
        <source>Choose the file to export to.</source>
        <translation>Kies het bestand om naar te exporteren.</translation>
    </message>
    <message>
        <source>The chart could not be saved: %1</source>
        <translation>De grafiek kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Geëxporteerd naar %1</translation>
    </message>
    <message>
        <source>The deck could not be made: %1</source>
        <translation>De presentatie kon niet worden gemaakt: %1</translation>
    </message>
    <message>
        <source>The deck could not be saved: %1</source>
        <translation>De presentatie kon niet worden opgeslagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported the storyboard deck (%n page(s)) to %1</source>
        <translation>
            <numerusform>Storyboard-presentatie (%n pagina) geëxporteerd naar %1</numerusform><numerusform>Storyboard-presentatie (%n pagina’s) geëxporteerd naar %1</numerusform></translation>
    </message>
    <message>
        <source>The chart could not be put on the clipboard.</source>
        <translation>De grafiek kon niet op het klembord worden gezet.</translation>
    </message>
    <message>
        <source>Copied “%1” to the clipboard</source>
        <translation>“%1” gekopieerd naar het klembord</translation>
    </message>
    <message>
        <source>The workbook could not be made: %1</source>
        <translation>De werkmap kon niet worden gemaakt: %1</translation>
    </message>
    <message>
        <source>The workbook could not be saved: %1</source>
        <translation>De werkmap kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>Exported the Excel workbook to %1</source>
        <translation>Excel-werkmap geëxporteerd naar %1</translation>
    </message>
    <message>
        <source>Trend of the P80 finish and the open risks</source>
        <translation>Trend van de P80-einddatum en de open risico’s</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export storyboard deck</source>
        <translation>Storyboard-presentatie exporteren</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Grafiek exporteren</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Grafiek</translation>
    </message>
    <message numerus="yes">
        <source>With the what-if: %n post(s) slipped</source>
        <translation>
            <numerusform>Met de wat-als: %n post vertraagd</numerusform><numerusform>Met de wat-als: %n posten vertraagd</numerusform></translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formaat</translation>
    </message>
    <message>
        <source>PNG image (for slides)</source>
        <translation>PNG-afbeelding (voor dia’s)</translation>
    </message>
    <message>
        <source>SVG drawing (scalable)</source>
        <translation>SVG-tekening (schaalbaar)</translation>
    </message>
    <message>
        <source>PDF page (scalable)</source>
        <translation>PDF-pagina (schaalbaar)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Afmeting</translation>
    </message>
    <message>
        <source>Custom size</source>
        <translation>Eigen formaat</translation>
    </message>
    <message>
        <source>Width in pixels</source>
        <translation>Breedte in pixels</translation>
    </message>
    <message>
        <source>Height in pixels</source>
        <translation>Hoogte in pixels</translation>
    </message>
    <message>
        <source>pixels</source>
        <translation>pixels</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Language of the export</source>
        <translation>Taal van de export</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>File to export to</source>
        <translation>Bestand om naar te exporteren</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>Choose the file to export to</source>
        <translation>Kies het bestand om naar te exporteren</translation>
    </message>
    <message>
        <source>The deck is a 16:9 PDF: a title page, the status summary, every chart, a radar for each post needing a detailed analysis and the top risks. Making it runs the simulation and takes a few seconds.</source>
        <translation>De presentatie is een 16:9-PDF: een titelpagina, de statussamenvatting, alle grafieken, een radar voor elke post die een gedetailleerde analyse nodig heeft en de grootste risico’s. Voor het maken draait de simulatie; dat duurt enkele seconden.</translation>
    </message>
    <message>
        <source>Copy to clipboard</source>
        <translation>Kopiëren naar klembord</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-tekeningen (*.svg)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-afbeeldingen (*.png)</translation>
    </message>
    <message>
        <source>Export Excel workbook</source>
        <translation>Excel-werkmap exporteren</translation>
    </message>
    <message>
        <source>The workbook has a sheet for the risks, the inherent and the residual risk matrix, the latest assessment of each post, the posts with their dates, float and budget, and the method. Texts stay texts: Excel never runs them as formulas.</source>
        <translation>De werkmap heeft een blad voor de risico’s, de bruto en de netto risicomatrix, de laatste beoordeling van elke post, de posten met hun datums, speling en budget, en de methode. Teksten blijven teksten: Excel voert ze nooit uit als formule.</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-werkmappen (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>FactorRow</name>
    <message>
        <source>was %1</source>
        <translation>was %1</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nieuw</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>Rationale for %1</source>
        <translation>Toelichting bij %1</translation>
    </message>
    <message>
        <source>Mitigation (beheersmaatregel)</source>
        <translation>Beheersmaatregel</translation>
    </message>
    <message>
        <source>Mitigation for %1</source>
        <translation>Beheersmaatregel voor %1</translation>
    </message>
    <message>
        <source>⚠ A score of %1 needs a mitigation (beheersmaatregel).</source>
        <translation>⚠ Een score %1 vraagt om een beheersmaatregel.</translation>
    </message>
    <message>
        <source>Create linked risk…</source>
        <translation>Gekoppeld risico aanmaken…</translation>
    </message>
    <message>
        <source>Detailed analysis (20 factors)</source>
        <translation>Gedetailleerde analyse (20 factoren)</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Open portfolio</source>
        <translation>Portfolio openen</translation>
    </message>
    <message>
        <source>Riskboard portfolios (*.json)</source>
        <translation>Riskboard-portfolio’s (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Save portfolio as</source>
        <translation>Portfolio opslaan als</translation>
    </message>
    <message>
        <source>Path of the portfolio file</source>
        <translation>Pad van het portfoliobestand</translation>
    </message>
</context>
<context>
    <name>GraphSidePanel</name>
    <message>
        <source>Selected post</source>
        <translation>Geselecteerde post</translation>
    </message>
    <message>
        <source>Click a post (or use Page Up/Down) to see what it depends on and what drives it.</source>
        <translation>Klik op een post (of gebruik Page Up/Down) om te zien waarvan hij afhangt en wat zijn start bepaalt.</translation>
    </message>
    <message>
        <source>Scheduled (early dates)</source>
        <translation>Gepland (vroegste datums)</translation>
    </message>
    <message>
        <source>Total float</source>
        <translation>Totale speling</translation>
    </message>
    <message>
        <source>Predecessors</source>
        <translation>Voorgangers</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Successors</source>
        <translation>Opvolgers</translation>
    </message>
    <message>
        <source>What drives its start</source>
        <translation>Wat de start bepaalt</translation>
    </message>
    <message>
        <source>Open in timeline</source>
        <translation>Tonen in tijdlijn</translation>
    </message>
</context>
<context>
    <name>GraphToolBar</name>
    <message>
        <source>Whole graph</source>
        <translation>Hele graaf</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>Omgeving</translation>
    </message>
    <message>
        <source>The selected post with its predecessors and successors, and its driving chain</source>
        <translation>De geselecteerde post met zijn voorgangers en opvolgers, en de keten die zijn start bepaalt</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Stappen</translation>
    </message>
    <message>
        <source>Steps out from the selected post</source>
        <translation>Stappen vanaf de geselecteerde post</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Inzoomen (+)</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Uitzoomen (−)</translation>
    </message>
    <message>
        <source>Fit (0)</source>
        <translation>Passend (0)</translation>
    </message>
    <message>
        <source>Themes (checked: collapsed into one box):</source>
        <translation>Thema's (aangevinkt: samengevouwen tot één blok):</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Collapse theme %1 %2</source>
        <translation>Thema %1 %2 samenvouwen</translation>
    </message>
    <message>
        <source>Collapse all</source>
        <translation>Alles samenvouwen</translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation>Alles openvouwen</translation>
    </message>
    <message>
        <source>FS ——  SS – – –  FF · · ·  SF –·–   ▭ dashed grey: external   ▭ vermilion: critical path   blue: driving chain</source>
        <translation>FS ——  SS – – –  FF · · ·  SF –·–   ▭ grijs gestreept: extern   ▭ vermiljoen: kritiek pad   blauw: bepalende keten</translation>
    </message>
</context>
<context>
    <name>GraphView</name>
    <message>
        <source>Dependency graph</source>
        <translation>Afhankelijkhedengraaf</translation>
    </message>
    <message>
        <source>Critical path: %1</source>
        <translation>Kritiek pad: %1</translation>
    </message>
    <message>
        <source>Find a post: code or title (Ctrl+F)</source>
        <translation>Zoek een post: code of titel (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find a post by code or title</source>
        <translation>Zoek een post op code of titel</translation>
    </message>
    <message>
        <source>no post matches</source>
        <translation>geen post gevonden</translation>
    </message>
    <message numerus="yes">
        <source>Enter: %1 (%n match(es))</source>
        <translation>
            <numerusform>Enter: %1 (%n treffer)</numerusform><numerusform>Enter: %1 (%n treffers)</numerusform></translation>
    </message>
</context>
<context>
    <name>HeatmapHeader</name>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Worst</source>
        <translation>Slechtst</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
</context>
<context>
    <name>HeatmapRow</name>
    <message>
        <source>%1 %2, worst score %3</source>
        <translation>%1 %2, slechtste score %3</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>niet beoordeeld</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Assessment history</source>
        <translation>Eerdere beoordelingen</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Vergelijken met</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>niets</translation>
    </message>
    <message>
        <source>(compared)</source>
        <translation>(vergeleken)</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergelijken</translation>
    </message>
    <message>
        <source>Compare with %1</source>
        <translation>Vergelijken met %1</translation>
    </message>
    <message>
        <source>No earlier assessments.</source>
        <translation>Geen eerdere beoordelingen.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
</context>
<context>
    <name>LeaveRiskDialog</name>
    <message>
        <source>Changes not applied</source>
        <translation>Wijzigingen niet toegepast</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Toepassen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerpen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>%1 — Riskboard</source>
        <translation>%1 — Riskboard</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <source>Status date %1 · today %2</source>
        <translation>Peildatum %1 · vandaag %2</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) not yet in the portfolio</source>
        <translation>
            <numerusform>%n concept nog niet in het portfolio</numerusform><numerusform>%n concepten nog niet in het portfolio</numerusform></translation>
    </message>
    <message>
        <source>No status date · today %1</source>
        <translation>Geen peildatum · vandaag %1</translation>
    </message>
    <message>
        <source>No portfolio is open</source>
        <translation>Er is geen portfolio geopend</translation>
    </message>
    <message>
        <source>The portfolio could not be opened:</source>
        <translation>Het portfolio kon niet worden geopend:</translation>
    </message>
    <message>
        <source>Open a portfolio to start.</source>
        <translation>Open een portfolio om te beginnen.</translation>
    </message>
    <message>
        <source>Open a portfolio…</source>
        <translation>Portfolio openen…</translation>
    </message>
    <message>
        <source>Open the MAB plateau-4 example</source>
        <translation>Het voorbeeld MAB plateau 4 openen</translation>
    </message>
</context>
<context>
    <name>MspdiController</name>
    <message>
        <source>No document to import into.</source>
        <translation>Er is geen document om in te importeren.</translation>
    </message>
    <message>
        <source>%1 could not be imported; nothing was changed.</source>
        <translation>%1 kon niet worden geïmporteerd; er is niets veranderd.</translation>
    </message>
    <message>
        <source>%1 imported as a new, unsaved portfolio: %2 post(s) and %3 dependency(ies). Save it to keep it.</source>
        <translation>%1 geïmporteerd als nieuw portfolio, nog niet opgeslagen: %2 post(en) en %3 afhankelijkheid/afhankelijkheden. Sla het op om het te bewaren.</translation>
    </message>
    <message>
        <source>No portfolio is open.</source>
        <translation>Er is geen portfolio geopend.</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Kies een bestand om naar te exporteren.</translation>
    </message>
    <message>
        <source>%1 was not written: %2</source>
        <translation>%1 is niet geschreven: %2</translation>
    </message>
    <message>
        <source>Saved %1 (MS Project XML). MS Project, ProjectLibre and GanttProject open it.</source>
        <translation>%1 opgeslagen (MS Project-XML). MS Project, ProjectLibre en GanttProject openen het.</translation>
    </message>
</context>
<context>
    <name>MspdiDialogs</name>
    <message>
        <source>Import MS Project plan</source>
        <translation>MS Project-plan importeren</translation>
    </message>
    <message>
        <source>MS Project XML (*.xml)</source>
        <translation>MS Project-XML (*.xml)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Export as MS Project XML</source>
        <translation>Exporteren als MS Project-XML</translation>
    </message>
    <message>
        <source>Path of the MS Project XML file</source>
        <translation>Pad van het MS Project-XML-bestand</translation>
    </message>
    <message>
        <source>MS Project plan not imported</source>
        <translation>MS Project-plan niet geïmporteerd</translation>
    </message>
    <message>
        <source>MS Project: what could not be represented</source>
        <translation>MS Project: wat niet kon worden overgenomen</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s): each says what changed and names the first tasks it concerns.</source>
        <translation>
            <numerusform>%n opmerking: ze zegt wat er veranderde en noemt de eerste taken waar het om gaat.</numerusform><numerusform>%n opmerkingen: elk zegt wat er veranderde en noemt de eerste taken waar het om gaat.</numerusform></translation>
    </message>
    <message>
        <source>Nothing was lost.</source>
        <translation>Er ging niets verloren.</translation>
    </message>
    <message>
        <source>Import and export log</source>
        <translation>Logboek van import en export</translation>
    </message>
    <message>
        <source>Copy log</source>
        <translation>Logboek kopiëren</translation>
    </message>
    <message>
        <source>Copy the log to the clipboard</source>
        <translation>Het logboek naar het klembord kopiëren</translation>
    </message>
    <message>
        <source>MS Project XML: what the file cannot hold</source>
        <translation>MS Project-XML: wat het bestand niet kan bevatten</translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <source>Views</source>
        <translation>Weergaven</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risico’s</translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation>Afhankelijkheden</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <source>Simulation</source>
        <translation>Simulatie</translation>
    </message>
    <message>
        <source>%1  Ctrl+%2</source>
        <translation>%1  Ctrl+%2</translation>
    </message>
    <message>
        <source>%1, has unsaved drafts</source>
        <translation>%1, heeft niet-opgeslagen concepten</translation>
    </message>
</context>
<context>
    <name>OpenSharedDialog</name>
    <message>
        <source>Open shared portfolio</source>
        <translation>Gedeeld portfolio openen</translation>
    </message>
    <message>
        <source>The address of the portfolio on the team's PostgreSQL server, for example postgresql://server/riskboard?portfolio=mab, or postgresql:///riskboard?host=/var/run/postgresql&amp;portfolio=mab for a server on this computer.</source>
        <translation>Het adres van het portfolio op de PostgreSQL-server van het team, bijvoorbeeld postgresql://server/riskboard?portfolio=mab, of postgresql:///riskboard?host=/var/run/postgresql&amp;portfolio=mab voor een server op deze computer.</translation>
    </message>
    <message>
        <source>Address of the shared portfolio</source>
        <translation>Adres van het gedeelde portfolio</translation>
    </message>
    <message>
        <source>Recently opened</source>
        <translation>Onlangs geopend</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 openen</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>OverviewModel</name>
    <message>
        <source>All themes</source>
        <translation>Alle thema’s</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Theme %1</source>
        <translation>Thema %1</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projecten</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activiteiten</translation>
    </message>
    <message>
        <source>External</source>
        <translation>Extern</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Elke status</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Lopend</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gereed</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Uitgesteld</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Elke eigenaar</translation>
    </message>
    <message>
        <source>Sort by post code</source>
        <translation>Sorteren op postcode</translation>
    </message>
    <message>
        <source>Sort by theme</source>
        <translation>Sorteren op thema</translation>
    </message>
    <message>
        <source>Sort by worst score</source>
        <translation>Sorteren op slechtste score</translation>
    </message>
    <message>
        <source>Sort by total score</source>
        <translation>Sorteren op totaalscore</translation>
    </message>
    <message>
        <source>%1 k€</source>
        <translation>%1 k€</translation>
    </message>
    <message>
        <source>%1 posts, %2 projects.</source>
        <translation>%1 posten, %2 projecten.</translation>
    </message>
    <message>
        <source>%1 post(s) score 5 on %2.</source>
        <translation>%1 post(en) scoren 5 op %2.</translation>
    </message>
    <message>
        <source>%1 post(s) score 4 on %2.</source>
        <translation>%1 post(en) scoren 4 op %2.</translation>
    </message>
    <message>
        <source>%1 post(s) not assessed.</source>
        <translation>%1 post(en) niet beoordeeld.</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Sort</source>
        <translation>Sorteren</translation>
    </message>
    <message>
        <source>Filter by theme</source>
        <translation>Filteren op thema</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation>Filteren op soort</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filteren op status</translation>
    </message>
    <message>
        <source>Filter by owner</source>
        <translation>Filteren op eigenaar</translation>
    </message>
    <message>
        <source>Success factor heatmap</source>
        <translation>Heatmap van de succesfactoren</translation>
    </message>
    <message>
        <source>Scores: 1 under control … 5 not under control; “–” with a dashed outline: not assessed.</source>
        <translation>Scores: 1 beheerst … 5 niet beheerst; “–” met gestreepte rand: niet beoordeeld.</translation>
    </message>
    <message>
        <source>Post details</source>
        <translation>Details van de post</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
</context>
<context>
    <name>PostChooser</name>
    <message>
        <source>Post to assess</source>
        <translation>Te beoordelen post</translation>
    </message>
    <message>
        <source>Typed: %1</source>
        <translation>Getypt: %1</translation>
    </message>
    <message>
        <source>Typed: %1 (Enter chooses)</source>
        <translation>Getypt: %1 (Enter kiest)</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>concept</translation>
    </message>
</context>
<context>
    <name>PostDetail</name>
    <message>
        <source>%1 k€</source>
        <translation>%1 k€</translation>
    </message>
    <message>
        <source>Theme %1 %2 · %3 · %4</source>
        <translation>Thema %1 %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Owner (eigenaar): %1</source>
        <translation>Eigenaar: %1</translation>
    </message>
    <message>
        <source>Contractor (opdrachtnemer): %1</source>
        <translation>Opdrachtnemer: %1</translation>
    </message>
    <message>
        <source>Project leader: %1</source>
        <translation>Projectleider: %1</translation>
    </message>
    <message>
        <source>Planned: %1 – %2 (%3 days)</source>
        <translation>Gepland: %1 – %2 (%3 dagen)</translation>
    </message>
    <message>
        <source>Scheduled: %1 – %2, float %3 days%4</source>
        <translation>Berekend: %1 – %2, speling %3 dagen%4</translation>
    </message>
    <message>
        <source> (critical)</source>
        <translation> (kritiek)</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>Uiterste datum: %1</translation>
    </message>
    <message>
        <source>Budget (voorstel): investment %1, operating %2, one-off %3; carried over %4</source>
        <translation>Budget (voorstel): investering %1, exploitatie %2, eenmalig %3; rest P3 %4</translation>
    </message>
    <message>
        <source>Cost of delay: %1 per month</source>
        <translation>Vertragingskosten: %1 per maand</translation>
    </message>
    <message>
        <source>Plateau %1 · %2: %3</source>
        <translation>Plateau %1 · %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Bron: %1</translation>
    </message>
    <message>
        <source>project</source>
        <translation>project</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>activiteit</translation>
    </message>
    <message>
        <source>external</source>
        <translation>extern</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>gepland</translation>
    </message>
    <message>
        <source>running</source>
        <translation>lopend</translation>
    </message>
    <message>
        <source>done</source>
        <translation>afgerond</translation>
    </message>
    <message>
        <source>deferred</source>
        <translation>uitgesteld</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <source>delayed</source>
        <translation>vertraagd</translation>
    </message>
    <message>
        <source>underspend</source>
        <translation>onderbesteding</translation>
    </message>
    <message>
        <source>overspend</source>
        <translation>overschrijding</translation>
    </message>
    <message>
        <source>extended</source>
        <translation>verlengd</translation>
    </message>
    <message>
        <source>extra</source>
        <translation>extra</translation>
    </message>
    <message>
        <source>cheaper</source>
        <translation>goedkoper</translation>
    </message>
    <message>
        <source>postponed</source>
        <translation>uitgesteld</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>voltooid</translation>
    </message>
    <message>
        <source>other</source>
        <translation>overig</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>gesloten</translation>
    </message>
    <message>
        <source>occurred</source>
        <translation>opgetreden</translation>
    </message>
    <message>
        <source>Latest assessment (%1 · %2)</source>
        <translation>Laatste beoordeling (%1 · %2)</translation>
    </message>
    <message>
        <source>Mitigation (beheersmaatregel): %1</source>
        <translation>Beheersmaatregel: %1</translation>
    </message>
</context>
<context>
    <name>PostDetailPanel</name>
    <message>
        <source>Post details</source>
        <translation>Details van de post</translation>
    </message>
    <message>
        <source>Select a post to see its details.</source>
        <translation>Selecteer een post om de details te zien.</translation>
    </message>
    <message>
        <source>Result (eindresultaat)</source>
        <translation>Eindresultaat</translation>
    </message>
    <message>
        <source>Goal (doelstelling)</source>
        <translation>Doelstelling</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activiteiten</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risico’s</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Bronnen</translation>
    </message>
    <message>
        <source>Assess…</source>
        <translation>Beoordelen…</translation>
    </message>
    <message>
        <source>Show in graph</source>
        <translation>Tonen in graaf</translation>
    </message>
    <message>
        <source>Update progress…</source>
        <translation>Voortgang bijwerken…</translation>
    </message>
    <message>
        <source>Changes in the shared portfolio</source>
        <translation>Wijzigingen in het gedeelde portfolio</translation>
    </message>
</context>
<context>
    <name>ProgrammeCharter</name>
    <message>
        <source>Goals</source>
        <translation>Doelstellingen</translation>
    </message>
    <message>
        <source>Ambitions of the plateau</source>
        <translation>Ambities van het plateau</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>Besturing</translation>
    </message>
    <message>
        <source>Rhythm of reporting</source>
        <translation>Ritme van rapporteren</translation>
    </message>
    <message>
        <source>Way of working</source>
        <translation>Werkwijze</translation>
    </message>
    <message>
        <source>Risk profile</source>
        <translation>Risicoprofiel</translation>
    </message>
    <message>
        <source>Success-factor procedure</source>
        <translation>Werkwijze succesfactoren</translation>
    </message>
    <message>
        <source>Finances</source>
        <translation>Financiën</translation>
    </message>
    <message>
        <source>%1 k€</source>
        <translation>%1 k€</translation>
    </message>
</context>
<context>
    <name>ProgrammePanel</name>
    <message>
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <source>This portfolio has no programme charter (goals, governance, rhythm).</source>
        <translation>Dit portfolio heeft geen programmahandvest (doelen, besturing, ritme).</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Bron: %1</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Update progress of %1</source>
        <translation>Voortgang van %1 bijwerken</translation>
    </message>
    <message>
        <source>Status date of the programme</source>
        <translation>Peildatum van het programma</translation>
    </message>
    <message numerus="yes">
        <source>Planned %1 – %2 (%n day(s)). Leave a field empty when it does not apply yet.</source>
        <translation>
            <numerusform>Gepland %1 – %2 (%n dag). Laat een veld leeg als het nog niet van toepassing is.</numerusform><numerusform>Gepland %1 – %2 (%n dagen). Laat een veld leeg als het nog niet van toepassing is.</numerusform></translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>Werkelijke start</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-DD</translation>
    </message>
    <message>
        <source>Actual finish</source>
        <translation>Werkelijk einde</translation>
    </message>
    <message>
        <source>Remaining days (running post)</source>
        <translation>Resterende dagen (lopende post)</translation>
    </message>
    <message>
        <source>days of work left after the status date</source>
        <translation>dagen werk na de peildatum</translation>
    </message>
    <message>
        <source>Status after the update: %1</source>
        <translation>Status na het bijwerken: %1</translation>
    </message>
    <message>
        <source>Actuals are what happened up to the status date; work not yet started is scheduled from the status date.</source>
        <translation>Werkelijke data zijn wat er tot de peildatum is gebeurd; werk dat nog niet is begonnen wordt vanaf de peildatum gepland.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Toepassen</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>gepland</translation>
    </message>
    <message>
        <source>running</source>
        <translation>lopend</translation>
    </message>
    <message>
        <source>done</source>
        <translation>afgerond</translation>
    </message>
    <message>
        <source>deferred</source>
        <translation>uitgesteld</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>ProgressEditor</name>
    <message>
        <source>The actual start is not a date: type it as YYYY-MM-DD, e.g. 2019-03-01.</source>
        <translation>De werkelijke start is geen datum: typ hem als JJJJ-MM-DD, bijv. 2019-03-01.</translation>
    </message>
    <message>
        <source>The actual finish is not a date: type it as YYYY-MM-DD, e.g. 2019-05-20.</source>
        <translation>Het werkelijke einde is geen datum: typ het als JJJJ-MM-DD, bijv. 2019-05-20.</translation>
    </message>
    <message>
        <source>The status date is not a date: type it as YYYY-MM-DD, e.g. 2019-05-31.</source>
        <translation>De peildatum is geen datum: typ hem als JJJJ-MM-DD, bijv. 2019-05-31.</translation>
    </message>
    <message>
        <source>The remaining work is a whole number of days, 0 or more (e.g. 40).</source>
        <translation>Het resterende werk is een heel aantal dagen, 0 of meer (bijv. 40).</translation>
    </message>
    <message>
        <source>A post with an actual finish needs an actual start too.</source>
        <translation>Een post met een werkelijk einde heeft ook een werkelijke start nodig.</translation>
    </message>
    <message>
        <source>The actual finish (%1) is before the actual start (%2).</source>
        <translation>Het werkelijke einde (%1) ligt vóór de werkelijke start (%2).</translation>
    </message>
    <message>
        <source>A finished post has no remaining work: clear the remaining days or the actual finish.</source>
        <translation>Een afgeronde post heeft geen resterend werk: maak de resterende dagen of het werkelijke einde leeg.</translation>
    </message>
    <message>
        <source>Remaining days belong to a started post: fill in the actual start first.</source>
        <translation>Resterende dagen horen bij een gestarte post: vul eerst de werkelijke start in.</translation>
    </message>
    <message>
        <source>The actual start (%1) is after the status date (%2): actuals are what happened up to the status date.</source>
        <translation>De werkelijke start (%1) ligt na de peildatum (%2): werkelijke data zijn wat er tot de peildatum is gebeurd.</translation>
    </message>
    <message>
        <source>The actual finish (%1) is after the status date (%2): actuals are what happened up to the status date.</source>
        <translation>Het werkelijke einde (%1) ligt na de peildatum (%2): werkelijke data zijn wat er tot de peildatum is gebeurd.</translation>
    </message>
    <message>
        <source>Post %1 has an actual date (%2) after this status date; the status date cannot be earlier.</source>
        <translation>Post %1 heeft een werkelijke datum (%2) na deze peildatum; de peildatum kan niet eerder liggen.</translation>
    </message>
    <message>
        <source>Progress is measured at a status date: fill in the programme's status date.</source>
        <translation>Voortgang wordt gemeten op een peildatum: vul de peildatum van het programma in.</translation>
    </message>
    <message>
        <source>Update progress of %1</source>
        <translation>Voortgang van %1 bijwerken</translation>
    </message>
    <message>
        <source>Change the status date</source>
        <translation>Peildatum wijzigen</translation>
    </message>
    <message>
        <source>Change the status date to %1</source>
        <translation>Peildatum wijzigen in %1</translation>
    </message>
</context>
<context>
    <name>RadarChart</name>
    <message>
        <source>Radar chart of the success factors</source>
        <translation>Radardiagram van de succesfactoren</translation>
    </message>
    <message>
        <source>This assessment</source>
        <translation>Deze beoordeling</translation>
    </message>
    <message>
        <source>Compared with: %1</source>
        <translation>Vergeleken met: %1</translation>
    </message>
    <message>
        <source>Opened assessment</source>
        <translation>Geopende beoordeling</translation>
    </message>
</context>
<context>
    <name>RankedBars</name>
    <message>
        <source>Running…</source>
        <translation>Bezig…</translation>
    </message>
    <message>
        <source>Run the simulation to see this chart.</source>
        <translation>Start de simulatie om deze grafiek te zien.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Recover unsaved changes?</source>
        <translation>Niet-opgeslagen wijzigingen herstellen?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Herstellen</translation>
    </message>
    <message>
        <source>Restore opens the recovered changes as unsaved changes; the file itself is not changed until you save.</source>
        <translation>Herstellen opent de teruggevonden wijzigingen als niet-opgeslagen wijzigingen; het bestand zelf verandert pas als u opslaat.</translation>
    </message>
</context>
<context>
    <name>RecoveryFile</name>
    <message>
        <source>%1 is not a Riskboard recovery file.</source>
        <translation>%1 is geen herstelbestand van Riskboard.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>RiskForm</name>
    <message>
        <source>Select a risk to edit it.</source>
        <translation>Selecteer een risico om het te bewerken.</translation>
    </message>
    <message>
        <source>Risk %1</source>
        <translation>Risico %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Posten</translation>
    </message>
    <message>
        <source>Posts (comma separated)</source>
        <translation>Posten (gescheiden door komma’s)</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Factor</translation>
    </message>
    <message>
        <source>Success factor</source>
        <translation>Succesfactor</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Oorzaak</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Gebeurtenis</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Gevolg</translation>
    </message>
    <message>
        <source>Probability / impact</source>
        <translation>Kans / impact</translation>
    </message>
    <message>
        <source>Inherent probability</source>
        <translation>Bruto kans</translation>
    </message>
    <message>
        <source>Inherent impact</source>
        <translation>Bruto impact</translation>
    </message>
    <message>
        <source>Residual</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>Residual probability</source>
        <translation>Netto kans</translation>
    </message>
    <message>
        <source>Residual impact</source>
        <translation>Netto impact</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Reactie</translation>
    </message>
    <message>
        <source>Response category</source>
        <translation>Soort reactie</translation>
    </message>
    <message>
        <source>Delay (days)</source>
        <translation>Vertraging (dagen)</translation>
    </message>
    <message>
        <source>Schedule delay when it occurs, days</source>
        <translation>Vertraging in dagen als het risico optreedt</translation>
    </message>
    <message>
        <source>Mitigation (beheersmaatregel)</source>
        <translation>Beheersmaatregel</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Beheersmaatregel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Volgende review</translation>
    </message>
    <message>
        <source>Next review date</source>
        <translation>Datum volgende review</translation>
    </message>
    <message>
        <source>Apply changes</source>
        <translation>Wijzigingen toepassen</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Herstellen</translation>
    </message>
    <message>
        <source>Delete risk</source>
        <translation>Risico verwijderen</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>Wijzigingslog</translation>
    </message>
    <message>
        <source>● changes not applied</source>
        <translation>● wijzigingen niet toegepast</translation>
    </message>
    <message>
        <source>This risk has changes that are not applied yet</source>
        <translation>Dit risico heeft wijzigingen die nog niet zijn toegepast</translation>
    </message>
    <message>
        <source>This risk is not shown in the table with the current filters.</source>
        <translation>Dit risico staat met de huidige filters niet in de tabel.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-DD</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Changes in the shared portfolio</source>
        <translation>Wijzigingen in het gedeelde portfolio</translation>
    </message>
</context>
<context>
    <name>RiskMatrix</name>
    <message>
        <source>Probability × impact</source>
        <translation>Kans × impact</translation>
    </message>
    <message>
        <source>Residual (after mitigation)</source>
        <translation>Netto (na beheersmaatregelen)</translation>
    </message>
    <message>
        <source>Risk matrix</source>
        <translation>Risicomatrix</translation>
    </message>
    <message>
        <source>probability %1, impact %2: %3 risks</source>
        <translation>kans %1, impact %2: %3 risico’s</translation>
    </message>
    <message>
        <source>I%1</source>
        <translation>I%1</translation>
    </message>
    <message>
        <source>P%1</source>
        <translation>K%1</translation>
    </message>
</context>
<context>
    <name>RiskProposal</name>
    <message>
        <source>Proposed risk</source>
        <translation>Voorgesteld risico</translation>
    </message>
    <message>
        <source>Proposed risk %1</source>
        <translation>Voorgesteld risico %1</translation>
    </message>
    <message>
        <source>Cause: %1</source>
        <translation>Oorzaak: %1</translation>
    </message>
    <message>
        <source>Factor: %1 · post %2 · probability %3 · impact %4 · open</source>
        <translation>Factor: %1 · post %2 · kans %3 · impact %4 · open</translation>
    </message>
    <message>
        <source>Accept into register</source>
        <translation>Opnemen in register</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Afwijzen</translation>
    </message>
</context>
<context>
    <name>RiskRegister</name>
    <message>
        <source>%1 open risks in the %2 matrix, %3 with exposure 12 or more; %4 reviews overdue.</source>
        <translation>%1 open risico’s in de %2 matrix, %3 met een risicoscore van 12 of meer; %4 reviews te laat.</translation>
    </message>
    <message>
        <source>residual</source>
        <translation>netto</translation>
    </message>
    <message>
        <source>inherent</source>
        <translation>bruto</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Alle niveaus</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Elke status</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>Opgetreden</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>Avoid</source>
        <translation>Vermijden</translation>
    </message>
    <message>
        <source>Reduce</source>
        <translation>Verminderen</translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation>Terugvaloptie</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Overdragen</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepteren</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Delen</translation>
    </message>
    <message>
        <source>A risk needs a title.</source>
        <translation>Een risico heeft een titel nodig.</translation>
    </message>
    <message>
        <source>Unknown post “%1”.</source>
        <translation>Onbekende post “%1”.</translation>
    </message>
    <message>
        <source>“%1” is not a date (YYYY-MM-DD).</source>
        <translation>“%1” is geen datum (JJJJ-MM-DD).</translation>
    </message>
    <message>
        <source>New risk</source>
        <translation>Nieuw risico</translation>
    </message>
    <message>
        <source>Risk %1 has changes that are not applied yet. Apply them before leaving it?</source>
        <translation>Risico %1 heeft wijzigingen die nog niet zijn toegepast. Eerst toepassen voordat u het verlaat?</translation>
    </message>
    <message>
        <source>Changes to risk %1 not applied</source>
        <translation>Wijzigingen in risico %1 niet toegepast</translation>
    </message>
    <message>
        <source>created</source>
        <translation>aangemaakt</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1 gewijzigd</translation>
    </message>
</context>
<context>
    <name>RiskRow</name>
    <message>
        <source>%1 %2, exposure %3, %4</source>
        <translation>%1 %2, risicoscore %3, %4</translation>
    </message>
    <message>
        <source>review overdue</source>
        <translation>review te laat</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 te laat</translation>
    </message>
</context>
<context>
    <name>RiskTable</name>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risico</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Posten</translation>
    </message>
    <message>
        <source>P×I</source>
        <translation>K×I</translation>
    </message>
    <message>
        <source>Residual</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sort by %1</source>
        <translation>Sorteren op %1</translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation>Risicoregister</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Reviewdatum</translation>
    </message>
</context>
<context>
    <name>RiskView</name>
    <message>
        <source>Search risks…</source>
        <translation>Risico’s zoeken…</translation>
    </message>
    <message>
        <source>Search risks</source>
        <translation>Risico’s zoeken</translation>
    </message>
    <message>
        <source>Filter by level</source>
        <translation>Filteren op niveau</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filteren op status</translation>
    </message>
    <message>
        <source>Overdue reviews only (%1)</source>
        <translation>Alleen te late reviews (%1)</translation>
    </message>
    <message>
        <source>New risk</source>
        <translation>Nieuw risico</translation>
    </message>
    <message>
        <source>%1 of %2 risks shown</source>
        <translation>%1 van %2 risico’s getoond</translation>
    </message>
</context>
<context>
    <name>ScheduleCheckDialog</name>
    <message>
        <source>Schedule check</source>
        <translation>Planningscontrole</translation>
    </message>
    <message>
        <source>In the spirit of the DCMA 14-point schedule assessment, adapted to a programme portfolio. Use the arrow keys or click a finding to select its post.</source>
        <translation>Naar de DCMA 14-puntsbeoordeling van planningen, aangepast aan een programmaportfolio. Gebruik de pijltjestoetsen of klik op een bevinding om de post te selecteren.</translation>
    </message>
    <message>
        <source>Findings of the schedule check</source>
        <translation>Bevindingen van de planningscontrole</translation>
    </message>
</context>
<context>
    <name>ScoreControl</name>
    <message>
        <source>not scored</source>
        <translation>niet gescoord</translation>
    </message>
    <message>
        <source>score %1 of 5</source>
        <translation>score %1 van 5</translation>
    </message>
</context>
<context>
    <name>SharedBanner</name>
    <message>
        <source>Review…</source>
        <translation>Bekijken…</translation>
    </message>
</context>
<context>
    <name>SharedDocument</name>
    <message>
        <source>The server of the shared portfolio cannot be reached (%1). You can keep working: your changes are kept in the recovery file and saved when the server is back.</source>
        <translation>De server van het gedeelde portfolio is niet bereikbaar (%1). U kunt doorwerken: uw wijzigingen worden in het herstelbestand bewaard en opgeslagen zodra de server terug is.</translation>
    </message>
    <message>
        <source>Your save is waiting for the server.</source>
        <translation>Het opslaan wacht op de server.</translation>
    </message>
    <message>
        <source>Someone else saved changes to what you are editing here. They are not merged in yet: review them, or save to see both versions.</source>
        <translation>Iemand anders heeft wijzigingen opgeslagen in wat u hier bewerkt. Ze zijn nog niet samengevoegd: bekijk ze, of sla op om beide versies te zien.</translation>
    </message>
    <message>
        <source>The server has not answered for %1 seconds; Riskboard keeps trying. You can keep working.</source>
        <translation>De server heeft %1 seconden niet geantwoord; Riskboard blijft het proberen. U kunt doorwerken.</translation>
    </message>
    <message>
        <source>%1 (shared, %2)</source>
        <translation>%1 (gedeeld, %2)</translation>
    </message>
    <message>
        <source>The shared portfolio could not be saved: %1</source>
        <translation>Het gedeelde portfolio kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>Nothing was saved: the shared portfolio would not be valid with these changes.</source>
        <translation>Er is niets opgeslagen: met deze wijzigingen zou het gedeelde portfolio niet geldig zijn.</translation>
    </message>
    <message>
        <source>These changes were not saved: you may not make them.</source>
        <translation>Deze wijzigingen zijn niet opgeslagen: u mag ze niet maken.</translation>
    </message>
    <message>
        <source>Theirs: %1</source>
        <translation>Van de ander: %1</translation>
    </message>
    <message>
        <source>removed or added</source>
        <translation>verwijderd of toegevoegd</translation>
    </message>
    <message>
        <source>Yours: %1</source>
        <translation>Van u: %1</translation>
    </message>
    <message>
        <source>Changes saved by others were merged in: %1</source>
        <translation>Door anderen opgeslagen wijzigingen zijn samengevoegd: %1</translation>
    </message>
    <message>
        <source>added</source>
        <translation>toegevoegd</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>gewijzigd</translation>
    </message>
    <message>
        <source>%1 — %2 by %3</source>
        <translation>%1 — %2 door %3</translation>
    </message>
</context>
<context>
    <name>SimulationController</name>
    <message>
        <source>The schedule cannot be computed (see the dependency graph).</source>
        <translation>De planning kan niet worden berekend (zie de afhankelijkhedengraaf).</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>No simulation result yet.</source>
        <translation>Nog geen simulatieresultaat.</translation>
    </message>
    <message>
        <source>Programme finish: 50 % chance by %1, 80 % by %2, 90 % by %3; planned %4.</source>
        <translation>Einde programma: 50 % kans vóór %1, 80 % vóór %2, 90 % vóór %3; gepland %4.</translation>
    </message>
    <message>
        <source>Running: %1 % of %2 iterations.</source>
        <translation>Bezig: %1 % van %2 iteraties.</translation>
    </message>
    <message>
        <source>Run cancelled. The charts still show the previous run.</source>
        <translation>Run afgebroken. De grafieken tonen nog de vorige run.</translation>
    </message>
    <message>
        <source>Run cancelled. There is no result yet: run the simulation.</source>
        <translation>Run afgebroken. Er is nog geen resultaat: start de simulatie.</translation>
    </message>
    <message>
        <source>The portfolio changed since this run: run again to bring the charts up to date.</source>
        <translation>Het portfolio is gewijzigd sinds deze run: start opnieuw om de grafieken bij te werken.</translation>
    </message>
    <message>
        <source>No simulation result yet: run the simulation.</source>
        <translation>Nog geen simulatieresultaat: start de simulatie.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform><numerusform>%n dagen</numerusform></translation>
    </message>
    <message>
        <source>After mitigation 80 % chance by %1.</source>
        <translation>Na maatregelen 80 % kans vóór %1.</translation>
    </message>
    <message>
        <source>Largest driver: %1 (%2).</source>
        <translation>Grootste oorzaak: %1 (%2).</translation>
    </message>
    <message>
        <source>Chance to finish by the programme end (%1): %2</source>
        <translation>Kans op gereed vóór het programma-einde (%1): %2</translation>
    </message>
    <message>
        <source>%1 ready by %2 (%3): %4 chance; at P80 %5 late</source>
        <translation>%1 gereed vóór %2 (%3): %4 kans; bij P80 %5 te laat</translation>
    </message>
    <message>
        <source>%1 ready by %2 (%3): %4 chance; met at P80</source>
        <translation>%1 gereed vóór %2 (%3): %4 kans; gehaald bij P80</translation>
    </message>
</context>
<context>
    <name>SimulationView</name>
    <message>
        <source>Iterations</source>
        <translation>Iteraties</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Startwaarde</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>Startwaarde toevalsgenerator</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Opnieuw uitvoeren</translation>
    </message>
    <message>
        <source>Run simulation</source>
        <translation>Simulatie starten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Simulation progress</source>
        <translation>Voortgang simulatie</translation>
    </message>
    <message>
        <source>Planned finish</source>
        <translation>Gepland einde</translation>
    </message>
    <message>
        <source>P50</source>
        <translation>P50</translation>
    </message>
    <message>
        <source>P80</source>
        <translation>P80</translation>
    </message>
    <message>
        <source>P90</source>
        <translation>P90</translation>
    </message>
    <message>
        <source>Criticality index (share of runs on the critical path)</source>
        <translation>Kritikaliteitsindex (aandeel runs op het kritieke pad)</translation>
    </message>
    <message>
        <source>Simulating…</source>
        <translation>Bezig met simuleren…</translation>
    </message>
    <message>
        <source>No result yet.</source>
        <translation>Nog geen resultaat.</translation>
    </message>
    <message>
        <source>P80 after mitigation</source>
        <translation>P80 na maatregelen</translation>
    </message>
    <message>
        <source>Top drivers: days they add to the P80 finish</source>
        <translation>Grootste oorzaken: dagen die ze aan de P80-einddatum toevoegen</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Verdeling</translation>
    </message>
    <message>
        <source>Show the finish distribution</source>
        <translation>Toon de verdeling van de einddatum</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Show the trend of the P80 finish over the baselines</source>
        <translation>Toon de trend van de P80-einddatum over de basislijnen</translation>
    </message>
    <message>
        <source>Trend of the P80 finish: %1</source>
        <translation>Trend van de P80-einddatum: %1</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>post %1</source>
        <translation>post %1</translation>
    </message>
    <message>
        <source>dependency %1</source>
        <translation>afhankelijkheid %1</translation>
    </message>
    <message>
        <source>assessment %1</source>
        <translation>beoordeling %1</translation>
    </message>
    <message>
        <source>risk %1</source>
        <translation>risico %1</translation>
    </message>
    <message>
        <source>programme record</source>
        <translation>programmagegevens</translation>
    </message>
    <message>
        <source>the database's Riskboard schema is version %1; this build knows up to %2: update Riskboard</source>
        <translation>het Riskboard-schema van de database is versie %1; deze versie kent tot en met %2: werk Riskboard bij</translation>
    </message>
    <message>
        <source>migration %1 failed: %2</source>
        <translation>migratie %1 mislukt: %2</translation>
    </message>
    <message>
        <source>the PostgreSQL driver of Qt SQL is missing (Debian package libqt6sql6-psql)</source>
        <translation>het PostgreSQL-stuurprogramma van Qt SQL ontbreekt (Debian-pakket libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>kan geen verbinding maken met %1: %2</translation>
    </message>
    <message>
        <source>%1: cannot create or upgrade the Riskboard schema: %2</source>
        <translation>%1: kan het Riskboard-schema niet aanmaken of bijwerken: %2</translation>
    </message>
    <message>
        <source>%1: cannot read the Riskboard schema: %2</source>
        <translation>%1: kan het Riskboard-schema niet lezen: %2</translation>
    </message>
    <message>
        <source>%1: the database's Riskboard schema (version %2) is newer than this build (version %3): update Riskboard</source>
        <translation>%1: het Riskboard-schema van de database (versie %2) is nieuwer dan deze versie (versie %3): werk Riskboard bij</translation>
    </message>
    <message>
        <source>%1: the database has no up-to-date Riskboard schema (version %2 of %3): the administrator runs 'riskboard store-init URL'</source>
        <translation>%1: de database heeft geen actueel Riskboard-schema (versie %2 van %3): de beheerder voert 'riskboard store-init URL' uit</translation>
    </message>
    <message>
        <source>%1: this role may not read shared portfolios: the administrator makes it a member of riskboard_viewer, riskboard_leader or riskboard_manager (docs/team.md)</source>
        <translation>%1: deze rol mag geen gedeelde portfolio's lezen: de beheerder maakt haar lid van riskboard_viewer, riskboard_leader of riskboard_manager (docs/team.md)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: there is no portfolio "%2"</source>
        <translation>%1: er is geen portfolio "%2"</translation>
    </message>
    <message>
        <source>%1: cannot read portfolio "%2": %3</source>
        <translation>%1: kan portfolio "%2" niet lezen: %3</translation>
    </message>
    <message>
        <source>a viewer reads the portfolio but changes nothing</source>
        <translation>een lezer leest het portfolio maar wijzigt niets</translation>
    </message>
    <message>
        <source>a project leader changes only the assessments and risks of the posts they lead (not programme risks)</source>
        <translation>een projectleider wijzigt alleen de beoordelingen en risico's van de posten die hij of zij leidt (geen programmarisico's)</translation>
    </message>
    <message>
        <source>only the programme manager changes the programme record and the dependencies</source>
        <translation>alleen de programmamanager wijzigt de programmagegevens en de afhankelijkheden</translation>
    </message>
    <message>
        <source>not allowed by the database</source>
        <translation>niet toegestaan door de database</translation>
    </message>
    <message>
        <source>%1: portfolio "%2" exists already (use --replace to overwrite it)</source>
        <translation>%1: portfolio "%2" bestaat al (gebruik --replace om het te overschrijven)</translation>
    </message>
    <message>
        <source>%1: only a programme manager uploads a portfolio (%2)</source>
        <translation>%1: alleen een programmamanager uploadt een portfolio (%2)</translation>
    </message>
    <message>
        <source>%1: refused: %2</source>
        <translation>%1: geweigerd: %2</translation>
    </message>
    <message>
        <source>%1: added by someone else too since you opened the portfolio</source>
        <translation>%1: sinds u het portfolio opende ook door een ander toegevoegd</translation>
    </message>
    <message>
        <source>%1: removed by someone else since you opened the portfolio</source>
        <translation>%1: sinds u het portfolio opende door een ander verwijderd</translation>
    </message>
    <message>
        <source>%1: changed by someone else since you opened the portfolio; not removed</source>
        <translation>%1: sinds u het portfolio opende door een ander gewijzigd; niet verwijderd</translation>
    </message>
    <message>
        <source>%1: changed by someone else since you opened the portfolio</source>
        <translation>%1: sinds u het portfolio opende door een ander gewijzigd</translation>
    </message>
    <message>
        <source>not a PostgreSQL URL (postgresql://HOST/DATABASE?portfolio=NAME): %1</source>
        <translation>geen PostgreSQL-URL (postgresql://HOST/DATABASE?portfolio=NAAM): %1</translation>
    </message>
    <message>
        <source>invalid PostgreSQL URL %1: %2</source>
        <translation>ongeldige PostgreSQL-URL %1: %2</translation>
    </message>
    <message>
        <source>invalid %1 in %2: %3</source>
        <translation>ongeldige %1 in %2: %3</translation>
    </message>
    <message>
        <source>unknown parameter "%1" in %2 (known: portfolio, host, port, user, password, connect_timeout)</source>
        <translation>onbekende parameter "%1" in %2 (bekend: portfolio, host, port, user, password, connect_timeout)</translation>
    </message>
    <message>
        <source>%1 names no database (postgresql://HOST/DATABASE?portfolio=NAME)</source>
        <translation>%1 noemt geen database (postgresql://HOST/DATABASE?portfolio=NAAM)</translation>
    </message>
    <message>
        <source>%1 names no portfolio (add ?portfolio=NAME)</source>
        <translation>%1 noemt geen portfolio (voeg ?portfolio=NAAM toe)</translation>
    </message>
    <message>
        <source>%1: cannot listen for changes</source>
        <translation>%1: kan niet luisteren naar wijzigingen</translation>
    </message>
    <message>
        <source>a project leader changes only the progress (status, actual dates, remaining days, progress, history) of the posts they lead, and adds or removes no posts</source>
        <translation>een projectleider wijzigt alleen de voortgang (status, werkelijke data, resterende dagen, voortgang, historie) van de posten die hij of zij leidt, en voegt geen posten toe of verwijdert ze</translation>
    </message>
</context>
<context>
    <name>SummaryTiles</name>
    <message>
        <source>Projects / posts</source>
        <translation>Projecten / posten</translation>
    </message>
    <message>
        <source>Open risks</source>
        <translation>Open risico’s</translation>
    </message>
    <message>
        <source>programme %1 · project %2 · activity %3</source>
        <translation>programma %1 · project %2 · activiteit %3</translation>
    </message>
    <message>
        <source>Critical posts</source>
        <translation>Kritieke posten</translation>
    </message>
    <message>
        <source>planned finish %1</source>
        <translation>gepland einde %1</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>wordt berekend…</translation>
    </message>
    <message>
        <source>Monte Carlo %1 %</source>
        <translation>Monte Carlo %1 %</translation>
    </message>
    <message>
        <source>out of date: re-run in Simulation</source>
        <translation>verouderd: opnieuw uitvoeren in Simulatie</translation>
    </message>
    <message>
        <source>Monte Carlo, %1 runs</source>
        <translation>Monte Carlo, %1 runs</translation>
    </message>
    <message>
        <source>Budget (voorstel)</source>
        <translation>Budget (voorstel)</translation>
    </message>
    <message>
        <source>no result yet: run in Simulation</source>
        <translation>nog geen resultaat: start in Simulatie</translation>
    </message>
    <message>
        <source>%1 / %2 d</source>
        <translation>%1 / %2 d</translation>
    </message>
    <message>
        <source>%1 / %2 posts later · finish %3</source>
        <translation>%1 / %2 posten later · einde %3</translation>
    </message>
    <message>
        <source>Original “%1”: finish %2. Latest “%3”: finish %4.</source>
        <translation>Oorspronkelijk “%1”: einde %2. Laatste “%3”: einde %4.</translation>
    </message>
    <message>
        <source>P80 finish</source>
        <translation>P80 einde programma</translation>
    </message>
    <message>
        <source>Slip vs orig. / latest</source>
        <translation>Einde: oorspr. / laatste</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <source>No schedule: the dependencies contain a cycle.</source>
        <translation>Geen planning: de afhankelijkheden bevatten een kringloop.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No post has dates to schedule.</source>
        <translation>Geen post heeft datums om te plannen.</translation>
    </message>
    <message>
        <source>Gantt chart of %1 posts, %2 on the critical path, %3 done, %4 running. %5</source>
        <translation>Gantt-diagram van %1 posten, %2 op het kritieke pad, %3 gereed, %4 lopend. %5</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Inzoomen (+)</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Uitzoomen (−)</translation>
    </message>
    <message>
        <source>Plateau (0)</source>
        <translation>Plateau (0)</translation>
    </message>
    <message>
        <source>Show the programme from its start to its end</source>
        <translation>Toon het programma van begin tot eind</translation>
    </message>
</context>
<context>
    <name>TrendView</name>
    <message>
        <source>%1: P80 %2</source>
        <translation>%1: P80 %2</translation>
    </message>
    <message>
        <source>now</source>
        <translation>nu</translation>
    </message>
    <message>
        <source>No baseline and no simulation run yet</source>
        <translation>Nog geen basislijn en geen simulatierun</translation>
    </message>
</context>
<context>
    <name>UnsavedChangesDialog</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <source>%1 has work that is not saved:</source>
        <translation>%1 heeft werk dat niet is opgeslagen:</translation>
    </message>
    <message>
        <source>Changes to the portfolio that are not saved to the file</source>
        <translation>Wijzigingen in het portfolio die niet in het bestand zijn opgeslagen</translation>
    </message>
    <message>
        <source>Save adds the drafts to the portfolio and saves it; Discard drops all of it.</source>
        <translation>Opslaan neemt de concepten op in het portfolio en slaat het op; Negeren gooit alles weg.</translation>
    </message>
    <message>
        <source>Save them first?</source>
        <translation>Eerst opslaan?</translation>
    </message>
</context>
<context>
    <name>UserNameDialog</name>
    <message>
        <source>Your name</source>
        <translation>Uw naam</translation>
    </message>
    <message>
        <source>Riskboard writes this name as the assessor of the assessments you save and as the author of your changes in a risk's change log.</source>
        <translation>Riskboard schrijft deze naam als beoordelaar bij de beoordelingen die u opslaat en als auteur van uw wijzigingen in het wijzigingslog van een risico.</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Voor- en achternaam</translation>
    </message>
</context>
<context>
    <name>WhatIfController</name>
    <message>
        <source>No what-if slip applied.</source>
        <translation>Geen wat-als-vertraging ingesteld.</translation>
    </message>
    <message>
        <source>%1 post(s) slipped; %2 post(s) move, %3 absorbed by float; programme finish %4 (%5 days later); cost of delay %6 k€.</source>
        <translation>%1 post(en) vertraagd; %2 post(en) schuiven op, %3 opgevangen door speling; einde programma %4 (%5 dagen later); vertragingskosten %6 k€.</translation>
    </message>
    <message>
        <source>%1: its float absorbs the slip of %2</source>
        <translation>%1: de speling vangt de uitloop van %2 op</translation>
    </message>
</context>
<context>
    <name>WhatIfPanel</name>
    <message>
        <source>What-if</source>
        <translation>Wat-als</translation>
    </message>
    <message>
        <source>What if…</source>
        <translation>Wat als…</translation>
    </message>
    <message>
        <source>%1 slips by</source>
        <translation>%1 loopt uit met</translation>
    </message>
    <message>
        <source>Select a post in the chart.</source>
        <translation>Selecteer een post in het diagram.</translation>
    </message>
    <message>
        <source>Slip of %1 in days</source>
        <translation>Uitloop van %1 in dagen</translation>
    </message>
    <message>
        <source>Programme finish</source>
        <translation>Einde programma</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 days later</source>
        <translation>%1 dagen later</translation>
    </message>
    <message>
        <source>Cost of delay</source>
        <translation>Vertragingskosten</translation>
    </message>
    <message>
        <source>%1 k€</source>
        <translation>%1 k€</translation>
    </message>
    <message>
        <source>%1 post(s) move · %2 absorbed by float</source>
        <translation>%1 post(en) schuiven op · %2 opgevangen door speling</translation>
    </message>
    <message>
        <source>Slipped posts</source>
        <translation>Uitlopende posten</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Remove slip of %1</source>
        <translation>Uitloop van %1 verwijderen</translation>
    </message>
    <message>
        <source>Clear all slips</source>
        <translation>Alle uitloop wissen</translation>
    </message>
    <message>
        <source>The scenario is not part of the document: it changes nothing until you edit the plan.</source>
        <translation>Het scenario hoort niet bij het document: het verandert niets totdat u het plan aanpast.</translation>
    </message>
    <message>
        <source>e.g. 10, 10d or 6w</source>
        <translation>bijv. 10, 10d of 6w</translation>
    </message>
    <message>
        <source>Slip of %1 in days or weeks (10, 10d, 6w)</source>
        <translation>Uitloop van %1 in dagen of weken (10, 10d, 6w)</translation>
    </message>
    <message>
        <source>days (type 6w for weeks)</source>
        <translation>dagen (typ 6w voor weken)</translation>
    </message>
    <message>
        <source>Type days (10, 10d) or weeks (6w).</source>
        <translation>Typ dagen (10, 10d) of weken (6w).</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… en nog %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n day(s)</source>
        <translation>
            <numerusform>%1: %n dag</numerusform><numerusform>%1: %n dagen</numerusform></translation>
    </message>
</context>
<context>
    <name>rb::exporting::Charts</name>
    <message>
        <source>Planned (voorzien)</source>
        <translation>Voorzien</translation>
    </message>
    <message>
        <source>Proposed (voorstel)</source>
        <translation>Voorstel</translation>
    </message>
    <message>
        <source>Carried over (rest P3)</source>
        <translation>Rest P3</translation>
    </message>
    <message>
        <source>Totals: planned %1 k€, proposed %2 k€, carried over %3 k€ (investment + operating + one-off).</source>
        <translation>Totalen: voorzien %1 k€, voorstel %2 k€, rest P3 %3 k€ (investering + exploitatie + eenmalig).</translation>
    </message>
    <message>
        <source>Budget per theme (k€)</source>
        <translation>Budget per thema (k€)</translation>
    </message>
    <message>
        <source>the document has no assessments; the radar needs --post ID</source>
        <translation>het document heeft geen beoordelingen; de radar heeft --post ID nodig</translation>
    </message>
    <message>
        <source>unknown post '%1'</source>
        <translation>onbekende post '%1'</translation>
    </message>
    <message>
        <source>unknown post '%1' in --delay</source>
        <translation>onbekende post '%1' in --delay</translation>
    </message>
    <message>
        <source>Status %1</source>
        <translation>Peildatum %1</translation>
    </message>
    <message>
        <source>No status date</source>
        <translation>Geen peildatum</translation>
    </message>
    <message>
        <source>Theme %1</source>
        <translation>Thema %1</translation>
    </message>
    <message>
        <source>(not assessed)</source>
        <translation>(niet beoordeeld)</translation>
    </message>
    <message>
        <source>The document has no dependencies</source>
        <translation>Het document heeft geen afhankelijkheden</translation>
    </message>
    <message>
        <source>external</source>
        <translation>extern</translation>
    </message>
    <message>
        <source>critical path</source>
        <translation>kritiek pad</translation>
    </message>
    <message>
        <source>Critical path: %1.</source>
        <translation>Kritiek pad: %1.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message numerus="yes">
        <source> %n post(s) without dependencies are not shown.</source>
        <translation>
            <numerusform> %n post zonder afhankelijkheden wordt niet getoond.</numerusform><numerusform> %n posten zonder afhankelijkheden worden niet getoond.</numerusform></translation>
    </message>
    <message>
        <source>Dependencies and critical path</source>
        <translation>Afhankelijkheden en kritiek pad</translation>
    </message>
    <message>
        <source>No posts to show</source>
        <translation>Geen posten om te tonen</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Beoordeeld</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n.v.t.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source>under control</source>
        <translation>beheerst</translation>
    </message>
    <message>
        <source>largely</source>
        <translation>grotendeels</translation>
    </message>
    <message>
        <source>partly</source>
        <translation>gedeeltelijk</translation>
    </message>
    <message>
        <source>poorly</source>
        <translation>matig</translation>
    </message>
    <message>
        <source>not under control</source>
        <translation>niet beheerst</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>niet beoordeeld</translation>
    </message>
    <message>
        <source>Success-factor heatmap</source>
        <translation>Heatmap van de succesfactoren</translation>
    </message>
    <message>
        <source>No simulation result</source>
        <translation>Geen simulatieresultaat</translation>
    </message>
    <message>
        <source>Share of runs per finish day (%)</source>
        <translation>Aandeel runs per einddag (%)</translation>
    </message>
    <message>
        <source>Share of runs per finish week (%)</source>
        <translation>Aandeel runs per eindweek (%)</translation>
    </message>
    <message>
        <source>Cumulative (%)</source>
        <translation>Cumulatief (%)</translation>
    </message>
    <message>
        <source>Programme finish</source>
        <translation>Einde programma</translation>
    </message>
    <message>
        <source>Runs per day (%)</source>
        <translation>Runs per dag (%)</translation>
    </message>
    <message>
        <source>Runs per week (%)</source>
        <translation>Runs per week (%)</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Cumulatief</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Target end</source>
        <translation>Beoogd einde</translation>
    </message>
    <message>
        <source>%1 runs, seed %2 (reproducible). Durations from three-point estimates or the success-factor model; open risks strike with their probability and add their delay.</source>
        <translation>%1 runs, seed %2 (reproduceerbaar). Duren uit driepuntsschattingen of het succesfactormodel; open risico’s treden op met hun kans en voegen hun vertraging toe.</translation>
    </message>
    <message>
        <source>Programme finish — Monte Carlo</source>
        <translation>Einde programma — Monte Carlo</translation>
    </message>
    <message>
        <source>Success factors — %1 %2</source>
        <translation>Succesfactoren — %1 %2</translation>
    </message>
    <message>
        <source>No success factors in the catalogue</source>
        <translation>Geen succesfactoren in de catalogus</translation>
    </message>
    <message>
        <source>Previous %1</source>
        <translation>Vorige %1</translation>
    </message>
    <message>
        <source>Latest %1</source>
        <translation>Laatste %1</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Factor</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Laatste</translation>
    </message>
    <message>
        <source>Prev.</source>
        <translation>Vorige</translation>
    </message>
    <message>
        <source>Score 1 = under control … 5 = not under control. n/a = not assessed (drawn at 0).</source>
        <translation>Score 1 = beheerst … 5 = niet beheerst. n.v.t. = niet beoordeeld (getekend op 0).</translation>
    </message>
    <message>
        <source>The document has no reserve flow (programme.reserve)</source>
        <translation>Het document heeft geen verloop van de reserve (programme.reserve)</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>Beginsaldo</translation>
    </message>
    <message>
        <source>Spending</source>
        <translation>Uitgaven</translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation>Eindsaldo</translation>
    </message>
    <message>
        <source>Plateau %1</source>
        <translation>Plateau %1</translation>
    </message>
    <message>
        <source>After plateau %1 the reserve holds %2 k€ (closing = opening − spending).</source>
        <translation>Na plateau %1 bevat de reserve %2 k€ (eindsaldo = beginsaldo − uitgaven).</translation>
    </message>
    <message>
        <source>Reserve flow per plateau (k€)</source>
        <translation>Verloop van de reserve per plateau (k€)</translation>
    </message>
    <message>
        <source>Impact →</source>
        <translation>Impact →</translation>
    </message>
    <message>
        <source>Probability →</source>
        <translation>Kans →</translation>
    </message>
    <message numerus="yes">
        <source>%n risk(s) without these scores are not shown</source>
        <translation>
            <numerusform>%n risico zonder deze scores wordt niet getoond</numerusform><numerusform>%n risico’s zonder deze scores worden niet getoond</numerusform></translation>
    </message>
    <message>
        <source>Inherent (before mitigation)</source>
        <translation>Bruto (voor beheersmaatregelen)</translation>
    </message>
    <message>
        <source>Residual (after mitigation)</source>
        <translation>Netto (na beheersmaatregelen)</translation>
    </message>
    <message>
        <source>Risk matrix — inherent and residual</source>
        <translation>Risicomatrix — bruto en netto</translation>
    </message>
    <message>
        <source>the simulation failed: %1</source>
        <translation>de simulatie is mislukt: %1</translation>
    </message>
    <message>
        <source>the what-if cannot be computed: %1</source>
        <translation>de wat-als kan niet worden berekend: %1</translation>
    </message>
    <message>
        <source>What-if: %1</source>
        <translation>Wat-als: %1</translation>
    </message>
    <message>
        <source>Timeline and critical path</source>
        <translation>Tijdlijn en kritiek pad</translation>
    </message>
    <message>
        <source>No post has dates to schedule</source>
        <translation>Geen post heeft datums om te plannen</translation>
    </message>
    <message>
        <source> (delayed)</source>
        <translation> (vertraagd)</translation>
    </message>
    <message>
        <source>absorbed by float</source>
        <translation>opgevangen door speling</translation>
    </message>
    <message>
        <source>programme end %1</source>
        <translation>einde programma %1</translation>
    </message>
    <message>
        <source>%1 %2 (critical %3 %)</source>
        <translation>%1 %2 (kritiek %3 %)</translation>
    </message>
    <message>
        <source>What drives the programme finish</source>
        <translation>Wat het einde van het programma bepaalt</translation>
    </message>
    <message>
        <source>Cumulative after mitigation (%)</source>
        <translation>Cumulatief na maatregelen (%)</translation>
    </message>
    <message>
        <source>%1 open risks; number of risks per cell, ids below. Colour = exposure (probability × impact). %2 closed or occurred risk(s) not shown.</source>
        <translation>%1 open risico’s; aantal risico’s per cel, id’s eronder. Kleur = risicoscore (kans × impact). %2 gesloten of opgetreden risico(’s) niet getoond.</translation>
    </message>
    <message>
        <source>No post or risk moves the P80 finish in the simulation</source>
        <translation>Geen post of risico verschuift de P80-einddatum in de simulatie</translation>
    </message>
    <message>
        <source>Days of the P80 finish</source>
        <translation>Dagen van de P80-einddatum</translation>
    </message>
    <message>
        <source>Days the P80 programme finish moves without this post's uncertainty or this risk</source>
        <translation>Dagen dat de P80-einddatum van het programma verschuift zonder de onzekerheid van deze post of dit risico</translation>
    </message>
    <message>
        <source>Top %1 drivers in days over %2 runs (seed %3): the P80 re-run on the same draws without each item. Critical % = share of runs in which the post was on the critical path. Blue bars: the finish is later without it.</source>
        <translation>Top %1 oorzaken in dagen over %2 runs (startwaarde %3): de P80 opnieuw berekend met dezelfde trekkingen zonder het onderdeel. Kritiek % = aandeel runs waarin de post op het kritieke pad lag. Blauwe balken: zonder het onderdeel is het einde later.</translation>
    </message>
    <message>
        <source>Programme finish %1 → %2 (%3%4 d). Cost of delay %5 k€.</source>
        <translation>Einde programma %1 → %2 (%3%4 d). Vertragingskosten %5 k€.</translation>
    </message>
    <message>
        <source>Theme %1 %2</source>
        <translation>Thema %1 %2</translation>
    </message>
    <message>
        <source>status date %1</source>
        <translation>peildatum %1</translation>
    </message>
    <message>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <source>slipped</source>
        <translation>vertraagd</translation>
    </message>
    <message>
        <source>schedule without the what-if</source>
        <translation>planning zonder wat-als</translation>
    </message>
    <message>
        <source>slip absorbed by float</source>
        <translation>vertraging opgevangen door speling</translation>
    </message>
    <message>
        <source>done</source>
        <translation>afgerond</translation>
    </message>
    <message>
        <source>remaining work (from the status date)</source>
        <translation>resterend werk (vanaf de peildatum)</translation>
    </message>
    <message>
        <source>original baseline: %1</source>
        <translation>oorspronkelijke basislijn: %1</translation>
    </message>
    <message>
        <source>latest re-plan: %1</source>
        <translation>laatste herijking: %1</translation>
    </message>
    <message>
        <source>float</source>
        <translation>speling</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>mijlpaal</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>deadline</translation>
    </message>
    <message>
        <source>status date</source>
        <translation>peildatum</translation>
    </message>
    <message>
        <source>programme end</source>
        <translation>einde programma</translation>
    </message>
    <message>
        <source>No P80 finish is known for any version: take a baseline or give an earlier version</source>
        <translation>Van geen enkele versie is een P80-einddatum bekend: leg een basislijn vast of geef een eerdere versie</translation>
    </message>
    <message>
        <source>P80 finish (80% of the simulation runs finish by then)</source>
        <translation>P80-einddatum (80% van de simulatieruns is dan klaar)</translation>
    </message>
    <message>
        <source>now</source>
        <translation>nu</translation>
    </message>
    <message>
        <source>earlier version</source>
        <translation>eerdere versie</translation>
    </message>
    <message>
        <source>baseline (recorded)</source>
        <translation>basislijn (vastgelegd)</translation>
    </message>
    <message>
        <source>Programme end %1</source>
        <translation>Einde programma %1</translation>
    </message>
    <message>
        <source>%1 by the end</source>
        <translation>%1 kans op tijd</translation>
    </message>
    <message>
        <source>Open risks by exposure (probability × impact, residual when scored)</source>
        <translation>Open risico’s naar risicoscore (kans × impact, netto waar gescoord)</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>niet gescoord</translation>
    </message>
    <message>
        <source>%1  %2, %3: %4</source>
        <translation>%1  %2, %3: %4</translation>
    </message>
    <message>
        <source>A baseline records its P80 only; the chance of finishing by the end is known for simulated versions.</source>
        <translation>Een basislijn legt alleen de P80 vast; de kans om op tijd klaar te zijn is bekend voor gesimuleerde versies.</translation>
    </message>
    <message>
        <source>Trend: P80 finish and open risks over time</source>
        <translation>Trend: P80-einddatum en open risico’s in de tijd</translation>
    </message>
</context>
<context>
    <name>rb::exporting::Deck</name>
    <message>
        <source>%1 scored 5</source>
        <translation>%1 scoorde 5</translation>
    </message>
    <message>
        <source>%1 scored 4</source>
        <translation>%1 scoorde 4</translation>
    </message>
    <message>
        <source>mean score %1 over %2 factors</source>
        <translation>gemiddelde score %1 over %2 factoren</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>programma</translation>
    </message>
    <message>
        <source>project</source>
        <translation>project</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>activiteit</translation>
    </message>
    <message>
        <source>Changes since %1</source>
        <translation>Wijzigingen sinds %1</translation>
    </message>
    <message>
        <source>%1 — storyboard</source>
        <translation>%1 — storyboard</translation>
    </message>
    <message>
        <source>Storyboard session</source>
        <translation>Storyboardsessie</translation>
    </message>
    <message>
        <source>Status %1</source>
        <translation>Peildatum %1</translation>
    </message>
    <message>
        <source>Made with Riskboard from the portfolio document; every chart shows the status date.</source>
        <translation>Gemaakt met Riskboard uit het portfoliodocument; elke grafiek toont de peildatum.</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… en nog %1</translation>
    </message>
    <message>
        <source>Programme end (Monte Carlo, %1 runs)</source>
        <translation>Einde programma (Monte Carlo, %1 runs)</translation>
    </message>
    <message>
        <source>Planned finish (critical path method): %1</source>
        <translation>Gepland einde (kritiekepadmethode): %1</translation>
    </message>
    <message>
        <source>Target programme end: %1</source>
        <translation>Beoogd einde programma: %1</translation>
    </message>
    <message>
        <source>P80 is %1 days after the target end</source>
        <translation>P80 ligt %1 dagen na het beoogde einde</translation>
    </message>
    <message>
        <source>P80 is within the target end (%1 days to spare)</source>
        <translation>P80 ligt binnen het beoogde einde (%1 dagen over)</translation>
    </message>
    <message>
        <source>Critical path (1 post)</source>
        <translation>Kritiek pad (1 post)</translation>
    </message>
    <message>
        <source>Critical path (%1 posts)</source>
        <translation>Kritiek pad (%1 posten)</translation>
    </message>
    <message>
        <source>No critical path (no scheduled posts)</source>
        <translation>Geen kritiek pad (geen geplande posten)</translation>
    </message>
    <message>
        <source>Open risks per level</source>
        <translation>Open risico’s per niveau</translation>
    </message>
    <message>
        <source>total</source>
        <translation>totaal</translation>
    </message>
    <message>
        <source>Posts needing a detailed analysis (%1)</source>
        <translation>Posten die een gedetailleerde analyse nodig hebben (%1)</translation>
    </message>
    <message>
        <source>None (rule: docs/assessment-rules.md)</source>
        <translation>Geen (regel: docs/assessment-rules.md)</translation>
    </message>
    <message>
        <source>Rule (docs/assessment-rules.md): a 5; or two scores ≥ 4; or a mean ≥ 3.0 over ≥ 4 factors.</source>
        <translation>Regel (docs/assessment-rules.md): een 5; of twee scores ≥ 4; of een gemiddelde ≥ 3,0 over ≥ 4 factoren.</translation>
    </message>
    <message>
        <source>Avoid</source>
        <translation>Vermijden</translation>
    </message>
    <message>
        <source>Reduce</source>
        <translation>Verminderen</translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation>Terugvaloptie</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Overdragen</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepteren</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Delen</translation>
    </message>
    <message>
        <source>Top risks by residual exposure</source>
        <translation>Grootste risico’s naar netto risicoscore</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risico</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Posten</translation>
    </message>
    <message>
        <source>Inherent</source>
        <translation>Bruto</translation>
    </message>
    <message>
        <source>Residual</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>Response and mitigation</source>
        <translation>Reactie en beheersmaatregel</translation>
    </message>
    <message>
        <source>No open risks</source>
        <translation>Geen open risico’s</translation>
    </message>
    <message>
        <source>Open risks only, %1 of %2 shown; exposure = probability × impact (residual: after mitigation).</source>
        <translation>Alleen open risico’s, %1 van %2 getoond; risicoscore = kans × impact (netto: na beheersmaatregelen).</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <source>New risk</source>
        <translation>Nieuw risico</translation>
    </message>
    <message>
        <source>Risk closed</source>
        <translation>Risico gesloten</translation>
    </message>
    <message>
        <source>Re-scored</source>
        <translation>Opnieuw gescoord</translation>
    </message>
    <message>
        <source>%1 scored %2 (new)</source>
        <translation>%1 scoorde %2 (nieuw)</translation>
    </message>
    <message>
        <source>Status summary</source>
        <translation>Statussamenvatting</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Doelstellingen</translation>
    </message>
    <message>
        <source>Ambitions of the plateau</source>
        <translation>Ambities van het plateau</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>Besturing</translation>
    </message>
    <message>
        <source>Rhythm of reporting</source>
        <translation>Ritme van rapporteren</translation>
    </message>
    <message>
        <source>Way of working</source>
        <translation>Werkwijze</translation>
    </message>
    <message>
        <source>Risk profile</source>
        <translation>Risicoprofiel</translation>
    </message>
    <message>
        <source>Success-factor procedure</source>
        <translation>Werkwijze succesfactoren</translation>
    </message>
    <message>
        <source>Finances</source>
        <translation>Financiën</translation>
    </message>
    <message>
        <source>%1 k€</source>
        <translation>%1 k€</translation>
    </message>
    <message>
        <source>… and %1 more in the Programme panel</source>
        <translation>… en nog %1 in het paneel Programma</translation>
    </message>
    <message>
        <source>The programme</source>
        <translation>Het programma</translation>
    </message>
    <message>
        <source>%1 +%2 d</source>
        <translation>%1 +%2 d</translation>
    </message>
    <message>
        <source>Largest causes of the P80: %1</source>
        <translation>Grootste oorzaken van de P80: %1</translation>
    </message>
    <message>
        <source>After the planned mitigations: P80 %1 (%2 days earlier)</source>
        <translation>Na de geplande maatregelen: P80 %1 (%2 dagen eerder)</translation>
    </message>
    <message>
        <source>Chance to finish by the target end: %1</source>
        <translation>Kans op gereed vóór het beoogde einde: %1</translation>
    </message>
    <message>
        <source>%1 by %2 (%3): %4 chance; at P80 %5 days late</source>
        <translation>%1 vóór %2 (%3): %4 kans; bij P80 %5 dagen te laat</translation>
    </message>
    <message>
        <source>%1 by %2 (%3): %4 chance; met at P80</source>
        <translation>%1 vóór %2 (%3): %4 kans; gehaald bij P80</translation>
    </message>
    <message>
        <source>%1 posts end on the programme end date; their windows are fixed by the plan, so none drives another: %2.</source>
        <translation>%1 posten eindigen op de einddatum van het programma; hun vensters liggen vast in het plan, dus geen ervan drijft een andere: %2.</translation>
    </message>
    <message>
        <source>%1 posts end on the programme finish; their windows are fixed by the plan, so none drives another: %2.</source>
        <translation>%1 posten eindigen op het einde van het programma; hun vensters liggen vast in het plan, dus geen ervan drijft een andere: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) later</source>
        <translation>
            <numerusform>%n dag later</numerusform><numerusform>%n dagen later</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) earlier</source>
        <translation>
            <numerusform>%n dag eerder</numerusform><numerusform>%n dagen eerder</numerusform></translation>
    </message>
    <message>
        <source>closed</source>
        <translation>gesloten</translation>
    </message>
    <message>
        <source>occurred</source>
        <translation>opgetreden</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>removed from the register</source>
        <translation>uit het register verwijderd</translation>
    </message>
    <message>
        <source>Since the baseline “%1” (%2)</source>
        <translation>Sinds de basislijn “%1” (%2)</translation>
    </message>
    <message>
        <source>Since last time (%1)</source>
        <translation>Sinds de vorige keer (%1)</translation>
    </message>
    <message>
        <source>Nothing started, finished, slipped or was re-planned; no risk or assessment changed</source>
        <translation>Niets is gestart, afgerond, uitgelopen of herpland; geen risico of beoordeling is gewijzigd</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestart</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>Slipped</source>
        <translation>Uitgelopen</translation>
    </message>
    <message>
        <source>Gained</source>
        <translation>Ingelopen</translation>
    </message>
    <message>
        <source>finish %1 → %2 (%3)</source>
        <translation>einde %1 → %2 (%3)</translation>
    </message>
    <message>
        <source>Re-planned</source>
        <translation>Herpland</translation>
    </message>
    <message>
        <source>planned finish %1 → %2</source>
        <translation>gepland einde %1 → %2</translation>
    </message>
    <message>
        <source>scored %1</source>
        <translation>gescoord %1</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <source>assessed %1</source>
        <translation>beoordeeld %1</translation>
    </message>
    <message>
        <source>%1 started, %2 finished, %3 slipped, %4 re-planned.</source>
        <translation>%1 gestart, %2 afgerond, %3 uitgelopen, %4 herpland.</translation>
    </message>
    <message>
        <source>Risks: %1 new, %2 closed, %3 re-scored.</source>
        <translation>Risico’s: %1 nieuw, %2 gesloten, %3 opnieuw gescoord.</translation>
    </message>
    <message>
        <source>Risks: a baseline does not record them (compare with --since).</source>
        <translation>Risico’s: een basislijn legt ze niet vast (vergelijk met --since).</translation>
    </message>
    <message>
        <source>Since last time</source>
        <translation>Sinds de vorige keer</translation>
    </message>
    <message>
        <source>There is no earlier version: the document has no baseline and no --since was given</source>
        <translation>Er is geen eerdere versie: het document heeft geen basislijn en --since is niet opgegeven</translation>
    </message>
</context>
<context>
    <name>rb::exporting::ScheduleCheckPage</name>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 en nog %2</translation>
    </message>
    <message>
        <source>Schedule check</source>
        <translation>Planningscontrole</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Bevinding</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Hoeveel</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Posten</translation>
    </message>
    <message>
        <source>No findings: the schedule passes every check.</source>
        <translation>Geen bevindingen: de planning doorstaat elke controle.</translation>
    </message>
    <message>
        <source>Errors: %1, warnings: %2. In the spirit of the DCMA 14-point schedule assessment, adapted to a programme portfolio (docs/analysis.md); the list per post: riskboard check.</source>
        <translation>Fouten: %1, waarschuwingen: %2. Naar de DCMA 14-puntsbeoordeling van planningen, aangepast aan een programmaportfolio (docs/analysis.md); de lijst per post: riskboard check.</translation>
    </message>
</context>
<context>
    <name>rb::exporting::Workbook</name>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Bronnen</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>Beoordelaar</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>Opdrachtnemer</translation>
    </message>
    <message>
        <source>Project leader</source>
        <translation>Projectleider</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Einde</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>Werkelijke start</translation>
    </message>
    <message>
        <source>Actual finish</source>
        <translation>Werkelijk einde</translation>
    </message>
    <message>
        <source>Remaining (days)</source>
        <translation>Resterend (dagen)</translation>
    </message>
    <message>
        <source>Duration (days)</source>
        <translation>Duur (dagen)</translation>
    </message>
    <message>
        <source>Optimistic (days)</source>
        <translation>Optimistisch (dagen)</translation>
    </message>
    <message>
        <source>Most likely (days)</source>
        <translation>Meest waarschijnlijk (dagen)</translation>
    </message>
    <message>
        <source>Pessimistic (days)</source>
        <translation>Pessimistisch (dagen)</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Investment planned (k€)</source>
        <translation>Investering voorzien (k€)</translation>
    </message>
    <message>
        <source>Investment proposed (k€)</source>
        <translation>Investering voorstel (k€)</translation>
    </message>
    <message>
        <source>Operating planned (k€)</source>
        <translation>Exploitatie voorzien (k€)</translation>
    </message>
    <message>
        <source>Operating proposed (k€)</source>
        <translation>Exploitatie voorstel (k€)</translation>
    </message>
    <message>
        <source>One-off planned (k€)</source>
        <translation>Eenmalig voorzien (k€)</translation>
    </message>
    <message>
        <source>One-off proposed (k€)</source>
        <translation>Eenmalig voorstel (k€)</translation>
    </message>
    <message>
        <source>One-off carried over (k€)</source>
        <translation>Eenmalig rest P3 (k€)</translation>
    </message>
    <message>
        <source>Cost of delay (k€ per month)</source>
        <translation>Kosten van vertraging (k€ per maand)</translation>
    </message>
    <message>
        <source>Plateau</source>
        <translation>Plateau</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activiteiten</translation>
    </message>
    <message>
        <source>Inherent exposure</source>
        <translation>Bruto risicoscore</translation>
    </message>
    <message>
        <source>Residual exposure</source>
        <translation>Netto risicoscore</translation>
    </message>
    <message>
        <source>Open risks per cell; colour = exposure (probability × impact). Closed and occurred risks left out: %1. Risks without these scores: %2.</source>
        <translation>Open risico’s per cel; kleur = risicoscore (kans × impact). Gesloten en opgetreden risico’s weggelaten: %1. Risico’s zonder deze scores: %2.</translation>
    </message>
    <message>
        <source>Probability ↓ / impact →</source>
        <translation>Kans ↓ / impact →</translation>
    </message>
    <message>
        <source>Risks per cell</source>
        <translation>Risico’s per cel</translation>
    </message>
    <message>
        <source>Early start</source>
        <translation>Vroegste start</translation>
    </message>
    <message>
        <source>Early finish</source>
        <translation>Vroegste einde</translation>
    </message>
    <message>
        <source>Total float (days)</source>
        <translation>Totale speling (dagen)</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritiek</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Status date</source>
        <translation>Peildatum</translation>
    </message>
    <message>
        <source>Success-factor scores (the higher, the riskier)</source>
        <translation>Scores van de succesfactoren (hoe hoger, hoe riskanter)</translation>
    </message>
    <message>
        <source>A factor scored 4 or 5 needs a mitigation.</source>
        <translation>Een factor met score 4 of 5 vraagt om een beheersmaatregel.</translation>
    </message>
    <message>
        <source>The sheet of assessments shows each post's latest assessment (latest date; on the same date the later one).</source>
        <translation>Het blad met beoordelingen toont de laatste beoordeling van elke post (laatste datum; op dezelfde datum de latere).</translation>
    </message>
    <message>
        <source>Risk probability and impact</source>
        <translation>Kans en impact van risico’s</translation>
    </message>
    <message>
        <source>rare (&lt; 10 %)</source>
        <translation>zelden (&lt; 10 %)</translation>
    </message>
    <message>
        <source>unlikely (10–30 %)</source>
        <translation>onwaarschijnlijk (10–30 %)</translation>
    </message>
    <message>
        <source>possible (30–50 %)</source>
        <translation>mogelijk (30–50 %)</translation>
    </message>
    <message>
        <source>likely (50–80 %)</source>
        <translation>waarschijnlijk (50–80 %)</translation>
    </message>
    <message>
        <source>almost certain (&gt; 80 %)</source>
        <translation>vrijwel zeker (&gt; 80 %)</translation>
    </message>
    <message>
        <source>negligible</source>
        <translation>verwaarloosbaar</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>klein</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>matig</translation>
    </message>
    <message>
        <source>major</source>
        <translation>groot</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>ernstig</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Kans</translation>
    </message>
    <message>
        <source>Impact (on planning, cost or result)</source>
        <translation>Impact (op planning, kosten of resultaat)</translation>
    </message>
    <message>
        <source>Exposure = probability × impact (1–25), coloured in five steps</source>
        <translation>Risicoscore = kans × impact (1–25), gekleurd in vijf stappen</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 tot en met %2</translation>
    </message>
    <message>
        <source>Inherent: before mitigation; residual: after mitigation. The matrices count open and occurred risks.</source>
        <translation>Bruto: voor beheersmaatregelen; netto: na beheersmaatregelen. De matrices tellen open en opgetreden risico’s.</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planning</translation>
    </message>
    <message>
        <source>Early start and finish and total float come from the critical path method over the dependencies (inclusive calendar days). Float: the days a post can slip without moving the programme finish or a deadline; critical: no float.</source>
        <translation>Vroegste start en einde en totale speling komen uit de kritiekepadmethode over de afhankelijkheden (kalenderdagen, inclusief). Speling: de dagen dat een post kan uitlopen zonder het einde van het programma of een deadline te verschuiven; kritiek: geen speling.</translation>
    </message>
    <message>
        <source>Amounts in k€.</source>
        <translation>Bedragen in k€.</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risico’s</translation>
    </message>
    <message>
        <source>Inherent matrix</source>
        <translation>Bruto matrix</translation>
    </message>
    <message>
        <source>Residual matrix</source>
        <translation>Netto matrix</translation>
    </message>
    <message>
        <source>Latest assessments</source>
        <translation>Laatste beoordelingen</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Posten</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
</context>
<context>
    <name>rb::model</name>
    <message>
        <source>Edit risk %1</source>
        <translation>Risico %1 bewerken</translation>
    </message>
    <message>
        <source>Add risk %1</source>
        <translation>Risico %1 toevoegen</translation>
    </message>
    <message>
        <source>Remove risk %1</source>
        <translation>Risico %1 verwijderen</translation>
    </message>
    <message>
        <source>Assess %1</source>
        <translation>%1 beoordelen</translation>
    </message>
    <message>
        <source>Edit post %1</source>
        <translation>Post %1 bewerken</translation>
    </message>
    <message>
        <source>Edit programme</source>
        <translation>Programma bewerken</translation>
    </message>
    <message>
        <source>Take baseline %1</source>
        <translation>Baseline %1 vastleggen</translation>
    </message>
</context>
<context>
    <name>rb::model::ScheduleCheck</name>
    <message>
        <source>Progress after the status date</source>
        <translation>Voortgang na de peildatum</translation>
    </message>
    <message>
        <source>No predecessor</source>
        <translation>Geen voorganger</translation>
    </message>
    <message>
        <source>No successor</source>
        <translation>Geen opvolger</translation>
    </message>
    <message>
        <source>Level-of-effort post in a dependency</source>
        <translation>Doorlopende post in een afhankelijkheid</translation>
    </message>
    <message>
        <source>Hard deadline</source>
        <translation>Harde deadline</translation>
    </message>
    <message>
        <source>Lead (negative lag)</source>
        <translation>Voorsprong (negatieve wachttijd)</translation>
    </message>
    <message>
        <source>Long lag</source>
        <translation>Lange wachttijd</translation>
    </message>
    <message>
        <source>Fixed date no post has to meet</source>
        <translation>Vaste datum waarvoor geen post klaar hoeft te zijn</translation>
    </message>
    <message>
        <source>Neither estimate nor assessment</source>
        <translation>Geen schatting en geen beoordeling</translation>
    </message>
    <message>
        <source>Forecast before the status date</source>
        <translation>Prognose vóór de peildatum</translation>
    </message>
    <message>
        <source>Negative float</source>
        <translation>Negatieve speling</translation>
    </message>
    <message>
        <source>High float</source>
        <translation>Veel speling</translation>
    </message>
    <message>
        <source>The status says started or done, the dates say it had not happened yet on the status date.</source>
        <translation>De status zegt gestart of gereed, de datums zeggen dat dat op de peildatum nog niet was gebeurd.</translation>
    </message>
    <message>
        <source>Without a predecessor, nothing in the plan can hold up its start: a missing dependency makes the critical path too optimistic.</source>
        <translation>Zonder voorganger kan niets in het plan de start ophouden: een ontbrekende afhankelijkheid maakt het kritieke pad te optimistisch.</translation>
    </message>
    <message>
        <source>Without a successor, its delay reaches no other post: only the programme end notices it.</source>
        <translation>Zonder opvolger bereikt de vertraging geen andere post: alleen het einde van het programma merkt het.</translation>
    </message>
    <message>
        <source>A role or continuous service spans the plateau; a dependency on it drives nothing and confuses the reader.</source>
        <translation>Een rol of doorlopende dienst beslaat het hele plateau; een afhankelijkheid ervan bepaalt niets en verwart de lezer.</translation>
    </message>
    <message>
        <source>A deadline fixes a date instead of letting the logic compute it; DCMA allows at most 5 % of the posts.</source>
        <translation>Een deadline legt een datum vast in plaats van die uit de afhankelijkheden te berekenen; DCMA staat hooguit 5 % van de posten toe.</translation>
    </message>
    <message>
        <source>A lead lets a successor start before its predecessor is ready; DCMA allows none.</source>
        <translation>Een voorsprong laat een opvolger beginnen voordat de voorganger klaar is; DCMA staat die niet toe.</translation>
    </message>
    <message>
        <source>A long wait between posts is often work that should be a post of its own.</source>
        <translation>Een lange wachttijd tussen posten is vaak werk dat een eigen post zou moeten zijn.</translation>
    </message>
    <message>
        <source>A fixed date (a law, a deadline) matters when a post must be ready for it: link that post to it.</source>
        <translation>Een vaste datum (een wet, een uiterste datum) telt pas als een post er klaar voor moet zijn: koppel die post eraan.</translation>
    </message>
    <message>
        <source>With neither a three-point estimate nor a success-factor assessment, nothing says how uncertain its duration is.</source>
        <translation>Zonder driepuntsschatting en zonder beoordeling van de succesfactoren zegt niets hoe onzeker de duur is.</translation>
    </message>
    <message>
        <source>A post that has not started cannot start in the past: update its status or its dates.</source>
        <translation>Een post die nog niet gestart is, kan niet in het verleden starten: werk de status of de datums bij.</translation>
    </message>
    <message>
        <source>The dependencies cannot meet a deadline or a fixed date: the plan is already late.</source>
        <translation>De afhankelijkheden halen een deadline of vaste datum niet: het plan is nu al te laat.</translation>
    </message>
    <message>
        <source>More than two months of float (DCMA: 44 working days) usually means a missing dependency.</source>
        <translation>Meer dan twee maanden speling (DCMA: 44 werkdagen) wijst meestal op een ontbrekende afhankelijkheid.</translation>
    </message>
    <message>
        <source>DCMA check 1 (logic)</source>
        <translation>DCMA-controle 1 (logica)</translation>
    </message>
    <message>
        <source>DCMA check 2 (leads)</source>
        <translation>DCMA-controle 2 (voorsprong)</translation>
    </message>
    <message>
        <source>DCMA check 3 (lags)</source>
        <translation>DCMA-controle 3 (wachttijden)</translation>
    </message>
    <message>
        <source>DCMA check 5 (hard constraints)</source>
        <translation>DCMA-controle 5 (harde beperkingen)</translation>
    </message>
    <message>
        <source>DCMA check 6 (high float)</source>
        <translation>DCMA-controle 6 (veel speling)</translation>
    </message>
    <message>
        <source>DCMA check 7 (negative float)</source>
        <translation>DCMA-controle 7 (negatieve speling)</translation>
    </message>
    <message>
        <source>DCMA check 9 (invalid dates)</source>
        <translation>DCMA-controle 9 (ongeldige datums)</translation>
    </message>
    <message>
        <source>error</source>
        <translation>fout</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>waarschuwing</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 %)</source>
        <translation>%1 van %2 (%3 %)</translation>
    </message>
    <message>
        <source>%1: at most %2 %</source>
        <translation>%1: hooguit %2 %</translation>
    </message>
    <message>
        <source>%1 is started or done, but its dates are %2 days after the status date</source>
        <translation>%1 is gestart of gereed, maar de datums liggen %2 dagen na de peildatum</translation>
    </message>
    <message>
        <source>%1 has no predecessor</source>
        <translation>%1 heeft geen voorganger</translation>
    </message>
    <message>
        <source>%1 has no successor</source>
        <translation>%1 heeft geen opvolger</translation>
    </message>
    <message>
        <source>%1 is level of effort, yet in the dependency %2</source>
        <translation>%1 is een doorlopende post, maar zit in de afhankelijkheid %2</translation>
    </message>
    <message>
        <source>%1 has a deadline (%2)</source>
        <translation>%1 heeft een deadline (%2)</translation>
    </message>
    <message>
        <source>%1 has a lead of %2 days</source>
        <translation>%1 heeft een voorsprong van %2 dagen</translation>
    </message>
    <message>
        <source>%1 has a lag of %2 days</source>
        <translation>%1 heeft een wachttijd van %2 dagen</translation>
    </message>
    <message>
        <source>No post has to be ready for %1</source>
        <translation>Geen post hoeft klaar te zijn voor %1</translation>
    </message>
    <message>
        <source>%1 has neither an estimate nor an assessment</source>
        <translation>%1 heeft geen schatting en geen beoordeling</translation>
    </message>
    <message>
        <source>%1 is running, yet its forecast finish is %2 days before the status date</source>
        <translation>%1 loopt, maar het verwachte einde ligt %2 dagen vóór de peildatum</translation>
    </message>
    <message>
        <source>%1 has not started, yet its forecast start is %2 days before the status date</source>
        <translation>%1 is nog niet gestart, maar de verwachte start ligt %2 dagen vóór de peildatum</translation>
    </message>
    <message>
        <source>%1 has %2 days of negative float</source>
        <translation>%1 heeft %2 dagen negatieve speling</translation>
    </message>
    <message>
        <source>%1 has %2 days of float</source>
        <translation>%1 heeft %2 dagen speling</translation>
    </message>
</context>
<context>
    <name>rb::mspdi</name>
    <message>
        <source>Post %1 starts or finishes on a weekend: MS Project's standard calendar will move it to a working day.</source>
        <translation>Post %1 begint of eindigt in een weekend: de standaardkalender van MS Project verschuift de post naar een werkdag.</translation>
    </message>
    <message>
        <source>Not in MSPDI, not written: %1 (%2 post(s)).</source>
        <translation>Niet in MSPDI, niet geschreven: %1 (%2 post(en)).</translation>
    </message>
    <message>
        <source>three-point estimates</source>
        <translation>driepuntsschattingen</translation>
    </message>
    <message>
        <source>budgets and cost of delay</source>
        <translation>budgetten en vertragingskosten</translation>
    </message>
    <message>
        <source>owner, contractor and project leader</source>
        <translation>eigenaar, opdrachtnemer en projectleider</translation>
    </message>
    <message>
        <source>the level-of-effort flag</source>
        <translation>de aanduiding doorlopende post (level of effort)</translation>
    </message>
    <message>
        <source>result, goal, activities, expertise, tags and plateau</source>
        <translation>eindresultaat, doelstelling, activiteiten, expertise, labels en plateau</translation>
    </message>
    <message>
        <source>history</source>
        <translation>geschiedenis</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>bronnen</translation>
    </message>
    <message>
        <source>Control characters, which XML cannot hold, were left out of %1 text(s).</source>
        <translation>Stuurtekens, die XML niet kan bevatten, zijn weggelaten uit %1 tekst(en).</translation>
    </message>
    <message>
        <source>%1 post(s) without a start were written without dates (as soon as possible): MS Project schedules them after their predecessors; imported again they keep no start.</source>
        <translation>%1 post(en) zonder start zijn zonder datums geschreven (zo snel mogelijk): MS Project plant ze na hun voorgangers; opnieuw geïmporteerd hebben ze geen start.</translation>
    </message>
    <message>
        <source>Not in MSPDI, not written: the risk register (%1 risk(s)).</source>
        <translation>Niet in MSPDI, niet geschreven: het risicoregister (%1 risico(’s)).</translation>
    </message>
    <message>
        <source>Not in MSPDI, not written: %1 success-factor assessment(s).</source>
        <translation>Niet in MSPDI, niet geschreven: %1 succesfactorbeoordeling(en).</translation>
    </message>
    <message>
        <source>Not in MSPDI, not written: the success-factor catalogue.</source>
        <translation>Niet in MSPDI, niet geschreven: de catalogus van succesfactoren.</translation>
    </message>
    <message>
        <source>Not in MSPDI, not written: the programme's description, note, reserve and sources.</source>
        <translation>Niet in MSPDI, niet geschreven: de beschrijving, opmerking, reserve en bronnen van het programma.</translation>
    </message>
    <message>
        <source>Not written: the names of %1 theme(s) without posts.</source>
        <translation>Niet geschreven: de namen van %1 thema(’s) zonder posten.</translation>
    </message>
    <message>
        <source>Not written: the English theme names (the summary tasks carry the Dutch ones).</source>
        <translation>Niet geschreven: de Engelse themanamen (de samenvattingstaken dragen de Nederlandse).</translation>
    </message>
    <message>
        <source>Not in MSPDI, not written: notes and sources of %1 dependency(ies).</source>
        <translation>Niet in MSPDI, niet geschreven: opmerkingen en bronnen van %1 afhankelijkheid/afhankelijkheden.</translation>
    </message>
    <message>
        <source>Not in MSPDI, not written: the baselines' names, dates, reasons, deciders and P50/P80 (a task's Baseline holds a number, dates and a cost); imported again they are named "Baseline", "Baseline 1", … and dated at the plan's start.</source>
        <translation>Niet in MSPDI, niet geschreven: de namen, datums, redenen, besluitnemers en P50/P80 van de basislijnen (het Baseline-element van een taak bevat een nummer, datums en kosten); opnieuw geïmporteerd heten ze "Baseline", "Baseline 1", … en krijgen ze de startdatum van het plan.</translation>
    </message>
    <message>
        <source>MSPDI holds 11 baselines: the original and the latest ten were written, %1 in between were not.</source>
        <translation>MSPDI bevat 11 basislijnen: de oorspronkelijke en de laatste tien zijn geschreven, de %1 daartussen niet.</translation>
    </message>
    <message>
        <source>Not written: %1 baseline entry(ies) of posts no longer in the portfolio (a baseline is written on its post's task).</source>
        <translation>Niet geschreven: %1 basislijngegeven(s) van posten die niet meer in het portfolio staan (een basislijn wordt bij de taak van zijn post geschreven).</translation>
    </message>
    <message>
        <source>dependency cycle: %1</source>
        <translation>kringloop in de afhankelijkheden: %1</translation>
    </message>
    <message>
        <source>the imported portfolio would be invalid: %1 (at %2)</source>
        <translation>het geïmporteerde portfolio zou ongeldig zijn: %1 (bij %2)</translation>
    </message>
    <message>
        <source>a Task without UID</source>
        <translation>een Task-element zonder UID</translation>
    </message>
    <message>
        <source>duplicate task UID %1 (also at line %2)</source>
        <translation>dubbele taak-UID %1 (ook op regel %2)</translation>
    </message>
    <message>
        <source>Blank task rows (IsNull) were skipped.</source>
        <translation>Lege taakregels (IsNull) zijn overgeslagen.</translation>
    </message>
    <message>
        <source>Summary tasks were not imported as posts; every post went to theme %1.</source>
        <translation>Samenvattingstaken zijn niet als posten geïmporteerd; elke post is in thema %1 geplaatst.</translation>
    </message>
    <message>
        <source>Summary tasks were skipped (--summaries skip); every post went to theme 1.</source>
        <translation>Samenvattingstaken zijn overgeslagen (--summaries skip); elke post is in thema 1 geplaatst.</translation>
    </message>
    <message>
        <source>Nested summary tasks are not posts: their tasks belong to the theme of their top-level summary task.</source>
        <translation>Geneste samenvattingstaken zijn geen posten: hun taken horen bij het thema van hun samenvattingstaak op het hoogste niveau.</translation>
    </message>
    <message>
        <source>Riskboard has five themes: top-level summary tasks beyond the fifth were merged into theme 5.</source>
        <translation>Riskboard kent vijf thema’s: samenvattingstaken op het hoogste niveau na de vijfde zijn samengevoegd in thema 5.</translation>
    </message>
    <message>
        <source>Tasks outside every summary task went to theme 1.</source>
        <translation>Taken buiten elke samenvattingstaak zijn in thema 1 geplaatst.</translation>
    </message>
    <message>
        <source>Post ids come from the tasks' WBS codes; duplicate codes were made unique with the task's UID.</source>
        <translation>Postcodes komen uit de WBS-codes van de taken; dubbele codes zijn uniek gemaakt met de UID van de taak.</translation>
    </message>
    <message>
        <source>Tasks without a name were named after their id.</source>
        <translation>Taken zonder naam zijn genoemd naar hun postcode.</translation>
    </message>
    <message>
        <source>Inactive tasks became cancelled posts.</source>
        <translation>Inactieve taken zijn geannuleerde posten geworden.</translation>
    </message>
    <message>
        <source>task %1 finishes (%2) before it starts (%3)</source>
        <translation>taak %1 eindigt (%2) voordat hij begint (%3)</translation>
    </message>
    <message>
        <source>Milestones with a duration keep their duration (a post is a milestone only when it lasts 0 days).</source>
        <translation>Mijlpalen met een duur houden hun duur (een post is alleen een mijlpaal als hij 0 dagen duurt).</translation>
    </message>
    <message>
        <source>%1: %2 days</source>
        <translation>%1: %2 dagen</translation>
    </message>
    <message>
        <source>Calendars are reduced to calendar days: a post runs from its task's scheduled start to its scheduled finish, every day counting; the working-time duration is not kept.</source>
        <translation>Kalenders worden teruggebracht tot kalenderdagen: een post loopt van de geplande start tot het geplande einde van zijn taak en elke dag telt mee; de duur in werktijd blijft niet bewaard.</translation>
    </message>
    <message>
        <source>%1: %2 working days over %3 calendar days</source>
        <translation>%1: %2 werkdagen over %3 kalenderdagen</translation>
    </message>
    <message>
        <source>Tasks with a finish but no start keep only their duration.</source>
        <translation>Taken met een einde maar zonder start houden alleen hun duur.</translation>
    </message>
    <message>
        <source>Tasks without start, finish or duration became 0-day posts.</source>
        <translation>Taken zonder start, einde of duur zijn posten van 0 dagen geworden.</translation>
    </message>
    <message>
        <source>task %1 lasts %2 days, more than %3</source>
        <translation>taak %1 duurt %2 dagen, meer dan %3</translation>
    </message>
    <message>
        <source>Working-time durations of unscheduled tasks were converted to calendar days at %1 minutes (%2 h) a working day, rounded up.</source>
        <translation>De duur in werktijd van taken zonder datums is omgerekend naar kalenderdagen met %1 minuten (%2 uur) per werkdag, naar boven afgerond.</translation>
    </message>
    <message>
        <source>%1: %2 working days → %3 days</source>
        <translation>%1: %2 werkdagen → %3 dagen</translation>
    </message>
    <message>
        <source>Elapsed durations were rounded up to whole days.</source>
        <translation>Duur in verstreken tijd is naar boven afgerond op hele dagen.</translation>
    </message>
    <message>
        <source>%1: %2 → %3 days</source>
        <translation>%1: %2 → %3 dagen</translation>
    </message>
    <message>
        <source>Milestones at the end of a day (12:00 or later) happen at the start of the next day: the same moment in calendar days.</source>
        <translation>Mijlpalen aan het eind van een dag (12:00 of later) vallen aan het begin van de volgende dag: hetzelfde moment in kalenderdagen.</translation>
    </message>
    <message>
        <source>ConstraintType %1 needs a ConstraintDate</source>
        <translation>ConstraintType %1 vraagt om een ConstraintDate</translation>
    </message>
    <message>
        <source>Tasks with both a deadline and a finish constraint keep the earlier date as deadline.</source>
        <translation>Taken met zowel een deadline als een eindbeperking houden de vroegste datum als deadline.</translation>
    </message>
    <message>
        <source>'As late as possible' is not represented: the tasks keep their scheduled dates.</source>
        <translation>'Zo laat mogelijk' wordt niet overgenomen: de taken houden hun geplande datums.</translation>
    </message>
    <message>
        <source>Tasks without a date constraint keep their scheduled start as the post's start, which Riskboard treats as start-no-earlier-than: the plan's dates stay, but a post no longer moves earlier when its predecessors finish early.</source>
        <translation>Taken zonder datumbeperking houden hun geplande start als start van de post, en Riskboard behandelt die als niet-eerder-beginnen-dan: de datums van het plan blijven, maar een post schuift niet meer naar voren als zijn voorgangers eerder klaar zijn.</translation>
    </message>
    <message>
        <source>'Must start on' became start-no-earlier-than.</source>
        <translation>'Moet beginnen op' is niet-eerder-beginnen-dan geworden.</translation>
    </message>
    <message>
        <source>'Must finish on' became a deadline (finish-no-later-than).</source>
        <translation>'Moet eindigen op' is een deadline geworden (niet-later-eindigen-dan).</translation>
    </message>
    <message>
        <source>'Start no later than' constraints are not represented and were dropped.</source>
        <translation>Beperkingen 'Niet later beginnen dan' worden niet overgenomen en zijn weggelaten.</translation>
    </message>
    <message>
        <source>'Finish no earlier than' constraints are not represented and were dropped.</source>
        <translation>Beperkingen 'Niet eerder eindigen dan' worden niet overgenomen en zijn weggelaten.</translation>
    </message>
    <message>
        <source>Lags in percent of the predecessor's duration are not represented: those links have lag 0.</source>
        <translation>Wachttijden in procenten van de duur van de voorganger worden niet overgenomen: die koppelingen hebben wachttijd 0.</translation>
    </message>
    <message>
        <source>link %1: a lag of %2 days is more than %3</source>
        <translation>koppeling %1: een wachttijd van %2 dagen is meer dan %3</translation>
    </message>
    <message>
        <source>%1: %2%3 → %4 days</source>
        <translation>%1: %2%3 → %4 dagen</translation>
    </message>
    <message>
        <source>Working-time lags became calendar-day lags at %1 minutes a working day (weekends and holidays within a lag are not added).</source>
        <translation>Wachttijden in werktijd zijn wachttijden in kalenderdagen geworden met %1 minuten per werkdag (weekenden en feestdagen binnen een wachttijd worden niet opgeteld).</translation>
    </message>
    <message>
        <source>Lags were rounded to whole days.</source>
        <translation>Wachttijden zijn afgerond op hele dagen.</translation>
    </message>
    <message>
        <source>Links to other projects are not represented and were dropped.</source>
        <translation>Koppelingen naar andere projecten worden niet overgenomen en zijn weggelaten.</translation>
    </message>
    <message>
        <source>task %1 names an unknown predecessor UID %2</source>
        <translation>taak %1 noemt een onbekende voorganger-UID %2</translation>
    </message>
    <message>
        <source>task %1 is its own predecessor</source>
        <translation>taak %1 is zijn eigen voorganger</translation>
    </message>
    <message>
        <source>Links from summary tasks are not represented (summaries are not posts) and were dropped.</source>
        <translation>Koppelingen vanuit samenvattingstaken worden niet overgenomen (samenvattingstaken zijn geen posten) en zijn weggelaten.</translation>
    </message>
    <message>
        <source>Repeated links (same tasks and type) were kept once.</source>
        <translation>Herhaalde koppelingen (dezelfde taken en hetzelfde type) zijn één keer bewaard.</translation>
    </message>
    <message>
        <source>Calendars are not represented: Riskboard counts calendar days (weekends and holidays are ordinary days). %1 calendar(s) dropped: %2.</source>
        <translation>Kalenders worden niet overgenomen: Riskboard telt kalenderdagen (weekenden en feestdagen zijn gewone dagen). %1 kalender(s) weggelaten: %2.</translation>
    </message>
    <message>
        <source>Resources and assignments are not represented: %1 resource(s) and %2 assignment(s) dropped.</source>
        <translation>Resources en toewijzingen worden niet overgenomen: %1 resource(s) en %2 toewijzing(en) weggelaten.</translation>
    </message>
    <message>
        <source>Custom fields (extended attributes) are not represented: %1 value(s) dropped.</source>
        <translation>Aangepaste velden (extended attributes) worden niet overgenomen: %1 waarde(n) weggelaten.</translation>
    </message>
    <message>
        <source>the file is larger than 256 MiB</source>
        <translation>het bestand is groter dan 256 MiB</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>kan niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>en nog %1</translation>
    </message>
    <message>
        <source>post %1 already exists in the portfolio</source>
        <translation>post %1 bestaat al in het portfolio</translation>
    </message>
    <message>
        <source>The plan's project name, dates and summary-task names were not applied: the existing programme is kept.</source>
        <translation>De projectnaam, de datums en de namen van de samenvattingstaken van het plan zijn niet overgenomen: het bestaande programma blijft.</translation>
    </message>
    <message>
        <source>The progress of %1 post(s) does not fit the existing programme's status date (%2) and was dropped.</source>
        <translation>De voortgang van %1 post(en) past niet bij de peildatum van het bestaande programma (%2) en is weggelaten.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>The plan's %1 baseline(s) were not merged: the existing portfolio keeps its own baselines.</source>
        <translation>De %1 basislijn(en) van het plan zijn niet samengevoegd: het bestaande portfolio houdt zijn eigen basislijnen.</translation>
    </message>
    <message>
        <source>Percent complete without an actual start is not kept: the task became a 'running' post, taken to have started on its planned start (docs/format.md "Progress").</source>
        <translation>Percentage voltooid zonder werkelijke start blijft niet bewaard: de taak is een 'lopende' post geworden, die geacht wordt op zijn geplande start te zijn begonnen (docs/format.md "Progress").</translation>
    </message>
    <message>
        <source>The plan has no status date: actual dates and remaining durations were dropped (Riskboard measures progress at a status date).</source>
        <translation>Het plan heeft geen peildatum: werkelijke datums en resterende duur zijn weggelaten (Riskboard meet de voortgang op een peildatum).</translation>
    </message>
    <message>
        <source>Finished tasks without an actual finish took their scheduled finish as the actual finish.</source>
        <translation>Voltooide taken zonder werkelijk einde hebben hun geplande einde als werkelijk einde gekregen.</translation>
    </message>
    <message>
        <source>Remaining durations became the calendar days from the status date to the task's scheduled finish; the working-time remaining duration is not kept.</source>
        <translation>De resterende duur is het aantal kalenderdagen van de peildatum tot het geplande einde van de taak geworden; de resterende duur in werktijd blijft niet bewaard.</translation>
    </message>
    <message>
        <source>Remaining durations of tasks scheduled to finish before the status date were converted to calendar days from the status date at %1 minutes a working day, rounded up.</source>
        <translation>De resterende duur van taken die volgens de planning vóór de peildatum eindigen, is omgerekend naar kalenderdagen vanaf de peildatum met %1 minuten per werkdag, naar boven afgerond.</translation>
    </message>
    <message>
        <source>Percent complete is not kept: a running post's progress is its actual start and its remaining days (docs/format.md "Progress").</source>
        <translation>Percentage voltooid blijft niet bewaard: de voortgang van een lopende post is zijn werkelijke start en zijn resterende dagen (docs/format.md "Progress").</translation>
    </message>
    <message>
        <source>Actual dates of tasks Riskboard's status field marks as planned were dropped.</source>
        <translation>Werkelijke datums van taken die het statusveld van Riskboard als gepland markeert, zijn weggelaten.</translation>
    </message>
    <message>
        <source>Progress that breaks Riskboard's progress rules (docs/format.md "Progress") was dropped; the post keeps its status and planned dates.</source>
        <translation>Voortgang die de voortgangsregels van Riskboard (docs/format.md "Progress") overtreedt, is weggelaten; de post houdt zijn status en geplande datums.</translation>
    </message>
    <message>
        <source>Baseline work (hours) is not kept: a baseline holds a post's dates and budget.</source>
        <translation>Basislijnwerk (uren) blijft niet bewaard: een basislijn bevat de datums en het budget van een post.</translation>
    </message>
    <message>
        <source>%1: baseline %2</source>
        <translation>%1: basislijn %2</translation>
    </message>
    <message>
        <source>A task with the same baseline twice keeps the first.</source>
        <translation>Een taak met twee keer dezelfde basislijn houdt de eerste.</translation>
    </message>
    <message>
        <source>Baselines of summary tasks were not kept: a baseline holds posts.</source>
        <translation>Basislijnen van samenvattingstaken zijn niet bewaard: een basislijn bevat posten.</translation>
    </message>
    <message>
        <source>Baselines without any date (no project start, status date or baseline start) were dropped.</source>
        <translation>Basislijnen zonder enige datum (geen projectstart, peildatum of basislijnstart) zijn weggelaten.</translation>
    </message>
    <message>
        <source>MSPDI does not say when a baseline was saved, why or by whom: the baselines (%1) are named after their number and dated %2, in number order; their P50/P80 are empty.</source>
        <translation>MSPDI zegt niet wanneer, waarom of door wie een basislijn is vastgelegd: de basislijnen (%1) zijn genoemd naar hun nummer en gedateerd op %2, in volgorde van nummer; hun P50/P80 zijn leeg.</translation>
    </message>
    <message>
        <source>not named</source>
        <translation>niet genoemd</translation>
    </message>
    <message>
        <source>Baseline costs became each post's baseline budget in k€ (the plan's currency, %1, is taken as euros; MSPDI writes hundredths).</source>
        <translation>Basislijnkosten zijn het basislijnbudget van elke post in k€ geworden (de valuta van het plan, %1, geldt als euro; MSPDI schrijft honderdsten).</translation>
    </message>
    <message>
        <source>The imported network cannot be scheduled: %1</source>
        <translation>Het geïmporteerde netwerk kan niet worden gepland: %1</translation>
    </message>
    <message>
        <source>In calendar days the links start %1 post(s) later than the plan's dates (working-time lags, links within a day, or dates the plan itself does not keep): [%2</source>
        <translation>In kalenderdagen laten de koppelingen %1 post(en) later starten dan de datums van het plan (wachttijden in werktijd, koppelingen binnen een dag, of datums die het plan zelf niet aanhoudt): [%2</translation>
    </message>
    <message>
        <source>no root element: not an MS Project XML file</source>
        <translation>geen hoofdelement: geen MS Project-XML-bestand</translation>
    </message>
    <message>
        <source>the root element is &lt;%1&gt;, not &lt;Project&gt;: not an MS Project XML file</source>
        <translation>het hoofdelement is &lt;%1&gt;, niet &lt;Project&gt;: geen MS Project-XML-bestand</translation>
    </message>
    <message>
        <source>malformed XML: %1</source>
        <translation>ongeldige XML: %1</translation>
    </message>
    <message>
        <source>%1: '%2' is not an integer</source>
        <translation>%1: '%2' is geen geheel getal</translation>
    </message>
    <message>
        <source>%1: %2 is out of range (%3..%4)</source>
        <translation>%1: %2 valt buiten het bereik (%3..%4)</translation>
    </message>
    <message>
        <source>%1: '%2' is not a boolean (0 or 1)</source>
        <translation>%1: '%2' is geen booleaanse waarde (0 of 1)</translation>
    </message>
    <message>
        <source>%1: '%2' is not a date and time (YYYY-MM-DDTHH:MM:SS)</source>
        <translation>%1: '%2' is geen datum en tijd (JJJJ-MM-DDTUU:MM:SS)</translation>
    </message>
    <message>
        <source>%1: '%2' is not a duration (PT8H0M0S)</source>
        <translation>%1: '%2' is geen duur (PT8H0M0S)</translation>
    </message>
    <message>
        <source>LagFormat: %1 is not a lag format of the MSPDI schema</source>
        <translation>LagFormat: %1 is geen wachttijdformaat van het MSPDI-schema</translation>
    </message>
    <message>
        <source>a PredecessorLink without PredecessorUID</source>
        <translation>een PredecessorLink zonder PredecessorUID</translation>
    </message>
    <message>
        <source>Baseline Cost: '%1' is not an amount</source>
        <translation>Baseline Cost: '%1' is geen bedrag</translation>
    </message>
    <message>
        <source>Baseline %1 finishes before it starts</source>
        <translation>Basislijn %1 eindigt voordat hij begint</translation>
    </message>
</context>
<context>
    <name>rb::ui::ScheduleCheckModel</name>
    <message>
        <source>The schedule cannot be checked: %1</source>
        <translation>De planning kan niet worden gecontroleerd: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n fout</numerusform><numerusform>%n fouten</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n waarschuwing</numerusform><numerusform>%n waarschuwingen</numerusform></translation>
    </message>
    <message>
        <source>status date %1</source>
        <translation>peildatum %1</translation>
    </message>
</context>
</TS>