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
    'In progress': 'In Bearbeitung', 'Finalizing': 'Finalisierung', 'Cancelling': 'Wird abgebrochen', 'Archived': 'Archiviert',
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
    'Base &URL:': 'Basis-&URL:', 'http://localhost:8080': 'http://localhost:8080', '&Providers:': 'Anb&ieter:',
    'openai, anthropic': 'openai, anthropic',
    "The gateway's providers to show, separated by commas": 'Die anzuzeigenden Anbieter des Gateways, durch Kommas getrennt',
    'API ke&y:': 'API-&Schlüssel:',
    'Sent as Authorization: Bearer. Stored in the system keychain.':
        'Wird als Authorization: Bearer gesendet. Im Schlüsselbund des Systems gespeichert.',
    '&Virtual key:': '&Virtueller Schlüssel:', 'sk-bf-…': 'sk-bf-…',
    'A Bifrost virtual key, sent as x-bf-vk. Stored in the system keychain.':
        'Ein virtueller Bifrost-Schlüssel, gesendet als x-bf-vk. Im Schlüsselbund des Systems gespeichert.',
    'Extra &headers:': 'Zusätzliche Hea&der:', 'Name: value (one per line)': 'Name: Wert (einer pro Zeile)',
    'Ti&meout:': '&Zeitlimit:', 'Re&fresh every:': 'Aktua&lisieren alle:', '&Test': '&Testen',
    'Rout&es:': 'R&outen:', 'Native routes (/v1)': 'Eigene Routen (/v1)',
    '&General': 'All&gemein', 'TL&S': 'TLS-Zertifi&kate', 'CA cert&ificate:': '&CA-Zertifikat:',
    "None: the system's authorities only": 'Keins: nur die Zertifizierungsstellen des Systems',
    "A PEM file of certificate authorities to trust for this connection only, besides the system's. For gateways behind a private or company authority.":
        'Eine PEM-Datei mit Zertifizierungsstellen, denen nur diese Verbindung zusätzlich zu denen des Systems vertraut. Für Gateways hinter einer privaten oder firmeneigenen Zertifizierungsstelle.',
    'C&lient certificate:': 'Client-Ze&rtifikat:', 'None': 'Keins',
    'A PEM client certificate, for gateways that require mutual TLS.':
        'Ein Client-Zertifikat im PEM-Format, für Gateways, die gegenseitiges TLS verlangen.',
    'Client key (unencrypte&d):': 'Client-Schlüssel (&PEM, unverschlüsselt):',
    "The client certificate's private key, an unencrypted PEM file. Only its path is saved.":
        'Der private Schlüssel des Client-Zertifikats, eine unverschlüsselte PEM-Datei. Gespeichert wird nur ihr Pfad.',
    'Trusted certificate:': 'Vertrautes Zertifikat:', 'Forget this &certificate': 'Zertifikat nicht &mehr vertrauen',
    'Forget the certificate you chose to trust for this connection':
        'Das Zertifikat vergessen, dem Sie für diese Verbindung vertraut haben',
    'Trust this certificate for this connection': 'Diesem Zertifikat für diese Verbindung vertrauen',
    "Pin this certificate's SHA-256 fingerprint in the connection. Only this exact certificate is trusted; another one fails again.":
        'Den SHA-256-Fingerabdruck dieses Zertifikats in der Verbindung festhalten. Vertraut wird nur genau diesem Zertifikat; ein anderes scheitert wieder.',
    'Choose a CA certificate file': 'CA-Zertifikatsdatei wählen',
    'Choose a client certificate file': 'Client-Zertifikatsdatei wählen',
    'Choose the client key file': 'Datei mit dem Client-Schlüssel wählen',
    'PEM files (*.pem *.crt *.cer *.key);;All files (*)': 'PEM-Dateien (*.pem *.crt *.cer *.key);;Alle Dateien (*)',
    '%1…%2 (SHA-256)': '%1…%2 (SHA-256)',
    "The server's certificate is not the one you trusted for this connection. Trust the new one only if its operators say it changed.":
        'Das Zertifikat des Servers ist nicht das, dem Sie für diese Verbindung vertraut haben. Vertrauen Sie dem neuen nur, wenn seine Betreiber den Wechsel bestätigen.',
    "No authority this connection trusts vouches for the server's certificate.":
        'Keine Zertifizierungsstelle, der diese Verbindung vertraut, bürgt für das Zertifikat des Servers.',
    '⚠ The key is sent unencrypted to %1. Use https:// unless this network is trusted.':
        '⚠ Der Schlüssel wird unverschlüsselt an %1 gesendet. Verwenden Sie https://, es sei denn, dieses Netz ist vertrauenswürdig.',
    'A client certificate needs its key file, and a key file its certificate.':
        'Ein Client-Zertifikat braucht seine Schlüsseldatei und eine Schlüsseldatei ihr Zertifikat.',
    # TLS in core
    '%1 failed: TLS error': '%1 fehlgeschlagen: TLS-Fehler',
    'The server sent no certificate.': 'Der Server hat kein Zertifikat gesendet.',
    'Subject: %1': 'Inhaber: %1', 'Issuer: %1 (self-signed)': 'Aussteller: %1 (selbst signiert)',
    'Issuer: %1': 'Aussteller: %1', 'Expired: %1': 'Abgelaufen: %1', 'Expires: %1': 'Läuft ab: %1',
    'SHA-256: %1': 'SHA-256: %1',
    "the server's certificate is not the one trusted for this connection (%1)":
        'das Zertifikat des Servers ist nicht das, dem diese Verbindung vertraut (%1)',
    '%1 (if the server requires a client certificate, set one for this connection)':
        '%1 (falls der Server ein Client-Zertifikat verlangt, legen Sie eines für diese Verbindung fest)',
    'no certificate in it': 'sie enthält kein Zertifikat',
    'cannot use SSL_CERT_FILE %1: %2': 'SSL_CERT_FILE %1 ist nicht verwendbar: %2',
    'cannot use the CA certificate file %1: %2': 'die CA-Zertifikatsdatei %1 ist nicht verwendbar: %2',
    'a client certificate needs both the certificate file and its key file':
        'ein Client-Zertifikat braucht die Zertifikatsdatei und ihre Schlüsseldatei',
    'cannot use the client certificate %1: %2': 'das Client-Zertifikat %1 ist nicht verwendbar: %2',
    'cannot use the client key %1: %2': 'der Client-Schlüssel %1 ist nicht verwendbar: %2',
    'not an unencrypted PEM private key (RSA, EC or DSA)':
        'kein unverschlüsselter privater PEM-Schlüssel (RSA, EC oder DSA)',
    'Warning: the key for %1 is sent unencrypted to %2': 'Warnung: Der Schlüssel für %1 wird unverschlüsselt an %2 gesendet',
    'OpenAI-compatible routes (/openai/v1)': 'OpenAI-kompatible Routen (/openai/v1)',
    "Which of the gateway's routes to call. Some deployments expose only the OpenAI-compatible ones; those have no /results route, so results come from the output and error files.":
        'Welche Routen des Gateways aufgerufen werden. Manche Installationen bieten nur die OpenAI-kompatiblen an; diese haben keine /results-Route, die Ergebnisse kommen dann aus der Ausgabe- und der Fehlerdatei.',
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
    'Open the per-request results of the selected batch (Enter)': 'Die Ergebnisse je Anfrage des ausgewählten Batches öffnen (Eingabetaste)',
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
    '&Export…': '&Exportieren…', '&Retry': '&Wiederholen', 'custom_id contains…': 'custom_id enthält…', 'Answer contains… (Enter)': 'Antwort enthält… (Eingabetaste)',
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
    'validating': 'wird geprüft', 'in progress': 'läuft', 'finalizing': 'wird finalisiert', 'cancelling': 'wird abgebrochen',
    'completed': 'abgeschlossen', 'failed': 'fehlgeschlagen', 'expired': 'abgelaufen', 'cancelled': 'abgebrochen', 'ended': 'beendet', 'unknown': 'unbekannt',
    'Search id, endpoint, model, metadata (Ctrl+F)': 'ID, Endpunkt, Modell, Metadaten suchen (Strg+F)',
    '%1d %2h': '%1 Tg. %2 Std.', '%1h %2m': '%1 Std. %2 Min.', '%1m %2s': '%1 Min. %2 Sek.', '%1s': '%1 Sek.', 'just now': 'gerade eben', 'in %1': 'in %1', '%1 ago': 'vor %1',
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
    # --- issue 8: outcomes, vocabulary, stale data, fit, German, demo, results window, dialogs ---
    'With errors': 'Mit Fehlern', 'ended with errors': 'mit Fehlern beendet', 'no requests': 'keine Anfragen',
    'all %1 requests succeeded': 'alle %1 Anfragen erfolgreich', '%1 succeeded': '%1 erfolgreich', '%1 expired': '%1 abgelaufen',
    '%1 cancelled': '%1 abgebrochen', '%1 failed': '%1 fehlgeschlagen', '%1 not run': '%1 nicht ausgeführt',
    'no requests ran': 'keine Anfrage wurde ausgeführt',
    'No batches': 'Keine Batches', 'No active batches': 'Keine aktiven Batches', 'No completed batches': 'Keine abgeschlossenen Batches',
    'No batches with errors': 'Keine Batches mit Fehlern', 'No failed batches': 'Keine fehlgeschlagenen Batches',
    'No expired batches': 'Keine abgelaufenen Batches', 'No cancelled batches': 'Keine abgebrochenen Batches',
    'No batches with these statuses': 'Keine Batches mit diesen Status',
    '%1: show only these batches; Ctrl+click to combine with other statuses':
        '%1: nur diese Batches zeigen; Strg+Klick kombiniert mehrere Status',
    'Elapsed': 'Dauer', 'ETA': 'Restzeit',
    'Time since the batch started running, until it finished': 'Zeit seit dem Start des Batches, bis er fertig war',
    'Estimated time until a running batch is done, from the pace seen across refreshes':
        'Geschätzte Zeit, bis ein laufender Batch fertig ist, aus dem Tempo der letzten Aktualisierungen',
    'Last seen %1. Its connection is offline, so this row may be out of date.':
        'Zuletzt gesehen %1. Die Verbindung ist offline, diese Zeile ist womöglich veraltet.',
    'Done in about %1, at the pace seen so far': 'Fertig in etwa %1, beim bisherigen Tempo',
    'Scroll to the top to see them': 'Nach oben blättern, um sie zu sehen',
    '&Retry Now': '&Jetzt erneut versuchen', 'Offline since %1: data may be out of date': 'Offline seit %1: Die Daten sind womöglich veraltet',
    'about %1 left': 'noch etwa %1', 'estimating time left…': 'Restzeit wird geschätzt…',
    '<b style="color:%1">%2</b> · %3': '<b style="color:%1">%2</b> · %3', '%1 (provider: %2)': '%1 (Anbieter: %2)',
    'Done': 'Erledigt', 'Not run': 'Nicht ausgeführt',
    'offline since %1, retrying in %2 s': 'offline seit %1, neuer Versuch in %2 s', '%1 · last update %2': '%1 · letzte Aktualisierung %2',
    'Batch %1 %2: %3': 'Batch %1 %2: %3', '• %1 (%2, %3)': '• %1 (%2, %3)', '%1: %2': '%1: %2',
    'Stop Batches': 'Batches stoppen', '&Keep Running': '&Weiterlaufen lassen', '&Keep': '&Behalten',
    'The connection whose batches are shown': 'Die Verbindung, deren Batches angezeigt werden',
    'Show the batches of one provider': 'Die Batches eines Anbieters zeigen', 'Retrying…': 'Neuer Versuch…',
    'No system keychain: keys you enter are kept for this session only.':
        'Kein Schlüsselbund verfügbar: Eingegebene Schlüssel gelten nur für diese Sitzung.',
    '<p><b>No system keychain:</b> keys you enter are kept in memory for this session only and are never written to disk.</p>':
        '<p><b>Kein Schlüsselbund verfügbar:</b> Eingegebene Schlüssel bleiben nur für diese Sitzung im Speicher und werden nie auf die Festplatte geschrieben.</p>',
    '%1 stopping, %2 failed: %3': '%1 werden gestoppt, %2 fehlgeschlagen: %3', 'Loading batches…': 'Lade Batches…',
    'No batches match "%1"': 'Keine Batches passen zu „%1“',
    'Delete the selected ended batches (Anthropic only, Shift+Del)': 'Die ausgewählten beendeten Batches löschen (nur Anthropic, Umschalt+Entf)',
    'Cannot delete: %1': 'Löschen nicht möglich: %1', 'Cannot cancel: %1': 'Abbrechen nicht möglich: %1',
    'Close': 'Schließen', 'Export rows to a JSONL file (Ctrl+E)': 'Zeilen in eine JSONL-Datei exportieren (Strg+E)',
    '%1 (%2 of %3)': '%1 (%2 von %3)', 'Open Folder': 'Ordner öffnen', '&Copy': '&Kopieren',
    "Anthropic does not return a batch's requests, and this batch was not created here.":
        'Anthropic gibt die Anfragen eines Batches nicht zurück, und dieser Batch wurde nicht hier erstellt.',
    # request file check
    "a string is not closed (a missing '\"')": "eine Zeichenkette ist nicht geschlossen (es fehlt ein '\"')",
    'the object is not closed (a missing "}")': 'das Objekt ist nicht geschlossen (es fehlt eine „}“)',
    'the array is not closed (a missing "]")': 'die Liste ist nicht geschlossen (es fehlt eine „]“)',
    'a "," or "}" is missing': 'es fehlt ein „,“ oder eine „}“', 'a ":" is missing after a key': 'nach einem Schlüssel fehlt ein „:“',
    'a "," or "]" is missing': 'es fehlt ein „,“ oder eine „]“', 'a "," is missing between values': 'zwischen Werten fehlt ein „,“',
    'this is not a JSON value': 'das ist kein JSON-Wert', 'the line ends in the middle of a number': 'die Zeile endet mitten in einer Zahl',
    'the number is not valid': 'die Zahl ist ungültig', 'a backslash escape is not valid': 'eine Escape-Sequenz ist ungültig',
    'the text is not valid UTF-8': 'der Text ist kein gültiges UTF-8', 'a JSON object was expected': 'ein JSON-Objekt wurde erwartet',
    'the JSON is nested too deeply': 'das JSON ist zu tief verschachtelt', 'the line is too large': 'die Zeile ist zu groß',
    'there is more after the end of the object': 'nach dem Ende des Objekts folgt noch etwas', 'column %1: %2': 'Spalte %1: %2',
    'line %1: not a JSON object': 'Zeile %1: kein JSON-Objekt', 'line %1, %2': 'Zeile %1, %2',
    'line %1: custom_id is missing or not a string': 'Zeile %1: custom_id fehlt oder ist keine Zeichenkette',
    'line %1: custom_id "%2" repeats line %3': 'Zeile %1: custom_id „%2“ wiederholt Zeile %3',
    'line %1: missing %2': 'Zeile %1: es fehlt %2', 'the file holds no requests': 'die Datei enthält keine Anfragen',
    '%1 requests: more than the %2 a single OpenAI batch accepts': '%1 Anfragen: mehr als die %2, die ein einzelner OpenAI-Batch annimmt',
    '%1: larger than the %2 a single OpenAI batch input accepts': '%1: größer als die %2, die eine OpenAI-Batch-Eingabe annimmt',
    'line %1: custom_id is missing': 'Zeile %1: custom_id fehlt', 'line %1: url %2 is not a Messages request': 'Zeile %1: URL %2 ist keine Messages-Anfrage',
    'line %1: neither params nor body': 'Zeile %1: weder params noch body',
    # core errors
    'Anthropic takes the requests themselves, not an uploaded file': 'Anthropic nimmt die Anfragen selbst, keine hochgeladene Datei',
    "Anthropic's Message Batches take requests inline; there is nothing to upload":
        'Anthropics Message Batches nehmen die Anfragen direkt; es gibt nichts hochzuladen',
    'Anthropic batches have no files (%1)': 'Anthropic-Batches haben keine Dateien (%1)',
    'only ended batches can be deleted; %1 is %2': 'nur beendete Batches lassen sich löschen; %1 ist %2',
    'the batch is still %1': 'der Batch ist noch %1', 'the batch has no output or error file': 'der Batch hat keine Ausgabe- oder Fehlerdatei',
    'the answer has no file id': 'die Antwort enthält keine Datei-ID', 'the answer has no batch id': 'die Antwort enthält keine Batch-ID',
    'the connection was closed': 'die Verbindung wurde geschlossen',
    'the %1 listing has more than %2 batches, but the gateway cannot page it: showing the newest %2':
        'die %1-Liste hat mehr als %2 Batches, aber das Gateway kann nicht blättern: die neuesten %2 werden gezeigt',
    'the server sent an empty page that says more pages follow': 'der Server schickte eine leere Seite, laut der weitere Seiten folgen',
    'the server says more pages follow but sent no cursor': 'laut Server folgen weitere Seiten, aber er schickte keinen Cursor',
    'the server repeated the page cursor "%1"': 'der Server wiederholte den Seiten-Cursor „%1“',
    'the listing has more than %1 pages': 'die Liste hat mehr als %1 Seiten',
    'cannot read %1: %2': '%1 kann nicht gelesen werden: %2', 'no answer from %1 within %2 s': 'keine Antwort von %1 innerhalb von %2 s',
    'cannot open for writing': 'kann nicht zum Schreiben geöffnet werden', 'cannot write %1: %2': '%1 kann nicht geschrieben werden: %2',
    'the answer was cut off after %1 of %2 bytes': 'die Antwort brach nach %1 von %2 Bytes ab', 'cannot write %1': '%1 kann nicht geschrieben werden',
    'cannot save %1: %2': '%1 kann nicht gespeichert werden: %2', 'too many result files (%1)': 'zu viele Ergebnisdateien (%1)',
    'cannot map %1: %2': '%1 kann nicht eingeblendet werden: %2', 'unparsable line %1: %2': 'unlesbare Zeile %1: %2',
    'id: missing': 'id: fehlt', 'data[%1]: expected a batch object, skipped': 'data[%1]: Batch-Objekt erwartet, übersprungen',
    'data: missing, read as an empty page': 'data: fehlt, als leere Seite gelesen',
    'expected a string, got %1': 'Zeichenkette erwartet, %1 erhalten', 'expected a count, got the string "%1"': 'Anzahl erwartet, Zeichenkette „%1“ erhalten',
    'count sent as a string': 'Anzahl als Zeichenkette gesendet', 'expected a count, got %1': 'Anzahl erwartet, %1 erhalten',
    'count is not finite': 'Anzahl ist nicht endlich', 'negative count %1 read as 0': 'negative Anzahl %1 als 0 gelesen',
    'count %1 is out of range': 'Anzahl %1 liegt außerhalb des Bereichs', 'count %1 is not a whole number': 'Anzahl %1 ist keine ganze Zahl',
    'unreadable timestamp "%1"': 'unlesbarer Zeitstempel „%1“', 'timestamp sent as a string': 'Zeitstempel als Zeichenkette gesendet',
    'expected a timestamp, got %1': 'Zeitstempel erwartet, %1 erhalten', 'timestamp %1 is out of range': 'Zeitstempel %1 liegt außerhalb des Bereichs',
    'expected a boolean, got %1': 'Wahrheitswert erwartet, %1 erhalten', 'expected a number, got %1': 'Zahl erwartet, %1 erhalten',
    'expected an object, got %1': 'Objekt erwartet, %1 erhalten', 'expected an array, got %1': 'Liste erwartet, %1 erhalten',
    'value of "%1" is not a string': 'Wert von „%1“ ist keine Zeichenkette',
    # ApiError: "<operation> failed", the operation as a German noun
    '%1 succeeded': '%1 erfolgreich', '%1 failed: HTTP %2': '%1 fehlgeschlagen: HTTP %2', ' (retry after %1 s)': ' (neuer Versuch nach %1 s)',
    '%1 failed: timed out': '%1 fehlgeschlagen: Zeitüberschreitung', '%1 failed: network error': '%1 fehlgeschlagen: Netzwerkfehler',
    '%1 failed: unreadable response (HTTP %2)': '%1 fehlgeschlagen: unlesbare Antwort (HTTP %2)',
    '%1 failed: unreadable response': '%1 fehlgeschlagen: unlesbare Antwort', '%1 failed: protocol error': '%1 fehlgeschlagen: Protokollfehler',
    '%1 failed: cancelled': '%1 fehlgeschlagen: abgebrochen', '%1 failed: local error': '%1 fehlgeschlagen: lokaler Fehler',
    ' (after %1 attempts)': ' (nach %1 Versuchen)',
    '%1 (stopped after %2 pages, %3 batches)': '%1 (angehalten nach %2 Seiten, %3 Batches)',
    'more batches may match than the first %1': 'womöglich passen mehr Batches als die ersten %1',
    '%1 …': '%1 …', '%1 ✗ %2': '%1 ✗ %2', 'standard output': 'Standardausgabe',
    '✗ Not saved: %1': '✗ Nicht gespeichert: %1',
    'line %1: %2': 'Zeile %1: %2', 'the results are not JSON (%1)': 'die Ergebnisse sind kein JSON (%1)',
    'the results are not a JSON object (%1)': 'die Ergebnisse sind kein JSON-Objekt (%1)', 'malformed results (%1)': 'fehlerhafte Ergebnisse (%1)',
    '"results" is not an array': '„results“ ist keine Liste', 'malformed results array (%1)': 'fehlerhafte Ergebnisliste (%1)',
    'malformed result element': 'fehlerhaftes Ergebniselement', 'the results document is cut off or malformed': 'das Ergebnisdokument ist abgeschnitten oder fehlerhaft',
    'the answer has no "results" array': 'die Antwort enthält keine „results“-Liste',
    # issue 16: bounded ETAs, the /results answer that is not JSON
    'will not finish before it expires, at this pace': 'wird bei diesem Tempo nicht vor Ablauf fertig',
    'more than %1 days left, at this pace': 'bei diesem Tempo noch mehr als %1 Tage',
    'after expiry': 'nach Ablauf',
    ' (the server asked to wait until %1; not retrying)': ' (der Server bittet, bis %1 zu warten; kein neuer Versuch)',
    'over %1 days': 'über %1 Tage',
    'At the pace seen so far, it will not finish before it expires.': 'Beim bisherigen Tempo wird der Batch nicht vor seinem Ablauf fertig.',
    'At the pace seen so far, it would take more than %1 days.': 'Beim bisherigen Tempo würde es mehr als %1 Tage dauern.',
    "the gateway's results answer is not in the expected shape: %1. It begins: %2": 'die Ergebnisantwort des Gateways hat nicht die erwartete Form: %1. Sie beginnt mit: %2',
    "the gateway's results answer is not valid JSON at byte %1: %2. It begins: %3": 'die Ergebnisantwort des Gateways ist bei Byte %1 kein gültiges JSON: %2. Sie beginnt mit: %3',
    "the gateway's results answer is not valid JSON: %1. It begins: %2": 'die Ergebnisantwort des Gateways ist kein gültiges JSON: %1. Sie beginnt mit: %2',
    # Retry (core, the dialog, the main window)
    'the key "%1" is reserved for the retry chain; it was left out': 'der Schlüssel „%1“ ist der Wiederholungskette vorbehalten; er wurde weggelassen',
    'the key "%1…" is longer than %2 characters': 'der Schlüssel „%1…“ ist länger als %2 Zeichen',
    'the value of "%1" is longer than %2 characters': 'der Wert von „%1“ ist länger als %2 Zeichen',
    '"%1" does not fit: the provider allows %2 metadata pairs, %3 of them for the chain': '„%1“ passt nicht: der Anbieter erlaubt %2 Metadatenpaare, %3 davon für die Kette',
    'not carried over from the retried batch (the provider allows %1 metadata pairs): %2': 'nicht aus dem wiederholten Batch übernommen (der Anbieter erlaubt %1 Metadatenpaare): %2',
    'Re&try Batch…': 'Batch &wiederholen…',
    'Send what failed, expired, was cancelled or is missing again, as a new batch (Ctrl+Shift+R)': 'Fehlgeschlagenes, Abgelaufenes, Abgebrochenes oder Fehlendes erneut senden, als neuen Batch (Strg+Umschalt+R)',
    'Ctrl+Shift+R': 'Ctrl+Shift+R',
    'Only an ended batch can be retried: %1 is %2': 'Nur ein beendeter Batch kann wiederholt werden: %1 ist %2',
    'Created %1, a retry of %2': '%1 erstellt, eine Wiederholung von %2',
    'name at least one of failed, expired, canceled, missing': 'nennen Sie mindestens eines von failed, expired, canceled, missing',
    'unknown outcome "%1" (use failed, expired, canceled, missing)': 'unbekanntes Ergebnis „%1“ (möglich: failed, expired, canceled, missing)',
    '"%1" is not an HTTP status (use codes such as 400 or classes such as 5xx)': '„%1“ ist kein HTTP-Status (möglich: Codes wie 400 oder Klassen wie 5xx)',
    'Retry Batch %1': 'Batch %1 wiederholen',
    'The new input was not saved: %1': 'Die neue Eingabe wurde nicht gespeichert: %1',
    '%1 ended with %2 of %3 requests succeeded. The retry becomes attempt %4 of the chain that began with %5.': '%1 endete mit %2 von %3 erfolgreichen Anfragen. Die Wiederholung wird Versuch %4 der Kette, die mit %5 begann.',
    'Send again': 'Erneut senden',
    'Requests that came back with an HTTP error or an error object.': 'Anfragen, die mit einem HTTP-Fehler oder einem Fehlerobjekt zurückkamen.',
    'Requests the provider did not run before the batch expired.': 'Anfragen, die der Anbieter vor dem Ablauf des Batches nicht ausgeführt hat.',
    'Requests the provider did not run because the batch was cancelled.': 'Anfragen, die der Anbieter nicht ausgeführt hat, weil der Batch abgebrochen wurde.',
    'Requests in the input that are in no result file.': 'Anfragen der Eingabe, die in keiner Ergebnisdatei stehen.',
    'e.g. 400, 404 or 4xx': 'z. B. 400, 404 oder 4xx',
    'e.g. invalid_request_error': 'z. B. invalid_request_error',
    'Leave out failures with HTTP &status:': 'Fehler mit HTTP-&Status auslassen:',
    'Leave out failures with error &code:': 'Fehler mit Fehler&code auslassen:',
    'First lines of the new input:': 'Erste Zeilen der neuen Eingabe:',
    'First lines of the new input': 'Erste Zeilen der neuen Eingabe',
    'Choose &Original File…': '&Originaldatei wählen…',
    'Send &Retry': '&Wiederholung senden',
    'Save &Input As…': '&Eingabe speichern unter…',
    'Write the new input to a file and send nothing.': 'Die neue Eingabe in eine Datei schreiben und nichts senden.',
    "Reading the batch's results…": 'Die Ergebnisse des Batches werden gelesen…',
    "Reading the batch's input file…": 'Die Eingabedatei des Batches wird gelesen…',
    'Choosing the requests…': 'Die Anfragen werden ausgewählt…',
    '&Failed (%1)': '&Fehlgeschlagen (%1)', 'E&xpired (%1)': 'A&bgelaufen (%1)', 'Ca&ncelled (%1)': 'Abgebroche&n (%1)',
    '&Missing (%1)': 'Fe&hlend (%1)',
    '%1 failed': '%1 fehlgeschlagen', '%1 expired': '%1 abgelaufen', '%1 cancelled': '%1 abgebrochen', '%1 missing': '%1 fehlend',
    'Nothing to send: no request matches.': 'Nichts zu senden: keine Anfrage passt.',
    'left out: %1': 'ausgelassen: %1',
    'Only the requests of one failure group: %1': 'Nur die Anfragen einer Fehlergruppe: %1',
    'Requests from %1.': 'Anfragen aus %1.',
    "Choose the Batch's Original Request File": 'Die ursprüngliche Anfragedatei des Batches wählen',
    'JSON Lines (*.jsonl *.json);;All files (*)': 'JSON Lines (*.jsonl *.json);;Alle Dateien (*)',
    'Save the New Input': 'Neue Eingabe speichern',
    'JSON Lines (*.jsonl)': 'JSON Lines (*.jsonl)',
    'Saving the new input…': 'Die neue Eingabe wird gespeichert…',
    'Writing the new input…': 'Die neue Eingabe wird geschrieben…',
    'the batch has not ended yet: only an ended batch can be retried': 'der Batch ist noch nicht beendet: nur ein beendeter Batch kann wiederholt werden',
    "Anthropic does not return a batch's requests, and this batch was not created here: choose the original request file": 'Anthropic gibt die Anfragen eines Batches nicht zurück, und dieser Batch wurde nicht hier erstellt: wählen Sie die ursprüngliche Anfragedatei',
    'the batch has no input file: choose the original request file': 'der Batch hat keine Eingabedatei: wählen Sie die ursprüngliche Anfragedatei',
    'cannot read the request file %1: %2': 'die Anfragedatei %1 ist nicht lesbar: %2',
    'the retry is not ready': 'die Wiederholung ist nicht bereit',
    'no request matches: there is nothing to retry': 'keine Anfrage passt: es gibt nichts zu wiederholen',
    'cannot create the folder %1': 'der Ordner %1 kann nicht angelegt werden',
    # Failures view
    'Show &All Rows': '&Alle Zeilen zeigen', 'Retry &These…': '&Diese wiederholen…', 'Count': 'Anzahl', 'Code': 'Code',
    'Example': 'Beispiel', 'Failure groups': 'Fehlergruppen', 'Show every row of the batch again': 'Wieder alle Zeilen des Batches zeigen',
    'Send exactly the requests of the chosen group again, as a new batch': 'Genau die Anfragen der gewählten Gruppe erneut senden, als neuen Batch',
    'No request failed.': 'Keine Anfrage ist fehlgeschlagen.', 'HTTP %1': 'HTTP %1', 'no error code': 'kein Fehlercode',
    '%1 × %2': '%1 × %2', '%1 other': '%1 weitere', '%1 failed: %2': '%1 fehlgeschlagen: %2',
    'Failures': 'Fehlschläge', 'F&ailures': 'Fe&hler', 'F&ailures (%1)': 'Fe&hler (%1)',
    'Why requests failed, grouped by status, code and message': 'Warum Anfragen fehlschlugen, gruppiert nach Status, Code und Meldung',
    'Showing %1: %2': 'Angezeigt: %1: %2',
}
# Context-specific overrides (the same English word, different German).
GERMAN_IN = {
    ('ApiError', 'list'): 'Auflisten', ('ApiError', 'retrieve'): 'Abrufen', ('ApiError', 'cancel'): 'Abbrechen',
    ('ApiError', 'create'): 'Erstellen', ('ApiError', 'upload'): 'Hochladen', ('ApiError', 'delete'): 'Löschen',
    ('ApiError', 'results'): 'Ergebnisse laden', ('ApiError', 'download file'): 'Datei herunterladen',
    ('ApiError', 'download results'): 'Ergebnisse herunterladen', ('ApiError', 'download output file'): 'Ausgabedatei herunterladen',
    ('ApiError', 'download error file'): 'Fehlerdatei herunterladen', ('ApiError', 'index results'): 'Ergebnisse indizieren',
    ('ApiError', 'connect'): 'Verbinden', ('ApiError', 'export'): 'Export', ('ApiError', 'read file'): 'Datei lesen',
    ('ApiError', 'decode'): 'Dekodieren', ('ApiError', 'test'): 'Test', ('ApiError', 'request'): 'Anfrage',
    ('ApiError', 'read key'): 'Schlüssel lesen', ('ApiError', 'save key'): 'Schlüssel speichern',
    ('ApiError', 'forget key'): 'Schlüssel vergessen',
    ('ApplicationContext', 'Keychain'): 'Schlüsselbund',
    ('ResultTableModel', 'succeeded'): 'erfolgreich', ('ResultTableModel', 'failed'): 'fehlgeschlagen',
    ('ResultTableModel', 'expired'): 'abgelaufen', ('ResultTableModel', 'cancelled'): 'abgebrochen',
    ('StatusCategory', 'completed'): 'abgeschlossen',
    ('MainWindow', 'Cancel'): 'Abbrechen',
    ('BatchCanceller', 'cancel'): 'abbrechen',
    ('MainWindow', 'create'): 'erstellen',
    ('MainWindow', 'Log'): 'Protokoll',
    ('NewBatchDialog', 'Batch'): 'Batch',
}
# "%n" strings: (singular, plural) in German and in English.
PLURALS = {
    'the server reports %Ln line(s) it could not parse': (('laut Server ist %Ln Zeile unlesbar', 'laut Server sind %Ln Zeilen unlesbar'),
                                                           ('the server reports %Ln line it could not parse', 'the server reports %Ln lines it could not parse')),
    '%1 ✓ more than %Ln batches': (('%1 ✓ mehr als %Ln Batch', '%1 ✓ mehr als %Ln Batches'), ('%1 ✓ more than %Ln batch', '%1 ✓ more than %Ln batches')),
    '%1 ✓ %Ln batch(es)': (('%1 ✓ %Ln Batch', '%1 ✓ %Ln Batches'), ('%1 ✓ %Ln batch', '%1 ✓ %Ln batches')),
    '&Stop %Ln Batch(es)': (('Batch &stoppen', '%Ln Batches &stoppen'), ('&Stop Batch', '&Stop %Ln Batches')),
    '&Delete %Ln Batch(es)': (('Batch &löschen', '%Ln Batches &löschen'), ('&Delete Batch', '&Delete %Ln Batches')),
    'Stop %Ln batch(es)? Requests already done keep their results.': (
        ('Batch stoppen? Bereits erledigte Anfragen behalten ihre Ergebnisse.', '%Ln Batches stoppen? Bereits erledigte Anfragen behalten ihre Ergebnisse.'),
        ('Stop this batch? Requests already done keep their results.', 'Stop %Ln batches? Requests already done keep their results.')),
    '%Ln request(s) not yet done will be dropped.': (
        ('%Ln noch nicht erledigte Anfrage wird verworfen.', '%Ln noch nicht erledigte Anfragen werden verworfen.'),
        ('%Ln request not yet done will be dropped.', '%Ln requests not yet done will be dropped.')),
    '%Ln batch(es) could not be stopped.': (('%Ln Batch konnte nicht gestoppt werden.', '%Ln Batches konnten nicht gestoppt werden.'),
                                            ('%Ln batch could not be stopped.', '%Ln batches could not be stopped.')),
    'Stopping %Ln batch(es)…': (('%Ln Batch wird gestoppt…', '%Ln Batches werden gestoppt…'), ('Stopping %Ln batch…', 'Stopping %Ln batches…')),
    'Stopping %Ln batch(es).': (('%Ln Batch wird gestoppt.', '%Ln Batches werden gestoppt.'), ('Stopping %Ln batch.', 'Stopping %Ln batches.')),
    'Deleting %Ln batch(es)…': (('%Ln Batch wird gelöscht…', '%Ln Batches werden gelöscht…'), ('Deleting %Ln batch…', 'Deleting %Ln batches…')),
    '%Ln new batch(es) ↑': (('%Ln neuer Batch ↑', '%Ln neue Batches ↑'), ('%Ln new batch ↑', '%Ln new batches ↑')),
    'Exported %Ln row(s) to %1': (('%Ln Zeile nach %1 exportiert', '%Ln Zeilen nach %1 exportiert'),
                                  ('Exported %Ln row to %1', 'Exported %Ln rows to %1')),
    'Wrote %Ln row(s), %1.': (('%Ln Zeile geschrieben, %1.', '%Ln Zeilen geschrieben, %1.'), ('Wrote %Ln row, %1.', 'Wrote %Ln rows, %1.')),
    '{%Ln key(s)}': (('{%Ln Schlüssel}', '{%Ln Schlüssel}'), ('{%Ln key}', '{%Ln keys}')),
    '[%Ln item(s)]': (('[%Ln Element]', '[%Ln Elemente]'), ('[%Ln item]', '[%Ln items]')),
    '%Ln more': (('%Ln weiteres', '%Ln weitere'), ('%Ln more', '%Ln more')),
    'Cancelling %Ln batch(es).': (('%Ln Batch wird abgebrochen.', '%Ln Batches werden abgebrochen.'), ('Cancelling %Ln batch.', 'Cancelling %Ln batches.')),
    '%Ln batch(es) could not be cancelled.': (('%Ln Batch konnte nicht abgebrochen werden.', '%Ln Batches konnten nicht abgebrochen werden.'),
                                            ('%Ln batch could not be cancelled.', '%Ln batches could not be cancelled.')),
    '&Cancel %Ln Batches…': (('%Ln Batch a&bbrechen…', '%Ln Batches a&bbrechen…'), ('&Cancel %Ln Batch…', '&Cancel %Ln Batches…')),
    '…and %Ln more': (('…und %Ln weiterer', '…und %Ln weitere'), ('…and %Ln more', '…and %Ln more')),
    'Cancel %Ln batch(es)? Requests not yet run will not be run; finished ones keep their results.': (
        ('%Ln Batch abbrechen? Noch nicht ausgeführte Anfragen werden nicht mehr ausgeführt; fertige behalten ihre Ergebnisse.',
         '%Ln Batches abbrechen? Noch nicht ausgeführte Anfragen werden nicht mehr ausgeführt; fertige behalten ihre Ergebnisse.'),
        ('Cancel %Ln batch? Requests not yet run will not be run; finished ones keep their results.',
         'Cancel %Ln batches? Requests not yet run will not be run; finished ones keep their results.')),
    'Cancel %Ln Batch(es)': (('%Ln Batch abbrechen', '%Ln Batches abbrechen'), ('Cancel %Ln Batch', 'Cancel %Ln Batches')),
    'Cancelling %Ln batch(es)…': (('%Ln Batch wird abgebrochen…', '%Ln Batches werden abgebrochen…'), ('Cancelling %Ln batch…', 'Cancelling %Ln batches…')),
    'Created batch %1 with %Ln request(s).': (('Batch %1 mit %Ln Anfrage erstellt.', 'Batch %1 mit %Ln Anfragen erstellt.'),
                                            ('Created batch %1 with %Ln request.', 'Created batch %1 with %Ln requests.')),
    '✓ %Ln request(s), %1. Every line is valid.': (('✓ %Ln Anfrage, %1. Jede Zeile ist gültig.', '✓ %Ln Anfragen, %1. Jede Zeile ist gültig.'),
                                                  ('✓ %Ln request, %1. Every line is valid.', '✓ %Ln requests, %1. Every line is valid.')),
    '✗ %Ln problem(s) in %1 lines (%2). Fix the file and pick it again.': (
        ('✗ %Ln Problem in %1 Zeilen (%2). Korrigieren Sie die Datei und wählen Sie sie erneut.',
         '✗ %Ln Probleme in %1 Zeilen (%2). Korrigieren Sie die Datei und wählen Sie sie erneut.'),
        ('✗ %Ln problem in %1 lines (%2). Fix the file and pick it again.', '✗ %Ln problems in %1 lines (%2). Fix the file and pick it again.')),
    "%Ln request(s) in OpenAI's shape will be sent as Anthropic's {custom_id, params}.": (
        ("%Ln Anfrage in OpenAIs Form wird als Anthropics {custom_id, params} gesendet.",
         "%Ln Anfragen in OpenAIs Form werden als Anthropics {custom_id, params} gesendet."),
        ("%Ln request in OpenAI's shape will be sent as Anthropic's {custom_id, params}.",
         "%Ln requests in OpenAI's shape will be sent as Anthropic's {custom_id, params}.")),
    "Warning: %Ln line(s) are in Anthropic's {custom_id, params} shape.": (
        ("Warnung: %Ln Zeile hat Anthropics Form {custom_id, params}.", "Warnung: %Ln Zeilen haben Anthropics Form {custom_id, params}."),
        ("Warning: %Ln line is in Anthropic's {custom_id, params} shape.", "Warning: %Ln lines are in Anthropic's {custom_id, params} shape.")),
    '%Ln answer(s) contain "%1".': (('%Ln Antwort enthält „%1“.', '%Ln Antworten enthalten „%1“.'),
                                   ('%Ln answer contains "%1".', '%Ln answers contain "%1".')),
    'Deleted %Ln batch(es).': (('%Ln Batch gelöscht.', '%Ln Batches gelöscht.'), ('Deleted %Ln batch.', 'Deleted %Ln batches.')),
    '%Ln batch(es) could not be deleted.': (('%Ln Batch konnte nicht gelöscht werden.', '%Ln Batches konnten nicht gelöscht werden.'),
                                          ('%Ln batch could not be deleted.', '%Ln batches could not be deleted.')),
    'Delete %Ln batch(es) from Anthropic? Their results can no longer be downloaded afterwards.': (
        ('%Ln Batch bei Anthropic löschen? Seine Ergebnisse lassen sich danach nicht mehr herunterladen.',
         '%Ln Batches bei Anthropic löschen? Ihre Ergebnisse lassen sich danach nicht mehr herunterladen.'),
        ('Delete %Ln batch from Anthropic? Its results can no longer be downloaded afterwards.',
         'Delete %Ln batches from Anthropic? Their results can no longer be downloaded afterwards.')),
    'Delete %Ln Batch(es)': (('%Ln Batch löschen', '%Ln Batches löschen'), ('Delete %Ln Batch', 'Delete %Ln Batches')),
    'Exported %Ln row(s).': (('%Ln Zeile exportiert.', '%Ln Zeilen exportiert.'), ('Exported %Ln row.', 'Exported %Ln rows.')),
    'Sent %Ln request(s) again as batch %1.': (('%Ln Anfrage erneut als Batch %1 gesendet.', '%Ln Anfragen erneut als Batch %1 gesendet.'),
                                              ('Sent %Ln request again as batch %1.', 'Sent %Ln requests again as batch %1.')),
    'Saved %Ln request(s) to %1; nothing was sent.': (('%Ln Anfrage in %1 gespeichert; nichts wurde gesendet.', '%Ln Anfragen in %1 gespeichert; nichts wurde gesendet.'),
                                                     ('Saved %Ln request to %1; nothing was sent.', 'Saved %Ln requests to %1; nothing was sent.')),
    '%Ln request(s) to send': (('%Ln Anfrage zu senden', '%Ln Anfragen zu senden'), ('%Ln request to send', '%Ln requests to send')),
    '%Ln line(s) of the input are not requests and are not sent.': (
        ('%Ln Zeile der Eingabe ist keine Anfrage und wird nicht gesendet.', '%Ln Zeilen der Eingabe sind keine Anfragen und werden nicht gesendet.'),
        ('%Ln line of the input is not a request and is not sent.', '%Ln lines of the input are not requests and are not sent.')),
    '%Ln repeated custom_id(s) in the input are sent once.': (
        ('%Ln wiederholte custom_id der Eingabe wird einmal gesendet.', '%Ln wiederholte custom_ids der Eingabe werden einmal gesendet.'),
        ('%Ln repeated custom_id in the input is sent once.', '%Ln repeated custom_ids in the input are sent once.')),
    '%Ln result(s) have a custom_id the input does not hold.': (
        ('%Ln Ergebnis hat eine custom_id, die die Eingabe nicht enthält.', '%Ln Ergebnisse haben eine custom_id, die die Eingabe nicht enthält.'),
        ('%Ln result has a custom_id the input does not hold.', '%Ln results have a custom_id the input does not hold.')),
    '… and %Ln more': (('… und %Ln weitere', '… und %Ln weitere'), ('… and %Ln more', '… and %Ln more')),
    '%1 does not cover the batch: %n result(s) have a custom_id it does not hold (%2)': (
        ('%1 deckt den Batch nicht ab: %n Ergebnis hat eine custom_id, die sie nicht enthält (%2)',
         '%1 deckt den Batch nicht ab: %n Ergebnisse haben eine custom_id, die sie nicht enthält (%2)'),
        ('%1 does not cover the batch: %n result has a custom_id it does not hold (%2)',
         '%1 does not cover the batch: %n results have a custom_id it does not hold (%2)')),
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
