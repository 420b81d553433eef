#!/usr/bin/env python3
"""Fills translations/batch-console_{de,en}.ts from the tables below.

Run it after `cmake --build build --target batch-console_lupdate` has added new
source strings: every string needs a German entry here, and every "%n" string
an English plural entry. It exits non-zero, naming the strings, when one is
missing, so nothing ships untranslated by accident.
"""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent

# Same text in every context unless a context-specific entry says otherwise.
GERMAN = {
    # columns, labels, common words
    'Time': 'Zeit', 'Connection': 'Verbindung', 'Operation': 'Vorgang', 'HTTP': 'HTTP', 'Message': 'Meldung',
    'ID': 'ID', 'Provider': 'Anbieter', 'Status': 'Status', 'Progress': 'Fortschritt', 'Endpoint': 'Endpunkt',
    'Model': 'Modell', 'Created': 'Erstellt', 'Elapsed / ETA': 'Dauer / Restzeit', 'Expires': 'Läuft ab',
    'Metadata': 'Metadaten', 'Key': 'Schlüssel', 'Value': 'Wert', 'Type': 'Typ', 'Total': 'Gesamt',
    'Completed': 'Abgeschlossen', 'Failed': 'Fehlgeschlagen', 'Succeeded': 'Erfolgreich', 'Expired': 'Abgelaufen',
    'Cancelled': 'Abgebrochen', 'Canceled': 'Abgebrochen', 'Pending': 'Ausstehend', 'Remaining': 'Verbleibend',
    'In progress': 'In Bearbeitung', 'Finalizing': 'Abschluss', 'Cancelling': 'Wird abgebrochen', 'Archived': 'Archiviert',
    'Errored': 'Mit Fehler', 'All': 'Alle', 'Active': 'Aktiv', 'Error': 'Fehler', 'Outcome': 'Ergebnis',
    'Tokens in': 'Tokens ein', 'Tokens out': 'Tokens aus', 'Answer': 'Antwort', 'custom_id': 'custom_id',
    'Cancel': 'Abbrechen', 'Copy': 'Kopieren', 'Tree': 'Baum', 'Log': 'Protokoll', 'Results': 'Ergebnisse',
    'Batch': 'Batch', 'Requests': 'Anfragen', 'Format': 'Format', 'Overview': 'Übersicht', 'Request counts': 'Anfragezahlen',
    'Timeline': 'Zeitachse', 'Files': 'Dateien', 'Errors': 'Fehler', 'Raw JSON': 'Roh-JSON', 'Batch id': 'Batch-ID',
    'Window': 'Zeitfenster', 'Status (wire)': 'Status (wie gesendet)', 'Tokens': 'Tokens', 'Results URL': 'Ergebnis-URL',
    'Input file': 'Eingabedatei', 'Output file': 'Ausgabedatei', 'Error file': 'Fehlerdatei',
    'Batch Console': 'Batch Console', 'Toolbar': 'Werkzeugleiste', 'Gateway': 'Gateway',
    '&Browse…': '&Durchsuchen…', '✗ %1': '✗ %1', '%1 (%2)': '%1 (%2)', '%1/%2': '%1/%2', ' s': ' s',
    'create': 'erstellen', 'cancel': 'abbrechen', 'results': 'Ergebnisse', 'decode': 'dekodieren', 'connect': 'verbinden',
    'the connection is closed': 'die Verbindung ist geschlossen',
    # ActivityLog / AnswerText / actions
    '[tool call]': '[Werkzeugaufruf]', 'embedding, %1 dimensions': 'Embedding, %1 Dimensionen',
    'embedding (base64)': 'Embedding (base64)', '%1 is already %2': '%1 ist bereits %2',
    'its connection is closed': 'seine Verbindung ist geschlossen',
    # BatchDetailsPane
    'Select a batch to see its details.': 'Wählen Sie einen Batch, um seine Details zu sehen.',
    'Copy the batch id': 'Batch-ID kopieren', '%1 copied': '%1 kopiert', 'Copy %1': '%1 kopieren',
    ' (provider: %1)': ' (Anbieter: %1)',
    '<b style="color:%1">%2</b> · %3 of %4 requests done': '<b style="color:%1">%2</b> · %3 von %4 Anfragen erledigt',
    '%1 in, %2 out': '%1 ein, %2 aus', 'Unix time %1': 'Unix-Zeit %1', 'Line %1 — %2': 'Zeile %1 — %2', ' (param %1)': ' (Parameter %1)',
    # BatchTableModel
    'Time since the batch started; for running batches, the estimated time left':
        'Zeit seit dem Start des Batches; bei laufenden Batches die geschätzte Restzeit',
    'ETA %1': 'noch %1',
    '%1 succeeded, %2 failed, %3 expired, %4 cancelled, %5 remaining of %6':
        '%1 erfolgreich, %2 fehlgeschlagen, %3 abgelaufen, %4 abgebrochen, %5 verbleibend von %6',
    '%1 (provider status: %2)': '%1 (Anbieterstatus: %2)', 'Elapsed: %1': 'Dauer: %1',
    'The last refresh of this connection failed; this row may be out of date.':
        'Die letzte Aktualisierung dieser Verbindung ist fehlgeschlagen; diese Zeile ist womöglich veraltet.',
    'Columns': 'Spalten', 'Fit Columns to Contents': 'Spalten an Inhalt anpassen',
    # ConnectionsDialog
    'Connections': 'Verbindungen', '&Add': '&Hinzufügen', '&Remove': '&Entfernen', '&Name:': '&Name:', '&Kind:': '&Art:',
    'Base &URL:': 'Basis-&URL:', 'http://localhost:8080': 'http://localhost:8080', '&Providers:': '&Anbieter:',
    'openai, anthropic': 'openai, anthropic',
    "The gateway's providers to show, separated by commas": 'Die anzuzeigenden Anbieter des Gateways, durch Kommas getrennt',
    'API &key:': 'API-&Schlüssel:',
    'Sent as Authorization: Bearer. Stored in the system keychain.':
        'Wird als Authorization: Bearer gesendet. Im Schlüsselbund des Systems gespeichert.',
    '&Virtual key:': '&Virtueller Schlüssel:', 'sk-bf-…': 'sk-bf-…',
    'A Bifrost virtual key, sent as x-bf-vk. Stored in the system keychain.':
        'Ein virtueller Bifrost-Schlüssel, gesendet als x-bf-vk. Im Schlüsselbund des Systems gespeichert.',
    'Extra &headers:': 'Zusätzliche &Header:', 'Name: value (one per line)': 'Name: Wert (einer pro Zeile)',
    '&Timeout:': '&Zeitlimit:', '&Refresh every:': 'Akt&ualisieren alle:', '&Test': '&Testen',
    'Bifrost gateway': 'Bifrost-Gateway', 'OpenAI (direct)': 'OpenAI (direkt)', 'Anthropic (direct)': 'Anthropic (direkt)',
    '&Open': 'Ö&ffnen', "Save and show this connection's batches": 'Speichern und die Batches dieser Verbindung anzeigen',
    'No system keychain is available: keys are kept in memory for this session only.':
        'Kein Schlüsselbund verfügbar: Schlüssel bleiben nur für diese Sitzung im Speicher.',
    'Keys are stored in the system keychain, never in the settings file.':
        'Schlüssel werden im Schlüsselbund des Systems gespeichert, nie in der Einstellungsdatei.',
    'Sent as x-api-key. Stored in the system keychain.': 'Wird als x-api-key gesendet. Im Schlüsselbund des Systems gespeichert.',
    'OpenAI-Organization: org-…\nOpenAI-Project: proj_…': 'OpenAI-Organization: org-…\nOpenAI-Project: proj_…',
    'header line %1 is not "Name: value"': 'Header-Zeile %1 hat nicht die Form „Name: Wert“',
    'Give the connection a name.': 'Geben Sie der Verbindung einen Namen.',
    'Another connection is already called "%1".': 'Eine andere Verbindung heißt bereits „%1“.',
    'The base URL must start with http:// or https://.': 'Die Basis-URL muss mit http:// oder https:// beginnen.',
    'Name at least one provider, for example openai.': 'Nennen Sie mindestens einen Anbieter, zum Beispiel openai.',
    'Connection not saved': 'Verbindung nicht gespeichert', 'New connection': 'Neue Verbindung',
    'Remove connection': 'Verbindung entfernen', 'Remove "%1" and forget its keys?': '„%1“ entfernen und seine Schlüssel vergessen?',
    'Connecting…': 'Verbinde…', '✓ Connected: the gateway answered for provider %1.': '✓ Verbunden: Das Gateway hat für Anbieter %1 geantwortet.',
    '✓ Connected to %1.': '✓ Verbunden mit %1.',
    # ExportDialog
    'Export Results': 'Ergebnisse exportieren', 'What to export': 'Was exportieren', 'All rows': 'Alle Zeilen',
    'The current filter': 'Der aktuelle Filter', 'The selected rows': 'Die ausgewählten Zeilen',
    "As received: the provider's JSONL lines, byte for byte": 'Wie empfangen: die JSONL-Zeilen des Anbieters, Byte für Byte',
    'Normalized: {"custom_id", "outcome", "status_code", "body", "error"} per line':
        'Normalisiert: {"custom_id", "outcome", "status_code", "body", "error"} pro Zeile',
    'results.jsonl': 'results.jsonl', 'All rows (%1)': 'Alle Zeilen (%1)', 'The current filter (%1)': 'Der aktuelle Filter (%1)',
    'The selected rows (%1)': 'Die ausgewählten Zeilen (%1)', '&Export': '&Exportieren',
    'JSON Lines (*.jsonl);;All files (*)': 'JSON Lines (*.jsonl);;Alle Dateien (*)', 'Choose a file to write.': 'Wählen Sie eine Zieldatei.',
    'Writing %1…': 'Schreibe %1…', 'Export cancelled. The file was left as it was.': 'Export abgebrochen. Die Datei blieb unverändert.',
    '✗ Export failed: %1. The file was left as it was.': '✗ Export fehlgeschlagen: %1. Die Datei blieb unverändert.',
    # FinishNotifier
    'Batch %1 %2: %3 succeeded, %4 failed of %5': 'Batch %1 %2: %3 erfolgreich, %4 fehlgeschlagen von %5', 'Batch %1': 'Batch %1',
    # JsonTreeModel
    '(not JSON)': '(kein JSON)', 'object': 'Objekt', 'array': 'Array', '…': '…', 'string': 'Zeichenkette', 'number': 'Zahl',
    'boolean': 'Wahrheitswert', 'null': 'null',
    # LogPanel
    '&Copy Selected': 'Auswahl &kopieren', 'C&lear': '&Leeren',
    # MainWindow
    'Welcome to Batch Console': 'Willkommen bei Batch Console',
    'Watch every batch on a Bifrost gateway, OpenAI or Anthropic in one live table. There is no connection yet: try the built-in demo gateway, or add your own.':
        'Verfolgen Sie jeden Batch auf einem Bifrost-Gateway, bei OpenAI oder Anthropic in einer lebendigen Tabelle. Noch gibt es keine Verbindung: Probieren Sie das eingebaute Demo-Gateway aus oder fügen Sie Ihre eigene hinzu.',
    'Try the &Demo Gateway': '&Demo-Gateway ausprobieren', '&Add a Connection…': 'Verbindung &hinzufügen…',
    '&File': '&Datei', '&Batch': '&Batch', '&View': '&Ansicht', '&Help': '&Hilfe', '&Connections…': '&Verbindungen…',
    'Ctrl+Shift+O': 'Ctrl+Shift+O', '&New Batch…': '&Neuer Batch…', 'Create a batch from a JSONL file (Ctrl+N)': 'Einen Batch aus einer JSONL-Datei erstellen (Strg+N)',
    'Ctrl+N': 'Ctrl+N', '&Export Results…': 'Ergebnisse &exportieren…',
    'Export the results of the selected batch to JSONL (Ctrl+E)': 'Die Ergebnisse des ausgewählten Batches als JSONL exportieren (Strg+E)',
    'Ctrl+E': 'Ctrl+E', '&Quit': '&Beenden', 'Ctrl+Q': 'Ctrl+Q', '&Open Results': 'Ergebnisse ö&ffnen',
    'Open the per-request results of the selected batch (Enter)': 'Die Ergebnisse je Anfrage des ausgewählten Batches öffnen (Eingabe)',
    '&Cancel Batch…': 'Batch a&bbrechen…', 'Cancel the selected batches (Del)': 'Die ausgewählten Batches abbrechen (Entf)', 'Del': 'Del',
    'Copy &Id': '&ID kopieren', 'Ctrl+C': 'Ctrl+C', '&Refresh': 'Akt&ualisieren', 'Refresh every batch now (F5)': 'Alle Batches jetzt aktualisieren (F5)',
    'F5': 'F5', '&Find…': '&Suchen…', 'Ctrl+F': 'Ctrl+F', '&Details Pane': '&Detailbereich', 'Ctrl+D': 'Ctrl+D', '&Log': '&Protokoll',
    'Ctrl+L': 'Ctrl+L', '&About Batch Console': '&Über Batch Console', 'About &Qt': 'Über &Qt', 'Connection:': 'Verbindung:',
    'Provider:': 'Anbieter:', '⚠ No keychain: keys are kept for this session only': '⚠ Kein Schlüsselbund: Schlüssel gelten nur für diese Sitzung',
    'The system keychain is not available (%1). Keys you enter are held in memory and forgotten when Batch Console quits; they are never written to disk.':
        'Der Schlüsselbund des Systems ist nicht verfügbar (%1). Eingegebene Schlüssel bleiben im Speicher und werden beim Beenden von Batch Console vergessen; sie werden nie auf die Festplatte geschrieben.',
    '%1 cancelled, %2 failed: %3': '%1 abgebrochen, %2 fehlgeschlagen: %3', 'All connections': 'Alle Verbindungen', '(none)': '(keine)',
    'Manage Connections…': 'Verbindungen verwalten…', 'All connections — Batch Console': 'Alle Verbindungen — Batch Console',
    '%1 — Batch Console': '%1 — Batch Console', 'Connecting to %1…': 'Verbinde mit %1…', 'Opened %1 (%2)': '%1 geöffnet (%2)',
    'Demo gateway': 'Demo-Gateway', 'The demo gateway could not start: %1': 'Das Demo-Gateway konnte nicht starten: %1',
    'All providers': 'Alle Anbieter', '%1 — offline': '%1 — offline', 'Not connected': 'Nicht verbunden', 'Refreshing…': 'Aktualisiere…',
    'Cancel Batches': 'Batches abbrechen', 'Keep Running': 'Weiterlaufen lassen', 'Created %1': '%1 erstellt',
    'About Batch Console': 'Über Batch Console',
    '<h3>Batch Console %1</h3><p>A desktop console for LLM batch jobs on OpenAI, Anthropic and the Bifrost gateway.</p><p>Built with Qt %2, running on Qt %3.</p>':
        '<h3>Batch Console %1</h3><p>Eine Desktop-Konsole für LLM-Batch-Jobs bei OpenAI, Anthropic und dem Bifrost-Gateway.</p><p>Erstellt mit Qt %2, läuft mit Qt %3.</p>',
    # NewBatchDialog
    'New Batch': 'Neuer Batch', 'A JSONL file: one request per line': 'Eine JSONL-Datei: eine Anfrage pro Zeile', 'Stop': 'Anhalten',
    '&Provider:': '&Anbieter:', '&Endpoint:': '&Endpunkt:', '&Model:': '&Modell:', 'provider/model, e.g. openai/gpt-4o-mini': 'anbieter/modell, z. B. openai/gpt-4o-mini',
    'Completion &window:': '&Zeitfenster:', 'Metadata:': 'Metadaten:', 'Add &row': '&Zeile hinzufügen', 'Remove row': 'Zeile entfernen',
    '&Create Batch': 'Batch &erstellen',
    'Pick a JSONL file. Each line needs a unique custom_id, and method, url and body.':
        'Wählen Sie eine JSONL-Datei. Jede Zeile braucht eine eindeutige custom_id sowie method, url und body.',
    'Choose a Request File': 'Anfragedatei wählen', 'JSON Lines (*.jsonl *.ndjson *.json);;All files (*)': 'JSON Lines (*.jsonl *.ndjson *.json);;Alle Dateien (*)',
    'Checking every line…': 'Prüfe jede Zeile…', 'Check stopped.': 'Prüfung angehalten.', 'Cannot read the file: %1': 'Die Datei kann nicht gelesen werden: %1',
    'Warning: %1': 'Warnung: %1', 'The model comes from each request in the file.': 'Das Modell steht in jeder Anfrage der Datei.',
    'The connection is closed.': 'Die Verbindung ist geschlossen.', 'Uploading… %1 of %2': 'Lade hoch… %1 von %2',
    'Creating the batch…': 'Erstelle den Batch…', 'Created %1.': '%1 erstellt.', 'Stopped. Nothing was created.': 'Angehalten. Es wurde nichts erstellt.',
    'Uploading…': 'Lade hoch…',
    # RefreshScheduler
    'not connected': 'nicht verbunden', 'refreshing…': 'aktualisiere…', 'updated %1': 'aktualisiert %1', 'online': 'online',
    'offline, retrying in %1 s': 'offline, neuer Versuch in %1 s',
    # RequestLookup
    'This batch has no input file to read requests from.': 'Dieser Batch hat keine Eingabedatei, aus der sich Anfragen lesen lassen.',
    'The input file could not be read: %1': 'Die Eingabedatei konnte nicht gelesen werden: %1',
    'The input file could not be indexed: %1': 'Die Eingabedatei konnte nicht indiziert werden: %1',
    # ResultDetailPane
    "The request is read from the batch's input file.": 'Die Anfrage wird aus der Eingabedatei des Batches gelesen.',
    '<b>Response</b>': '<b>Antwort</b>', '<b>Request</b>': '<b>Anfrage</b>', 'Request && Response': 'Anfrage && Antwort', 'Raw Line': 'Rohzeile',
    'Copy what the current tab shows': 'Kopieren, was der aktuelle Reiter zeigt', 'Select a row to see the whole result.': 'Wählen Sie eine Zeile, um das ganze Ergebnis zu sehen.',
    '<b>%1</b> · <span style="color:%2">%3</span>': '<b>%1</b> · <span style="color:%2">%3</span>', ' · HTTP %1': ' · HTTP %1', '<br>%1 %2': '<br>%1 %2',
    # ResultsCoordinator / ResultsStore
    'The connection of %1 is closed.': 'Die Verbindung von %1 ist geschlossen.',
    'the batch has no results to download': 'der Batch hat keine Ergebnisse zum Herunterladen',
    'the batch is still %1; results come when it finishes': 'der Batch ist noch %1; Ergebnisse kommen, wenn er fertig ist',
    'cannot create the cache folder %1': 'der Cache-Ordner %1 kann nicht angelegt werden', 'cannot record the download: %1': 'der Download kann nicht vermerkt werden: %1',
    'download %1': '%1 herunterladen', 'index results': 'Ergebnisse indizieren',
    # ResultsWindow
    'Re-download': 'Neu herunterladen', 'Download the results again instead of using the cached copy': 'Die Ergebnisse erneut herunterladen statt die zwischengespeicherte Kopie zu nutzen',
    '&Export…': '&Exportieren…', '&Retry': '&Wiederholen', 'custom_id contains…': 'custom_id enthält…', 'Answer contains… (Enter)': 'Antwort enthält… (Eingabe)',
    'Results — %1': 'Ergebnisse — %1', 'Searching the answers for "%1"…': 'Durchsuche die Antworten nach „%1“…',
    'The batch is still %1. Its results will appear here when it finishes.': 'Der Batch ist noch %1. Seine Ergebnisse erscheinen hier, sobald er fertig ist.',
    'The batch is still %1 (%2 of %3 done). Its results will appear here when it finishes.': 'Der Batch ist noch %1 (%2 von %3 erledigt). Seine Ergebnisse erscheinen hier, sobald er fertig ist.',
    '<span style="color:%1"><b>%2</b></span>': '<span style="color:%1"><b>%2</b></span>', '%1 of %2 requests done': '%1 von %2 Anfragen erledigt',
    '%1 rows shown of %2 · tokens: %3 in, %4 out · %5 %6': '%1 von %2 Zeilen angezeigt · Tokens: %3 ein, %4 aus · %5 %6',
    '(from the cache)': '(aus dem Cache)', '(downloaded)': '(heruntergeladen)', 'Downloading results…': 'Lade Ergebnisse herunter…',
    'Reading the cached results…': 'Lese die zwischengespeicherten Ergebnisse…', 'Indexing results…': 'Indiziere Ergebnisse…',
    'Stopped. Nothing that was already saved was lost.': 'Angehalten. Nichts bereits Gespeichertes ging verloren.',
    'Downloading results… %1 of %2': 'Lade Ergebnisse herunter… %1 von %2', 'Downloading results… %1': 'Lade Ergebnisse herunter… %1',
    'No request with custom_id "%1" in the input file.': 'Keine Anfrage mit custom_id „%1“ in der Eingabedatei.', 'Reading the input file…': 'Lese die Eingabedatei…',
    # SecretStore / StatusCategory / filter bar / time
    'the keychain is disabled': 'der Schlüsselbund ist abgeschaltet',
    'validating': 'wird geprüft', 'in progress': 'läuft', 'finalizing': 'wird abgeschlossen', 'cancelling': 'wird abgebrochen',
    'completed': 'abgeschlossen', 'failed': 'fehlgeschlagen', 'expired': 'abgelaufen', 'cancelled': 'abgebrochen', 'ended': 'beendet', 'unknown': 'unbekannt',
    'Search id, endpoint, model, metadata (Ctrl+F)': 'ID, Endpunkt, Modell, Metadaten suchen (Strg+F)',
    '%1d %2h': '%1 T %2 h', '%1h %2m': '%1 h %2 min', '%1m %2s': '%1 min %2 s', '%1s': '%1 s', 'just now': 'gerade eben', 'in %1': 'in %1', '%1 ago': 'vor %1',
    # deleting (Anthropic)
    '%1 batches cannot be deleted': '%1-Batches können nicht gelöscht werden',
    '%1 is still %2; only ended batches can be deleted': '%1 ist noch %2; nur beendete Batches lassen sich löschen',
    'delete': 'löschen', 'list': 'auflisten', 'De&lete Batch…': 'Batch &löschen…',
    'Delete the selected ended batches (Anthropic only)': 'Die ausgewählten beendeten Batches löschen (nur Anthropic)',
    'Shift+Del': 'Shift+Del', '%1 deleted, %2 failed: %3': '%1 gelöscht, %2 fehlgeschlagen: %3', 'Delete': 'Löschen',
    'Keep': 'Behalten', 'Delete Batches': 'Batches löschen',
    # main
    'A desktop console for LLM batch jobs.': 'Eine Desktop-Konsole für LLM-Batch-Jobs.', 'Start the built-in demo gateway and open it.': 'Das eingebaute Demo-Gateway starten und öffnen.',
    'Open the gateway at URL (not saved).': 'Das Gateway unter URL öffnen (wird nicht gespeichert).', 'Provider to show with --url; repeatable.': 'Anzuzeigender Anbieter für --url; mehrfach möglich.',
    'Keep keys in memory for this session only.': 'Schlüssel nur für diese Sitzung im Speicher halten.',
    'Save a PNG of the window after a few seconds, then quit.': 'Nach einigen Sekunden ein PNG des Fensters speichern, dann beenden.',
    'Seconds to wait before --screenshot (default 4).': 'Sekunden bis zu --screenshot (Standard 4).',
}
# Context-specific overrides (the same English word, different German).
GERMAN_IN = {
    ('MainWindow', 'Cancel'): 'Abbrechen',
    ('BatchCanceller', 'cancel'): 'abbrechen',
    ('MainWindow', 'create'): 'erstellen',
    ('MainWindow', 'Log'): 'Protokoll',
    ('NewBatchDialog', 'Batch'): 'Batch',
}
# "%n" strings: (singular, plural) in German and in English.
PLURALS = {
    'Wrote %n row(s), %1.': (('%n Zeile geschrieben, %1.', '%n Zeilen geschrieben, %1.'), ('Wrote %n row, %1.', 'Wrote %n rows, %1.')),
    '{%n key(s)}': (('{%n Schlüssel}', '{%n Schlüssel}'), ('{%n key}', '{%n keys}')),
    '[%n item(s)]': (('[%n Element]', '[%n Elemente]'), ('[%n item]', '[%n items]')),
    '%n more': (('%n weiteres', '%n weitere'), ('%n more', '%n more')),
    'Cancelling %n batch(es).': (('%n Batch wird abgebrochen.', '%n Batches werden abgebrochen.'), ('Cancelling %n batch.', 'Cancelling %n batches.')),
    '%n batch(es) could not be cancelled.': (('%n Batch konnte nicht abgebrochen werden.', '%n Batches konnten nicht abgebrochen werden.'),
                                            ('%n batch could not be cancelled.', '%n batches could not be cancelled.')),
    '&Cancel %n Batches…': (('%n Batch a&bbrechen…', '%n Batches a&bbrechen…'), ('&Cancel %n Batch…', '&Cancel %n Batches…')),
    '…and %n more': (('…und %n weiterer', '…und %n weitere'), ('…and %n more', '…and %n more')),
    'Cancel %n batch(es)? Requests not yet run will not be run; finished ones keep their results.': (
        ('%n Batch abbrechen? Noch nicht ausgeführte Anfragen werden nicht mehr ausgeführt; fertige behalten ihre Ergebnisse.',
         '%n Batches abbrechen? Noch nicht ausgeführte Anfragen werden nicht mehr ausgeführt; fertige behalten ihre Ergebnisse.'),
        ('Cancel %n batch? Requests not yet run will not be run; finished ones keep their results.',
         'Cancel %n batches? Requests not yet run will not be run; finished ones keep their results.')),
    'Cancel %n Batch(es)': (('%n Batch abbrechen', '%n Batches abbrechen'), ('Cancel %n Batch', 'Cancel %n Batches')),
    'Cancelling %n batch(es)…': (('%n Batch wird abgebrochen…', '%n Batches werden abgebrochen…'), ('Cancelling %n batch…', 'Cancelling %n batches…')),
    'Created batch %1 with %n request(s).': (('Batch %1 mit %n Anfrage erstellt.', 'Batch %1 mit %n Anfragen erstellt.'),
                                            ('Created batch %1 with %n request.', 'Created batch %1 with %n requests.')),
    '✓ %n request(s), %1. Every line is valid.': (('✓ %n Anfrage, %1. Jede Zeile ist gültig.', '✓ %n Anfragen, %1. Jede Zeile ist gültig.'),
                                                  ('✓ %n request, %1. Every line is valid.', '✓ %n requests, %1. Every line is valid.')),
    '✗ %n problem(s) in %1 lines (%2). Fix the file and pick it again.': (
        ('✗ %n Problem in %1 Zeilen (%2). Korrigieren Sie die Datei und wählen Sie sie erneut.',
         '✗ %n Probleme in %1 Zeilen (%2). Korrigieren Sie die Datei und wählen Sie sie erneut.'),
        ('✗ %n problem in %1 lines (%2). Fix the file and pick it again.', '✗ %n problems in %1 lines (%2). Fix the file and pick it again.')),
    "%n request(s) in OpenAI's shape will be sent as Anthropic's {custom_id, params}.": (
        ("%n Anfrage in OpenAIs Form wird als Anthropics {custom_id, params} gesendet.",
         "%n Anfragen in OpenAIs Form werden als Anthropics {custom_id, params} gesendet."),
        ("%n request in OpenAI's shape will be sent as Anthropic's {custom_id, params}.",
         "%n requests in OpenAI's shape will be sent as Anthropic's {custom_id, params}.")),
    "Warning: %n line(s) are in Anthropic's {custom_id, params} shape.": (
        ("Warnung: %n Zeile hat Anthropics Form {custom_id, params}.", "Warnung: %n Zeilen haben Anthropics Form {custom_id, params}."),
        ("Warning: %n line is in Anthropic's {custom_id, params} shape.", "Warning: %n lines are in Anthropic's {custom_id, params} shape.")),
    '%n answer(s) contain "%1".': (('%n Antwort enthält „%1“.', '%n Antworten enthalten „%1“.'),
                                   ('%n answer contains "%1".', '%n answers contain "%1".')),
    'Deleted %n batch(es).': (('%n Batch gelöscht.', '%n Batches gelöscht.'), ('Deleted %n batch.', 'Deleted %n batches.')),
    '%n batch(es) could not be deleted.': (('%n Batch konnte nicht gelöscht werden.', '%n Batches konnten nicht gelöscht werden.'),
                                          ('%n batch could not be deleted.', '%n batches could not be deleted.')),
    'Delete %n batch(es) from Anthropic? Their results can no longer be downloaded afterwards.': (
        ('%n Batch bei Anthropic löschen? Seine Ergebnisse lassen sich danach nicht mehr herunterladen.',
         '%n Batches bei Anthropic löschen? Ihre Ergebnisse lassen sich danach nicht mehr herunterladen.'),
        ('Delete %n batch from Anthropic? Its results can no longer be downloaded afterwards.',
         'Delete %n batches from Anthropic? Their results can no longer be downloaded afterwards.')),
    'Delete %n Batch(es)': (('%n Batch löschen', '%n Batches löschen'), ('Delete %n Batch', 'Delete %n Batches')),
    'Exported %n row(s).': (('%n Zeile exportiert.', '%n Zeilen exportiert.'), ('Exported %n row.', 'Exported %n rows.')),
}


def fill(path: Path, language: str) -> list:
    tree = ET.parse(path)
    missing = []
    for context in tree.getroot().findall('context'):
        name = context.find('name').text
        for message in context.findall('message'):
            source = message.find('source').text
            translation = message.find('translation')
            numerus = message.get('numerus') == 'yes'
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            translation.attrib.pop('type', None)
            if numerus:
                forms = PLURALS.get(source)
                if forms is None:
                    missing.append((name, source))
                    translation.set('type', 'unfinished')
                    continue
                for form in forms[0 if language == 'de' else 1]:
                    element = ET.SubElement(translation, 'numerusform')
                    element.text = form
            elif language == 'en':
                translation.set('type', 'unfinished')  # English is the source text itself
            else:
                text = GERMAN_IN.get((name, source), GERMAN.get(source))
                if text is None:
                    missing.append((name, source))
                    translation.set('type', 'unfinished')
                else:
                    translation.text = text
    ET.indent(tree, space='    ')
    body = ET.tostring(tree.getroot(), encoding='unicode')
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + '\n', encoding='utf-8')
    return missing


def main() -> int:
    missing = fill(HERE / 'batch-console_de.ts', 'de') + fill(HERE / 'batch-console_en.ts', 'en')
    for context, source in missing:
        print(f'untranslated: [{context}] {source!r}', file=sys.stderr)
    return 1 if missing else 0


if __name__ == '__main__':
    sys.exit(main())
