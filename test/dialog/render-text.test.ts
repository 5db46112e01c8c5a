import { describe, expect, it } from 'vitest';
import { renderText } from '../../src/dialog/render-text.ts';
import { defaultFrame } from '../../src/dialog/reply-frame.ts';
import { choosePayload } from '../../src/dialog/tree-choose.ts';
import { startTree } from '../../src/dialog/tree-reply.ts';
import { photosTree, policy, treePolicy } from './fixture.ts';

const frame = defaultFrame(policy, '2026-11-22');
const resolve = () => ({ tp: treePolicy(), frame });

describe('the text renderer on tree replies', () => {
  const first = startTree(treePolicy(), frame, photosTree(), { question: 'Can I post pics?' });

  it('shows the tree, its question once, and numbered choices without payloads', () => {
    const text = renderText(first);
    expect(text.startsWith('[Photos and videos of pupils]\n')).toBe(true);
    expect(text.split('Where will it be posted?').length).toBe(2);
    expect(text).toContain("  1. My own account\n  2. The school's account\n  3. Somewhere else\n");
    expect(text).not.toContain('"a":"choose"');
  });

  it('heads a verdict with its outcome, whom and clauses, then the clauses\' words', () => {
    const second = choosePayload(first.choices[1]!.payload, resolve);
    const leaf = choosePayload(second.choices[1]!.payload, resolve);
    const text = renderText(leaf);
    expect(text).toContain("Verdict: ASK FIRST (Headteacher), clause 1.3\nAsk first (Headteacher), under Fixture School's policy. Ask the Headteacher first.");
    expect(text).toContain('1.3 (Images): Seek approval from the Headteacher before speaking for the school.');
    const none = renderText(choosePayload(first.choices[2]!.payload, resolve));
    expect(none).toContain('Verdict: THE POLICY DOES NOT SAY, clause 1.1');
  });
});
