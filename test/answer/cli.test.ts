// policybot ask and batch, run in-process through main() with captured output (the contract in
// DESIGN.md): text or reply JSON; JSON Lines in, one reply per line out, errors in place.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io.ts';
import { main } from '../../src/cli/main.ts';
import { ROOT } from './fixture.ts';

async function run(argv: string[], opts: { stdin?: string[]; env?: Record<string, string> } = {}) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    readStdin: async function* () {
      for (const chunk of opts.stdin ?? []) yield chunk;
    },
    env: opts.env ?? {},
    cwd: ROOT,
    now: () => new Date('2026-01-15T12:00:00Z'),
  };
  const status = await main(argv, io);
  return { status, stdout, stderr };
}

describe('policybot ask', () => {
  it('prints the answer as text: the summary, then "number (heading): words", the review note, the offer', async () => {
    const { status, stdout } = await run(['ask', '--policy', 'wycliffe-primary', 'can i use the school logo on my shop website']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^From Wycliffe/);
    expect(stdout).toMatch(/\n11\.4\.2 \(Respecting confidential information\): Do not use our logos/);
    expect(stdout).toMatch(/\nNote: This policy was due for review/);
    expect(stdout).toMatch(/Ask the Headteacher/);
    expect(stdout).not.toMatch(/"a":"escalate"/); // payloads only in --json
  });

  it('--json prints the reply contract', async () => {
    const { stdout } = await run(['ask', '--policy', 'quorn-hall', '--json', 'whats the wifi password']);
    const reply = JSON.parse(stdout);
    expect(reply).toMatchObject({ policy: { id: 'quorn-hall', overdue: true }, kind: 'no-match', safeguarding: false, citations: [], escalation: { available: true } });
  });

  it('takes the policy from POLICY_ID', async () => {
    const { status, stdout } = await run(['ask', '--json', 'friend request from a student'], { env: { POLICY_ID: 'yes-trust' } });
    expect(status).toBe(0);
    expect(JSON.parse(stdout).policy.id).toBe('yes-trust');
  });

  it('without a policy, or with an unknown one, says what to do (status 2)', async () => {
    expect(await run(['ask', 'hello'])).toMatchObject({ status: 2, stderr: expect.stringMatching(/--policy ID or set POLICY_ID/) });
    expect(await run(['ask', '--policy', 'nope', 'hello'])).toMatchObject({ status: 2, stderr: expect.stringMatching(/Policies: .*quorn-hall/) });
  });

  it('answers from another knowledge folder with --knowledge', async () => {
    const { stdout } = await run(['ask', '--knowledge', join(ROOT, 'eval', 'knowledge'), '--policy', 'ashgrove-academy', '--json', 'a reporter rang me']);
    expect(JSON.parse(stdout).citations[0].clause).toBe('D1');
  });
});

describe('policybot batch', () => {
  it('answers each line in order; a malformed line gets an error in its place and the batch goes on', async () => {
    const input = [
      '{"policy": "quorn-hall", "text": "whats the wifi password"}\n{"policy": "nope", "te',
      'xt": "hi"}\nnot json\n\n{"text": "no policy"}\n',
      '{"policy": "bicester-learning-academy", "text": "a student sent me a nude selfie"}',
    ];
    const { status, stdout } = await run(['batch'], { stdin: input });
    expect(status).toBe(0);
    const out = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out).toHaveLength(5);
    expect(out[0]).toMatchObject({ policy: { id: 'quorn-hall' }, kind: 'no-match' });
    expect(out[1]).toMatchObject({ line: 2, error: expect.stringMatching(/no policy "nope"/) });
    expect(out[2]).toMatchObject({ line: 3, error: expect.stringMatching(/not valid JSON/) });
    expect(out[3]).toMatchObject({ line: 5, error: expect.stringMatching(/POLICY_ID/) });
    expect(out[4]).toMatchObject({ policy: { id: 'bicester-learning-academy' }, safeguarding: true });
  });
});
