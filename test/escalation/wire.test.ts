import { afterEach, expect, it } from 'vitest';
import { createEscalations } from '../../src/escalation/index.ts';
import { RecordingNotifier, staticDirectory } from '../../src/escalation/testing/index.ts';
import { head, newEscalation, tempDir } from './helpers.ts';

let tmp: ReturnType<typeof tempDir> | undefined;
afterEach(() => tmp?.cleanup());

it('wires store, worker and service: create reaches SLT and the answer reaches the asker, and it survives a restart', async () => {
  tmp = tempDir();
  const slack = new RecordingNotifier('slack');
  const directory = staticDirectory({ 'quorn-hall': ['slack:UHEAD'] });
  const first = createEscalations({ dataDir: tmp.dir, directory, notifiers: [slack], pollIntervalMs: 60_000 });
  first.start();
  const e = await first.service.create(newEscalation());
  await first.service.answer(e.ref, head, 'Yes, with consent.');
  await first.worker.runOnce();
  expect(slack.sent.map((s) => [s.ref, s.kind])).toEqual([
    ['ESC-0001', 'slt-new'],
    ['ESC-0001', 'asker-answer'],
    ['ESC-0001', 'slt-update'],
  ]);
  await first.stop();

  const second = createEscalations({ dataDir: tmp.dir, directory, notifiers: [slack] });
  expect((await second.service.get('ESC-0001'))?.answer).toBe('Yes, with consent.');
  expect((await second.worker.backlog()).undelivered).toBe(0);
  await second.stop();
});
