/**
 * A Notifier whose "platform" is a file: one JSON line per message sent, written and fsynced
 * before deliver() returns. It dedupes the way a real notifier must: look the key up on the
 * platform (here, the file) before sending. `pauseAfterSendMs` holds deliver() open after the
 * send, so a test can kill the process between "sent" and "recorded as delivered".
 */
import { appendFileSync, existsSync, readFileSync, openSync, fsyncSync, closeSync } from 'node:fs';
import type { DeliveryContext, Notifier, OutboxMessage, Platform } from '../types.ts';

export interface SinkLine {
  key: string;
  kind: OutboxMessage['kind'];
  ref: string;
  pid: number;
}

export function readSink(file: string): SinkLine[] {
  if (!existsSync(file)) return [];
  const lines = readFileSync(file, 'utf8').split('\n');
  // The last piece is '' after a complete line, or a line still being written: skip it either way.
  return lines
    .slice(0, -1)
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as SinkLine);
}

export class FileSinkNotifier implements Notifier {
  constructor(
    readonly file: string,
    readonly platform: Platform = 'slack',
    private readonly pauseAfterSendMs = 0,
  ) {}

  async deliver(message: OutboxMessage, ctx: DeliveryContext): Promise<void> {
    if (readSink(this.file).some((l) => l.key === ctx.idempotencyKey)) return;
    const line: SinkLine = { key: ctx.idempotencyKey, kind: message.kind, ref: ctx.escalation.ref, pid: process.pid };
    appendFileSync(this.file, `${JSON.stringify(line)}\n`);
    const fd = openSync(this.file, 'r');
    fsyncSync(fd);
    closeSync(fd);
    if (this.pauseAfterSendMs > 0) await new Promise((r) => setTimeout(r, this.pauseAfterSendMs));
  }
}
