import { describe, expect, it } from 'vitest';
import { escapeMermaid, treesToMermaid } from '../../src/dialog/mermaid.ts';
import { photosTree } from './fixture.ts';

describe('trees as Mermaid flowcharts', () => {
  it('draws questions as diamonds, answers as labelled edges, verdicts with their clauses', () => {
    const out = treesToMermaid([photosTree()]);
    const lines = out.trim().split('\n');
    expect(lines[0]).toBe('flowchart TD');
    expect(lines).toContain('  photos__where{"Where will it be posted?"}');
    expect(lines).toContain('  photos__where -->|"The school#39;s account"| photos__official'.replace('#39;', "'"));
    expect(lines).toContain('  photos__own(["NOT ALLOWED: Staff must not post images that include pupils.<br/>cites 1.1"]):::not_allowed');
    expect(out).toMatch(/photos__ask\(\["ASK FIRST \(Headteacher\): .*cites 1\.3"\]\):::ask_first/);
    // every edge points at a node that is drawn
    const drawn = new Set(lines.filter((l) => /^\s+\w+[{(]/.test(l)).map((l) => l.trim().split(/[{(]/)[0]));
    for (const l of lines.filter((x) => x.includes('-->'))) expect(drawn.has(l.trim().split(' ').pop())).toBe(true);
  });

  it('escapes what Mermaid would read as syntax', () => {
    expect(escapeMermaid('say "no" | <b> & co\nnext')).toBe('say #quot;no#quot; #124; #lt;b#gt; #amp; co next');
    const t = photosTree();
    t.nodes.where = { question: 'Is it "public" <yes|no>?', choices: [{ label: 'A "quoted" one', next: 'own' }, { label: 'b', next: 'official' }, { label: 'c', next: 'other' }] };
    const out = treesToMermaid([t]);
    expect(out).toContain('photos__where{"Is it #quot;public#quot; #lt;yes#124;no#gt;?"}');
    expect(out).toContain('-->|"A #quot;quoted#quot; one"|');
  });

  it('draws several trees as subgraphs', () => {
    const b = { ...photosTree(), id: 'other-tree', title: 'Other' };
    const out = treesToMermaid([photosTree(), b]);
    expect(out.match(/^ {2}subgraph /gm)).toHaveLength(2);
    expect(out).toContain('subgraph other_tree__tree["Other"]');
  });
});
