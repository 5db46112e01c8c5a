// There is no Docker engine here, so this checks what can be checked from the text: the base
// image, the install command (the one CI runs), what the runtime stage copies against what
// `npm start` needs, the user, the volume and the health check.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const dockerfile = readFileSync(join(root, 'Dockerfile'), 'utf8');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string>; dependencies: Record<string, string> };
const ci = readFileSync(join(root, '.ci', 'run'), 'utf8');
const ignore = readFileSync(join(root, '.dockerignore'), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));

/** Instructions with continuation lines joined, grouped by stage. */
function stages(text: string) {
  const lines = text.replace(/\\\n\s*/g, ' ').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  const args = new Map<string, string>();
  const out: { from: string; name?: string; instructions: string[] }[] = [];
  for (const line of lines) {
    const [op = '', ...rest] = line.split(/\s+/);
    const value = rest.join(' ');
    if (op === 'ARG' && out.length === 0) {
      const [k, v] = value.split('=');
      if (k && v) args.set(k, v);
    } else if (op === 'FROM') {
      const [image = '', , name] = value.split(/\s+/);
      out.push({ from: image.replace(/\$\{(\w+)\}/g, (_m, k: string) => args.get(k) ?? ''), ...(name ? { name } : {}), instructions: [] });
    } else out.at(-1)?.instructions.push(line);
  }
  return out;
}

const all = stages(dockerfile);
const runtime = all.at(-1)!;
const build = all[0]!;
const ops = (op: string) => runtime.instructions.filter((i) => i.startsWith(`${op} `)).map((i) => i.slice(op.length + 1));

describe('the Dockerfile', () => {
  it('is multi-stage on a Node LTS release, 22 or later', () => {
    expect(all.length).toBeGreaterThanOrEqual(2);
    for (const stage of all) {
      const m = /^node:(\d+)[-\w.]*$/.exec(stage.from);
      expect(m, stage.from).not.toBeNull();
      const major = Number(m![1]);
      expect(major).toBeGreaterThanOrEqual(22);
      expect(major % 2, 'LTS releases are even-numbered').toBe(0);
    }
  });

  it('installs with the command CI runs (npm ci), without dev dependencies, in the build stage only', () => {
    expect(ci).toMatch(/^npm ci$/m);
    const npm = build.instructions.filter((i) => /\bnpm\b/.test(i));
    expect(npm.some((i) => /npm ci --omit=dev/.test(i))).toBe(true);
    expect(dockerfile).not.toMatch(/npm install/);
    expect(runtime.instructions.some((i) => /^RUN .*(npm ci|apt-get install)/.test(i))).toBe(false);
    // The toolchain better-sqlite3 needs to build from source.
    expect(build.instructions.join('\n')).toMatch(/python3.*make.*g\+\+/);
  });

  it('copies into the runtime stage everything `npm start` needs', () => {
    const copies = ops('COPY').join('\n');
    expect(copies).toMatch(/--from=build \/app\/node_modules \.\/node_modules/);
    for (const need of ['package.json', 'bin', 'src', 'adapters', 'knowledge']) expect(copies).toMatch(new RegExp(`(^|\\s)${need}(\\s|$)`, 'm'));
    for (const need of ['package.json', 'bin', 'src', 'adapters', 'knowledge']) expect(ignore).not.toContain(need);
    expect(ignore).toContain('node_modules');
    expect(ignore).toContain('.env');
    // tsx runs the TypeScript at start-up, so it must survive --omit=dev.
    expect(Object.keys(pkg.dependencies)).toContain('tsx');
  });

  it('starts the way `npm start` does', () => {
    const cmd = ops('CMD').at(-1)!;
    expect(JSON.parse(cmd).join(' ')).toBe(pkg.scripts.start);
  });

  it('runs as a non-root user, with the data folder a volume and the knowledge overridable', () => {
    const user = ops('USER').at(-1);
    expect(user).toBeDefined();
    expect(user).not.toMatch(/^(root|0)(:|$)/);
    expect(ops('VOLUME').join(' ')).toContain('/data');
    const env = ops('ENV').join(' ');
    expect(env).toMatch(/DATA_DIR=\/data/);
    expect(env).toMatch(/KNOWLEDGE_DIR=\/app\/knowledge/);
    expect(ops('EXPOSE')).toContain('3978');
  });

  it('checks its health on /healthz with node (slim images have no curl)', () => {
    const check = ops('HEALTHCHECK').join(' ');
    expect(check).toContain('/healthz');
    expect(check).toMatch(/CMD \["node"/);
  });

  it('the runtime code never imports what the image leaves out (test/, eval/, scripts/)', () => {
    const files = ['src', 'adapters'].flatMap((dir) =>
      readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.includes('fixtures')).map((f) => join(root, dir, f)),
    );
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) expect(readFileSync(file, 'utf8'), file).not.toMatch(/(from|import\()\s*['"](\.\.?\/)+(\.\.\/)*(test|eval|scripts)\//);
  });
});
