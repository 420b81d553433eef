<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>AboutBox</name>
        <message>
            <source>&lt;h3&gt;Batch Console %1&lt;/h3&gt;&lt;p&gt;A desktop console for LLM batch jobs on OpenAI, Anthropic and the Bifrost gateway.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;No system keychain:&lt;/b&gt; keys you enter are kept in memory for this session only and are never written to disk.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About Batch Console</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ActivityLog</name>
        <message>
            <source>Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Operation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>HTTP</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Message</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AnswerText</name>
        <message>
            <source>[tool call]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>embedding, %1 dimensions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>embedding (base64)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AnthropicBackend</name>
        <message>
            <source>Anthropic takes the requests themselves, not an uploaded file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Anthropic's Message Batches take requests inline; there is nothing to upload</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Anthropic batches have no files (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>only ended batches can be deleted; %1 is %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AnthropicRequests</name>
        <message>
            <source>line %1: custom_id is missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>line %1: url %2 is not a Messages request</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>line %1: neither params nor body</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot read %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>line %1: not a JSON object</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ApiError</name>
        <message>
            <source>list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>retrieve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>create</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>upload</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>download file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>download results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>download output file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>download error file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>index results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>connect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>read file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>decode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>test</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>request</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 succeeded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 failed: HTTP %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> (retry after %1 s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 failed: timed out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 failed: network error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 failed: unreadable response (HTTP %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 failed: unreadable response</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 failed: protocol error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 failed: cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 failed: local error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> (after %1 attempts)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>read key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>save key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>forget key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> (the server asked to wait until %1; not retrying)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 failed: TLS error</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ApplicationContext</name>
        <message>
            <source>Keychain</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BatchActions</name>
        <message>
            <source>• %1 (%2, %3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop Batches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete Batches</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>&amp;Stop %Ln Batch(es)</source>
            <translation>
                <numerusform>&amp;Stop Batch</numerusform>
                <numerusform>&amp;Stop %Ln Batches</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&amp;Delete %Ln Batch(es)</source>
            <translation>
                <numerusform>&amp;Delete Batch</numerusform>
                <numerusform>&amp;Delete %Ln Batches</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Keep Running</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Keep</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>…and %Ln more</source>
            <translation>
                <numerusform>…and %Ln more</numerusform>
                <numerusform>…and %Ln more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Stop %Ln batch(es)? Requests already done keep their results.</source>
            <translation>
                <numerusform>Stop this batch? Requests already done keep their results.</numerusform>
                <numerusform>Stop %Ln batches? Requests already done keep their results.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln request(s) not yet done will be dropped.</source>
            <translation>
                <numerusform>%Ln request not yet done will be dropped.</numerusform>
                <numerusform>%Ln requests not yet done will be dropped.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %Ln batch(es) from Anthropic? Their results can no longer be downloaded afterwards.</source>
            <translation>
                <numerusform>Delete %Ln batch from Anthropic? Its results can no longer be downloaded afterwards.</numerusform>
                <numerusform>Delete %Ln batches from Anthropic? Their results can no longer be downloaded afterwards.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln batch(es) could not be stopped.</source>
            <translation>
                <numerusform>%Ln batch could not be stopped.</numerusform>
                <numerusform>%Ln batches could not be stopped.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln batch(es) could not be deleted.</source>
            <translation>
                <numerusform>%Ln batch could not be deleted.</numerusform>
                <numerusform>%Ln batches could not be deleted.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&amp;Cancel %Ln Batches…</source>
            <translation>
                <numerusform>&amp;Cancel %Ln Batch…</numerusform>
                <numerusform>&amp;Cancel %Ln Batches…</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Cancel Batch…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the selected ended batches (Anthropic only, Shift+Del)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot delete: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel the selected batches (Del)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot cancel: %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Stopping %Ln batch(es)…</source>
            <translation>
                <numerusform>Stopping %Ln batch…</numerusform>
                <numerusform>Stopping %Ln batches…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Deleting %Ln batch(es)…</source>
            <translation>
                <numerusform>Deleting %Ln batch…</numerusform>
                <numerusform>Deleting %Ln batches…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Stopping %Ln batch(es).</source>
            <translation>
                <numerusform>Stopping %Ln batch.</numerusform>
                <numerusform>Stopping %Ln batches.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Deleted %Ln batch(es).</source>
            <translation>
                <numerusform>Deleted %Ln batch.</numerusform>
                <numerusform>Deleted %Ln batches.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 stopping, %2 failed: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 deleted, %2 failed: %3</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BatchBackend</name>
        <message>
            <source>the %1 listing has more than %2 batches, but the gateway cannot page it: showing the newest %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the server sent an empty page that says more pages follow</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the server says more pages follow but sent no cursor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the server repeated the page cursor "%1"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the listing has more than %1 pages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the connection was closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the answer has no batch id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (stopped after %2 pages, %3 batches)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>more batches may match than the first %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BatchCreator</name>
        <message>
            <source>the connection is closed</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BatchDecoder</name>
        <message>
            <source>id: missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>data[%1]: expected a batch object, skipped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>data: missing, read as an empty page</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BatchDetailsPane</name>
        <message>
            <source>Select a batch to see its details.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy the batch id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Request counts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Errors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Metadata</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Raw JSON</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Batch id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 copied</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Provider</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Endpoint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Model</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Window</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status (wire)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tokens</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 in, %2 out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Operation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Results URL</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Total</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Completed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Succeeded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Expired</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remaining</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Created</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finalizing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Expires</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Archived</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unix time %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Input file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Output file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Error file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line %1 — %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> (param %1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Retry Now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Offline since %1: data may be out of date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>about %1 left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>estimating time left…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b style="color:%1"&gt;%2&lt;/b&gt; · %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (provider: %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not run</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>will not finish before it expires, at this pace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>more than %1 days left, at this pace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Failures</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BatchFilterProxy</name>
        <message>
            <source>No batches match "%1"</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BatchTableModel</name>
        <message>
            <source>ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Provider</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Endpoint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Model</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Created</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Expires</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Metadata</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1/%2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 succeeded, %2 failed, %3 expired, %4 cancelled, %5 remaining of %6</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (provider status: %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Elapsed: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Elapsed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ETA</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time since the batch started running, until it finished</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Estimated time until a running batch is done, from the pace seen across refreshes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last seen %1. Its connection is offline, so this row may be out of date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done in about %1, at the pace seen so far</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>after expiry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>over %1 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At the pace seen so far, it will not finish before it expires.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At the pace seen so far, it would take more than %1 days.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BatchTableView</name>
        <message>
            <source>Columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fit Columns to Contents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scroll to the top to see them</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln new batch(es) ↑</source>
            <translation>
                <numerusform>%Ln new batch ↑</numerusform>
                <numerusform>%Ln new batches ↑</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BulkBatchAction</name>
        <message>
            <source>its connection is closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is already %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 batches cannot be deleted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is still %2; only ended batches can be deleted</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CertificateSummary</name>
        <message>
            <source>The server sent no certificate.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Subject: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Issuer: %1 (self-signed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Issuer: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Expired: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Expires: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SHA-256: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChainMetadata</name>
        <message>
            <source>the key "%1" is reserved for the retry chain; it was left out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the key "%1…" is longer than %2 characters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the value of "%1" is longer than %2 characters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%1" does not fit: the provider allows %2 metadata pairs, %3 of them for the chain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not carried over from the retried batch (the provider allows %1 metadata pairs): %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConnectionSelector</name>
        <message>
            <source>The connection whose batches are shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(none)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Manage Connections…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConnectionSwitcher</name>
        <message>
            <source>Demo gateway</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gateway</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All connections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opened %1 (%2)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConnectionsDialog</name>
        <message>
            <source>Connections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sent as Authorization: Bearer. Stored in the system keychain.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name: value (one per line)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bifrost gateway</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>OpenAI (direct)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Anthropic (direct)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save and show this connection's batches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No system keychain is available: keys are kept in memory for this session only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keys are stored in the system keychain, never in the settings file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sent as x-api-key. Stored in the system keychain.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>OpenAI-Organization: org-…
OpenAI-Project: proj_…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>header line %1 is not "Name: value"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the connection a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Another connection is already called "%1".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The base URL must start with http:// or https://.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name at least one provider, for example openai.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove "%1" and forget its keys?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 …</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%1 ✓ more than %Ln batches</source>
            <translation>
                <numerusform>%1 ✓ more than %Ln batch</numerusform>
                <numerusform>%1 ✓ more than %Ln batches</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 ✓ %Ln batch(es)</source>
            <translation>
                <numerusform>%1 ✓ %Ln batch</numerusform>
                <numerusform>%1 ✓ %Ln batches</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 ✗ %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✗ Not saved: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Native routes (/v1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>OpenAI-compatible routes (/openai/v1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a CA certificate file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a client certificate file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the client key file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PEM files (*.pem *.crt *.cer *.key);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1…%2 (SHA-256)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server's certificate is not the one you trusted for this connection. Trust the new one only if its operators say it changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No authority this connection trusts vouches for the server's certificate.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>⚠ The key is sent unencrypted to %1. Use https:// unless this network is trusted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A client certificate needs its key file, and a key file its certificate.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;General</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Base &amp;URL:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>http://localhost:8080</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rout&amp;es:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Which of the gateway's routes to call. Some deployments expose only the OpenAI-compatible ones; those have no /results route, so results come from the output and error files.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Providers:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>openai, anthropic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The gateway's providers to show, separated by commas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>API ke&amp;y:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Virtual key:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sk-bf-…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A Bifrost virtual key, sent as x-bf-vk. Stored in the system keychain.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Extra &amp;headers:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ti&amp;meout:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re&amp;fresh every:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>TL&amp;S</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CA cert&amp;ificate:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None: the system's authorities only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A PEM file of certificate authorities to trust for this connection only, besides the system's. For gateways behind a private or company authority.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;lient certificate:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A PEM client certificate, for gateways that require mutual TLS.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Client key (unencrypte&amp;d):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The client certificate's private key, an unencrypted PEM file. Only its path is saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trusted certificate:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Forget this &amp;certificate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Forget the certificate you chose to trust for this connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Test</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trust this certificate for this connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pin this certificate's SHA-256 fingerprint in the connection. Only this exact certificate is trusted; another one fails again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export Results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What to export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The current filter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The selected rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Format</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As received: the provider's JSONL lines, byte for byte</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Normalized: {"custom_id", "outcome", "status_code", "body", "error"} per line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>results.jsonl</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All rows (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The current filter (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The selected rows (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>JSON Lines (*.jsonl);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a file to write.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Writing %1…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export cancelled. The file was left as it was.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✗ Export failed: %1. The file was left as it was.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Wrote %Ln row(s), %1.</source>
            <translation>
                <numerusform>Wrote %Ln row, %1.</numerusform>
                <numerusform>Wrote %Ln rows, %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FailureGroupsPanel</name>
        <message>
            <source>Show &amp;All Rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retry &amp;These…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Count</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>HTTP</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Example</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Failure groups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show every row of the batch again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send exactly the requests of the chosen group again, as a new batch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No request failed.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FailureSummary</name>
        <message>
            <source>HTTP %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no error code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 × %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 other</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 failed: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FinishNotifier</name>
        <message>
            <source>Batch Console</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Batch %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Batch %1 %2: %3</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HttpCall</name>
        <message>
            <source>cannot read %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no answer from %1 within %2 s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot open for writing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot write %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the answer was cut off after %1 of %2 bytes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot write %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot save %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the server's certificate is not the one trusted for this connection (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (if the server requires a client certificate, set one for this connection)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>JsonFieldReader</name>
        <message>
            <source>expected a string, got %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>expected a count, got the string "%1"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>count sent as a string</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>expected a count, got %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>count is not finite</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>negative count %1 read as 0</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>count %1 is out of range</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>count %1 is not a whole number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unreadable timestamp "%1"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>timestamp sent as a string</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>expected a timestamp, got %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>timestamp %1 is out of range</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>expected a boolean, got %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>expected a number, got %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>expected an object, got %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>expected an array, got %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>value of "%1" is not a string</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>JsonTreeModel</name>
        <message>
            <source>Key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(not JSON)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>object</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>array</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>string</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>boolean</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>null</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{%Ln key(s)}</source>
            <translation>
                <numerusform>{%Ln key}</numerusform>
                <numerusform>{%Ln keys}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>[%Ln item(s)]</source>
            <translation>
                <numerusform>[%Ln item]</numerusform>
                <numerusform>[%Ln items]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln more</source>
            <translation>
                <numerusform>%Ln more</numerusform>
                <numerusform>%Ln more</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LogPanel</name>
        <message>
            <source>&amp;Copy Selected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;lear</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Log</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Batch Console</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Welcome to Batch Console</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Watch every batch on a Bifrost gateway, OpenAI or Anthropic in one live table. There is no connection yet: try the built-in demo gateway, or add your own.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Try the &amp;Demo Gateway</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Add a Connection…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Batch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Toolbar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Connections…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+Shift+O</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New Batch…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create a batch from a JSONL file (Ctrl+N)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+N</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Export Results…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export the results of the selected batch to JSONL (Ctrl+E)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+E</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+Q</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open Results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the per-request results of the selected batch (Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Cancel Batch…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel the selected batches (Del)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Del</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy &amp;Id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+C</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refresh every batch now (F5)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>F5</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+F</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Details Pane</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+D</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+L</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;About Batch Console</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connection:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Provider:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All connections — Batch Console</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 — Batch Console</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connecting to %1…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Demo gateway</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The demo gateway could not start: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refreshing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Created %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>De&amp;lete Batch…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the selected ended batches (Anthropic only)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shift+Del</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retrying…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No system keychain: keys you enter are kept for this session only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loading batches…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Created batch %1 with %Ln request(s).</source>
            <translation>
                <numerusform>Created batch %1 with %Ln request.</numerusform>
                <numerusform>Created batch %1 with %Ln requests.</numerusform>
            </translation>
        </message>
        <message>
            <source>Re&amp;try Batch…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send what failed, expired, was cancelled or is missing again, as a new batch (Ctrl+Shift+R)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+Shift+R</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only an ended batch can be retried: %1 is %2</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Sent %Ln request(s) again as batch %1.</source>
            <translation>
                <numerusform>Sent %Ln request again as batch %1.</numerusform>
                <numerusform>Sent %Ln requests again as batch %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Created %1, a retry of %2</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Saved %Ln request(s) to %1; nothing was sent.</source>
            <translation>
                <numerusform>Saved %Ln request to %1; nothing was sent.</numerusform>
                <numerusform>Saved %Ln requests to %1; nothing was sent.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NewBatchDialog</name>
        <message>
            <source>New Batch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Requests</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A JSONL file: one request per line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Batch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Provider:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Endpoint:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Model:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>provider/model, e.g. openai/gpt-4o-mini</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Completion &amp;window:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Metadata:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add &amp;row</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove row</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Create Batch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pick a JSONL file. Each line needs a unique custom_id, and method, url and body.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a Request File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>JSON Lines (*.jsonl *.ndjson *.json);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checking every line…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check stopped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot read the file: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warning: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The model comes from each request in the file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The connection is closed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Uploading… %1 of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Creating the batch…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Created %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stopped. Nothing was created.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✗ %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Uploading…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>✗ %Ln problem(s) in %1 lines (%2). Fix the file and pick it again.</source>
            <translation>
                <numerusform>✗ %Ln problem in %1 lines (%2). Fix the file and pick it again.</numerusform>
                <numerusform>✗ %Ln problems in %1 lines (%2). Fix the file and pick it again.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>…and %Ln more</source>
            <translation>
                <numerusform>…and %Ln more</numerusform>
                <numerusform>…and %Ln more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>✓ %Ln request(s), %1. Every line is valid.</source>
            <translation>
                <numerusform>✓ %Ln request, %1. Every line is valid.</numerusform>
                <numerusform>✓ %Ln requests, %1. Every line is valid.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln request(s) in OpenAI's shape will be sent as Anthropic's {custom_id, params}.</source>
            <translation>
                <numerusform>%Ln request in OpenAI's shape will be sent as Anthropic's {custom_id, params}.</numerusform>
                <numerusform>%Ln requests in OpenAI's shape will be sent as Anthropic's {custom_id, params}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Warning: %Ln line(s) are in Anthropic's {custom_id, params} shape.</source>
            <translation>
                <numerusform>Warning: %Ln line is in Anthropic's {custom_id, params} shape.</numerusform>
                <numerusform>Warning: %Ln lines are in Anthropic's {custom_id, params} shape.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OpenAiCompatibleBackend</name>
        <message>
            <source>the answer has no file id</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProviderSelector</name>
        <message>
            <source>Show the batches of one provider</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All providers</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RefreshScheduler</name>
        <message>
            <source>not connected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>refreshing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>updated %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>online</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>offline since %1, retrying in %2 s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 · last update %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RequestFileCheck</name>
        <message>
            <source>a string is not closed (a missing '"')</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the object is not closed (a missing "}")</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the array is not closed (a missing "]")</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a "," or "}" is missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a ":" is missing after a key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a "," or "]" is missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a "," is missing between values</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this is not a JSON value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the line ends in the middle of a number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the number is not valid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a backslash escape is not valid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the text is not valid UTF-8</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a JSON object was expected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the JSON is nested too deeply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the line is too large</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>there is more after the end of the object</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>column %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>line %1: not a JSON object</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>line %1, %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>line %1: custom_id is missing or not a string</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>line %1: custom_id "%2" repeats line %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>line %1: missing %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file holds no requests</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 requests: more than the %2 a single OpenAI batch accepts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: larger than the %2 a single OpenAI batch input accepts</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RequestLookup</name>
        <message>
            <source>This batch has no input file to read requests from.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The input file could not be read: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The input file could not be indexed: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The connection is closed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Anthropic does not return a batch's requests, and this batch was not created here.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ResultDetailPane</name>
        <message>
            <source>The request is read from the batch's input file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Response&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Request&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Request &amp;&amp; Response</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tree</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Raw Line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy what the current tab shows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select a row to see the whole result.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; · &lt;span style="color:%2"&gt;%3&lt;/span&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> · HTTP %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;br&gt;%1 %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ResultLineParser</name>
        <message>
            <source>unparsable line %1: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ResultTableModel</name>
        <message>
            <source>custom_id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>HTTP</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tokens in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tokens out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Model</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>succeeded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>expired</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Succeeded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Expired</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ResultsCoordinator</name>
        <message>
            <source>The connection of %1 is closed.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ResultsExporter</name>
        <message>
            <source>cannot write %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot read %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot save %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>standard output</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ResultsIndexer</name>
        <message>
            <source>too many result files (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot read %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot map %1: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ResultsJsonReader</name>
        <message>
            <source>line %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the results are not JSON (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the results are not a JSON object (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>malformed results (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"results" is not an array</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>malformed results array (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>malformed result element</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the results document is cut off or malformed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the answer has no "results" array</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the gateway's results answer is not in the expected shape: %1. It begins: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the gateway's results answer is not valid JSON at byte %1: %2. It begins: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the gateway's results answer is not valid JSON: %1. It begins: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ResultsStore</name>
        <message>
            <source>the connection is closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the batch has no results to download</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the batch is still %1; results come when it finishes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot create the cache folder %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot record the download: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ResultsWindow</name>
        <message>
            <source>Results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re-download</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Download the results again instead of using the cached copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Retry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>custom_id contains…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answer contains… (Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Results — %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Searching the answers for "%1"…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The batch is still %1. Its results will appear here when it finishes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The batch is still %1 (%2 of %3 done). Its results will appear here when it finishes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;span style="color:%1"&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/span&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 rows shown of %2 · tokens: %3 in, %4 out · %5 %6</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(from the cache)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(downloaded)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Downloading results…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading the cached results…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Indexing results…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✗ %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stopped. Nothing that was already saved was lost.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Downloading results… %1 of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Downloading results… %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No request with custom_id "%1" in the input file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading the input file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export rows to a JSONL file (Ctrl+E)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln answer(s) contain "%1".</source>
            <translation>
                <numerusform>%Ln answer contains "%1".</numerusform>
                <numerusform>%Ln answers contain "%1".</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (%2 of %3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Exported %Ln row(s) to %1</source>
            <translation>
                <numerusform>Exported %Ln row to %1</numerusform>
                <numerusform>Exported %Ln rows to %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Open Folder</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>the server reports %Ln line(s) it could not parse</source>
            <translation>
                <numerusform>the server reports %Ln line it could not parse</numerusform>
                <numerusform>the server reports %Ln lines it could not parse</numerusform>
            </translation>
        </message>
        <message>
            <source>F&amp;ailures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why requests failed, grouped by status, code and message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>F&amp;ailures (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Showing %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Sent %Ln request(s) again as batch %1.</source>
            <translation>
                <numerusform>Sent %Ln request again as batch %1.</numerusform>
                <numerusform>Sent %Ln requests again as batch %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RetryCriteria</name>
        <message>
            <source>name at least one of failed, expired, canceled, missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown outcome "%1" (use failed, expired, canceled, missing)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%1" is not an HTTP status (use codes such as 400 or classes such as 5xx)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RetryDialog</name>
        <message>
            <source>Retry Batch %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The new input was not saved: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 ended with %2 of %3 requests succeeded. The retry becomes attempt %4 of the chain that began with %5.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Requests that came back with an HTTP error or an error object.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Requests the provider did not run before the batch expired.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Requests the provider did not run because the batch was cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Requests in the input that are in no result file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. 400, 404 or 4xx</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. invalid_request_error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leave out failures with HTTP &amp;status:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leave out failures with error &amp;code:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First lines of the new input:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First lines of the new input</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose &amp;Original File…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send &amp;Retry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save &amp;Input As…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write the new input to a file and send nothing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading the batch's results…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading the batch's input file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choosing the requests…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Failed (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E&amp;xpired (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ca&amp;ncelled (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Missing (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 expired</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing to send: no request matches.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln request(s) to send</source>
            <translation>
                <numerusform>%Ln request to send</numerusform>
                <numerusform>%Ln requests to send</numerusform>
            </translation>
        </message>
        <message>
            <source>left out: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only the requests of one failure group: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Requests from %1.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln line(s) of the input are not requests and are not sent.</source>
            <translation>
                <numerusform>%Ln line of the input is not a request and is not sent.</numerusform>
                <numerusform>%Ln lines of the input are not requests and are not sent.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln repeated custom_id(s) in the input are sent once.</source>
            <translation>
                <numerusform>%Ln repeated custom_id in the input is sent once.</numerusform>
                <numerusform>%Ln repeated custom_ids in the input are sent once.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln result(s) have a custom_id the input does not hold.</source>
            <translation>
                <numerusform>%Ln result has a custom_id the input does not hold.</numerusform>
                <numerusform>%Ln results have a custom_id the input does not hold.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %Ln more</source>
            <translation>
                <numerusform>… and %Ln more</numerusform>
                <numerusform>… and %Ln more</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose the Batch's Original Request File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>JSON Lines (*.jsonl *.json);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the New Input</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>JSON Lines (*.jsonl)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saving the new input…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Writing the new input…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Uploading…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Creating the batch…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RetryPlanner</name>
        <message>
            <source>the batch has not ended yet: only an ended batch can be retried</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the connection is closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Anthropic does not return a batch's requests, and this batch was not created here: choose the original request file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the batch has no input file: choose the original request file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot read the request file %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%1 does not cover the batch: %n result(s) have a custom_id it does not hold (%2)</source>
            <translation>
                <numerusform>%1 does not cover the batch: %n result has a custom_id it does not hold (%2)</numerusform>
                <numerusform>%1 does not cover the batch: %n results have a custom_id it does not hold (%2)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RetrySelection</name>
        <message>
            <source>cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot write %1: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RetrySubmitter</name>
        <message>
            <source>the retry is not ready</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no request matches: there is nothing to retry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot create the folder %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SecretStore</name>
        <message>
            <source>the keychain is disabled</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StatusCategory</name>
        <message>
            <source>All</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Active</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Completed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Expired</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>validating</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>in progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>finalizing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cancelling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>completed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>expired</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>With errors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No batches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No active batches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No completed batches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No batches with errors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No failed batches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No expired batches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No cancelled batches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No batches with these statuses</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ended with errors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 of %2 requests done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no requests</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>all %1 requests succeeded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 succeeded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 expired</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 not run</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no requests ran</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StatusFilterBar</name>
        <message>
            <source>Search id, endpoint, model, metadata (Ctrl+F)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: show only these batches; Ctrl+click to combine with other statuses</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All connections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 — offline</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TimeText</name>
        <message>
            <source>%1d %2h</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1h %2m</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1m %2s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>just now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>in %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 ago</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TlsPolicy</name>
        <message>
            <source>no certificate in it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot use SSL_CERT_FILE %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot use the CA certificate file %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a client certificate needs both the certificate file and its key file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot use the client certificate %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot use the client key %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not an unencrypted PEM private key (RSA, EC or DSA)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not connected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warning: the key for %1 is sent unencrypted to %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WrappingLabel</name>
        <message>
            <source>&amp;Copy</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>A desktop console for LLM batch jobs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start the built-in demo gateway and open it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the gateway at URL (not saved).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Provider to show with --url; repeatable.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep keys in memory for this session only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save a PNG of the window after a few seconds, then quit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Seconds to wait before --screenshot (default 4).</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
