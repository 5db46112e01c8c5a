// The Block Kit renderer on its own: order, the buttons offered, nothing said twice.
import { describe, expect, it } from 'vitest';
import { replyToBlocks } from '../../adapters/slack/render/reply-blocks.ts';
import { fixtureBot } from './fixture-bot.ts';

const texts = (blocks: unknown[]) => blocks.map((b) => JSON.stringify(b));

describe('replyToBlocks', () => {
  it('puts the safeguarding banner first and marks the escalation button', () => {
    const { blocks } = replyToBlocks(fixtureBot.ask('quorn-hall', 'a child is being hurt'), { ephemeral: true });
    expect(texts(blocks)[0]).toContain('A child may be at risk');
    expect(texts(blocks).join()).toContain('"style":"danger"');
  });

  it('shows the review-date warning as one context line, before the answer', () => {
    const { blocks } = replyToBlocks(fixtureBot.ask('quorn-hall', 'facebook'), { ephemeral: true });
    const i = texts(blocks).findIndex((t) => t.includes('due for review'));
    expect(blocks[i]?.type).toBe('context');
    expect(texts(blocks).filter((t) => t.includes('due for review'))).toHaveLength(1);
    expect(i).toBeLessThan(texts(blocks).findIndex((t) => t.includes('Here is what the policy says')));
  });

  it('offers Share only where the answer is ephemeral', () => {
    const reply = fixtureBot.ask('quorn-hall', 'facebook');
    expect(texts(replyToBlocks(reply, { ephemeral: true }).blocks).join()).toContain('Share in channel');
    expect(texts(replyToBlocks(reply, { ephemeral: false }).blocks).join()).not.toContain('Share in channel');
  });

  it('labels the verdict and does not repeat it', () => {
    const reply = fixtureBot.choose(fixtureBot.ask('quorn-hall', 'photo').choices[0]?.payload ?? '');
    const all = texts(replyToBlocks({ ...reply, text: `Not allowed. ${reply.verdict?.text} (Your answers: own account.)` }, { ephemeral: true }).blocks).join();
    expect(all).toContain('*Not allowed*');
    expect(all.split(reply.verdict?.text ?? '?').length - 1).toBe(1);
    expect(all).toContain('(Your answers: own account.)');
  });

  it('numbers and heads each cited clause', () => {
    const all = texts(replyToBlocks(fixtureBot.clause('quorn-hall', '7.3'), { ephemeral: true }).blocks).join();
    expect(all).toContain('*7.3  Use of digital images*');
  });
});
