/**
 * A button payload coming back: parsed with zod at the edge, then handed to the engine. Never
 * throws for a bad payload: whatever can be salvaged (policy, tree) picks the polite restart.
 */
import { decodeAction } from './actions.ts';
import type { ReplyFrame } from './reply-frame.ts';
import type { Reply } from './reply.ts';
import { continueTree, RESTART_DAMAGED, startTree, TOPICS_DAMAGED, topicsReply, type TreePolicy } from './tree-reply.ts';

export interface TreeContext {
  tp: TreePolicy;
  frame: ReplyFrame;
}

/** The context for a policy id; with no (or an unknown) id, the deployment's default policy. */
export type ResolvePolicy = (policyId: string | undefined) => TreeContext | undefined;

/** From a damaged payload, the policy and tree ids if they can still be read. */
export function salvage(raw: unknown): { p?: string; t?: string } {
  if (typeof raw !== 'string') return {};
  const p = /"p"\s*:\s*"([a-z0-9-]{1,64})"/.exec(raw)?.[1];
  const t = /"t"\s*:\s*"([a-z0-9-]{1,64})"/.exec(raw)?.[1];
  return { ...(p ? { p } : {}), ...(t ? { t } : {}) };
}

export function choosePayload(raw: unknown, resolve: ResolvePolicy): Reply {
  const decoded = decodeAction(raw);
  if (decoded.ok) {
    const action = decoded.action;
    const ctx = resolve(action.p) ?? resolve(undefined);
    if (!ctx) throw new Error('no policy is loaded to answer a button with');
    if (ctx.tp.policy.id !== action.p) return topicsReply(ctx.tp, ctx.frame, [{ kind: 'restarted', text: TOPICS_DAMAGED }]);
    if (action.a === 'choose') return continueTree(ctx.tp, ctx.frame, action);
    if (action.a === 'tree') {
      const tree = ctx.tp.trees.find((t) => t.id === action.t);
      if (tree) return startTree(ctx.tp, ctx.frame, tree, action.q ? { question: action.q } : {});
    }
    return topicsReply(ctx.tp, ctx.frame, [{ kind: 'restarted', text: TOPICS_DAMAGED }]);
  }
  const { p, t } = salvage(raw);
  const ctx = (p ? resolve(p) : undefined) ?? resolve(undefined);
  if (!ctx) throw new Error('no policy is loaded to answer a button with');
  const tree = ctx.tp.policy.id === p ? ctx.tp.trees.find((x) => x.id === t) : undefined;
  if (tree) return startTree(ctx.tp, ctx.frame, tree, { notices: [{ kind: 'restarted', text: RESTART_DAMAGED }] });
  return topicsReply(ctx.tp, ctx.frame, [{ kind: 'restarted', text: TOPICS_DAMAGED }]);
}
