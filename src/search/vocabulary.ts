/**
 * The shared vocabulary (knowledge/vocabulary.yaml): groups of staff words and policy words
 * that mean the same; and, in its own file beside it (knowledge/safeguarding.yaml, so that a
 * Designated Safeguarding Lead can review it without the search words), the signs that a child
 * may be at risk. Parsed with zod
 * (strict, so a misspelt key fails with its path) and compiled once into phrase lookups.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { KnowledgeError } from '../errors.ts';
import { parseYaml } from '../knowledge/yaml-file.ts';
import { analyse, eachTextOnce, phraseKey, type Token } from './analyse.ts';
import { trainTextModel, type TextModel } from './text-model.ts';

const Term = z.string().trim().min(1, 'a term cannot be empty');
const Terms = z.array(Term).min(1, 'a group needs at least one term');

export const VocabularyFile = z.strictObject({
  version: z.literal(1),
  concepts: z.record(
    z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'concept names are lower-case words joined by hyphens'),
    z.strictObject({
      terms: Terms,
      description: z.string().optional(),
      /** The words are interchangeable: the very word typed counts no more than any other of the group. */
      interchangeable: z.boolean().default(false),
      /**
       * School business a staff social media policy is not about (parents' evening, duty rotas,
       * parking permits): where the policy never names it, it is a sign the question is about
       * another topic, as much as a word nobody knows — not mere context, like "trip".
       */
      offTopic: z.boolean().default(false),
      /**
       * Off-topic and a topic of its own (AI tools): where the policy never names it, a question
       * naming it is about it however much else the question says ("use chatgpt to write my yr 8
       * reports"), unless the question names social media too.
       */
      ownTopic: z.boolean().default(false),
      /**
       * A topic of its own even in a question that names social media: the age a platform allows
       * ("what age can kids have tiktok") is the platform's rule, not the school's policy.
       */
      evenOnSocialMedia: z.boolean().default(false),
      /**
       * The frame of almost any staff question, not its topic: who (a pupil, a parent, the head)
       * and how it is asked (allowed, the rule, does it apply). Beside school business the policy
       * never names, these say nothing of whether it covers the question: "who can authorise a
       * suspension, is it only the head" is about suspensions, whatever the policy says of heads.
       */
      frame: z.boolean().default(false),
      /**
       * A kind of another concept, which its words name as well: "my son" is the member of staff's
       * own family (own-family) and family too, so it still finds "staff who have relatives who are
       * students" while a situation weight can tell it from "her son".
       */
      broader: z.string().optional(),
    })
      .refine((c) => !c.ownTopic || c.offTopic, { message: 'ownTopic needs offTopic: true', path: ['ownTopic'] })
      .refine((c) => !c.evenOnSocialMedia || c.ownTopic, { message: 'evenOnSocialMedia needs ownTopic: true', path: ['evenOnSocialMedia'] }),
  ),
  /**
   * How far a question must read like the school-business examples (no-match-examples/, log-odds)
   * rather than like the questions the policies answer, to count as business the policy does not
   * cover (src/answer/build-reply.ts). 5: in five-fold cross-validation over the development data,
   * 78% of business questions score above it and 0.3% of answerable ones.
   */
  businessThreshold: z.number().default(5),
  safeguarding: z.strictObject({
    /** Concepts whose words name a child (for withChild and "@concept" in together). */
    child: z.array(z.string().min(1)).min(1),
    always: Terms,
    withChild: Terms,
    /** Words that make a concern about an image, so the policy's image handling is shown. */
    images: Terms,
    together: z.array(z.array(Terms).min(2, 'a together rule needs at least two groups')).default([]),
    /**
     * Ordinary readings: a sign that is also the name of a lesson topic, a fundraiser or a
     * playground accident ("our e-safety lesson on grooming", "hurt his ankle on the trip") does
     * not count when the question has one of `context` and none of `unless`.
     */
    ordinary: z
      .array(z.strictObject({ about: z.string().optional(), signs: Terms, context: Terms, unless: z.array(Term).default([]) }))
      .default([]),
    /**
     * How far a message must read like the risk examples rather than the ordinary ones
     * (safeguarding-examples/, log-odds) to raise the flag when no sign has: 17, just above the
     * highest-scoring of the ~390 near misses in test/answer/safeguarding.test.ts (16.8 with the
     * round-21 examples; 16.2 with round 20's, when it was 16.5; 15.1 with round 19's, when it was
     * 15.5; 17.8 with round 18's, when it was 18), so that none of them is flagged.
     * Lower finds more and alarms more: five-fold cross-validation over the examples, 18 -> 15.5,
     * recall 95.1 -> 96.2%, alarms 1.09 -> 1.30%; 16.5 -> 15.0 on the development pool, +1 found
     * and +2 alarms.
     */
    examplesThreshold: z.number().positive().default(17),
  }),
});
export type VocabularyFile = z.infer<typeof VocabularyFile>;

/** A group of the `together` rule: phrase keys, and concepts ("@pupil"). */
export interface CompiledGroup {
  phrases: Set<string>;
  concepts: Set<string>;
}

/** A stem's place in the phrase tree: the phrases that go on from here, and the concept of the one that ends here. */
export interface PhraseNode {
  next: Map<string, PhraseNode>;
  concept?: string;
}

export interface Vocabulary {
  /** Phrase key (stems joined by spaces) → concept name. */
  phrases: Map<string, string>;
  /** Longest phrase, in tokens: how far the matcher looks ahead. */
  maxPhraseLength: number;
  /** The phrases as a tree of stems, so that the matcher walks a question without building keys. */
  phraseTree: PhraseNode;
  /** The words of every term, for fuzzy lookup of typos. */
  words: Set<string>;
  concepts: Map<string, string[]>;
  /** Every stem of every term (concepts and safeguarding): words that are never typos. */
  knownStems: Set<string>;
  /** Concepts whose words are interchangeable. */
  interchangeable: Set<string>;
  /** Concepts of school business a social media policy is not about. */
  offTopic: Set<string>;
  /** Of those, the ones that are a topic of their own (ownTopic). */
  ownTopic: Set<string>;
  /** Of those, the ones that stay so in a question about social media (evenOnSocialMedia). */
  evenOnSocialMedia: Set<string>;
  /** Concepts that frame a question rather than name its topic (frame). */
  frame: Set<string>;
  /** A concept → the broader concept its words name as well (broader). */
  broader: Map<string, string>;
  /** Learned from no-match-examples/ when the knowledge has them: how much a question reads like school business. */
  business?: TextModel;
  safeguarding: {
    child: Set<string>;
    always: Set<string>;
    withChild: Set<string>;
    images: Set<string>;
    together: CompiledGroup[][];
    ordinary: CompiledOrdinary[];
    /** Learned from safeguarding-examples/ when the knowledge has them. */
    model?: TextModel;
  };
}

/** An ordinary reading: hits containing one of `signs` are dropped when `context` is present and `unless` is not. */
export interface CompiledOrdinary {
  signs: Set<string>;
  context: Set<string>;
  unless: Set<string>;
}

/** A matched concept and the broader one its words name as well ("my son": own-family, family). */
export function conceptsNamed(vocab: Vocabulary, concept: string): string[] {
  const broader = vocab.broader.get(concept);
  return broader === undefined ? [concept] : [concept, broader];
}

export const VOCABULARY_FILE = 'vocabulary.yaml';
/** The `safeguarding` section, in a file of its own beside vocabulary.yaml. */
export const SAFEGUARDING_FILE = 'safeguarding.yaml';

/** One thing wrong in the vocabulary: which file (when not vocabulary.yaml), where in it, and what to do. */
export interface VocabularyProblem {
  file?: string;
  path: string;
  message: string;
}

/** Problems that a schema cannot see: a term in two groups, a term that analyses to nothing. */
export function vocabularyProblems(file: VocabularyFile): VocabularyProblem[] {
  const problems: VocabularyProblem[] = [];
  const owner = new Map<string, string>();
  for (const [name, concept] of Object.entries(file.concepts)) {
    concept.terms.forEach((term, i) => {
      const path = `concepts.${name}.terms[${i}]`;
      const key = phraseKey(term);
      if (!key) {
        problems.push({ path, message: `"${term}" has no letters or digits; remove it` });
        return;
      }
      const other = owner.get(key);
      if (other !== undefined && other !== name) {
        problems.push({ path, message: `"${term}" is already in concept "${other}" (after stemming); keep it in one group` });
      } else owner.set(key, name);
    });
  }
  for (const [name, concept] of Object.entries(file.concepts)) {
    const b = concept.broader;
    if (b !== undefined && (!(b in file.concepts) || b === name || file.concepts[b]?.broader !== undefined)) {
      problems.push({ path: `concepts.${name}.broader`, message: `"${b}" must name another concept of concepts that has no broader concept itself` });
    }
  }
  file.safeguarding.child.forEach((c, i) => {
    if (!(c in file.concepts)) problems.push({ path: `safeguarding.child[${i}]`, message: `no concept "${c}"; name one of concepts` });
  });
  file.safeguarding.together.forEach((rule, r) =>
    rule.forEach((group, g) =>
      group.forEach((term, t) => {
        if (term.startsWith('@') && !(term.slice(1) in file.concepts)) {
          problems.push({ path: `safeguarding.together[${r}][${g}][${t}]`, message: `no concept "${term.slice(1)}"; name one of concepts` });
        }
      }),
    ),
  );
  return problems;
}

export function compileVocabulary(file: VocabularyFile): Vocabulary {
  // Thousands of terms, many met more than once below: each analysed once.
  const keyOf = eachTextOnce(phraseKey);
  const phrases = new Map<string, string>();
  const words = new Set<string>();
  const concepts = new Map<string, string[]>();
  let maxPhraseLength = 1;
  const interchangeable = new Set<string>();
  const offTopic = new Set<string>();
  const ownTopic = new Set<string>();
  const evenOnSocialMedia = new Set<string>();
  const frame = new Set<string>();
  const broader = new Map<string, string>();
  for (const [name, concept] of Object.entries(file.concepts)) {
    if (concept.broader !== undefined) broader.set(name, concept.broader);
    concepts.set(name, concept.terms);
    if (concept.interchangeable) interchangeable.add(name);
    if (concept.offTopic) offTopic.add(name);
    if (concept.ownTopic) ownTopic.add(name);
    if (concept.evenOnSocialMedia) evenOnSocialMedia.add(name);
    if (concept.frame) frame.add(name);
    for (const term of concept.terms) {
      const key = keyOf(term);
      if (!key || phrases.has(key)) continue;
      phrases.set(key, name);
      maxPhraseLength = Math.max(maxPhraseLength, key.split(' ').length);
      for (const w of term.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (w.length > 3) words.add(w);
    }
  }
  const phraseTree: PhraseNode = { next: new Map() };
  for (const [key, concept] of phrases) {
    let node = phraseTree;
    for (const stem of key.split(' ')) {
      let child = node.next.get(stem);
      if (!child) node.next.set(stem, (child = { next: new Map() }));
      node = child;
    }
    node.concept = concept;
  }
  const keys = (terms: readonly string[]) => new Set(terms.map(keyOf).filter((k) => k.length > 0));
  const sg = file.safeguarding;
  const knownStems = new Set<string>();
  const allTerms = [...Object.values(file.concepts).flatMap((c) => c.terms), ...sg.always, ...sg.withChild, ...sg.images, ...sg.together.flat(2), ...sg.ordinary.flatMap((o) => [...o.signs, ...o.context, ...o.unless])];
  for (const term of allTerms) for (const st of keyOf(term).split(' ')) if (st) knownStems.add(st);
  // every phrase the safeguarding rules look for must fit in the matcher's window
  const ordinaryKeys = [...sg.ordinary.flatMap((o) => [...keys(o.context), ...keys(o.unless)]), ...keys(sg.together.flat(2).filter((t) => !t.startsWith('@')))];
  for (const k of [...keys(sg.always), ...keys(sg.withChild), ...keys(sg.images), ...ordinaryKeys]) maxPhraseLength = Math.max(maxPhraseLength, k.split(' ').length);
  return {
    phrases,
    maxPhraseLength,
    phraseTree,
    words,
    knownStems,
    interchangeable,
    offTopic,
    ownTopic,
    evenOnSocialMedia,
    frame,
    broader,
    concepts,
    safeguarding: {
      child: new Set(sg.child),
      always: keys(sg.always),
      withChild: keys(sg.withChild),
      images: keys(sg.images),
      together: sg.together.map((rule) =>
        rule.map((group) => ({
          phrases: keys(group.filter((t) => !t.startsWith('@'))),
          concepts: new Set(group.filter((t) => t.startsWith('@')).map((t) => t.slice(1))),
        })),
      ),
      ordinary: sg.ordinary.map((o) => ({ signs: keys(o.signs), context: keys(o.context), unless: keys(o.unless) })),
    },
  };
}

/** Validates a parsed vocabulary: the file when it is usable, and every problem. */
export function checkVocabulary(raw: unknown): { file?: VocabularyFile; problems: VocabularyProblem[] } {
  const parsed = VocabularyFile.safeParse(raw);
  if (!parsed.success) {
    return {
      problems: parsed.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })),
    };
  }
  return { file: parsed.data, problems: vocabularyProblems(parsed.data) };
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('');
}

function readYaml(file: string): { raw?: unknown; problem?: VocabularyProblem } {
  const parsed = parseYaml(readFileSync(file, 'utf8'));
  if ('error' in parsed) {
    const at = parsed.error.line ? ` (line ${parsed.error.line})` : '';
    return { problem: { file, path: '', message: `not valid YAML${at}: ${parsed.error.message}` } };
  }
  return { raw: parsed.value };
}

/**
 * `DIR/vocabulary.yaml` with `DIR/safeguarding.yaml` as its `safeguarding` section, unparsed;
 * problems of reading them. The section may stay inside vocabulary.yaml, but not be in both.
 */
export function readVocabularyRaw(knowledgeDir: string): { raw?: unknown; problems: VocabularyProblem[]; safeguardingFile?: string } {
  const file = join(knowledgeDir, VOCABULARY_FILE);
  const sgFile = join(knowledgeDir, SAFEGUARDING_FILE);
  if (!existsSync(file)) {
    return existsSync(sgFile) ? { problems: [{ file: sgFile, path: '', message: `it needs ${VOCABULARY_FILE} beside it, for the concepts it names` }] } : { problems: [] };
  }
  const vocab = readYaml(file);
  if (vocab.problem) return { problems: [vocab.problem] };
  if (!existsSync(sgFile)) return { raw: vocab.raw, problems: [] };
  const sg = readYaml(sgFile);
  if (sg.problem) return { problems: [sg.problem] };
  if (typeof vocab.raw === 'object' && vocab.raw !== null && 'safeguarding' in vocab.raw) {
    return { problems: [{ file, path: 'safeguarding', message: `the safeguarding signs are in ${SAFEGUARDING_FILE}; remove this section` }] };
  }
  return { raw: typeof vocab.raw === 'object' && vocab.raw !== null ? { ...vocab.raw, safeguarding: sg.raw } : vocab.raw, problems: [], safeguardingFile: sgFile };
}

/**
 * Reads `DIR/vocabulary.yaml` (and `DIR/safeguarding.yaml`): the compiled vocabulary (undefined
 * when there is none) and problems, each naming the file it is in. `analysed`: how the examples'
 * texts are read (the knowledge folder's shared reading; by default each text once: the two
 * folders share most of their ordinary questions).
 */
export function readVocabulary(knowledgeDir: string, analysed: (text: string) => Token[] = eachTextOnce(analyse)): { vocabulary?: Vocabulary; file: string; problems: VocabularyProblem[] } {
  const file = join(knowledgeDir, VOCABULARY_FILE);
  const { raw, problems: readProblems, safeguardingFile } = readVocabularyRaw(knowledgeDir);
  if (readProblems.length > 0 || raw === undefined) return { file, problems: readProblems };
  const { file: parsed, problems } = checkVocabulary(raw);
  // A problem in the safeguarding section is reported in the file that holds it, by its own path.
  const located = safeguardingFile
    ? problems.map((p) => (p.path === 'safeguarding' || p.path.startsWith('safeguarding.') || p.path.startsWith('safeguarding[')
        ? { ...p, file: safeguardingFile, path: p.path.replace(/^safeguarding\.?/, '') }
        : p))
    : problems;
  if (!parsed || problems.length > 0) return { file, problems: located };
  let vocabulary = compileVocabulary(parsed);
  const examples = readExamples(knowledgeDir, SAFEGUARDING_EXAMPLES);
  const business = readExamples(knowledgeDir, NO_MATCH_EXAMPLES);
  if (examples.problems.length + business.problems.length > 0) return { file, problems: [...located, ...examples.problems, ...business.problems] };
  const train = (e: { first?: string[]; second?: string[] }, threshold: number) =>
    e.first && e.second ? trainTextModel(e.first.map(analysed), e.second.map(analysed), threshold) : undefined;
  const model = train(examples, parsed.safeguarding.examplesThreshold);
  if (model) vocabulary = { ...vocabulary, safeguarding: { ...vocabulary.safeguarding, model } };
  const businessModel = train(business, parsed.businessThreshold);
  if (businessModel) vocabulary = { ...vocabulary, business: businessModel };
  return { vocabulary, file, problems: [] };
}

/** A folder of labelled examples a model learns from (one message a line, `#` for comments): its two files, first kind and second. */
export interface ExampleFolder {
  dir: string;
  first: string;
  second: string;
}
/** Messages suggesting a child may be at risk, against ordinary ones. */
export const SAFEGUARDING_EXAMPLES: ExampleFolder = { dir: 'safeguarding-examples', first: 'risk.txt', second: 'ordinary.txt' };
/** Questions about the rest of a school's business, against questions the policies answer. */
export const NO_MATCH_EXAMPLES: ExampleFolder = { dir: 'no-match-examples', first: 'business.txt', second: 'topic.txt' };

/**
 * `DIR/<folder>/` with its two files: both or neither (a model that has only seen one kind would
 * say everything or nothing is of it), each with at least one message, one a line (`#` comments).
 */
export function readExamples(knowledgeDir: string, folder: ExampleFolder): { first?: string[]; second?: string[]; problems: VocabularyProblem[] } {
  const dir = join(knowledgeDir, folder.dir);
  if (!existsSync(dir)) return { problems: [] };
  const problems: VocabularyProblem[] = [];
  const read = (name: string) => {
    const file = join(dir, name);
    if (!existsSync(file)) {
      problems.push({ file, path: '', message: `missing: ${folder.dir}/ needs both ${folder.first} and ${folder.second}` });
      return undefined;
    }
    const lines = readFileSync(file, 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'));
    if (lines.length === 0) problems.push({ file, path: '', message: 'no examples: write one message a line' });
    return lines;
  };
  const first = read(folder.first);
  const second = read(folder.second);
  return problems.length > 0 ? { problems } : { first, second, problems };
}

/** Reads and compiles `DIR/vocabulary.yaml`; throws KnowledgeError listing every problem. */
export function loadVocabulary(knowledgeDir: string): Vocabulary {
  const { vocabulary, file, problems } = readVocabulary(knowledgeDir);
  if (problems.length > 0) {
    throw new KnowledgeError(`${file} is not valid`, problems.map((p) => `${p.file ?? file} → ${p.path ? `at ${p.path}: ` : ''}${p.message}`));
  }
  if (!vocabulary) throw new KnowledgeError(`no ${file}; the shared vocabulary lives in knowledge/${VOCABULARY_FILE}`);
  return vocabulary;
}
