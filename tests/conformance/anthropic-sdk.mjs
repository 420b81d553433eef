// The official Anthropic Node SDK against gateway-sim's Anthropic dialect:
// paging, retrieve, create, cancel, streamed results, delete and typed errors.
import Anthropic from '@anthropic-ai/sdk';
import { check, startSim } from './sim.mjs';

const KEY = 'sk-ant-conformance';
const SEEDED = 19;

const sim = await startSim(['--dialect', 'anthropic', '--anthropic-batches', String(SEEDED), '--require-key', KEY]);
try {
  const client = new Anthropic({ apiKey: KEY, baseURL: sim.url, maxRetries: 0 });

  const batches = [];
  for await (const batch of client.messages.batches.list({ limit: 4 })) batches.push(batch);
  check(batches.length === SEEDED, `auto-pagination lists all ${SEEDED} batches (got ${batches.length})`);
  check(new Set(batches.map((b) => b.id)).size === SEEDED, 'every batch listed once');
  const pagedById = (await sim.log()).some((e) => e.query.includes('after_id=msgbatch_'));
  check(pagedById, 'pages follow after_id');

  const ended = batches.find((b) => b.processing_status === 'ended' && b.results_url);
  check(ended !== undefined, 'an ended batch with a results_url is listed');
  const again = await client.messages.batches.retrieve(ended.id);
  check(again.id === ended.id && again.type === 'message_batch', 'retrieve returns the listed batch');

  // Results stream as JSONL: one line per request, every outcome a known type.
  const counts = ended.request_counts;
  const expected = counts.succeeded + counts.errored + counts.canceled + counts.expired;
  let rows = 0;
  const types = new Set();
  for await (const row of await client.messages.batches.results(ended.id)) {
    rows += 1;
    types.add(row.result.type);
    if (!row.custom_id) throw new Error('a result row without custom_id');
  }
  check(rows === expected, `results stream ${rows} of ${expected} rows`);
  check([...types].every((t) => ['succeeded', 'errored', 'canceled', 'expired'].includes(t)), `result types are known (${[...types].join(', ')})`);

  // Create inline, then cancel what is running.
  const created = await client.messages.batches.create({
    requests: Array.from({ length: 6 }, (_, i) => ({
      custom_id: `sdk-${i}`,
      params: { model: 'claude-3-5-haiku-latest', max_tokens: 64, messages: [{ role: 'user', content: `hi ${i}` }] },
    })),
  });
  check(created.processing_status === 'in_progress' && created.request_counts.processing === 6, 'create counts the inline requests');
  const cancelled = await client.messages.batches.cancel(created.id);
  check(cancelled.processing_status === 'canceling', `cancel answers 'canceling' (got ${cancelled.processing_status})`);

  // Delete an ended batch; it is gone afterwards, as the SDK's typed 404.
  const deleted = await client.messages.batches.delete(ended.id);
  check(deleted.id === ended.id && deleted.type === 'message_batch_deleted', 'delete answers message_batch_deleted');
  try {
    await client.messages.batches.retrieve(ended.id);
    check(false, 'a deleted batch is an error');
  } catch (error) {
    check(error instanceof Anthropic.NotFoundError && error.status === 404, 'a deleted batch is Anthropic.NotFoundError (404)');
  }
  try {
    await new Anthropic({ apiKey: 'sk-ant-wrong', baseURL: sim.url, maxRetries: 0 }).messages.batches.list();
    check(false, 'a wrong key is an error');
  } catch (error) {
    check(error instanceof Anthropic.AuthenticationError, 'a wrong key is Anthropic.AuthenticationError (401)');
  }
  console.log('anthropic SDK: all checks passed');
} finally {
  sim.stop();
}
