#!/usr/bin/env python3
"""Fills the Dutch translations of riskboard_nl.ts (and the English plural forms of riskboard_en.ts)
after `lupdate` (docs/ui.md). The domain terms the users use stay Dutch in both languages: post codes,
the factor names of the plan, beheersmaatregel, eigenaar, opdrachtnemer, voorstel."""
import sys
import xml.etree.ElementTree as ET

NL = {
    '&File': '&Bestand', '&Open…': '&Openen…', 'Open &recent': '&Recent geopend', '&Save': 'Op&slaan',
    'Save &as…': 'Opslaan &als…', '&Quit': '&Afsluiten', '&Edit': 'Be&werken', '&Undo %1': '&Ongedaan maken: %1',
    '&Undo': '&Ongedaan maken', '&Redo %1': 'Op&nieuw: %1', '&Redo': 'Op&nieuw', '&View': 'Beel&d',
    'Portfolio overview': 'Portfolio-overzicht', 'Kick-off assessment': 'Startbeoordeling (kick-off)',
    'Risk register': 'Risicoregister', 'Dependency graph': 'Afhankelijkhedengraaf',
    'Timeline and what-if': 'Tijdlijn en wat-als', 'Simulation': 'Simulatie', '&Language': '&Taal',
    'A factor scores 5: a detailed analysis is required.': 'Een factor scoort 5: een gedetailleerde analyse is nodig.',
    'Two or more factors score 4 or higher: a detailed analysis is required.': 'Twee of meer factoren scoren 4 of hoger: een gedetailleerde analyse is nodig.',
    'The mean score is 3.0 or higher: a detailed analysis is required.': 'De gemiddelde score is 3,0 of hoger: een gedetailleerde analyse is nodig.',
    'No detailed analysis required (see the rule in the manual).': 'Geen gedetailleerde analyse nodig (zie de regel in de handleiding).',
    '%1 · %2 · scores %3': '%1 · %2 · scores %3', '%1 scores %2': '%1 scoort %2',
    'Radar chart: no factor scores 4 or 5.': 'Radardiagram: geen factor scoort 4 of 5.', 'Radar chart: %1.': 'Radardiagram: %1.',
    '%1: %2 insufficiently under control': '%1: %2 onvoldoende beheerst',
    'Success factor “%1” scored %2 at kick-off.': 'Succesfactor “%1” scoorde %2 bij de start.',
    'Created from the kick-off assessment of %1': 'Aangemaakt vanuit de startbeoordeling van %1',
    'Post': 'Post', 'Post to assess': 'Te beoordelen post', 'Assessor': 'Beoordelaar',
    'Choose a post to assess (here or in the overview).': 'Kies een post om te beoordelen (hier of in het overzicht).',
    'Detailed analysis (20 factors)': 'Gedetailleerde analyse (20 factoren)', 'The seven success factors': 'De zeven succesfactoren',
    'Save as new assessment': 'Opslaan als nieuwe beoordeling', 'Revert': 'Terugzetten',
    'Assessment history': 'Eerdere beoordelingen', 'No earlier assessments.': 'Geen eerdere beoordelingen.',
    '%1 days (critical)': '%1 dagen (kritiek)', '%1 days': '%1 dagen', '%1 – %2': '%1 – %2',
    '%1 starts %2 at the programme start': '%1 start %2 bij de start van het programma',
    '%1 starts %2 as planned (start date)': '%1 start %2 zoals gepland (startdatum)',
    '%1 is done (fixed dates)': '%1 is gereed (vaste datums)',
    '%1 starts %2, driven by %3 (%4)': '%1 start %2, bepaald door %3 (%4)',
    'No critical path.': 'Geen kritiek pad.',
    'Dependency graph of %1 posts and %2 links. Critical path: %3.': 'Afhankelijkhedengraaf van %1 posten en %2 koppelingen. Kritiek pad: %3.',
    'The portfolio could not be opened or saved': 'Het portfolio kon niet worden geopend of opgeslagen',
    'Problems': 'Problemen', 'The file was changed by someone else': 'Het bestand is door iemand anders gewijzigd',
    '%1 was saved by someone else after you opened it. Their changes:': '%1 is door iemand anders opgeslagen nadat u het opende. Hun wijzigingen:',
    'Changes on disk': 'Wijzigingen op schijf', 'Reload theirs': 'Hun versie laden', 'Merge': 'Samenvoegen',
    'Save as…': 'Opslaan als…', 'Overwrite': 'Overschrijven', 'Cancel': 'Annuleren',
    'Programme finish distribution': 'Verdeling van de einddatum van het programma', 'cumulative': 'cumulatief',
    'Cumulative %': 'Cumulatief %', 'P50 %1': 'P50 %1', 'P80 %1': 'P80 %1', 'P90 %1': 'P90 %1',
    '%1: the file could not be read.': '%1: het bestand kon niet worden gelezen.', 'Untitled': 'Naamloos',
    'The file on disk is no longer a valid portfolio:': 'Het bestand op schijf is geen geldig portfolio meer:',
    'The file was changed on disk since you opened it.': 'Het bestand is op schijf gewijzigd sinds u het opende.',
    'Unsaved changes to %1 from %2 were recovered after Riskboard stopped unexpectedly.': 'Niet-opgeslagen wijzigingen in %1 van %2 zijn teruggevonden nadat Riskboard onverwacht stopte.',
    'an untitled portfolio': 'een naamloos portfolio', 'The recovery file could not be read:': 'Het herstelbestand kon niet worden gelezen:',
    'was %1': 'was %1', 'new': 'nieuw', 'Rationale': 'Toelichting', 'Rationale for %1': 'Toelichting bij %1',
    'Mitigation (beheersmaatregel)': 'Beheersmaatregel', 'Mitigation for %1': 'Beheersmaatregel voor %1',
    '⚠ A score of %1 needs a mitigation (beheersmaatregel).': '⚠ Een score %1 vraagt om een beheersmaatregel.',
    'Create linked risk…': 'Gekoppeld risico aanmaken…', 'Open portfolio': 'Portfolio openen',
    'Riskboard portfolios (*.json)': 'Riskboard-portfolio’s (*.json)', 'All files (*)': 'Alle bestanden (*)',
    'Save portfolio as': 'Portfolio opslaan als', 'Selected post': 'Geselecteerde post',
    'Click a post (or use Page Up/Down) to see what it depends on and what drives it.': 'Klik op een post (of gebruik Page Up/Down) om te zien waarvan hij afhangt en wat zijn start bepaalt.',
    'Scheduled (early dates)': 'Gepland (vroegste datums)', 'Total float': 'Totale speling', 'Predecessors': 'Voorgangers',
    'none': 'geen', 'Successors': 'Opvolgers', 'What drives its start': 'Wat de start bepaalt', 'Open in timeline': 'Tonen in tijdlijn',
    'Zoom in (+)': 'Inzoomen (+)', 'Zoom out (−)': 'Uitzoomen (−)', 'Fit (0)': 'Passend (0)',
    'FS ——  SS – – –  FF · · ·  SF –·–   ▭ dashed grey: external   ▭ vermilion: critical path': 'FS ——  SS – – –  FF · · ·  SF –·–   ▭ grijs gestreept: extern   ▭ vermiljoen: kritiek pad',
    'Critical path: %1': 'Kritiek pad: %1', 'Worst': 'Slechtst', 'Total': 'Totaal',
    '%1 %2, worst score %3': '%1 %2, slechtste score %3', 'not assessed': 'niet beoordeeld', '%1 — Riskboard': '%1 — Riskboard',
    'Unsaved changes': 'Niet-opgeslagen wijzigingen', 'Status date %1 · today %2': 'Peildatum %1 · vandaag %2', 'Views': 'Weergaven',
    'Overview': 'Overzicht', 'Assessment': 'Beoordeling', 'Risks': 'Risico’s', 'Dependencies': 'Afhankelijkheden', 'Timeline': 'Tijdlijn',
    '%1  Ctrl+%2': '%1  Ctrl+%2', 'All themes': 'Alle thema’s', '%1 %2': '%1 %2', 'Theme %1': 'Thema %1', 'All kinds': 'Alle soorten',
    'Projects': 'Projecten', 'Activities': 'Activiteiten', 'External': 'Extern', 'Any status': 'Elke status', 'Planned': 'Gepland',
    'Running': 'Lopend', 'Done': 'Gereed', 'Deferred': 'Uitgesteld', 'Cancelled': 'Geannuleerd', 'Any owner': 'Elke eigenaar',
    'Sort by post code': 'Sorteren op postcode', 'Sort by theme': 'Sorteren op thema', 'Sort by worst score': 'Sorteren op slechtste score',
    'Sort by total score': 'Sorteren op totaalscore', '%1 k€': '%1 k€', '%1 posts, %2 projects.': '%1 posten, %2 projecten.',
    '%1 post(s) score 5 on %2.': '%1 post(en) scoren 5 op %2.', '%1 post(s) score 4 on %2.': '%1 post(en) scoren 4 op %2.',
    '%1 post(s) not assessed.': '%1 post(en) niet beoordeeld.', 'Sort': 'Sorteren', 'Filter by theme': 'Filteren op thema',
    'Filter by kind': 'Filteren op soort', 'Filter by status': 'Filteren op status', 'Filter by owner': 'Filteren op eigenaar',
    'Success factor heatmap': 'Heatmap van de succesfactoren',
    'Scores: 1 under control … 5 not under control; “–” with a dashed outline: not assessed.': 'Scores: 1 beheerst … 5 niet beheerst; “–” met gestreepte rand: niet beoordeeld.',
    'Theme %1 %2 · %3 · %4': 'Thema %1 %2 · %3 · %4', 'Owner (eigenaar): %1': 'Eigenaar: %1',
    'Contractor (opdrachtnemer): %1': 'Opdrachtnemer: %1', 'Project leader: %1': 'Projectleider: %1',
    'Planned: %1 – %2 (%3 days)': 'Gepland: %1 – %2 (%3 dagen)', 'Scheduled: %1 – %2, float %3 days%4': 'Berekend: %1 – %2, speling %3 dagen%4',
    ' (critical)': ' (kritiek)', 'Deadline: %1': 'Uiterste datum: %1',
    'Budget (voorstel): investment %1, operating %2, one-off %3; carried over %4': 'Budget (voorstel): investering %1, exploitatie %2, eenmalig %3; rest P3 %4',
    'Cost of delay: %1 per month': 'Vertragingskosten: %1 per maand', 'Plateau %1 · %2: %3': 'Plateau %1 · %2: %3', '%1: %2': '%1: %2',
    'Source: %1': 'Bron: %1', 'Post details': 'Details van de post', 'Select a post to see its details.': 'Selecteer een post om de details te zien.',
    'Result (eindresultaat)': 'Eindresultaat', 'Goal (doelstelling)': 'Doelstelling', 'History': 'Geschiedenis', 'Note': 'Opmerking',
    'Sources': 'Bronnen', 'Assess…': 'Beoordelen…', 'Show in graph': 'Tonen in graaf', 'Radar chart of the success factors': 'Radardiagram van de succesfactoren',
    'Previous assessment': 'Vorige beoordeling', 'This assessment': 'Deze beoordeling', 'Running…': 'Bezig…',
    'Run the simulation to see this chart.': 'Start de simulatie om deze grafiek te zien.', 'Recover unsaved changes?': 'Niet-opgeslagen wijzigingen herstellen?',
    'Restore': 'Herstellen',
    'Restore opens the recovered changes as unsaved changes; the file itself is not changed until you save.': 'Herstellen opent de teruggevonden wijzigingen als niet-opgeslagen wijzigingen; het bestand zelf verandert pas als u opslaat.',
    'Select a risk to edit it.': 'Selecteer een risico om het te bewerken.', 'Risk %1': 'Risico %1', 'Title': 'Titel', 'Level': 'Niveau',
    'Posts': 'Posten', 'Posts (comma separated)': 'Posten (gescheiden door komma’s)', 'Factor': 'Factor', 'Success factor': 'Succesfactor',
    'Owner': 'Eigenaar', 'Cause': 'Oorzaak', 'Event': 'Gebeurtenis', 'Effect': 'Gevolg', 'Probability / impact': 'Kans / impact',
    'Inherent probability': 'Bruto kans', 'Inherent impact': 'Bruto impact', 'Residual': 'Netto', 'Residual probability': 'Netto kans',
    'Residual impact': 'Netto impact', 'Response': 'Reactie', 'Response category': 'Soort reactie', 'Delay (days)': 'Vertraging (dagen)',
    'Schedule delay when it occurs, days': 'Vertraging in dagen als het risico optreedt', 'Mitigation': 'Beheersmaatregel', 'Status': 'Status',
    'Next review': 'Volgende review', 'Next review date': 'Datum volgende review', 'Apply changes': 'Wijzigingen toepassen',
    'Nothing changed.': 'Er is niets gewijzigd.', 'Reset': 'Herstellen', 'Delete risk': 'Risico verwijderen', 'Change log': 'Wijzigingslog',
    'Probability × impact': 'Kans × impact', 'Residual (after mitigation)': 'Netto (na beheersmaatregelen)', 'Risk matrix': 'Risicomatrix',
    'probability %1, impact %2: %3 risks': 'kans %1, impact %2: %3 risico’s', 'I%1': 'I%1', 'P%1': 'K%1', 'Proposed risk': 'Voorgesteld risico',
    'Proposed risk %1': 'Voorgesteld risico %1', 'Cause: %1': 'Oorzaak: %1',
    'Factor: %1 · post %2 · probability %3 · impact %4 · open': 'Factor: %1 · post %2 · kans %3 · impact %4 · open',
    'Accept into register': 'Opnemen in register', 'Reject': 'Afwijzen',
    '%1 open risks in the %2 matrix, %3 with exposure 12 or more; %4 reviews overdue.': '%1 open risico’s in de %2 matrix, %3 met een risicoscore van 12 of meer; %4 reviews te laat.',
    'residual': 'netto', 'inherent': 'bruto', 'All levels': 'Alle niveaus', 'Programme': 'Programma', 'Project': 'Project', 'Activity': 'Activiteit',
    'Open': 'Open', 'Closed': 'Gesloten', 'Occurred': 'Opgetreden', '(none)': '(geen)', 'Avoid': 'Vermijden', 'Reduce': 'Verminderen',
    'Fallback': 'Terugvaloptie', 'Transfer': 'Overdragen', 'Accept': 'Accepteren', 'Share': 'Delen', 'A risk needs a title.': 'Een risico heeft een titel nodig.',
    'Unknown post “%1”.': 'Onbekende post “%1”.', '“%1” is not a date (YYYY-MM-DD).': '“%1” is geen datum (JJJJ-MM-DD).', 'New risk': 'Nieuw risico',
    '%1 %2, exposure %3, %4': '%1 %2, risicoscore %3, %4', 'review overdue': 'review te laat', '⚠ %1 overdue': '⚠ %1 te laat', 'Id': 'Id',
    'Risk': 'Risico', 'P×I': 'K×I', 'Sort by %1': 'Sorteren op %1', 'Search risks…': 'Risico’s zoeken…', 'Search risks': 'Risico’s zoeken',
    'Filter by level': 'Filteren op niveau', 'Overdue reviews only (%1)': 'Alleen te late reviews (%1)', '%1 of %2 risks shown': '%1 van %2 risico’s getoond',
    'not scored': 'niet gescoord', 'score %1 of 5': 'score %1 van 5',
    'The schedule cannot be computed (see the dependency graph).': 'De planning kan niet worden berekend (zie de afhankelijkhedengraaf).',
    '%1 %': '%1 %', 'No simulation result yet.': 'Nog geen simulatieresultaat.',
    'Programme finish: 50 % chance by %1, 80 % by %2, 90 % by %3; planned %4.': 'Einde programma: 50 % kans vóór %1, 80 % vóór %2, 90 % vóór %3; gepland %4.',
    'Largest driver: %1.': 'Grootste oorzaak: %1.', 'Iterations': 'Iteraties', 'Seed': 'Startwaarde', 'Random seed': 'Startwaarde toevalsgenerator',
    'Run again': 'Opnieuw uitvoeren', 'Run simulation': 'Simulatie starten', 'Simulation progress': 'Voortgang simulatie',
    'The portfolio changed since this run.': 'Het portfolio is gewijzigd sinds deze run.', 'Planned finish': 'Gepland einde', 'P50': 'P50', 'P80': 'P80', 'P90': 'P90',
    'Top drivers of the finish date (correlation)': 'Grootste oorzaken van de einddatum (correlatie)',
    'Criticality index (share of runs on the critical path)': 'Kritikaliteitsindex (aandeel runs op het kritieke pad)',
    'Projects / posts': 'Projecten / posten', 'Open risks': 'Open risico’s', 'programme %1 · project %2 · activity %3': 'programma %1 · project %2 · activiteit %3',
    'Critical posts': 'Kritieke posten', 'planned finish %1': 'gepland einde %1', 'P80 finish': 'P80 einde programma', 'computing…': 'wordt berekend…',
    'Monte Carlo %1 %': 'Monte Carlo %1 %', 'out of date: re-run in Simulation': 'verouderd: opnieuw uitvoeren in Simulatie',
    'Monte Carlo, %1 runs': 'Monte Carlo, %1 runs', 'Budget (voorstel)': 'Budget (voorstel)', 'Theme %1 %2': 'Thema %1 %2',
    'No schedule: the dependencies contain a cycle.': 'Geen planning: de afhankelijkheden bevatten een kringloop.', 'today': 'vandaag',
    'Gantt chart of %1 posts, %2 on the critical path. %3': 'Gantt-diagram van %1 posten, %2 op het kritieke pad. %3',
    'Bars: early dates (vermilion = critical) · grey under a bar: baseline · thin bar: float · red mark: deadline · blue dashed line: today': 'Balken: vroegste datums (vermiljoen = kritiek) · grijs onder een balk: basislijn · dunne balk: speling · rode markering: uiterste datum · blauwe stippellijn: vandaag',
    '%1 has changes that are not saved. Save them first?': '%1 heeft wijzigingen die niet zijn opgeslagen. Eerst opslaan?',
    'No what-if slip applied.': 'Geen wat-als-vertraging ingesteld.',
    '%1 post(s) slipped; %2 post(s) move, %3 absorbed by float; programme finish %4 (%5 days later); cost of delay %6 k€.': '%1 post(en) vertraagd; %2 post(en) schuiven op, %3 opgevangen door speling; einde programma %4 (%5 dagen later); vertragingskosten %6 k€.',
    'What-if': 'Wat-als', 'What if…': 'Wat als…', '%1 slips by': '%1 loopt uit met', 'Select a post in the chart.': 'Selecteer een post in het diagram.',
    'Slip of %1 in days': 'Uitloop van %1 in dagen', 'Slip in days': 'Uitloop in dagen', 'days': 'dagen', 'Programme finish': 'Einde programma',
    '%1 → %2': '%1 → %2', '%1 days later': '%1 dagen later', 'Cost of delay': 'Vertragingskosten',
    '%1 post(s) move · %2 absorbed by float': '%1 post(en) schuiven op · %2 opgevangen door speling', 'Slipped posts': 'Uitlopende posten',
    '%1: %2 days': '%1: %2 dagen', 'Remove': 'Verwijderen', 'Remove slip of %1': 'Uitloop van %1 verwijderen', 'Clear all slips': 'Alle uitloop wissen',
    'The scenario is not part of the document: it changes nothing until you edit the plan.': 'Het scenario hoort niet bij het document: het verandert niets totdat u het plan aanpast.',
    'Edit risk %1': 'Risico %1 bewerken', 'Add risk %1': 'Risico %1 toevoegen', 'Remove risk %1': 'Risico %1 verwijderen',
    'Assess %1': '%1 beoordelen', 'Edit post %1': 'Post %1 bewerken',
}
# Plural forms (Dutch: one, other).
NL_PLURAL = {
    '%n more recovery file(s) will be offered at the next start.': ['Nog %n herstelbestand wordt bij de volgende start aangeboden.', 'Nog %n herstelbestanden worden bij de volgende start aangeboden.'],
    '%n factor(s) score 4 or 5 without a mitigation (beheersmaatregel).': ['%n factor scoort 4 of 5 zonder beheersmaatregel.', '%n factoren scoren 4 of 5 zonder beheersmaatregel.'],
    '%n problem(s). Each line names the file, the line and the column.': ['%n probleem. Elke regel noemt het bestand, de regel en de kolom.', '%n problemen. Elke regel noemt het bestand, de regel en de kolom.'],
    'runs per %n day(s)': ['runs per dag', 'runs per %n dagen'],
    'Programme finish (runs per %n day(s))': ['Einde programma (runs per dag)', 'Einde programma (runs per %n dagen)'],
}
EN_PLURAL = {
    '%n more recovery file(s) will be offered at the next start.': ['%n more recovery file will be offered at the next start.', '%n more recovery files will be offered at the next start.'],
    '%n factor(s) score 4 or 5 without a mitigation (beheersmaatregel).': ['%n factor scores 4 or 5 without a mitigation (beheersmaatregel).', '%n factors score 4 or 5 without a mitigation (beheersmaatregel).'],
    '%n problem(s). Each line names the file, the line and the column.': ['%n problem. Each line names the file, the line and the column.', '%n problems. Each line names the file, the line and the column.'],
    'runs per %n day(s)': ['runs per day', 'runs per %n days'],
    'Programme finish (runs per %n day(s))': ['Programme finish (runs per day)', 'Programme finish (runs per %n days)'],
}


def load_tsv(folder):
    """More Dutch, one file per area in assets/translations/nl/*.tsv: `source<TAB>translation` per line
    (`\\n` and `\\t` for a newline or a tab); a plural source has one translation per form:
    `source<TAB>one<TAB>many`. Lines starting with # are comments."""
    import glob
    import os
    singular, plural = {}, {}
    unescape = lambda t: t.replace('\\n', '\n').replace('\\t', '\t')
    for name in sorted(glob.glob(os.path.join(folder, '*.tsv'))):
        with open(name, encoding='utf-8') as f:
            for number, line in enumerate(f, 1):
                line = line.rstrip('\n')
                if not line or line.startswith('#'):
                    continue
                parts = [unescape(p) for p in line.split('\t')]
                if len(parts) == 2:
                    if singular.get(parts[0], parts[1]) != parts[1]:
                        sys.exit(f'{name}:{number}: conflicting Dutch for {parts[0]!r}: '
                                 f'{singular[parts[0]]!r} elsewhere; give one of them another English text')
                    singular[parts[0]] = parts[1]
                elif len(parts) == 3:
                    plural[parts[0]] = parts[1:]
                else:
                    sys.exit(f'{name}:{number}: expected source<TAB>translation[<TAB>plural form]')
    return singular, plural


def fill(path, singular, plural):
    tree = ET.parse(path)
    missing = []
    for m in tree.iter('message'):
        src = m.find('source').text
        tr = m.find('translation')
        if m.get('numerus') == 'yes':
            forms = plural.get(src)
            if not forms:
                missing.append(src)
                continue
            for f in list(tr):
                tr.remove(f)
            for text in forms:
                ET.SubElement(tr, 'numerusform').text = text
            tr.attrib.pop('type', None)
        elif singular is not None:
            if src not in singular:
                missing.append(src)
                continue
            tr.text = singular[src]
            tr.attrib.pop('type', None)
    tree.write(path, encoding='utf-8', xml_declaration=True)
    return missing


if __name__ == '__main__':
    d = sys.argv[1] if len(sys.argv) > 1 else 'assets/translations'
    extra, extra_plural = load_tsv(f'{d}/nl')
    # One English source has one Dutch translation in the whole catalogue: a second, different one
    # would silently replace the first everywhere ("Open" the button vs "Open" the risk status).
    clashes = [src for src in extra if src in NL and NL[src] != extra[src]]
    for src in clashes:
        print(f'conflicting Dutch for {src!r}: {NL[src]!r} and {extra[src]!r}; give one of them another English text')
    if clashes:
        sys.exit(1)
    NL.update(extra)
    NL_PLURAL.update(extra_plural)
    EN_PLURAL.update(load_tsv(f'{d}/en')[1])  # English plural forms only: `source<TAB>one<TAB>many`
    missing = fill(f'{d}/riskboard_nl.ts', NL, NL_PLURAL) + fill(f'{d}/riskboard_en.ts', None, EN_PLURAL)
    for s in missing:
        print('no translation:', repr(s))
    sys.exit(1 if missing else 0)
