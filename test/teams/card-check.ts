/**
 * Checks a card the way Teams would see it: against the official Adaptive Card 1.5 JSON schema
 * (adapters/teams/schema), and through Microsoft's own `adaptivecards` renderer with Teams'
 * host config, collecting every parse warning and validation failure. Needs a DOM: call from a
 * test file that runs in the jsdom environment.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import * as AC from 'adaptivecards';

const require = createRequire(import.meta.url);
// CommonJS packages seen through ESM: the class is the default export's `default`.
const addFormats = require('ajv-formats') as (typeof import('ajv-formats'))['default'];
// Paths, not URLs: under jsdom the global URL is the DOM's, which node:fs does not take.
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

let validate: ValidateFunction | undefined;

export function schemaValidator(): ValidateFunction {
  if (validate) return validate;
  const schema = JSON.parse(readFileSync(join(root, 'adapters/teams/schema/adaptive-card-1.5.json'), 'utf8')) as Record<string, unknown>;
  // Draft-04's `id` under a draft-06 banner: Ajv 8 only accepts `$id`.
  const { id, ...rest } = schema;
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addMetaSchema(require('ajv/dist/refs/json-schema-draft-06.json'));
  const compiled = ajv.compile({ ...rest, $id: String(id) });
  validate = compiled;
  return compiled;
}

export function schemaErrors(card: unknown): string[] {
  const v = schemaValidator();
  if (v(card)) return [];
  return (v.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}

const hostConfig = new AC.HostConfig(JSON.parse(readFileSync(join(root, 'test/fixtures/teams/host-config-teams-light.json'), 'utf8')));
// Teams processes TextBlock markdown; the renderer only needs to be told something does.
AC.AdaptiveCard.onProcessMarkdown = (text, result) => {
  result.outputHtml = text.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c] ?? c);
  result.didProcess = true;
};

export interface RenderResult {
  problems: string[];
  element: HTMLElement | undefined;
}

/** Parse warnings and errors, validation failures, and the rendered element. */
export function renderCard(card: unknown): RenderResult {
  const ac = new AC.AdaptiveCard();
  ac.hostConfig = hostConfig;
  const ctx = new AC.SerializationContext();
  ac.parse(card, ctx);
  const problems: string[] = [];
  for (let i = 0; i < ctx.eventCount; i++) problems.push(`parse: ${ctx.getEventAt(i).message}`);
  for (const e of ac.validateProperties().validationEvents) problems.push(`validate: ${e.message}`);
  const element = ac.render();
  if (!element) problems.push('render: no element');
  return { problems, element };
}

export const cardSize = (card: unknown): number => Buffer.byteLength(JSON.stringify(card), 'utf8');
