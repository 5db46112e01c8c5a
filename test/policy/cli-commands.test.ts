// The knowledge commands of the command line, run in-process through main() with captured
// output, and once for real as `node bin/policybot.js policies`.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io.ts';
import { main } from '../../src/cli/main.ts';
import { EVAL_KNOWLEDGE, ROOT } from './knowledge-files.ts';

async function run(argv: string[], now = '2026-11-22T09:00:00Z', cwd = ROOT) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    readStdin: async function* () {},
    env: {},
    cwd,
    now: () => new Date(now),
  };
  const status = await main(argv, io);
  return { status, stdout, stderr };
}

describe('policybot policies', () => {
  it('lists the five policies with their review dates, all overdue in 2026', async () => {
    const { status, stdout } = await run(['policies']);
    expect(status).toBe(0);
    const rows = stdout.trim().split('\n').slice(1);
    expect(rows).toHaveLength(5);
    expect(stdout).toContain('wycliffe-primary');
    expect(stdout).toContain('2019-02-28 (February 2019)');
    for (const row of rows) expect(row).toMatch(/OVERDUE for review$/);
  });

  it('shows a policy as in date before its review date (the clock is passed in)', async () => {
    const { stdout } = await run(['policies', '--json'], '2024-01-01T00:00:00Z');
    const byId = Object.fromEntries((JSON.parse(stdout) as { id: string; overdue: boolean }[]).map((p) => [p.id, p.overdue]));
    expect(byId).toEqual({ 'bicester-learning-academy': true, 'quorn-hall': false, 'robert-carre-trust': true, 'wycliffe-primary': true, 'yes-trust': false });
  });

  it('--json gives id, name, reviewDue, overdue and reviewText', async () => {
    const { stdout } = await run(['policies', '--json']);
    const quorn = (JSON.parse(stdout) as Record<string, unknown>[]).find((p) => p.id === 'quorn-hall');
    expect(quorn).toMatchObject({ id: 'quorn-hall', name: 'Quorn Hall School', reviewDue: '2024-03-18', overdue: true, reviewText: '18 March 2024' });
  });

  it('--knowledge DIR lists another folder', async () => {
    const { stdout } = await run(['policies', '--knowledge', 'eval/knowledge']);
    expect(stdout).toContain('ashgrove-academy  Ashgrove Park Academy');
  });
});

describe('policybot clause', () => {
  it('prints Wycliffe 11.3.4, the clause about disclosing your affiliation, with its headings', async () => {
    const { status, stdout } = await run(['clause', 'wycliffe-primary', '11.3.4']);
    expect(status).toBe(0);
    expect(stdout).toContain('Wycliffe Church of England Primary School');
    expect(stdout).toContain('11.3.4  Responsible Use Of Social Media › Protecting our reputation');
    expect(stdout).toContain('You must not disclose your affiliation as an employee of our school.');
  });

  it('prints a list item with its lead-in, so it reads as a prohibition', async () => {
    const { stdout } = await run(['clause', 'quorn-hall', '5.15']);
    expect(stdout).toMatch(/Staff must not:\n\s+… provide references for other individuals/);
  });

  it('--json gives the policy and the clause', async () => {
    const { stdout } = await run(['clause', 'robert-carre-trust', '9.7', '--json']);
    const out = JSON.parse(stdout);
    expect(out.policy).toMatchObject({ id: 'robert-carre-trust', name: 'Robert Carre Trust', overdue: true });
    expect(out.clauses[0]).toMatchObject({ number: '9.7', headings: ['Responsible use of social media', 'Safeguarding children and young people'] });
    expect(out.clauses[0].text).toContain('Designated Safeguarding Lead');
  });

  it('shows every item of a lettered list for its number, in the invented policy', async () => {
    const { stdout } = await run(['clause', 'ashgrove-academy', 'b3', '--knowledge', EVAL_KNOWLEDGE]);
    expect(stdout.match(/^B3(\.[a-d])?  /gm)).toEqual(['B3  ', 'B3.a  ', 'B3.b  ', 'B3.c  ', 'B3.d  ']);
  });

  it('for an unknown policy, says so in one line listing the ids, status 2', async () => {
    const { status, stdout, stderr } = await run(['clause', 'wycliffe', '1.1']);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('policybot clause: no policy "wycliffe". Policies: bicester-learning-academy, quorn-hall, robert-carre-trust, wycliffe-primary, yes-trust.\n');
  });

  it('for an unknown clause number, names the nearest valid numbers', async () => {
    const { status, stderr } = await run(['clause', 'wycliffe-primary', '11.3.9']);
    expect(status).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('has no clause "11.3.9". Nearest: 11.3.3, 11.3.4, 11.3.5, 11.3.6, 11.3.7.');
  });

  it('without a number, says what is missing', async () => {
    const { status, stderr } = await run(['clause', 'quorn-hall']);
    expect(status).toBe(2);
    expect(stderr).toContain('missing NUMBER. Usage: policybot clause ID NUMBER');
  });
});

describe('policybot ingest', () => {
  const fixture = join(ROOT, 'test', 'fixtures', 'policies', 'ashgrove-academy.md');

  it('writes source.txt and policy.yaml, records --name in overrides.yaml, and reports what it found', async () => {
    const knowledge = mkdtempSync(join(tmpdir(), 'policybot-ingest-'));
    const { status, stdout } = await run(['ingest', fixture, '--id', 'ashgrove', '--name', 'Ashgrove Park', '--knowledge', knowledge]);
    expect(status).toBe(0);
    expect(stdout).toContain('numbering: lettered');
    expect(stdout).toContain('sections: 8');
    expect(stdout).toContain('clauses: 46');
    expect(stdout).toMatch(/Check these \(\d+\):/);
    const dir = join(knowledge, 'policies', 'ashgrove');
    expect(readFileSync(join(dir, 'source.txt'), 'utf8')).toBe(readFileSync(fixture, 'utf8'));
    expect(readFileSync(join(dir, 'overrides.yaml'), 'utf8')).toBe('name: Ashgrove Park\n');
    const first = readFileSync(join(dir, 'policy.yaml'), 'utf8');
    // Again without --name: the name comes from overrides.yaml and the output is identical.
    const again = await run(['ingest', fixture, '--id', 'ashgrove', '--knowledge', knowledge]);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('Clause numbers and texts unchanged since the last ingestion.');
    expect(readFileSync(join(dir, 'policy.yaml'), 'utf8')).toBe(first);
    const shown = await run(['clause', 'ashgrove', 'F3.a', '--knowledge', knowledge]);
    expect(shown.stdout).toContain('Ashgrove Park - Staff Social Media and Online Conduct Policy');
    expect(shown.stdout).toContain('do not open it again, copy it, save it');
  });

  it('says which clause numbers moved when a changed text is ingested again', async () => {
    const knowledge = mkdtempSync(join(tmpdir(), 'policybot-ingest-'));
    const file = join(knowledge, 'policy.md');
    writeFileSync(file, '# Oak Lane School\n\nNext review: Spring 2030\n\n## Part A — Scope\n\nA1. This applies to all staff.\n\nA2. It covers every app.\n');
    await run(['ingest', file, '--id', 'oak', '--knowledge', knowledge]);
    writeFileSync(file, '# Oak Lane School\n\nNext review: Spring 2030\n\n## Part A — Scope\n\nA1. This applies to all staff and volunteers.\n');
    const { stdout } = await run(['ingest', file, '--id', 'oak', '--knowledge', knowledge]);
    expect(stdout).toContain('  no longer exist: A2\n');
    expect(stdout).toContain('  text changed: A1\n');
  });

  it('for a missing file, an unsupported type or a bad id: one line, status 2, nothing written', async () => {
    const knowledge = mkdtempSync(join(tmpdir(), 'policybot-ingest-'));
    const missing = await run(['ingest', 'no-such-policy.docx', '--id', 'x', '--knowledge', knowledge]);
    expect(missing).toMatchObject({ status: 2, stdout: '' });
    expect(missing.stderr).toMatch(/^policybot ingest: no such file: .*no-such-policy\.docx\. Check the path/);
    const rtf = join(knowledge, 'policy.rtf');
    writeFileSync(rtf, '{\\rtf1}');
    const unsupported = await run(['ingest', rtf, '--id', 'x', '--knowledge', knowledge]);
    expect(unsupported.status).toBe(2);
    expect(unsupported.stderr).toContain('unsupported file type ".rtf". Supported: .txt, .md, .markdown, .docx, .pdf.');
    const badId = await run(['ingest', fixture, '--id', 'Ashgrove Park', '--knowledge', knowledge]);
    expect(badId.status).toBe(2);
    expect(badId.stderr).toContain('is not a valid policy id');
    expect(existsSync(join(knowledge, 'policies'))).toBe(false);
  });

  it('for a file that is not really a Word document, says so', async () => {
    const knowledge = mkdtempSync(join(tmpdir(), 'policybot-ingest-'));
    const fake = join(knowledge, 'policy.docx');
    writeFileSync(fake, 'not a zip');
    const { status, stderr } = await run(['ingest', fake, '--id', 'x', '--knowledge', knowledge]);
    expect(status).toBe(2);
    expect(stderr).toMatch(/cannot read .*policy\.docx as a Word document/);
  });
});

describe('policybot lint', () => {
  it('passes the project knowledge with a one-line summary', async () => {
    const { status, stdout } = await run(['lint']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^knowledge: OK - 5 policies, \d+ clauses, safeguarding model from \d+ risk and \d+ ordinary examples, school-business model from \d+ business and \d+ answerable examples, no problems\n$/);
  });

  it('fails a broken folder with one line per problem', async () => {
    const { status, stderr } = await run(['lint', '--knowledge', 'no-such-folder']);
    expect(status).toBe(1);
    expect(stderr.split('\n')[0]).toBe('no-such-folder → no such folder; pass --knowledge DIR pointing at a knowledge folder');
  });
});

describe('--help', () => {
  it.each(['policies', 'clause', 'ingest', 'lint'])('policybot %s --help prints its usage', async (command) => {
    const { status, stdout } = await run([command, '--help']);
    expect(status).toBe(0);
    expect(stdout).toMatch(new RegExp(`^Usage: policybot ${command}`));
    expect(stdout).toContain('--knowledge DIR');
  });

  it('an unknown option points to --help', async () => {
    const { status, stderr } = await run(['policies', '--jsn']);
    expect(status).toBe(2);
    expect(stderr).toContain('See `policybot policies --help`.');
  });
});

describe('bin/policybot.js', () => {
  it('runs `policies` for real', () => {
    const out = execFileSync(process.execPath, [join(ROOT, 'bin', 'policybot.js'), 'policies'], { cwd: tmpdir(), encoding: 'utf8' });
    expect(out).toContain('robert-carre-trust');
    expect(out.trim().split('\n')).toHaveLength(6);
  });

  it('exits quietly when the reader has closed the pipe (`policybot policies | head -1`)', async () => {
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'policybot.js'), 'policies'], { cwd: tmpdir(), stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy(); // closed before the command writes: its first write meets EPIPE
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += String(d)));
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toContain('EPIPE');
    expect(status).toBe(0);
  });
});
