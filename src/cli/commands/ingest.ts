/** `policybot ingest FILE --id ID [--name ORG]`: a policy document into the knowledge folder. */
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse, parseDocument } from 'yaml';
import { KnowledgeError, UsageError } from '../../errors.ts';
import { displayPath, formatProblem, policyDir } from '../../knowledge/index.ts';
import { readYaml } from '../../knowledge/yaml-file.ts';
import { extractText } from '../../policy/ingest/extract-text.ts';
import { ingestText, type IngestReport } from '../../policy/ingest/index.ts';
import { writePolicy } from '../../policy/ingest/write.ts';
import { Overrides } from '../../policy/overrides.ts';
import { Policy, PolicyId, type Clause } from '../../policy/schema.ts';
import type { CliIo, Command } from '../io.ts';
import { KNOWLEDGE_HELP, knowledgeDir, parseCommand } from './options.ts';

const help = `Usage: policybot ingest FILE --id ID [--name ORG] [--knowledge DIR]

Turns a policy document (.txt, .md, .docx or .pdf) into a policy in the knowledge folder:
writes policies/ID/source.txt (the text, verbatim) and policies/ID/policy.yaml (its clauses),
applying the hand corrections in policies/ID/overrides.yaml if there are any. Prints what it
found - sections, clauses, the numbering used - and what to check.

Options:
  --id ID          the policy's id: lower-case words joined by hyphens, e.g. quorn-hall
  --name ORG       the organisation, e.g. "Quorn Hall School" (kept in overrides.yaml)
${KNOWLEDGE_HELP}
  --help           this help
`;

/** Records --name in overrides.yaml, so that re-running ingestion without it gives the same policy. */
function rememberName(file: string, name: string): void {
  const doc = parseDocument(existsSync(file) ? readFileSync(file, 'utf8') : '');
  if (doc.get('name') === name) return;
  if (!doc.contents) doc.contents = doc.createNode({}) as unknown as typeof doc.contents;
  doc.set('name', name);
  writeFileSync(file, doc.toString());
}

/** The clauses of the policy.yaml about to be replaced, if there is a readable one. */
function previousClauses(file: string): Map<string, string> | undefined {
  if (!existsSync(file)) return undefined;
  const old = Policy.safeParse(parse(readFileSync(file, 'utf8')));
  return old.success ? new Map(old.data.clauses.map((c) => [c.number, c.text])) : undefined;
}

/** Clause numbers are quoted by staff, SLT, trees and the evaluation: say loudly when they move. */
function printChanges(io: CliIo, before: Map<string, string>, after: readonly Clause[]): void {
  const now = new Map(after.map((c) => [c.number, c.text]));
  const gone = [...before.keys()].filter((n) => !now.has(n));
  const added = [...now.keys()].filter((n) => !before.has(n));
  const changed = [...now.keys()].filter((n) => before.has(n) && before.get(n) !== now.get(n));
  if (!gone.length && !added.length && !changed.length) {
    io.stdout('Clause numbers and texts unchanged since the last ingestion.\n');
    return;
  }
  io.stdout('Changed since the last ingestion - references to these numbers (trees, evaluation) may need fixing:\n');
  if (gone.length) io.stdout(`  no longer exist: ${gone.join(', ')}\n`);
  if (added.length) io.stdout(`  new: ${added.join(', ')}\n`);
  if (changed.length) io.stdout(`  text changed: ${changed.join(', ')}\n`);
}

function printReport(io: CliIo, report: IngestReport): void {
  const scheme = { document: "the document's own numbers", sections: 'section.paragraph in reading order', lettered: 'lettered parts (A1, B3, B3.a)', mixed: 'mixed' }[report.scheme];
  io.stdout(`  numbering: ${report.scheme} (${scheme})\n`);
  io.stdout(`  sections: ${report.sections.length}\n`);
  for (const s of report.sections) io.stdout(`    ${s.number.padEnd(3)} ${s.heading}\n`);
  io.stdout(`  clauses: ${report.clauses}\n`);
  if (report.notes.length) {
    io.stdout('Numbering notes:\n');
    for (const n of report.notes) io.stdout(`  - ${n}\n`);
  }
  if (report.unsure.length) {
    io.stdout(`Check these (${report.unsure.length}):\n`);
    for (const u of report.unsure) io.stdout(`  - ${u}\n`);
  }
}

export const ingest: Command = {
  name: 'ingest',
  summary: 'turn a policy document (.txt, .md, .docx, .pdf) into a policy in the knowledge folder',
  help,
  async run(args, io) {
    const { values, positionals } = parseCommand('ingest', args, { id: { type: 'string' }, name: { type: 'string' } }, { names: ['FILE'] });
    const id = values.id;
    if (typeof id !== 'string') throw new UsageError('missing --id ID (lower-case words joined by hyphens, e.g. quorn-hall). See `policybot ingest --help`.');
    if (!PolicyId.safeParse(id).success) throw new UsageError(`"${id}" is not a valid policy id: use lower-case words joined by hyphens, e.g. quorn-hall.`);
    const source = resolve(io.cwd, positionals[0]!);
    const { text, format } = await extractText(source);
    const dir = policyDir(knowledgeDir(values, io), id);
    const overridesFile = join(dir, 'overrides.yaml');
    if (typeof values.name === 'string') {
      mkdirSync(dir, { recursive: true });
      rememberName(overridesFile, values.name);
    }
    let overrides: Overrides | undefined;
    if (existsSync(overridesFile)) {
      const read = readYaml(overridesFile, Overrides);
      if (!read.value) throw new KnowledgeError(`${displayPath(overridesFile)} is not valid; fix it and run again`, read.problems.map((p) => formatProblem(p)));
      overrides = read.value;
    }
    const { policy, report } = ingestText(text, { id, format, overrides, overridesFile: displayPath(overridesFile, io.cwd) });
    const before = previousClauses(join(dir, 'policy.yaml'));
    writePolicy(dir, text, policy);
    io.stdout(`Ingested ${displayPath(source, io.cwd)} as ${id} (${policy.name}) into ${displayPath(dir, io.cwd)}\n`);
    io.stdout(`  review due: ${policy.review.due} ("${policy.review.text}")\n`);
    printReport(io, report);
    if (before) printChanges(io, before, policy.clauses);
    return 0;
  },
};
