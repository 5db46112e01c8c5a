// `policybot serve` as the command line runs it: a wrong setting is one line on stderr, status 2,
// and nothing listens.
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import type { CliIo } from '../../src/cli/io.ts';

function io(env: Record<string, string>) {
  const out = { stdout: '', stderr: '' };
  const cli: CliIo = {
    stdout: (t) => void (out.stdout += t),
    stderr: (t) => void (out.stderr += t),
    readStdin: async function* () {},
    env,
    cwd: '/nonexistent-working-dir',
  };
  return { cli, out };
}

describe('policybot serve', () => {
  it('is listed in the help', async () => {
    const { cli, out } = io({});
    await main(['--help'], cli);
    expect(out.stdout).toMatch(/serve\s+run the server/);
  });

  it('stops with one line naming the setting when one is wrong', async () => {
    const { cli, out } = io({ HOST: '0.0.0.0' });
    expect(await main(['serve'], cli)).toBe(2);
    expect(out.stderr.trim().split('\n')).toHaveLength(1);
    expect(out.stderr).toMatch(/^policybot serve: HOST is "0\.0\.0\.0", which is refused/);
  });

  it('says which Slack setting is missing', async () => {
    const { cli, out } = io({ SLACK_BOT_TOKEN: 'xoxb-1-2-3' });
    expect(await main(['serve'], cli)).toBe(2);
    expect(out.stderr).toMatch(/^policybot serve: SLACK_SIGNING_SECRET is missing/);
  });

  it('refuses a stray argument', async () => {
    const { cli, out } = io({});
    expect(await main(['serve', 'now'], cli)).toBe(2);
    expect(out.stderr).toMatch(/unexpected argument "now"/);
  });
});
