<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
    <context>
        <name>AboutBox</name>
        <message>
            <source>&lt;h3&gt;Batch Console %1&lt;/h3&gt;&lt;p&gt;A desktop console for LLM batch jobs on OpenAI, Anthropic and the Bifrost gateway.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Batch Console %1&lt;/h3&gt;&lt;p&gt;Eine Desktop-Konsole für LLM-Batch-Jobs bei OpenAI, Anthropic und dem Bifrost-Gateway.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2, läuft mit Qt %3.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;No system keychain:&lt;/b&gt; keys you enter are kept in memory for this session only and are never written to disk.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Kein Schlüsselbund verfügbar:&lt;/b&gt; Eingegebene Schlüssel bleiben nur für diese Sitzung im Speicher und werden nie auf die Festplatte geschrieben.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>About Batch Console</source>
            <translation>Über Batch Console</translation>
        </message>
    </context>
    <context>
        <name>ActivityLog</name>
        <message>
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <source>Connection</source>
            <translation>Verbindung</translation>
        </message>
        <message>
            <source>Operation</source>
            <translation>Vorgang</translation>
        </message>
        <message>
            <source>HTTP</source>
            <translation>HTTP</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Meldung</translation>
        </message>
    </context>
    <context>
        <name>AnswerText</name>
        <message>
            <source>[tool call]</source>
            <translation>[Werkzeugaufruf]</translation>
        </message>
        <message>
            <source>embedding, %1 dimensions</source>
            <translation>Embedding, %1 Dimensionen</translation>
        </message>
        <message>
            <source>embedding (base64)</source>
            <translation>Embedding (base64)</translation>
        </message>
    </context>
    <context>
        <name>AnthropicBackend</name>
        <message>
            <source>Anthropic takes the requests themselves, not an uploaded file</source>
            <translation>Anthropic nimmt die Anfragen selbst, keine hochgeladene Datei</translation>
        </message>
        <message>
            <source>Anthropic's Message Batches take requests inline; there is nothing to upload</source>
            <translation>Anthropics Message Batches nehmen die Anfragen direkt; es gibt nichts hochzuladen</translation>
        </message>
        <message>
            <source>Anthropic batches have no files (%1)</source>
            <translation>Anthropic-Batches haben keine Dateien (%1)</translation>
        </message>
        <message>
            <source>only ended batches can be deleted; %1 is %2</source>
            <translation>nur beendete Batches lassen sich löschen; %1 ist %2</translation>
        </message>
    </context>
    <context>
        <name>AnthropicRequests</name>
        <message>
            <source>line %1: custom_id is missing</source>
            <translation>Zeile %1: custom_id fehlt</translation>
        </message>
        <message>
            <source>line %1: url %2 is not a Messages request</source>
            <translation>Zeile %1: URL %2 ist keine Messages-Anfrage</translation>
        </message>
        <message>
            <source>line %1: neither params nor body</source>
            <translation>Zeile %1: weder params noch body</translation>
        </message>
        <message>
            <source>cannot read %1: %2</source>
            <translation>%1 kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>line %1: not a JSON object</source>
            <translation>Zeile %1: kein JSON-Objekt</translation>
        </message>
    </context>
    <context>
        <name>ApiError</name>
        <message>
            <source>list</source>
            <translation>Auflisten</translation>
        </message>
        <message>
            <source>retrieve</source>
            <translation>Abrufen</translation>
        </message>
        <message>
            <source>cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>create</source>
            <translation>Erstellen</translation>
        </message>
        <message>
            <source>upload</source>
            <translation>Hochladen</translation>
        </message>
        <message>
            <source>delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>results</source>
            <translation>Ergebnisse laden</translation>
        </message>
        <message>
            <source>download file</source>
            <translation>Datei herunterladen</translation>
        </message>
        <message>
            <source>download results</source>
            <translation>Ergebnisse herunterladen</translation>
        </message>
        <message>
            <source>download output file</source>
            <translation>Ausgabedatei herunterladen</translation>
        </message>
        <message>
            <source>download error file</source>
            <translation>Fehlerdatei herunterladen</translation>
        </message>
        <message>
            <source>index results</source>
            <translation>Ergebnisse indizieren</translation>
        </message>
        <message>
            <source>connect</source>
            <translation>Verbinden</translation>
        </message>
        <message>
            <source>export</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>read file</source>
            <translation>Datei lesen</translation>
        </message>
        <message>
            <source>decode</source>
            <translation>Dekodieren</translation>
        </message>
        <message>
            <source>test</source>
            <translation>Test</translation>
        </message>
        <message>
            <source>request</source>
            <translation>Anfrage</translation>
        </message>
        <message>
            <source>%1 succeeded</source>
            <translation>%1 erfolgreich</translation>
        </message>
        <message>
            <source>%1 failed: HTTP %2</source>
            <translation>%1 fehlgeschlagen: HTTP %2</translation>
        </message>
        <message>
            <source> (retry after %1 s)</source>
            <translation> (neuer Versuch nach %1 s)</translation>
        </message>
        <message>
            <source>%1 failed: timed out</source>
            <translation>%1 fehlgeschlagen: Zeitüberschreitung</translation>
        </message>
        <message>
            <source>%1 failed: network error</source>
            <translation>%1 fehlgeschlagen: Netzwerkfehler</translation>
        </message>
        <message>
            <source>%1 failed: unreadable response (HTTP %2)</source>
            <translation>%1 fehlgeschlagen: unlesbare Antwort (HTTP %2)</translation>
        </message>
        <message>
            <source>%1 failed: unreadable response</source>
            <translation>%1 fehlgeschlagen: unlesbare Antwort</translation>
        </message>
        <message>
            <source>%1 failed: protocol error</source>
            <translation>%1 fehlgeschlagen: Protokollfehler</translation>
        </message>
        <message>
            <source>%1 failed: cancelled</source>
            <translation>%1 fehlgeschlagen: abgebrochen</translation>
        </message>
        <message>
            <source>%1 failed: local error</source>
            <translation>%1 fehlgeschlagen: lokaler Fehler</translation>
        </message>
        <message>
            <source> (after %1 attempts)</source>
            <translation> (nach %1 Versuchen)</translation>
        </message>
        <message>
            <source>read key</source>
            <translation>Schlüssel lesen</translation>
        </message>
        <message>
            <source>save key</source>
            <translation>Schlüssel speichern</translation>
        </message>
        <message>
            <source>forget key</source>
            <translation>Schlüssel vergessen</translation>
        </message>
        <message>
            <source> (the server asked to wait until %1; not retrying)</source>
            <translation> (der Server bittet, bis %1 zu warten; kein neuer Versuch)</translation>
        </message>
        <message>
            <source>%1 failed: TLS error</source>
            <translation>%1 fehlgeschlagen: TLS-Fehler</translation>
        </message>
    </context>
    <context>
        <name>ApplicationContext</name>
        <message>
            <source>Keychain</source>
            <translation>Schlüsselbund</translation>
        </message>
    </context>
    <context>
        <name>BatchActions</name>
        <message>
            <source>• %1 (%2, %3)</source>
            <translation>• %1 (%2, %3)</translation>
        </message>
        <message>
            <source>Stop Batches</source>
            <translation>Batches stoppen</translation>
        </message>
        <message>
            <source>Delete Batches</source>
            <translation>Batches löschen</translation>
        </message>
        <message numerus="yes">
            <source>&amp;Stop %Ln Batch(es)</source>
            <translation>
                <numerusform>Batch &amp;stoppen</numerusform>
                <numerusform>%Ln Batches &amp;stoppen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&amp;Delete %Ln Batch(es)</source>
            <translation>
                <numerusform>Batch &amp;löschen</numerusform>
                <numerusform>%Ln Batches &amp;löschen</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Keep Running</source>
            <translation>&amp;Weiterlaufen lassen</translation>
        </message>
        <message>
            <source>&amp;Keep</source>
            <translation>&amp;Behalten</translation>
        </message>
        <message numerus="yes">
            <source>…and %Ln more</source>
            <translation>
                <numerusform>…und %Ln weiterer</numerusform>
                <numerusform>…und %Ln weitere</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Stop %Ln batch(es)? Requests already done keep their results.</source>
            <translation>
                <numerusform>Batch stoppen? Bereits erledigte Anfragen behalten ihre Ergebnisse.</numerusform>
                <numerusform>%Ln Batches stoppen? Bereits erledigte Anfragen behalten ihre Ergebnisse.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln request(s) not yet done will be dropped.</source>
            <translation>
                <numerusform>%Ln noch nicht erledigte Anfrage wird verworfen.</numerusform>
                <numerusform>%Ln noch nicht erledigte Anfragen werden verworfen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %Ln batch(es) from Anthropic? Their results can no longer be downloaded afterwards.</source>
            <translation>
                <numerusform>%Ln Batch bei Anthropic löschen? Seine Ergebnisse lassen sich danach nicht mehr herunterladen.</numerusform>
                <numerusform>%Ln Batches bei Anthropic löschen? Ihre Ergebnisse lassen sich danach nicht mehr herunterladen.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message numerus="yes">
            <source>%Ln batch(es) could not be stopped.</source>
            <translation>
                <numerusform>%Ln Batch konnte nicht gestoppt werden.</numerusform>
                <numerusform>%Ln Batches konnten nicht gestoppt werden.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln batch(es) could not be deleted.</source>
            <translation>
                <numerusform>%Ln Batch konnte nicht gelöscht werden.</numerusform>
                <numerusform>%Ln Batches konnten nicht gelöscht werden.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&amp;Cancel %Ln Batches…</source>
            <translation>
                <numerusform>%Ln Batch a&amp;bbrechen…</numerusform>
                <numerusform>%Ln Batches a&amp;bbrechen…</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Cancel Batch…</source>
            <translation>Batch a&amp;bbrechen…</translation>
        </message>
        <message>
            <source>Delete the selected ended batches (Anthropic only, Shift+Del)</source>
            <translation>Die ausgewählten beendeten Batches löschen (nur Anthropic, Umschalt+Entf)</translation>
        </message>
        <message>
            <source>Cannot delete: %1</source>
            <translation>Löschen nicht möglich: %1</translation>
        </message>
        <message>
            <source>Cancel the selected batches (Del)</source>
            <translation>Die ausgewählten Batches abbrechen (Entf)</translation>
        </message>
        <message>
            <source>Cannot cancel: %1</source>
            <translation>Abbrechen nicht möglich: %1</translation>
        </message>
        <message numerus="yes">
            <source>Stopping %Ln batch(es)…</source>
            <translation>
                <numerusform>%Ln Batch wird gestoppt…</numerusform>
                <numerusform>%Ln Batches werden gestoppt…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Deleting %Ln batch(es)…</source>
            <translation>
                <numerusform>%Ln Batch wird gelöscht…</numerusform>
                <numerusform>%Ln Batches werden gelöscht…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Stopping %Ln batch(es).</source>
            <translation>
                <numerusform>%Ln Batch wird gestoppt.</numerusform>
                <numerusform>%Ln Batches werden gestoppt.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Deleted %Ln batch(es).</source>
            <translation>
                <numerusform>%Ln Batch gelöscht.</numerusform>
                <numerusform>%Ln Batches gelöscht.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 stopping, %2 failed: %3</source>
            <translation>%1 werden gestoppt, %2 fehlgeschlagen: %3</translation>
        </message>
        <message>
            <source>%1 deleted, %2 failed: %3</source>
            <translation>%1 gelöscht, %2 fehlgeschlagen: %3</translation>
        </message>
    </context>
    <context>
        <name>BatchBackend</name>
        <message>
            <source>the %1 listing has more than %2 batches, but the gateway cannot page it: showing the newest %2</source>
            <translation>die %1-Liste hat mehr als %2 Batches, aber das Gateway kann nicht blättern: die neuesten %2 werden gezeigt</translation>
        </message>
        <message>
            <source>the server sent an empty page that says more pages follow</source>
            <translation>der Server schickte eine leere Seite, laut der weitere Seiten folgen</translation>
        </message>
        <message>
            <source>the server says more pages follow but sent no cursor</source>
            <translation>laut Server folgen weitere Seiten, aber er schickte keinen Cursor</translation>
        </message>
        <message>
            <source>the server repeated the page cursor "%1"</source>
            <translation>der Server wiederholte den Seiten-Cursor „%1“</translation>
        </message>
        <message>
            <source>the listing has more than %1 pages</source>
            <translation>die Liste hat mehr als %1 Seiten</translation>
        </message>
        <message>
            <source>the connection was closed</source>
            <translation>die Verbindung wurde geschlossen</translation>
        </message>
        <message>
            <source>the answer has no batch id</source>
            <translation>die Antwort enthält keine Batch-ID</translation>
        </message>
        <message>
            <source>%1 (stopped after %2 pages, %3 batches)</source>
            <translation>%1 (angehalten nach %2 Seiten, %3 Batches)</translation>
        </message>
        <message>
            <source>more batches may match than the first %1</source>
            <translation>womöglich passen mehr Batches als die ersten %1</translation>
        </message>
    </context>
    <context>
        <name>BatchCreator</name>
        <message>
            <source>the connection is closed</source>
            <translation>die Verbindung ist geschlossen</translation>
        </message>
    </context>
    <context>
        <name>BatchDecoder</name>
        <message>
            <source>id: missing</source>
            <translation>id: fehlt</translation>
        </message>
        <message>
            <source>data[%1]: expected a batch object, skipped</source>
            <translation>data[%1]: Batch-Objekt erwartet, übersprungen</translation>
        </message>
        <message>
            <source>data: missing, read as an empty page</source>
            <translation>data: fehlt, als leere Seite gelesen</translation>
        </message>
    </context>
    <context>
        <name>BatchDetailsPane</name>
        <message>
            <source>Select a batch to see its details.</source>
            <translation>Wählen Sie einen Batch, um seine Details zu sehen.</translation>
        </message>
        <message>
            <source>Copy the batch id</source>
            <translation>Batch-ID kopieren</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Übersicht</translation>
        </message>
        <message>
            <source>Request counts</source>
            <translation>Anfragezahlen</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Zeitachse</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Dateien</translation>
        </message>
        <message>
            <source>Errors</source>
            <translation>Fehler</translation>
        </message>
        <message>
            <source>Metadata</source>
            <translation>Metadaten</translation>
        </message>
        <message>
            <source>Raw JSON</source>
            <translation>Roh-JSON</translation>
        </message>
        <message>
            <source>Batch id</source>
            <translation>Batch-ID</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Schlüssel</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>%1 copied</source>
            <translation>%1 kopiert</translation>
        </message>
        <message>
            <source>Copy %1</source>
            <translation>%1 kopieren</translation>
        </message>
        <message>
            <source>Connection</source>
            <translation>Verbindung</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Anbieter</translation>
        </message>
        <message>
            <source>Endpoint</source>
            <translation>Endpunkt</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modell</translation>
        </message>
        <message>
            <source>Window</source>
            <translation>Zeitfenster</translation>
        </message>
        <message>
            <source>Status (wire)</source>
            <translation>Status (wie gesendet)</translation>
        </message>
        <message>
            <source>Tokens</source>
            <translation>Tokens</translation>
        </message>
        <message>
            <source>%1 in, %2 out</source>
            <translation>%1 ein, %2 aus</translation>
        </message>
        <message>
            <source>Operation</source>
            <translation>Vorgang</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Fortschritt</translation>
        </message>
        <message>
            <source>Results URL</source>
            <translation>Ergebnis-URL</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Gesamt</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Abgeschlossen</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Fehlgeschlagen</translation>
        </message>
        <message>
            <source>Succeeded</source>
            <translation>Erfolgreich</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>Abgelaufen</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Abgebrochen</translation>
        </message>
        <message>
            <source>Remaining</source>
            <translation>Verbleibend</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Erstellt</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>In Bearbeitung</translation>
        </message>
        <message>
            <source>Finalizing</source>
            <translation>Finalisierung</translation>
        </message>
        <message>
            <source>Cancelling</source>
            <translation>Wird abgebrochen</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>Läuft ab</translation>
        </message>
        <message>
            <source>Archived</source>
            <translation>Archiviert</translation>
        </message>
        <message>
            <source>Unix time %1</source>
            <translation>Unix-Zeit %1</translation>
        </message>
        <message>
            <source>Input file</source>
            <translation>Eingabedatei</translation>
        </message>
        <message>
            <source>Output file</source>
            <translation>Ausgabedatei</translation>
        </message>
        <message>
            <source>Error file</source>
            <translation>Fehlerdatei</translation>
        </message>
        <message>
            <source>Line %1 — %2</source>
            <translation>Zeile %1 — %2</translation>
        </message>
        <message>
            <source> (param %1)</source>
            <translation> (Parameter %1)</translation>
        </message>
        <message>
            <source>&amp;Retry Now</source>
            <translation>&amp;Jetzt erneut versuchen</translation>
        </message>
        <message>
            <source>Offline since %1: data may be out of date</source>
            <translation>Offline seit %1: Die Daten sind womöglich veraltet</translation>
        </message>
        <message>
            <source>about %1 left</source>
            <translation>noch etwa %1</translation>
        </message>
        <message>
            <source>estimating time left…</source>
            <translation>Restzeit wird geschätzt…</translation>
        </message>
        <message>
            <source>&lt;b style="color:%1"&gt;%2&lt;/b&gt; · %3</source>
            <translation>&lt;b style="color:%1"&gt;%2&lt;/b&gt; · %3</translation>
        </message>
        <message>
            <source>%1 (provider: %2)</source>
            <translation>%1 (Anbieter: %2)</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Erledigt</translation>
        </message>
        <message>
            <source>Not run</source>
            <translation>Nicht ausgeführt</translation>
        </message>
        <message>
            <source>will not finish before it expires, at this pace</source>
            <translation>wird bei diesem Tempo nicht vor Ablauf fertig</translation>
        </message>
        <message>
            <source>more than %1 days left, at this pace</source>
            <translation>bei diesem Tempo noch mehr als %1 Tage</translation>
        </message>
        <message>
            <source>Failures</source>
            <translation>Fehlschläge</translation>
        </message>
    </context>
    <context>
        <name>BatchFilterProxy</name>
        <message>
            <source>No batches match "%1"</source>
            <translation>Keine Batches passen zu „%1“</translation>
        </message>
    </context>
    <context>
        <name>BatchTableModel</name>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Connection</source>
            <translation>Verbindung</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Anbieter</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Fortschritt</translation>
        </message>
        <message>
            <source>Endpoint</source>
            <translation>Endpunkt</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modell</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Erstellt</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>Läuft ab</translation>
        </message>
        <message>
            <source>Metadata</source>
            <translation>Metadaten</translation>
        </message>
        <message>
            <source>%1/%2</source>
            <translation>%1/%2</translation>
        </message>
        <message>
            <source>%1 succeeded, %2 failed, %3 expired, %4 cancelled, %5 remaining of %6</source>
            <translation>%1 erfolgreich, %2 fehlgeschlagen, %3 abgelaufen, %4 abgebrochen, %5 verbleibend von %6</translation>
        </message>
        <message>
            <source>%1 (provider status: %2)</source>
            <translation>%1 (Anbieterstatus: %2)</translation>
        </message>
        <message>
            <source>Elapsed: %1</source>
            <translation>Dauer: %1</translation>
        </message>
        <message>
            <source>Elapsed</source>
            <translation>Dauer</translation>
        </message>
        <message>
            <source>ETA</source>
            <translation>Restzeit</translation>
        </message>
        <message>
            <source>Time since the batch started running, until it finished</source>
            <translation>Zeit seit dem Start des Batches, bis er fertig war</translation>
        </message>
        <message>
            <source>Estimated time until a running batch is done, from the pace seen across refreshes</source>
            <translation>Geschätzte Zeit, bis ein laufender Batch fertig ist, aus dem Tempo der letzten Aktualisierungen</translation>
        </message>
        <message>
            <source>Last seen %1. Its connection is offline, so this row may be out of date.</source>
            <translation>Zuletzt gesehen %1. Die Verbindung ist offline, diese Zeile ist womöglich veraltet.</translation>
        </message>
        <message>
            <source>Done in about %1, at the pace seen so far</source>
            <translation>Fertig in etwa %1, beim bisherigen Tempo</translation>
        </message>
        <message>
            <source>after expiry</source>
            <translation>nach Ablauf</translation>
        </message>
        <message>
            <source>over %1 days</source>
            <translation>über %1 Tage</translation>
        </message>
        <message>
            <source>At the pace seen so far, it will not finish before it expires.</source>
            <translation>Beim bisherigen Tempo wird der Batch nicht vor seinem Ablauf fertig.</translation>
        </message>
        <message>
            <source>At the pace seen so far, it would take more than %1 days.</source>
            <translation>Beim bisherigen Tempo würde es mehr als %1 Tage dauern.</translation>
        </message>
    </context>
    <context>
        <name>BatchTableView</name>
        <message>
            <source>Columns</source>
            <translation>Spalten</translation>
        </message>
        <message>
            <source>Fit Columns to Contents</source>
            <translation>Spalten an Inhalt anpassen</translation>
        </message>
        <message>
            <source>Scroll to the top to see them</source>
            <translation>Nach oben blättern, um sie zu sehen</translation>
        </message>
        <message numerus="yes">
            <source>%Ln new batch(es) ↑</source>
            <translation>
                <numerusform>%Ln neuer Batch ↑</numerusform>
                <numerusform>%Ln neue Batches ↑</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BulkBatchAction</name>
        <message>
            <source>its connection is closed</source>
            <translation>seine Verbindung ist geschlossen</translation>
        </message>
        <message>
            <source>%1 is already %2</source>
            <translation>%1 ist bereits %2</translation>
        </message>
        <message>
            <source>%1 batches cannot be deleted</source>
            <translation>%1-Batches können nicht gelöscht werden</translation>
        </message>
        <message>
            <source>%1 is still %2; only ended batches can be deleted</source>
            <translation>%1 ist noch %2; nur beendete Batches lassen sich löschen</translation>
        </message>
    </context>
    <context>
        <name>CertificateSummary</name>
        <message>
            <source>The server sent no certificate.</source>
            <translation>Der Server hat kein Zertifikat gesendet.</translation>
        </message>
        <message>
            <source>Subject: %1</source>
            <translation>Inhaber: %1</translation>
        </message>
        <message>
            <source>Issuer: %1 (self-signed)</source>
            <translation>Aussteller: %1 (selbst signiert)</translation>
        </message>
        <message>
            <source>Issuer: %1</source>
            <translation>Aussteller: %1</translation>
        </message>
        <message>
            <source>Expired: %1</source>
            <translation>Abgelaufen: %1</translation>
        </message>
        <message>
            <source>Expires: %1</source>
            <translation>Läuft ab: %1</translation>
        </message>
        <message>
            <source>SHA-256: %1</source>
            <translation>SHA-256: %1</translation>
        </message>
    </context>
    <context>
        <name>ChainMetadata</name>
        <message>
            <source>the key "%1" is reserved for the retry chain; it was left out</source>
            <translation>der Schlüssel „%1“ ist der Wiederholungskette vorbehalten; er wurde weggelassen</translation>
        </message>
        <message>
            <source>the key "%1…" is longer than %2 characters</source>
            <translation>der Schlüssel „%1…“ ist länger als %2 Zeichen</translation>
        </message>
        <message>
            <source>the value of "%1" is longer than %2 characters</source>
            <translation>der Wert von „%1“ ist länger als %2 Zeichen</translation>
        </message>
        <message>
            <source>"%1" does not fit: the provider allows %2 metadata pairs, %3 of them for the chain</source>
            <translation>„%1“ passt nicht: der Anbieter erlaubt %2 Metadatenpaare, %3 davon für die Kette</translation>
        </message>
        <message>
            <source>not carried over from the retried batch (the provider allows %1 metadata pairs): %2</source>
            <translation>nicht aus dem wiederholten Batch übernommen (der Anbieter erlaubt %1 Metadatenpaare): %2</translation>
        </message>
    </context>
    <context>
        <name>ConnectionSelector</name>
        <message>
            <source>The connection whose batches are shown</source>
            <translation>Die Verbindung, deren Batches angezeigt werden</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(keine)</translation>
        </message>
        <message>
            <source>Manage Connections…</source>
            <translation>Verbindungen verwalten…</translation>
        </message>
    </context>
    <context>
        <name>ConnectionSwitcher</name>
        <message>
            <source>Demo gateway</source>
            <translation>Demo-Gateway</translation>
        </message>
        <message>
            <source>Gateway</source>
            <translation>Gateway</translation>
        </message>
        <message>
            <source>All connections</source>
            <translation>Alle Verbindungen</translation>
        </message>
        <message>
            <source>Opened %1 (%2)</source>
            <translation>%1 geöffnet (%2)</translation>
        </message>
    </context>
    <context>
        <name>ConnectionsDialog</name>
        <message>
            <source>Connections</source>
            <translation>Verbindungen</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Hinzufügen</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Entfernen</translation>
        </message>
        <message>
            <source>Connection</source>
            <translation>Verbindung</translation>
        </message>
        <message>
            <source>Sent as Authorization: Bearer. Stored in the system keychain.</source>
            <translation>Wird als Authorization: Bearer gesendet. Im Schlüsselbund des Systems gespeichert.</translation>
        </message>
        <message>
            <source>Name: value (one per line)</source>
            <translation>Name: Wert (einer pro Zeile)</translation>
        </message>
        <message>
            <source>Bifrost gateway</source>
            <translation>Bifrost-Gateway</translation>
        </message>
        <message>
            <source>OpenAI (direct)</source>
            <translation>OpenAI (direkt)</translation>
        </message>
        <message>
            <source>Anthropic (direct)</source>
            <translation>Anthropic (direkt)</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>Ö&amp;ffnen</translation>
        </message>
        <message>
            <source>Save and show this connection's batches</source>
            <translation>Speichern und die Batches dieser Verbindung anzeigen</translation>
        </message>
        <message>
            <source>No system keychain is available: keys are kept in memory for this session only.</source>
            <translation>Kein Schlüsselbund verfügbar: Schlüssel bleiben nur für diese Sitzung im Speicher.</translation>
        </message>
        <message>
            <source>Keys are stored in the system keychain, never in the settings file.</source>
            <translation>Schlüssel werden im Schlüsselbund des Systems gespeichert, nie in der Einstellungsdatei.</translation>
        </message>
        <message>
            <source>Sent as x-api-key. Stored in the system keychain.</source>
            <translation>Wird als x-api-key gesendet. Im Schlüsselbund des Systems gespeichert.</translation>
        </message>
        <message>
            <source>OpenAI-Organization: org-…
OpenAI-Project: proj_…</source>
            <translation>OpenAI-Organization: org-…
OpenAI-Project: proj_…</translation>
        </message>
        <message>
            <source>header line %1 is not "Name: value"</source>
            <translation>Header-Zeile %1 hat nicht die Form „Name: Wert“</translation>
        </message>
        <message>
            <source>Give the connection a name.</source>
            <translation>Geben Sie der Verbindung einen Namen.</translation>
        </message>
        <message>
            <source>Another connection is already called "%1".</source>
            <translation>Eine andere Verbindung heißt bereits „%1“.</translation>
        </message>
        <message>
            <source>The base URL must start with http:// or https://.</source>
            <translation>Die Basis-URL muss mit http:// oder https:// beginnen.</translation>
        </message>
        <message>
            <source>Name at least one provider, for example openai.</source>
            <translation>Nennen Sie mindestens einen Anbieter, zum Beispiel openai.</translation>
        </message>
        <message>
            <source>New connection</source>
            <translation>Neue Verbindung</translation>
        </message>
        <message>
            <source>Remove connection</source>
            <translation>Verbindung entfernen</translation>
        </message>
        <message>
            <source>Remove "%1" and forget its keys?</source>
            <translation>„%1“ entfernen und seine Schlüssel vergessen?</translation>
        </message>
        <message>
            <source>%1 …</source>
            <translation>%1 …</translation>
        </message>
        <message numerus="yes">
            <source>%1 ✓ more than %Ln batches</source>
            <translation>
                <numerusform>%1 ✓ mehr als %Ln Batch</numerusform>
                <numerusform>%1 ✓ mehr als %Ln Batches</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 ✓ %Ln batch(es)</source>
            <translation>
                <numerusform>%1 ✓ %Ln Batch</numerusform>
                <numerusform>%1 ✓ %Ln Batches</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 ✗ %2</source>
            <translation>%1 ✗ %2</translation>
        </message>
        <message>
            <source>✗ Not saved: %1</source>
            <translation>✗ Nicht gespeichert: %1</translation>
        </message>
        <message>
            <source>Native routes (/v1)</source>
            <translation>Eigene Routen (/v1)</translation>
        </message>
        <message>
            <source>OpenAI-compatible routes (/openai/v1)</source>
            <translation>OpenAI-kompatible Routen (/openai/v1)</translation>
        </message>
        <message>
            <source>Choose a CA certificate file</source>
            <translation>CA-Zertifikatsdatei wählen</translation>
        </message>
        <message>
            <source>Choose a client certificate file</source>
            <translation>Client-Zertifikatsdatei wählen</translation>
        </message>
        <message>
            <source>Choose the client key file</source>
            <translation>Datei mit dem Client-Schlüssel wählen</translation>
        </message>
        <message>
            <source>PEM files (*.pem *.crt *.cer *.key);;All files (*)</source>
            <translation>PEM-Dateien (*.pem *.crt *.cer *.key);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>%1…%2 (SHA-256)</source>
            <translation>%1…%2 (SHA-256)</translation>
        </message>
        <message>
            <source>The server's certificate is not the one you trusted for this connection. Trust the new one only if its operators say it changed.</source>
            <translation>Das Zertifikat des Servers ist nicht das, dem Sie für diese Verbindung vertraut haben. Vertrauen Sie dem neuen nur, wenn seine Betreiber den Wechsel bestätigen.</translation>
        </message>
        <message>
            <source>No authority this connection trusts vouches for the server's certificate.</source>
            <translation>Keine Zertifizierungsstelle, der diese Verbindung vertraut, bürgt für das Zertifikat des Servers.</translation>
        </message>
        <message>
            <source>⚠ The key is sent unencrypted to %1. Use https:// unless this network is trusted.</source>
            <translation>⚠ Der Schlüssel wird unverschlüsselt an %1 gesendet. Verwenden Sie https://, es sei denn, dieses Netz ist vertrauenswürdig.</translation>
        </message>
        <message>
            <source>A client certificate needs its key file, and a key file its certificate.</source>
            <translation>Ein Client-Zertifikat braucht seine Schlüsseldatei und eine Schlüsseldatei ihr Zertifikat.</translation>
        </message>
        <message>
            <source>&amp;General</source>
            <translation>All&amp;gemein</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Art:</translation>
        </message>
        <message>
            <source>Base &amp;URL:</source>
            <translation>Basis-&amp;URL:</translation>
        </message>
        <message>
            <source>http://localhost:8080</source>
            <translation>http://localhost:8080</translation>
        </message>
        <message>
            <source>Rout&amp;es:</source>
            <translation>R&amp;outen:</translation>
        </message>
        <message>
            <source>Which of the gateway's routes to call. Some deployments expose only the OpenAI-compatible ones; those have no /results route, so results come from the output and error files.</source>
            <translation>Welche Routen des Gateways aufgerufen werden. Manche Installationen bieten nur die OpenAI-kompatiblen an; diese haben keine /results-Route, die Ergebnisse kommen dann aus der Ausgabe- und der Fehlerdatei.</translation>
        </message>
        <message>
            <source>&amp;Providers:</source>
            <translation>Anb&amp;ieter:</translation>
        </message>
        <message>
            <source>openai, anthropic</source>
            <translation>openai, anthropic</translation>
        </message>
        <message>
            <source>The gateway's providers to show, separated by commas</source>
            <translation>Die anzuzeigenden Anbieter des Gateways, durch Kommas getrennt</translation>
        </message>
        <message>
            <source>API ke&amp;y:</source>
            <translation>API-&amp;Schlüssel:</translation>
        </message>
        <message>
            <source>&amp;Virtual key:</source>
            <translation>&amp;Virtueller Schlüssel:</translation>
        </message>
        <message>
            <source>sk-bf-…</source>
            <translation>sk-bf-…</translation>
        </message>
        <message>
            <source>A Bifrost virtual key, sent as x-bf-vk. Stored in the system keychain.</source>
            <translation>Ein virtueller Bifrost-Schlüssel, gesendet als x-bf-vk. Im Schlüsselbund des Systems gespeichert.</translation>
        </message>
        <message>
            <source>Extra &amp;headers:</source>
            <translation>Zusätzliche Hea&amp;der:</translation>
        </message>
        <message>
            <source>Ti&amp;meout:</source>
            <translation>&amp;Zeitlimit:</translation>
        </message>
        <message>
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <source>Re&amp;fresh every:</source>
            <translation>Aktua&amp;lisieren alle:</translation>
        </message>
        <message>
            <source>TL&amp;S</source>
            <translation>TLS-Zertifi&amp;kate</translation>
        </message>
        <message>
            <source>CA cert&amp;ificate:</source>
            <translation>&amp;CA-Zertifikat:</translation>
        </message>
        <message>
            <source>None: the system's authorities only</source>
            <translation>Keins: nur die Zertifizierungsstellen des Systems</translation>
        </message>
        <message>
            <source>A PEM file of certificate authorities to trust for this connection only, besides the system's. For gateways behind a private or company authority.</source>
            <translation>Eine PEM-Datei mit Zertifizierungsstellen, denen nur diese Verbindung zusätzlich zu denen des Systems vertraut. Für Gateways hinter einer privaten oder firmeneigenen Zertifizierungsstelle.</translation>
        </message>
        <message>
            <source>…</source>
            <translation>…</translation>
        </message>
        <message>
            <source>C&amp;lient certificate:</source>
            <translation>Client-Ze&amp;rtifikat:</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Keins</translation>
        </message>
        <message>
            <source>A PEM client certificate, for gateways that require mutual TLS.</source>
            <translation>Ein Client-Zertifikat im PEM-Format, für Gateways, die gegenseitiges TLS verlangen.</translation>
        </message>
        <message>
            <source>Client key (unencrypte&amp;d):</source>
            <translation>Client-Schlüssel (&amp;PEM, unverschlüsselt):</translation>
        </message>
        <message>
            <source>The client certificate's private key, an unencrypted PEM file. Only its path is saved.</source>
            <translation>Der private Schlüssel des Client-Zertifikats, eine unverschlüsselte PEM-Datei. Gespeichert wird nur ihr Pfad.</translation>
        </message>
        <message>
            <source>Trusted certificate:</source>
            <translation>Vertrautes Zertifikat:</translation>
        </message>
        <message>
            <source>Forget this &amp;certificate</source>
            <translation>Zertifikat nicht &amp;mehr vertrauen</translation>
        </message>
        <message>
            <source>Forget the certificate you chose to trust for this connection</source>
            <translation>Das Zertifikat vergessen, dem Sie für diese Verbindung vertraut haben</translation>
        </message>
        <message>
            <source>&amp;Test</source>
            <translation>&amp;Testen</translation>
        </message>
        <message>
            <source>Trust this certificate for this connection</source>
            <translation>Diesem Zertifikat für diese Verbindung vertrauen</translation>
        </message>
        <message>
            <source>Pin this certificate's SHA-256 fingerprint in the connection. Only this exact certificate is trusted; another one fails again.</source>
            <translation>Den SHA-256-Fingerabdruck dieses Zertifikats in der Verbindung festhalten. Vertraut wird nur genau diesem Zertifikat; ein anderes scheitert wieder.</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export Results</source>
            <translation>Ergebnisse exportieren</translation>
        </message>
        <message>
            <source>What to export</source>
            <translation>Was exportieren</translation>
        </message>
        <message>
            <source>All rows</source>
            <translation>Alle Zeilen</translation>
        </message>
        <message>
            <source>The current filter</source>
            <translation>Der aktuelle Filter</translation>
        </message>
        <message>
            <source>The selected rows</source>
            <translation>Die ausgewählten Zeilen</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>As received: the provider's JSONL lines, byte for byte</source>
            <translation>Wie empfangen: die JSONL-Zeilen des Anbieters, Byte für Byte</translation>
        </message>
        <message>
            <source>Normalized: {"custom_id", "outcome", "status_code", "body", "error"} per line</source>
            <translation>Normalisiert: {"custom_id", "outcome", "status_code", "body", "error"} pro Zeile</translation>
        </message>
        <message>
            <source>results.jsonl</source>
            <translation>results.jsonl</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Durchsuchen…</translation>
        </message>
        <message>
            <source>All rows (%1)</source>
            <translation>Alle Zeilen (%1)</translation>
        </message>
        <message>
            <source>The current filter (%1)</source>
            <translation>Der aktuelle Filter (%1)</translation>
        </message>
        <message>
            <source>The selected rows (%1)</source>
            <translation>Die ausgewählten Zeilen (%1)</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Exportieren</translation>
        </message>
        <message>
            <source>JSON Lines (*.jsonl);;All files (*)</source>
            <translation>JSON Lines (*.jsonl);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Choose a file to write.</source>
            <translation>Wählen Sie eine Zieldatei.</translation>
        </message>
        <message>
            <source>Writing %1…</source>
            <translation>Schreibe %1…</translation>
        </message>
        <message>
            <source>Export cancelled. The file was left as it was.</source>
            <translation>Export abgebrochen. Die Datei blieb unverändert.</translation>
        </message>
        <message>
            <source>✗ Export failed: %1. The file was left as it was.</source>
            <translation>✗ Export fehlgeschlagen: %1. Die Datei blieb unverändert.</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %Ln row(s), %1.</source>
            <translation>
                <numerusform>%Ln Zeile geschrieben, %1.</numerusform>
                <numerusform>%Ln Zeilen geschrieben, %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FailureGroupsPanel</name>
        <message>
            <source>Show &amp;All Rows</source>
            <translation>&amp;Alle Zeilen zeigen</translation>
        </message>
        <message>
            <source>Retry &amp;These…</source>
            <translation>&amp;Diese wiederholen…</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Anzahl</translation>
        </message>
        <message>
            <source>HTTP</source>
            <translation>HTTP</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Meldung</translation>
        </message>
        <message>
            <source>Example</source>
            <translation>Beispiel</translation>
        </message>
        <message>
            <source>Failure groups</source>
            <translation>Fehlergruppen</translation>
        </message>
        <message>
            <source>Show every row of the batch again</source>
            <translation>Wieder alle Zeilen des Batches zeigen</translation>
        </message>
        <message>
            <source>Send exactly the requests of the chosen group again, as a new batch</source>
            <translation>Genau die Anfragen der gewählten Gruppe erneut senden, als neuen Batch</translation>
        </message>
        <message>
            <source>No request failed.</source>
            <translation>Keine Anfrage ist fehlgeschlagen.</translation>
        </message>
    </context>
    <context>
        <name>FailureSummary</name>
        <message>
            <source>HTTP %1</source>
            <translation>HTTP %1</translation>
        </message>
        <message>
            <source>no error code</source>
            <translation>kein Fehlercode</translation>
        </message>
        <message>
            <source>%1 × %2</source>
            <translation>%1 × %2</translation>
        </message>
        <message>
            <source>%1 other</source>
            <translation>%1 weitere</translation>
        </message>
        <message>
            <source>%1 failed: %2</source>
            <translation>%1 fehlgeschlagen: %2</translation>
        </message>
    </context>
    <context>
        <name>FinishNotifier</name>
        <message>
            <source>Batch Console</source>
            <translation>Batch Console</translation>
        </message>
        <message>
            <source>Batch %1</source>
            <translation>Batch %1</translation>
        </message>
        <message>
            <source>Batch %1 %2: %3</source>
            <translation>Batch %1 %2: %3</translation>
        </message>
    </context>
    <context>
        <name>HttpCall</name>
        <message>
            <source>cannot read %1: %2</source>
            <translation>%1 kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>no answer from %1 within %2 s</source>
            <translation>keine Antwort von %1 innerhalb von %2 s</translation>
        </message>
        <message>
            <source>cannot open for writing</source>
            <translation>kann nicht zum Schreiben geöffnet werden</translation>
        </message>
        <message>
            <source>cannot write %1: %2</source>
            <translation>%1 kann nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>the answer was cut off after %1 of %2 bytes</source>
            <translation>die Antwort brach nach %1 von %2 Bytes ab</translation>
        </message>
        <message>
            <source>cannot write %1</source>
            <translation>%1 kann nicht geschrieben werden</translation>
        </message>
        <message>
            <source>cannot save %1: %2</source>
            <translation>%1 kann nicht gespeichert werden: %2</translation>
        </message>
        <message>
            <source>the server's certificate is not the one trusted for this connection (%1)</source>
            <translation>das Zertifikat des Servers ist nicht das, dem diese Verbindung vertraut (%1)</translation>
        </message>
        <message>
            <source>%1 (if the server requires a client certificate, set one for this connection)</source>
            <translation>%1 (falls der Server ein Client-Zertifikat verlangt, legen Sie eines für diese Verbindung fest)</translation>
        </message>
    </context>
    <context>
        <name>JsonFieldReader</name>
        <message>
            <source>expected a string, got %1</source>
            <translation>Zeichenkette erwartet, %1 erhalten</translation>
        </message>
        <message>
            <source>expected a count, got the string "%1"</source>
            <translation>Anzahl erwartet, Zeichenkette „%1“ erhalten</translation>
        </message>
        <message>
            <source>count sent as a string</source>
            <translation>Anzahl als Zeichenkette gesendet</translation>
        </message>
        <message>
            <source>expected a count, got %1</source>
            <translation>Anzahl erwartet, %1 erhalten</translation>
        </message>
        <message>
            <source>count is not finite</source>
            <translation>Anzahl ist nicht endlich</translation>
        </message>
        <message>
            <source>negative count %1 read as 0</source>
            <translation>negative Anzahl %1 als 0 gelesen</translation>
        </message>
        <message>
            <source>count %1 is out of range</source>
            <translation>Anzahl %1 liegt außerhalb des Bereichs</translation>
        </message>
        <message>
            <source>count %1 is not a whole number</source>
            <translation>Anzahl %1 ist keine ganze Zahl</translation>
        </message>
        <message>
            <source>unreadable timestamp "%1"</source>
            <translation>unlesbarer Zeitstempel „%1“</translation>
        </message>
        <message>
            <source>timestamp sent as a string</source>
            <translation>Zeitstempel als Zeichenkette gesendet</translation>
        </message>
        <message>
            <source>expected a timestamp, got %1</source>
            <translation>Zeitstempel erwartet, %1 erhalten</translation>
        </message>
        <message>
            <source>timestamp %1 is out of range</source>
            <translation>Zeitstempel %1 liegt außerhalb des Bereichs</translation>
        </message>
        <message>
            <source>expected a boolean, got %1</source>
            <translation>Wahrheitswert erwartet, %1 erhalten</translation>
        </message>
        <message>
            <source>expected a number, got %1</source>
            <translation>Zahl erwartet, %1 erhalten</translation>
        </message>
        <message>
            <source>expected an object, got %1</source>
            <translation>Objekt erwartet, %1 erhalten</translation>
        </message>
        <message>
            <source>expected an array, got %1</source>
            <translation>Liste erwartet, %1 erhalten</translation>
        </message>
        <message>
            <source>value of "%1" is not a string</source>
            <translation>Wert von „%1“ ist keine Zeichenkette</translation>
        </message>
    </context>
    <context>
        <name>JsonTreeModel</name>
        <message>
            <source>Key</source>
            <translation>Schlüssel</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>(not JSON)</source>
            <translation>(kein JSON)</translation>
        </message>
        <message>
            <source>object</source>
            <translation>Objekt</translation>
        </message>
        <message>
            <source>array</source>
            <translation>Array</translation>
        </message>
        <message>
            <source>…</source>
            <translation>…</translation>
        </message>
        <message>
            <source>string</source>
            <translation>Zeichenkette</translation>
        </message>
        <message>
            <source>number</source>
            <translation>Zahl</translation>
        </message>
        <message>
            <source>boolean</source>
            <translation>Wahrheitswert</translation>
        </message>
        <message>
            <source>null</source>
            <translation>null</translation>
        </message>
        <message numerus="yes">
            <source>{%Ln key(s)}</source>
            <translation>
                <numerusform>{%Ln Schlüssel}</numerusform>
                <numerusform>{%Ln Schlüssel}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>[%Ln item(s)]</source>
            <translation>
                <numerusform>[%Ln Element]</numerusform>
                <numerusform>[%Ln Elemente]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln more</source>
            <translation>
                <numerusform>%Ln weiteres</numerusform>
                <numerusform>%Ln weitere</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LogPanel</name>
        <message>
            <source>&amp;Copy Selected</source>
            <translation>Auswahl &amp;kopieren</translation>
        </message>
        <message>
            <source>C&amp;lear</source>
            <translation>&amp;Leeren</translation>
        </message>
        <message>
            <source>Log</source>
            <translation>Protokoll</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Batch Console</source>
            <translation>Batch Console</translation>
        </message>
        <message>
            <source>Welcome to Batch Console</source>
            <translation>Willkommen bei Batch Console</translation>
        </message>
        <message>
            <source>Watch every batch on a Bifrost gateway, OpenAI or Anthropic in one live table. There is no connection yet: try the built-in demo gateway, or add your own.</source>
            <translation>Verfolgen Sie jeden Batch auf einem Bifrost-Gateway, bei OpenAI oder Anthropic in einer lebendigen Tabelle. Noch gibt es keine Verbindung: Probieren Sie das eingebaute Demo-Gateway aus oder fügen Sie Ihre eigene hinzu.</translation>
        </message>
        <message>
            <source>Try the &amp;Demo Gateway</source>
            <translation>&amp;Demo-Gateway ausprobieren</translation>
        </message>
        <message>
            <source>&amp;Add a Connection…</source>
            <translation>Verbindung &amp;hinzufügen…</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;Batch</source>
            <translation>&amp;Batch</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>Toolbar</source>
            <translation>Werkzeugleiste</translation>
        </message>
        <message>
            <source>&amp;Connections…</source>
            <translation>&amp;Verbindungen…</translation>
        </message>
        <message>
            <source>Ctrl+Shift+O</source>
            <translation>Ctrl+Shift+O</translation>
        </message>
        <message>
            <source>&amp;New Batch…</source>
            <translation>&amp;Neuer Batch…</translation>
        </message>
        <message>
            <source>Create a batch from a JSONL file (Ctrl+N)</source>
            <translation>Einen Batch aus einer JSONL-Datei erstellen (Strg+N)</translation>
        </message>
        <message>
            <source>Ctrl+N</source>
            <translation>Ctrl+N</translation>
        </message>
        <message>
            <source>&amp;Export Results…</source>
            <translation>Ergebnisse &amp;exportieren…</translation>
        </message>
        <message>
            <source>Export the results of the selected batch to JSONL (Ctrl+E)</source>
            <translation>Die Ergebnisse des ausgewählten Batches als JSONL exportieren (Strg+E)</translation>
        </message>
        <message>
            <source>Ctrl+E</source>
            <translation>Ctrl+E</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>Ctrl+Q</source>
            <translation>Ctrl+Q</translation>
        </message>
        <message>
            <source>&amp;Open Results</source>
            <translation>Ergebnisse ö&amp;ffnen</translation>
        </message>
        <message>
            <source>Open the per-request results of the selected batch (Enter)</source>
            <translation>Die Ergebnisse je Anfrage des ausgewählten Batches öffnen (Eingabetaste)</translation>
        </message>
        <message>
            <source>&amp;Cancel Batch…</source>
            <translation>Batch a&amp;bbrechen…</translation>
        </message>
        <message>
            <source>Cancel the selected batches (Del)</source>
            <translation>Die ausgewählten Batches abbrechen (Entf)</translation>
        </message>
        <message>
            <source>Del</source>
            <translation>Del</translation>
        </message>
        <message>
            <source>Copy &amp;Id</source>
            <translation>&amp;ID kopieren</translation>
        </message>
        <message>
            <source>Ctrl+C</source>
            <translation>Ctrl+C</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>Akt&amp;ualisieren</translation>
        </message>
        <message>
            <source>Refresh every batch now (F5)</source>
            <translation>Alle Batches jetzt aktualisieren (F5)</translation>
        </message>
        <message>
            <source>F5</source>
            <translation>F5</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>&amp;Suchen…</translation>
        </message>
        <message>
            <source>Ctrl+F</source>
            <translation>Ctrl+F</translation>
        </message>
        <message>
            <source>&amp;Details Pane</source>
            <translation>&amp;Detailbereich</translation>
        </message>
        <message>
            <source>Ctrl+D</source>
            <translation>Ctrl+D</translation>
        </message>
        <message>
            <source>&amp;Log</source>
            <translation>&amp;Protokoll</translation>
        </message>
        <message>
            <source>Ctrl+L</source>
            <translation>Ctrl+L</translation>
        </message>
        <message>
            <source>&amp;About Batch Console</source>
            <translation>&amp;Über Batch Console</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>Über &amp;Qt</translation>
        </message>
        <message>
            <source>Connection:</source>
            <translation>Verbindung:</translation>
        </message>
        <message>
            <source>Provider:</source>
            <translation>Anbieter:</translation>
        </message>
        <message>
            <source>All connections — Batch Console</source>
            <translation>Alle Verbindungen — Batch Console</translation>
        </message>
        <message>
            <source>%1 — Batch Console</source>
            <translation>%1 — Batch Console</translation>
        </message>
        <message>
            <source>Connecting to %1…</source>
            <translation>Verbinde mit %1…</translation>
        </message>
        <message>
            <source>Demo gateway</source>
            <translation>Demo-Gateway</translation>
        </message>
        <message>
            <source>The demo gateway could not start: %1</source>
            <translation>Das Demo-Gateway konnte nicht starten: %1</translation>
        </message>
        <message>
            <source>Refreshing…</source>
            <translation>Aktualisiere…</translation>
        </message>
        <message>
            <source>Created %1</source>
            <translation>%1 erstellt</translation>
        </message>
        <message>
            <source>De&amp;lete Batch…</source>
            <translation>Batch &amp;löschen…</translation>
        </message>
        <message>
            <source>Delete the selected ended batches (Anthropic only)</source>
            <translation>Die ausgewählten beendeten Batches löschen (nur Anthropic)</translation>
        </message>
        <message>
            <source>Shift+Del</source>
            <translation>Shift+Del</translation>
        </message>
        <message>
            <source>Retrying…</source>
            <translation>Neuer Versuch…</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>No system keychain: keys you enter are kept for this session only.</source>
            <translation>Kein Schlüsselbund verfügbar: Eingegebene Schlüssel gelten nur für diese Sitzung.</translation>
        </message>
        <message>
            <source>Loading batches…</source>
            <translation>Lade Batches…</translation>
        </message>
        <message numerus="yes">
            <source>Created batch %1 with %Ln request(s).</source>
            <translation>
                <numerusform>Batch %1 mit %Ln Anfrage erstellt.</numerusform>
                <numerusform>Batch %1 mit %Ln Anfragen erstellt.</numerusform>
            </translation>
        </message>
        <message>
            <source>Re&amp;try Batch…</source>
            <translation>Batch &amp;wiederholen…</translation>
        </message>
        <message>
            <source>Send what failed, expired, was cancelled or is missing again, as a new batch (Ctrl+Shift+R)</source>
            <translation>Fehlgeschlagenes, Abgelaufenes, Abgebrochenes oder Fehlendes erneut senden, als neuen Batch (Strg+Umschalt+R)</translation>
        </message>
        <message>
            <source>Ctrl+Shift+R</source>
            <translation>Ctrl+Shift+R</translation>
        </message>
        <message>
            <source>Only an ended batch can be retried: %1 is %2</source>
            <translation>Nur ein beendeter Batch kann wiederholt werden: %1 ist %2</translation>
        </message>
        <message numerus="yes">
            <source>Sent %Ln request(s) again as batch %1.</source>
            <translation>
                <numerusform>%Ln Anfrage erneut als Batch %1 gesendet.</numerusform>
                <numerusform>%Ln Anfragen erneut als Batch %1 gesendet.</numerusform>
            </translation>
        </message>
        <message>
            <source>Created %1, a retry of %2</source>
            <translation>%1 erstellt, eine Wiederholung von %2</translation>
        </message>
        <message numerus="yes">
            <source>Saved %Ln request(s) to %1; nothing was sent.</source>
            <translation>
                <numerusform>%Ln Anfrage in %1 gespeichert; nichts wurde gesendet.</numerusform>
                <numerusform>%Ln Anfragen in %1 gespeichert; nichts wurde gesendet.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NewBatchDialog</name>
        <message>
            <source>New Batch</source>
            <translation>Neuer Batch</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>Anfragen</translation>
        </message>
        <message>
            <source>A JSONL file: one request per line</source>
            <translation>Eine JSONL-Datei: eine Anfrage pro Zeile</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Durchsuchen…</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Anhalten</translation>
        </message>
        <message>
            <source>Batch</source>
            <translation>Batch</translation>
        </message>
        <message>
            <source>&amp;Provider:</source>
            <translation>&amp;Anbieter:</translation>
        </message>
        <message>
            <source>&amp;Endpoint:</source>
            <translation>&amp;Endpunkt:</translation>
        </message>
        <message>
            <source>&amp;Model:</source>
            <translation>&amp;Modell:</translation>
        </message>
        <message>
            <source>provider/model, e.g. openai/gpt-4o-mini</source>
            <translation>anbieter/modell, z. B. openai/gpt-4o-mini</translation>
        </message>
        <message>
            <source>Completion &amp;window:</source>
            <translation>&amp;Zeitfenster:</translation>
        </message>
        <message>
            <source>Metadata:</source>
            <translation>Metadaten:</translation>
        </message>
        <message>
            <source>Add &amp;row</source>
            <translation>&amp;Zeile hinzufügen</translation>
        </message>
        <message>
            <source>Remove row</source>
            <translation>Zeile entfernen</translation>
        </message>
        <message>
            <source>&amp;Create Batch</source>
            <translation>Batch &amp;erstellen</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Schlüssel</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>Pick a JSONL file. Each line needs a unique custom_id, and method, url and body.</source>
            <translation>Wählen Sie eine JSONL-Datei. Jede Zeile braucht eine eindeutige custom_id sowie method, url und body.</translation>
        </message>
        <message>
            <source>Choose a Request File</source>
            <translation>Anfragedatei wählen</translation>
        </message>
        <message>
            <source>JSON Lines (*.jsonl *.ndjson *.json);;All files (*)</source>
            <translation>JSON Lines (*.jsonl *.ndjson *.json);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Checking every line…</source>
            <translation>Prüfe jede Zeile…</translation>
        </message>
        <message>
            <source>Check stopped.</source>
            <translation>Prüfung angehalten.</translation>
        </message>
        <message>
            <source>Cannot read the file: %1</source>
            <translation>Die Datei kann nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>Warning: %1</source>
            <translation>Warnung: %1</translation>
        </message>
        <message>
            <source>The model comes from each request in the file.</source>
            <translation>Das Modell steht in jeder Anfrage der Datei.</translation>
        </message>
        <message>
            <source>The connection is closed.</source>
            <translation>Die Verbindung ist geschlossen.</translation>
        </message>
        <message>
            <source>Uploading… %1 of %2</source>
            <translation>Lade hoch… %1 von %2</translation>
        </message>
        <message>
            <source>Creating the batch…</source>
            <translation>Erstelle den Batch…</translation>
        </message>
        <message>
            <source>Created %1.</source>
            <translation>%1 erstellt.</translation>
        </message>
        <message>
            <source>Stopped. Nothing was created.</source>
            <translation>Angehalten. Es wurde nichts erstellt.</translation>
        </message>
        <message>
            <source>✗ %1</source>
            <translation>✗ %1</translation>
        </message>
        <message>
            <source>Uploading…</source>
            <translation>Lade hoch…</translation>
        </message>
        <message numerus="yes">
            <source>✗ %Ln problem(s) in %1 lines (%2). Fix the file and pick it again.</source>
            <translation>
                <numerusform>✗ %Ln Problem in %1 Zeilen (%2). Korrigieren Sie die Datei und wählen Sie sie erneut.</numerusform>
                <numerusform>✗ %Ln Probleme in %1 Zeilen (%2). Korrigieren Sie die Datei und wählen Sie sie erneut.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>…and %Ln more</source>
            <translation>
                <numerusform>…und %Ln weiterer</numerusform>
                <numerusform>…und %Ln weitere</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>✓ %Ln request(s), %1. Every line is valid.</source>
            <translation>
                <numerusform>✓ %Ln Anfrage, %1. Jede Zeile ist gültig.</numerusform>
                <numerusform>✓ %Ln Anfragen, %1. Jede Zeile ist gültig.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln request(s) in OpenAI's shape will be sent as Anthropic's {custom_id, params}.</source>
            <translation>
                <numerusform>%Ln Anfrage in OpenAIs Form wird als Anthropics {custom_id, params} gesendet.</numerusform>
                <numerusform>%Ln Anfragen in OpenAIs Form werden als Anthropics {custom_id, params} gesendet.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Warning: %Ln line(s) are in Anthropic's {custom_id, params} shape.</source>
            <translation>
                <numerusform>Warnung: %Ln Zeile hat Anthropics Form {custom_id, params}.</numerusform>
                <numerusform>Warnung: %Ln Zeilen haben Anthropics Form {custom_id, params}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OpenAiCompatibleBackend</name>
        <message>
            <source>the answer has no file id</source>
            <translation>die Antwort enthält keine Datei-ID</translation>
        </message>
    </context>
    <context>
        <name>ProviderSelector</name>
        <message>
            <source>Show the batches of one provider</source>
            <translation>Die Batches eines Anbieters zeigen</translation>
        </message>
        <message>
            <source>All providers</source>
            <translation>Alle Anbieter</translation>
        </message>
    </context>
    <context>
        <name>RefreshScheduler</name>
        <message>
            <source>not connected</source>
            <translation>nicht verbunden</translation>
        </message>
        <message>
            <source>refreshing…</source>
            <translation>aktualisiere…</translation>
        </message>
        <message>
            <source>updated %1</source>
            <translation>aktualisiert %1</translation>
        </message>
        <message>
            <source>online</source>
            <translation>online</translation>
        </message>
        <message>
            <source>offline since %1, retrying in %2 s</source>
            <translation>offline seit %1, neuer Versuch in %2 s</translation>
        </message>
        <message>
            <source>%1 · last update %2</source>
            <translation>%1 · letzte Aktualisierung %2</translation>
        </message>
    </context>
    <context>
        <name>RequestFileCheck</name>
        <message>
            <source>a string is not closed (a missing '"')</source>
            <translation>eine Zeichenkette ist nicht geschlossen (es fehlt ein '"')</translation>
        </message>
        <message>
            <source>the object is not closed (a missing "}")</source>
            <translation>das Objekt ist nicht geschlossen (es fehlt eine „}“)</translation>
        </message>
        <message>
            <source>the array is not closed (a missing "]")</source>
            <translation>die Liste ist nicht geschlossen (es fehlt eine „]“)</translation>
        </message>
        <message>
            <source>a "," or "}" is missing</source>
            <translation>es fehlt ein „,“ oder eine „}“</translation>
        </message>
        <message>
            <source>a ":" is missing after a key</source>
            <translation>nach einem Schlüssel fehlt ein „:“</translation>
        </message>
        <message>
            <source>a "," or "]" is missing</source>
            <translation>es fehlt ein „,“ oder eine „]“</translation>
        </message>
        <message>
            <source>a "," is missing between values</source>
            <translation>zwischen Werten fehlt ein „,“</translation>
        </message>
        <message>
            <source>this is not a JSON value</source>
            <translation>das ist kein JSON-Wert</translation>
        </message>
        <message>
            <source>the line ends in the middle of a number</source>
            <translation>die Zeile endet mitten in einer Zahl</translation>
        </message>
        <message>
            <source>the number is not valid</source>
            <translation>die Zahl ist ungültig</translation>
        </message>
        <message>
            <source>a backslash escape is not valid</source>
            <translation>eine Escape-Sequenz ist ungültig</translation>
        </message>
        <message>
            <source>the text is not valid UTF-8</source>
            <translation>der Text ist kein gültiges UTF-8</translation>
        </message>
        <message>
            <source>a JSON object was expected</source>
            <translation>ein JSON-Objekt wurde erwartet</translation>
        </message>
        <message>
            <source>the JSON is nested too deeply</source>
            <translation>das JSON ist zu tief verschachtelt</translation>
        </message>
        <message>
            <source>the line is too large</source>
            <translation>die Zeile ist zu groß</translation>
        </message>
        <message>
            <source>there is more after the end of the object</source>
            <translation>nach dem Ende des Objekts folgt noch etwas</translation>
        </message>
        <message>
            <source>column %1: %2</source>
            <translation>Spalte %1: %2</translation>
        </message>
        <message>
            <source>line %1: not a JSON object</source>
            <translation>Zeile %1: kein JSON-Objekt</translation>
        </message>
        <message>
            <source>line %1, %2</source>
            <translation>Zeile %1, %2</translation>
        </message>
        <message>
            <source>line %1: custom_id is missing or not a string</source>
            <translation>Zeile %1: custom_id fehlt oder ist keine Zeichenkette</translation>
        </message>
        <message>
            <source>line %1: custom_id "%2" repeats line %3</source>
            <translation>Zeile %1: custom_id „%2“ wiederholt Zeile %3</translation>
        </message>
        <message>
            <source>line %1: missing %2</source>
            <translation>Zeile %1: es fehlt %2</translation>
        </message>
        <message>
            <source>the file holds no requests</source>
            <translation>die Datei enthält keine Anfragen</translation>
        </message>
        <message>
            <source>%1 requests: more than the %2 a single OpenAI batch accepts</source>
            <translation>%1 Anfragen: mehr als die %2, die ein einzelner OpenAI-Batch annimmt</translation>
        </message>
        <message>
            <source>%1: larger than the %2 a single OpenAI batch input accepts</source>
            <translation>%1: größer als die %2, die eine OpenAI-Batch-Eingabe annimmt</translation>
        </message>
    </context>
    <context>
        <name>RequestLookup</name>
        <message>
            <source>This batch has no input file to read requests from.</source>
            <translation>Dieser Batch hat keine Eingabedatei, aus der sich Anfragen lesen lassen.</translation>
        </message>
        <message>
            <source>The input file could not be read: %1</source>
            <translation>Die Eingabedatei konnte nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>The input file could not be indexed: %1</source>
            <translation>Die Eingabedatei konnte nicht indiziert werden: %1</translation>
        </message>
        <message>
            <source>The connection is closed.</source>
            <translation>Die Verbindung ist geschlossen.</translation>
        </message>
        <message>
            <source>Anthropic does not return a batch's requests, and this batch was not created here.</source>
            <translation>Anthropic gibt die Anfragen eines Batches nicht zurück, und dieser Batch wurde nicht hier erstellt.</translation>
        </message>
    </context>
    <context>
        <name>ResultDetailPane</name>
        <message>
            <source>The request is read from the batch's input file.</source>
            <translation>Die Anfrage wird aus der Eingabedatei des Batches gelesen.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Response&lt;/b&gt;</source>
            <translation>&lt;b&gt;Antwort&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Request&lt;/b&gt;</source>
            <translation>&lt;b&gt;Anfrage&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Request &amp;&amp; Response</source>
            <translation>Anfrage &amp;&amp; Antwort</translation>
        </message>
        <message>
            <source>Tree</source>
            <translation>Baum</translation>
        </message>
        <message>
            <source>Raw Line</source>
            <translation>Rohzeile</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Kopieren</translation>
        </message>
        <message>
            <source>Copy what the current tab shows</source>
            <translation>Kopieren, was der aktuelle Reiter zeigt</translation>
        </message>
        <message>
            <source>Select a row to see the whole result.</source>
            <translation>Wählen Sie eine Zeile, um das ganze Ergebnis zu sehen.</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; · &lt;span style="color:%2"&gt;%3&lt;/span&gt;</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; · &lt;span style="color:%2"&gt;%3&lt;/span&gt;</translation>
        </message>
        <message>
            <source> · HTTP %1</source>
            <translation> · HTTP %1</translation>
        </message>
        <message>
            <source>&lt;br&gt;%1 %2</source>
            <translation>&lt;br&gt;%1 %2</translation>
        </message>
    </context>
    <context>
        <name>ResultLineParser</name>
        <message>
            <source>unparsable line %1: %2</source>
            <translation>unlesbare Zeile %1: %2</translation>
        </message>
    </context>
    <context>
        <name>ResultTableModel</name>
        <message>
            <source>custom_id</source>
            <translation>custom_id</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>HTTP</source>
            <translation>HTTP</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Fehler</translation>
        </message>
        <message>
            <source>Tokens in</source>
            <translation>Tokens ein</translation>
        </message>
        <message>
            <source>Tokens out</source>
            <translation>Tokens aus</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modell</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Antwort</translation>
        </message>
        <message>
            <source>succeeded</source>
            <translation>erfolgreich</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>fehlgeschlagen</translation>
        </message>
        <message>
            <source>expired</source>
            <translation>abgelaufen</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>abgebrochen</translation>
        </message>
        <message>
            <source>Succeeded</source>
            <translation>Erfolgreich</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Fehlgeschlagen</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>Abgelaufen</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Abgebrochen</translation>
        </message>
    </context>
    <context>
        <name>ResultsCoordinator</name>
        <message>
            <source>The connection of %1 is closed.</source>
            <translation>Die Verbindung von %1 ist geschlossen.</translation>
        </message>
    </context>
    <context>
        <name>ResultsExporter</name>
        <message>
            <source>cannot write %1: %2</source>
            <translation>%1 kann nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>cannot read %1: %2</source>
            <translation>%1 kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>cannot save %1: %2</source>
            <translation>%1 kann nicht gespeichert werden: %2</translation>
        </message>
        <message>
            <source>standard output</source>
            <translation>Standardausgabe</translation>
        </message>
    </context>
    <context>
        <name>ResultsIndexer</name>
        <message>
            <source>too many result files (%1)</source>
            <translation>zu viele Ergebnisdateien (%1)</translation>
        </message>
        <message>
            <source>cannot read %1: %2</source>
            <translation>%1 kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>cannot map %1: %2</source>
            <translation>%1 kann nicht eingeblendet werden: %2</translation>
        </message>
    </context>
    <context>
        <name>ResultsJsonReader</name>
        <message>
            <source>line %1: %2</source>
            <translation>Zeile %1: %2</translation>
        </message>
        <message>
            <source>the results are not JSON (%1)</source>
            <translation>die Ergebnisse sind kein JSON (%1)</translation>
        </message>
        <message>
            <source>the results are not a JSON object (%1)</source>
            <translation>die Ergebnisse sind kein JSON-Objekt (%1)</translation>
        </message>
        <message>
            <source>malformed results (%1)</source>
            <translation>fehlerhafte Ergebnisse (%1)</translation>
        </message>
        <message>
            <source>"results" is not an array</source>
            <translation>„results“ ist keine Liste</translation>
        </message>
        <message>
            <source>malformed results array (%1)</source>
            <translation>fehlerhafte Ergebnisliste (%1)</translation>
        </message>
        <message>
            <source>malformed result element</source>
            <translation>fehlerhaftes Ergebniselement</translation>
        </message>
        <message>
            <source>the results document is cut off or malformed</source>
            <translation>das Ergebnisdokument ist abgeschnitten oder fehlerhaft</translation>
        </message>
        <message>
            <source>the answer has no "results" array</source>
            <translation>die Antwort enthält keine „results“-Liste</translation>
        </message>
        <message>
            <source>the gateway's results answer is not in the expected shape: %1. It begins: %2</source>
            <translation>die Ergebnisantwort des Gateways hat nicht die erwartete Form: %1. Sie beginnt mit: %2</translation>
        </message>
        <message>
            <source>the gateway's results answer is not valid JSON at byte %1: %2. It begins: %3</source>
            <translation>die Ergebnisantwort des Gateways ist bei Byte %1 kein gültiges JSON: %2. Sie beginnt mit: %3</translation>
        </message>
        <message>
            <source>the gateway's results answer is not valid JSON: %1. It begins: %2</source>
            <translation>die Ergebnisantwort des Gateways ist kein gültiges JSON: %1. Sie beginnt mit: %2</translation>
        </message>
    </context>
    <context>
        <name>ResultsStore</name>
        <message>
            <source>the connection is closed</source>
            <translation>die Verbindung ist geschlossen</translation>
        </message>
        <message>
            <source>the batch has no results to download</source>
            <translation>der Batch hat keine Ergebnisse zum Herunterladen</translation>
        </message>
        <message>
            <source>the batch is still %1; results come when it finishes</source>
            <translation>der Batch ist noch %1; Ergebnisse kommen, wenn er fertig ist</translation>
        </message>
        <message>
            <source>cannot create the cache folder %1</source>
            <translation>der Cache-Ordner %1 kann nicht angelegt werden</translation>
        </message>
        <message>
            <source>cannot record the download: %1</source>
            <translation>der Download kann nicht vermerkt werden: %1</translation>
        </message>
    </context>
    <context>
        <name>ResultsWindow</name>
        <message>
            <source>Results</source>
            <translation>Ergebnisse</translation>
        </message>
        <message>
            <source>Re-download</source>
            <translation>Neu herunterladen</translation>
        </message>
        <message>
            <source>Download the results again instead of using the cached copy</source>
            <translation>Die Ergebnisse erneut herunterladen statt die zwischengespeicherte Kopie zu nutzen</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exportieren…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>&amp;Retry</source>
            <translation>&amp;Wiederholen</translation>
        </message>
        <message>
            <source>custom_id contains…</source>
            <translation>custom_id enthält…</translation>
        </message>
        <message>
            <source>Answer contains… (Enter)</source>
            <translation>Antwort enthält… (Eingabetaste)</translation>
        </message>
        <message>
            <source>Results — %1</source>
            <translation>Ergebnisse — %1</translation>
        </message>
        <message>
            <source>Searching the answers for "%1"…</source>
            <translation>Durchsuche die Antworten nach „%1“…</translation>
        </message>
        <message>
            <source>The batch is still %1. Its results will appear here when it finishes.</source>
            <translation>Der Batch ist noch %1. Seine Ergebnisse erscheinen hier, sobald er fertig ist.</translation>
        </message>
        <message>
            <source>The batch is still %1 (%2 of %3 done). Its results will appear here when it finishes.</source>
            <translation>Der Batch ist noch %1 (%2 von %3 erledigt). Seine Ergebnisse erscheinen hier, sobald er fertig ist.</translation>
        </message>
        <message>
            <source>&lt;span style="color:%1"&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/span&gt;</source>
            <translation>&lt;span style="color:%1"&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/span&gt;</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Alle</translation>
        </message>
        <message>
            <source>%1 rows shown of %2 · tokens: %3 in, %4 out · %5 %6</source>
            <translation>%1 von %2 Zeilen angezeigt · Tokens: %3 ein, %4 aus · %5 %6</translation>
        </message>
        <message>
            <source>(from the cache)</source>
            <translation>(aus dem Cache)</translation>
        </message>
        <message>
            <source>(downloaded)</source>
            <translation>(heruntergeladen)</translation>
        </message>
        <message>
            <source>Downloading results…</source>
            <translation>Lade Ergebnisse herunter…</translation>
        </message>
        <message>
            <source>Reading the cached results…</source>
            <translation>Lese die zwischengespeicherten Ergebnisse…</translation>
        </message>
        <message>
            <source>Indexing results…</source>
            <translation>Indiziere Ergebnisse…</translation>
        </message>
        <message>
            <source>✗ %1</source>
            <translation>✗ %1</translation>
        </message>
        <message>
            <source>Stopped. Nothing that was already saved was lost.</source>
            <translation>Angehalten. Nichts bereits Gespeichertes ging verloren.</translation>
        </message>
        <message>
            <source>Downloading results… %1 of %2</source>
            <translation>Lade Ergebnisse herunter… %1 von %2</translation>
        </message>
        <message>
            <source>Downloading results… %1</source>
            <translation>Lade Ergebnisse herunter… %1</translation>
        </message>
        <message>
            <source>No request with custom_id "%1" in the input file.</source>
            <translation>Keine Anfrage mit custom_id „%1“ in der Eingabedatei.</translation>
        </message>
        <message>
            <source>Reading the input file…</source>
            <translation>Lese die Eingabedatei…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Export rows to a JSONL file (Ctrl+E)</source>
            <translation>Zeilen in eine JSONL-Datei exportieren (Strg+E)</translation>
        </message>
        <message numerus="yes">
            <source>%Ln answer(s) contain "%1".</source>
            <translation>
                <numerusform>%Ln Antwort enthält „%1“.</numerusform>
                <numerusform>%Ln Antworten enthalten „%1“.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (%2 of %3)</source>
            <translation>%1 (%2 von %3)</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message numerus="yes">
            <source>Exported %Ln row(s) to %1</source>
            <translation>
                <numerusform>%Ln Zeile nach %1 exportiert</numerusform>
                <numerusform>%Ln Zeilen nach %1 exportiert</numerusform>
            </translation>
        </message>
        <message>
            <source>Open Folder</source>
            <translation>Ordner öffnen</translation>
        </message>
        <message numerus="yes">
            <source>the server reports %Ln line(s) it could not parse</source>
            <translation>
                <numerusform>laut Server ist %Ln Zeile unlesbar</numerusform>
                <numerusform>laut Server sind %Ln Zeilen unlesbar</numerusform>
            </translation>
        </message>
        <message>
            <source>F&amp;ailures</source>
            <translation>Fe&amp;hler</translation>
        </message>
        <message>
            <source>Why requests failed, grouped by status, code and message</source>
            <translation>Warum Anfragen fehlschlugen, gruppiert nach Status, Code und Meldung</translation>
        </message>
        <message>
            <source>F&amp;ailures (%1)</source>
            <translation>Fe&amp;hler (%1)</translation>
        </message>
        <message>
            <source>Showing %1: %2</source>
            <translation>Angezeigt: %1: %2</translation>
        </message>
        <message numerus="yes">
            <source>Sent %Ln request(s) again as batch %1.</source>
            <translation>
                <numerusform>%Ln Anfrage erneut als Batch %1 gesendet.</numerusform>
                <numerusform>%Ln Anfragen erneut als Batch %1 gesendet.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RetryCriteria</name>
        <message>
            <source>name at least one of failed, expired, canceled, missing</source>
            <translation>nennen Sie mindestens eines von failed, expired, canceled, missing</translation>
        </message>
        <message>
            <source>unknown outcome "%1" (use failed, expired, canceled, missing)</source>
            <translation>unbekanntes Ergebnis „%1“ (möglich: failed, expired, canceled, missing)</translation>
        </message>
        <message>
            <source>"%1" is not an HTTP status (use codes such as 400 or classes such as 5xx)</source>
            <translation>„%1“ ist kein HTTP-Status (möglich: Codes wie 400 oder Klassen wie 5xx)</translation>
        </message>
    </context>
    <context>
        <name>RetryDialog</name>
        <message>
            <source>Retry Batch %1</source>
            <translation>Batch %1 wiederholen</translation>
        </message>
        <message>
            <source>The new input was not saved: %1</source>
            <translation>Die neue Eingabe wurde nicht gespeichert: %1</translation>
        </message>
        <message>
            <source>%1 ended with %2 of %3 requests succeeded. The retry becomes attempt %4 of the chain that began with %5.</source>
            <translation>%1 endete mit %2 von %3 erfolgreichen Anfragen. Die Wiederholung wird Versuch %4 der Kette, die mit %5 begann.</translation>
        </message>
        <message>
            <source>Send again</source>
            <translation>Erneut senden</translation>
        </message>
        <message>
            <source>Requests that came back with an HTTP error or an error object.</source>
            <translation>Anfragen, die mit einem HTTP-Fehler oder einem Fehlerobjekt zurückkamen.</translation>
        </message>
        <message>
            <source>Requests the provider did not run before the batch expired.</source>
            <translation>Anfragen, die der Anbieter vor dem Ablauf des Batches nicht ausgeführt hat.</translation>
        </message>
        <message>
            <source>Requests the provider did not run because the batch was cancelled.</source>
            <translation>Anfragen, die der Anbieter nicht ausgeführt hat, weil der Batch abgebrochen wurde.</translation>
        </message>
        <message>
            <source>Requests in the input that are in no result file.</source>
            <translation>Anfragen der Eingabe, die in keiner Ergebnisdatei stehen.</translation>
        </message>
        <message>
            <source>e.g. 400, 404 or 4xx</source>
            <translation>z. B. 400, 404 oder 4xx</translation>
        </message>
        <message>
            <source>e.g. invalid_request_error</source>
            <translation>z. B. invalid_request_error</translation>
        </message>
        <message>
            <source>Leave out failures with HTTP &amp;status:</source>
            <translation>Fehler mit HTTP-&amp;Status auslassen:</translation>
        </message>
        <message>
            <source>Leave out failures with error &amp;code:</source>
            <translation>Fehler mit Fehler&amp;code auslassen:</translation>
        </message>
        <message>
            <source>First lines of the new input:</source>
            <translation>Erste Zeilen der neuen Eingabe:</translation>
        </message>
        <message>
            <source>First lines of the new input</source>
            <translation>Erste Zeilen der neuen Eingabe</translation>
        </message>
        <message>
            <source>Choose &amp;Original File…</source>
            <translation>&amp;Originaldatei wählen…</translation>
        </message>
        <message>
            <source>Send &amp;Retry</source>
            <translation>&amp;Wiederholung senden</translation>
        </message>
        <message>
            <source>Save &amp;Input As…</source>
            <translation>&amp;Eingabe speichern unter…</translation>
        </message>
        <message>
            <source>Write the new input to a file and send nothing.</source>
            <translation>Die neue Eingabe in eine Datei schreiben und nichts senden.</translation>
        </message>
        <message>
            <source>Reading the batch's results…</source>
            <translation>Die Ergebnisse des Batches werden gelesen…</translation>
        </message>
        <message>
            <source>Reading the batch's input file…</source>
            <translation>Die Eingabedatei des Batches wird gelesen…</translation>
        </message>
        <message>
            <source>Choosing the requests…</source>
            <translation>Die Anfragen werden ausgewählt…</translation>
        </message>
        <message>
            <source>&amp;Failed (%1)</source>
            <translation>&amp;Fehlgeschlagen (%1)</translation>
        </message>
        <message>
            <source>E&amp;xpired (%1)</source>
            <translation>A&amp;bgelaufen (%1)</translation>
        </message>
        <message>
            <source>Ca&amp;ncelled (%1)</source>
            <translation>Abgebroche&amp;n (%1)</translation>
        </message>
        <message>
            <source>&amp;Missing (%1)</source>
            <translation>Fe&amp;hlend (%1)</translation>
        </message>
        <message>
            <source>%1 failed</source>
            <translation>%1 fehlgeschlagen</translation>
        </message>
        <message>
            <source>%1 expired</source>
            <translation>%1 abgelaufen</translation>
        </message>
        <message>
            <source>%1 cancelled</source>
            <translation>%1 abgebrochen</translation>
        </message>
        <message>
            <source>%1 missing</source>
            <translation>%1 fehlend</translation>
        </message>
        <message>
            <source>Nothing to send: no request matches.</source>
            <translation>Nichts zu senden: keine Anfrage passt.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln request(s) to send</source>
            <translation>
                <numerusform>%Ln Anfrage zu senden</numerusform>
                <numerusform>%Ln Anfragen zu senden</numerusform>
            </translation>
        </message>
        <message>
            <source>left out: %1</source>
            <translation>ausgelassen: %1</translation>
        </message>
        <message>
            <source>Only the requests of one failure group: %1</source>
            <translation>Nur die Anfragen einer Fehlergruppe: %1</translation>
        </message>
        <message>
            <source>Requests from %1.</source>
            <translation>Anfragen aus %1.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln line(s) of the input are not requests and are not sent.</source>
            <translation>
                <numerusform>%Ln Zeile der Eingabe ist keine Anfrage und wird nicht gesendet.</numerusform>
                <numerusform>%Ln Zeilen der Eingabe sind keine Anfragen und werden nicht gesendet.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln repeated custom_id(s) in the input are sent once.</source>
            <translation>
                <numerusform>%Ln wiederholte custom_id der Eingabe wird einmal gesendet.</numerusform>
                <numerusform>%Ln wiederholte custom_ids der Eingabe werden einmal gesendet.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln result(s) have a custom_id the input does not hold.</source>
            <translation>
                <numerusform>%Ln Ergebnis hat eine custom_id, die die Eingabe nicht enthält.</numerusform>
                <numerusform>%Ln Ergebnisse haben eine custom_id, die die Eingabe nicht enthält.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %Ln more</source>
            <translation>
                <numerusform>… und %Ln weitere</numerusform>
                <numerusform>… und %Ln weitere</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose the Batch's Original Request File</source>
            <translation>Die ursprüngliche Anfragedatei des Batches wählen</translation>
        </message>
        <message>
            <source>JSON Lines (*.jsonl *.json);;All files (*)</source>
            <translation>JSON Lines (*.jsonl *.json);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Save the New Input</source>
            <translation>Neue Eingabe speichern</translation>
        </message>
        <message>
            <source>JSON Lines (*.jsonl)</source>
            <translation>JSON Lines (*.jsonl)</translation>
        </message>
        <message>
            <source>Saving the new input…</source>
            <translation>Die neue Eingabe wird gespeichert…</translation>
        </message>
        <message>
            <source>Writing the new input…</source>
            <translation>Die neue Eingabe wird geschrieben…</translation>
        </message>
        <message>
            <source>Uploading…</source>
            <translation>Lade hoch…</translation>
        </message>
        <message>
            <source>Creating the batch…</source>
            <translation>Erstelle den Batch…</translation>
        </message>
    </context>
    <context>
        <name>RetryPlanner</name>
        <message>
            <source>the batch has not ended yet: only an ended batch can be retried</source>
            <translation>der Batch ist noch nicht beendet: nur ein beendeter Batch kann wiederholt werden</translation>
        </message>
        <message>
            <source>the connection is closed</source>
            <translation>die Verbindung ist geschlossen</translation>
        </message>
        <message>
            <source>Anthropic does not return a batch's requests, and this batch was not created here: choose the original request file</source>
            <translation>Anthropic gibt die Anfragen eines Batches nicht zurück, und dieser Batch wurde nicht hier erstellt: wählen Sie die ursprüngliche Anfragedatei</translation>
        </message>
        <message>
            <source>the batch has no input file: choose the original request file</source>
            <translation>der Batch hat keine Eingabedatei: wählen Sie die ursprüngliche Anfragedatei</translation>
        </message>
        <message>
            <source>cannot read the request file %1: %2</source>
            <translation>die Anfragedatei %1 ist nicht lesbar: %2</translation>
        </message>
        <message numerus="yes">
            <source>%1 does not cover the batch: %n result(s) have a custom_id it does not hold (%2)</source>
            <translation>
                <numerusform>%1 deckt den Batch nicht ab: %n Ergebnis hat eine custom_id, die sie nicht enthält (%2)</numerusform>
                <numerusform>%1 deckt den Batch nicht ab: %n Ergebnisse haben eine custom_id, die sie nicht enthält (%2)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RetrySelection</name>
        <message>
            <source>cancelled</source>
            <translation>abgebrochen</translation>
        </message>
        <message>
            <source>cannot write %1: %2</source>
            <translation>%1 kann nicht geschrieben werden: %2</translation>
        </message>
    </context>
    <context>
        <name>RetrySubmitter</name>
        <message>
            <source>the retry is not ready</source>
            <translation>die Wiederholung ist nicht bereit</translation>
        </message>
        <message>
            <source>no request matches: there is nothing to retry</source>
            <translation>keine Anfrage passt: es gibt nichts zu wiederholen</translation>
        </message>
        <message>
            <source>cannot create the folder %1</source>
            <translation>der Ordner %1 kann nicht angelegt werden</translation>
        </message>
    </context>
    <context>
        <name>SecretStore</name>
        <message>
            <source>the keychain is disabled</source>
            <translation>der Schlüsselbund ist abgeschaltet</translation>
        </message>
    </context>
    <context>
        <name>StatusCategory</name>
        <message>
            <source>All</source>
            <translation>Alle</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Abgeschlossen</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Fehlgeschlagen</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>Abgelaufen</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Abgebrochen</translation>
        </message>
        <message>
            <source>validating</source>
            <translation>wird geprüft</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation>läuft</translation>
        </message>
        <message>
            <source>finalizing</source>
            <translation>wird finalisiert</translation>
        </message>
        <message>
            <source>cancelling</source>
            <translation>wird abgebrochen</translation>
        </message>
        <message>
            <source>completed</source>
            <translation>abgeschlossen</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>fehlgeschlagen</translation>
        </message>
        <message>
            <source>expired</source>
            <translation>abgelaufen</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>abgebrochen</translation>
        </message>
        <message>
            <source>ended</source>
            <translation>beendet</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unbekannt</translation>
        </message>
        <message>
            <source>With errors</source>
            <translation>Mit Fehlern</translation>
        </message>
        <message>
            <source>No batches</source>
            <translation>Keine Batches</translation>
        </message>
        <message>
            <source>No active batches</source>
            <translation>Keine aktiven Batches</translation>
        </message>
        <message>
            <source>No completed batches</source>
            <translation>Keine abgeschlossenen Batches</translation>
        </message>
        <message>
            <source>No batches with errors</source>
            <translation>Keine Batches mit Fehlern</translation>
        </message>
        <message>
            <source>No failed batches</source>
            <translation>Keine fehlgeschlagenen Batches</translation>
        </message>
        <message>
            <source>No expired batches</source>
            <translation>Keine abgelaufenen Batches</translation>
        </message>
        <message>
            <source>No cancelled batches</source>
            <translation>Keine abgebrochenen Batches</translation>
        </message>
        <message>
            <source>No batches with these statuses</source>
            <translation>Keine Batches mit diesen Status</translation>
        </message>
        <message>
            <source>ended with errors</source>
            <translation>mit Fehlern beendet</translation>
        </message>
        <message>
            <source>%1 of %2 requests done</source>
            <translation>%1 von %2 Anfragen erledigt</translation>
        </message>
        <message>
            <source>no requests</source>
            <translation>keine Anfragen</translation>
        </message>
        <message>
            <source>all %1 requests succeeded</source>
            <translation>alle %1 Anfragen erfolgreich</translation>
        </message>
        <message>
            <source>%1 succeeded</source>
            <translation>%1 erfolgreich</translation>
        </message>
        <message>
            <source>%1 expired</source>
            <translation>%1 abgelaufen</translation>
        </message>
        <message>
            <source>%1 cancelled</source>
            <translation>%1 abgebrochen</translation>
        </message>
        <message>
            <source>%1 failed</source>
            <translation>%1 fehlgeschlagen</translation>
        </message>
        <message>
            <source>%1 not run</source>
            <translation>%1 nicht ausgeführt</translation>
        </message>
        <message>
            <source>no requests ran</source>
            <translation>keine Anfrage wurde ausgeführt</translation>
        </message>
    </context>
    <context>
        <name>StatusFilterBar</name>
        <message>
            <source>Search id, endpoint, model, metadata (Ctrl+F)</source>
            <translation>ID, Endpunkt, Modell, Metadaten suchen (Strg+F)</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>%1: show only these batches; Ctrl+click to combine with other statuses</source>
            <translation>%1: nur diese Batches zeigen; Strg+Klick kombiniert mehrere Status</translation>
        </message>
        <message>
            <source>All connections</source>
            <translation>Alle Verbindungen</translation>
        </message>
        <message>
            <source>%1 — offline</source>
            <translation>%1 — offline</translation>
        </message>
    </context>
    <context>
        <name>TimeText</name>
        <message>
            <source>%1d %2h</source>
            <translation>%1 Tg. %2 Std.</translation>
        </message>
        <message>
            <source>%1h %2m</source>
            <translation>%1 Std. %2 Min.</translation>
        </message>
        <message>
            <source>%1m %2s</source>
            <translation>%1 Min. %2 Sek.</translation>
        </message>
        <message>
            <source>%1s</source>
            <translation>%1 Sek.</translation>
        </message>
        <message>
            <source>just now</source>
            <translation>gerade eben</translation>
        </message>
        <message>
            <source>in %1</source>
            <translation>in %1</translation>
        </message>
        <message>
            <source>%1 ago</source>
            <translation>vor %1</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
    </context>
    <context>
        <name>TlsPolicy</name>
        <message>
            <source>no certificate in it</source>
            <translation>sie enthält kein Zertifikat</translation>
        </message>
        <message>
            <source>cannot use SSL_CERT_FILE %1: %2</source>
            <translation>SSL_CERT_FILE %1 ist nicht verwendbar: %2</translation>
        </message>
        <message>
            <source>cannot use the CA certificate file %1: %2</source>
            <translation>die CA-Zertifikatsdatei %1 ist nicht verwendbar: %2</translation>
        </message>
        <message>
            <source>a client certificate needs both the certificate file and its key file</source>
            <translation>ein Client-Zertifikat braucht die Zertifikatsdatei und ihre Schlüsseldatei</translation>
        </message>
        <message>
            <source>cannot use the client certificate %1: %2</source>
            <translation>das Client-Zertifikat %1 ist nicht verwendbar: %2</translation>
        </message>
        <message>
            <source>cannot use the client key %1: %2</source>
            <translation>der Client-Schlüssel %1 ist nicht verwendbar: %2</translation>
        </message>
        <message>
            <source>not an unencrypted PEM private key (RSA, EC or DSA)</source>
            <translation>kein unverschlüsselter privater PEM-Schlüssel (RSA, EC oder DSA)</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Not connected</source>
            <translation>Nicht verbunden</translation>
        </message>
        <message>
            <source>Warning: the key for %1 is sent unencrypted to %2</source>
            <translation>Warnung: Der Schlüssel für %1 wird unverschlüsselt an %2 gesendet</translation>
        </message>
    </context>
    <context>
        <name>WrappingLabel</name>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Kopieren</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>A desktop console for LLM batch jobs.</source>
            <translation>Eine Desktop-Konsole für LLM-Batch-Jobs.</translation>
        </message>
        <message>
            <source>Start the built-in demo gateway and open it.</source>
            <translation>Das eingebaute Demo-Gateway starten und öffnen.</translation>
        </message>
        <message>
            <source>Open the gateway at URL (not saved).</source>
            <translation>Das Gateway unter URL öffnen (wird nicht gespeichert).</translation>
        </message>
        <message>
            <source>Provider to show with --url; repeatable.</source>
            <translation>Anzuzeigender Anbieter für --url; mehrfach möglich.</translation>
        </message>
        <message>
            <source>Keep keys in memory for this session only.</source>
            <translation>Schlüssel nur für diese Sitzung im Speicher halten.</translation>
        </message>
        <message>
            <source>Save a PNG of the window after a few seconds, then quit.</source>
            <translation>Nach einigen Sekunden ein PNG des Fensters speichern, dann beenden.</translation>
        </message>
        <message>
            <source>Seconds to wait before --screenshot (default 4).</source>
            <translation>Sekunden bis zu --screenshot (Standard 4).</translation>
        </message>
    </context>
</TS>
