// The official OpenAI Node SDK against gateway-sim: OpenAI's own dialect and the
// gateway's OpenAI integration routes (/openai/v1). Nothing here was written to
// fit the simulator; the SDK is used the way its README shows.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import OpenAI from 'openai';
import { check, startSim } from './sim.mjs';

const KEY = 'sk-conformance-openai';

async function exercise(label, simArgs, baseSuffix, seeded) {
  const sim = await startSim([...simArgs, '--require-key', KEY]);
  try {
    const client = new OpenAI({ apiKey: KEY, baseURL: sim.url + baseSuffix, maxRetries: 0 });

    // Every page through the SDK's auto-pagination.
    const ids = new Set();
    const batches = [];
    for await (const batch of client.batches.list({ limit: 7 })) {
      ids.add(batch.id);
      batches.push(batch);
    }
    check(batches.length === seeded, `${label}: auto-pagination lists all ${seeded} batches (got ${batches.length})`);
    check(ids.size === batches.length, `${label}: every batch listed once`);

    const done = batches.find((b) => b.status === 'completed' && b.output_file_id && b.error_file_id);
    check(done !== undefined, `${label}: a completed batch with output and error files is listed`);
    const again = await client.batches.retrieve(done.id);
    check(again.id === done.id && again.request_counts.total === done.request_counts.total,
      `${label}: retrieve returns the listed batch`);

    // Output and error files together hold one line per request.
    const output = await (await client.files.content(done.output_file_id)).text();
    const errors = await (await client.files.content(done.error_file_id)).text();
    const lines = (text) => text.split('\n').filter((l) => l.trim() !== '');
    const total = lines(output).length + lines(errors).length;
    check(total === done.request_counts.total, `${label}: output and error files hold ${total} of ${done.request_counts.total} lines`);
    check(lines(output).every((l) => JSON.parse(l).custom_id), `${label}: every output line has a custom_id`);

    // Upload a JSONL file and create a batch from it.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'conformance-'));
    const file = path.join(dir, 'requests.jsonl');
    const requests = Array.from({ length: 9 }, (_, i) => JSON.stringify({
      custom_id: `sdk-${i}`, method: 'POST', url: '/v1/chat/completions',
      body: { model: 'gpt-4o-mini', messages: [{ role: 'user', content: `hello ${i}` }] },
    }));
    fs.writeFileSync(file, requests.join('\n') + '\n');
    const uploaded = await client.files.create({ file: fs.createReadStream(file), purpose: 'batch' });
    check(typeof uploaded.id === 'string' && uploaded.bytes === fs.statSync(file).size, `${label}: upload answers with the file's id and size`);
    const created = await client.batches.create({
      input_file_id: uploaded.id, endpoint: '/v1/chat/completions', completion_window: '24h',
      metadata: { suite: 'conformance' },
    });
    check(created.request_counts.total === 9 && created.metadata.suite === 'conformance', `${label}: create counts the uploaded requests`);
    const input = await (await client.files.content(uploaded.id)).text();
    check(input === fs.readFileSync(file, 'utf8'), `${label}: the uploaded file reads back byte for byte`);

    // Cancel a running batch.
    const running = batches.find((b) => b.status === 'in_progress');
    const cancelled = await client.batches.cancel(running.id);
    check(cancelled.status === 'cancelling', `${label}: cancel answers 'cancelling' (got ${cancelled.status})`);

    // A missing batch is the SDK's typed 404.
    try {
      await client.batches.retrieve('batch_missing');
      check(false, `${label}: a missing batch is an error`);
    } catch (error) {
      check(error instanceof OpenAI.NotFoundError && error.status === 404, `${label}: a missing batch is OpenAI.NotFoundError (404)`);
    }
    // A wrong key is the SDK's typed 401.
    try {
      await new OpenAI({ apiKey: 'sk-wrong', baseURL: sim.url + baseSuffix, maxRetries: 0 }).batches.list();
      check(false, `${label}: a wrong key is an error`);
    } catch (error) {
      check(error instanceof OpenAI.AuthenticationError, `${label}: a wrong key is OpenAI.AuthenticationError (401)`);
    }
    const log = await sim.log();
    check(log.every((e) => e.path.startsWith(baseSuffix) || e.path.startsWith('/_sim')),
      `${label}: every call went under ${baseSuffix}`);
  } finally {
    sim.stop();
  }
}

await exercise('openai dialect', ['--dialect', 'openai', '--batches', '23'], '/v1', 23);
await exercise('gateway /openai/v1', ['--batches', '23'], '/openai/v1', 23);
console.log('openai SDK: all checks passed');
