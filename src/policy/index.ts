/**
 * A school's policy as data: the zod schemas (the single source of the types), review dates,
 * the checks lint runs on a policy, hand corrections (overrides), and ingestion of a policy
 * document (.txt, .md, .docx, .pdf) into clauses.
 */
export * from './schema.ts';
export { findDates, reviewState, type ReviewState } from './dates.ts';
export { checkPolicy, numberingGaps } from './check.ts';
export { Overrides } from './overrides.ts';
export { ingestText, type IngestOptions, type IngestReport, type SourceFormat } from './ingest/index.ts';
export { extractText, formatOf } from './ingest/extract-text.ts';
export { policyToYaml, writePolicy } from './ingest/write.ts';
