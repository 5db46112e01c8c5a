/**
 * Evaluation figures, computed the same way for our ranker and for the baselines, so that
 * they can be compared: top-1 and top-3 accuracy and MRR over questions a policy answers,
 * no-match precision and recall, safeguarding recall and false-alarm rate.
 */

export interface EvalQuestion {
  id: string;
  policy: string;
  text: string;
  /** answer: `clauses` answer it; no-match: the policy does not; any: only the safeguarding flag is judged. */
  expect: 'answer' | 'no-match' | 'any';
  safeguarding: boolean;
  clauses: string[];
  quotes: string[];
  /**
   * tune: tuned on; holdout: never tuned on; fresh: written blind to the system after round 1,
   * a development set (tuned on) from round 2; blind2: written blind after round 2, a
   * development set from round 4; blind3: written blind during round 4, a development set from
   * round 5; blind4: written blind during round 5, a development set from round 6; blind5:
   * written blind during round 6, a development set from round 7; blind6: written blind during
   * round 7, a development set from round 8; blind7: written blind during round 8, a development
   * set from round 9; blind8: written blind during round 9, a development set from round 10;
   * blind9: written blind during round 10, a development set from round 11; blind10: written blind
   * during round 11, a development set from round 12; blind11: written blind during round 12, a
   * development set from round 13; blind12: written blind during round 13, a development set from
   * round 14; blind13: written blind during round 14, a development set from round 15; blind14:
   * written blind during round 15, a development set from round 16; blind15: written blind during
   * round 16, a development set from round 17; blind16: written blind during round 17, a
   * development set from round 18; blind17: written blind during round 18, a development set
   * from round 19; dev18a, dev18b: written blind during round 18 as development data (more
   * questions for asked.yaml and the examples); blind18: written blind during round 19, a
   * development set from round 20; dev19a, dev19b: written blind during round 19 as development
   * data; dev20a, dev20b: written blind during round 20 as development data; blind19: written
   * blind during round 20, a development set from round 21; dev21a, dev21b: written blind during
   * round 21 as development data; blind20: written blind during round 21, never tuned on or
   * listed (scripts/eval-data.ts EXTRA_SETS).
   */
  split: 'tune' | 'holdout' | 'fresh' | 'blind2' | 'blind3' | 'blind4' | 'blind5' | 'blind6' | 'blind7' | 'blind8' | 'blind9' | 'blind10' | 'blind11' | 'blind12' | 'blind13' | 'blind14' | 'blind15' | 'blind16' | 'blind17' | 'dev18a' | 'dev18b' | 'blind18' | 'dev19a' | 'dev19b' | 'dev20a' | 'dev20b' | 'blind19' | 'dev21a' | 'dev21b' | 'blind20';
}

export interface SystemOutput {
  /** Clause numbers, best first; empty for no-match. */
  ranked: string[];
  noMatch: boolean;
  /** undefined when the system has no safeguarding detector (the baselines). */
  safeguarding?: boolean;
}

export interface Figures {
  questions: number;
  answerable: number;
  top1: number;
  top3: number;
  mrr: number;
  noMatchPrecision: number;
  noMatchRecall: number;
  /** null where the system has no detector or the set has no such question. */
  safeguardingRecall: number | null;
  falseAlarmRate: number | null;
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);

/** The figures for one system over a set of questions and its outputs (same order). */
export function computeFigures(questions: readonly EvalQuestion[], outputs: readonly SystemOutput[]): Figures {
  let answerable = 0;
  let top1 = 0;
  let top3 = 0;
  let rr = 0;
  let predictedNoMatch = 0;
  let correctNoMatch = 0;
  let expectedNoMatch = 0;
  let sgTotal = 0;
  let sgCaught = 0;
  let ordinary = 0;
  let falseAlarms = 0;
  let detector = false;
  questions.forEach((q, i) => {
    const out = outputs[i];
    if (!out) throw new Error(`no output for question ${q.id}`);
    if (out.safeguarding !== undefined) detector = true;
    if (q.safeguarding) {
      sgTotal++;
      if (out.safeguarding) sgCaught++;
    } else {
      ordinary++;
      if (out.safeguarding) falseAlarms++;
    }
    if (q.expect === 'any') return;
    if (out.noMatch) predictedNoMatch++;
    if (q.expect === 'no-match') {
      expectedNoMatch++;
      if (out.noMatch) correctNoMatch++;
      return;
    }
    answerable++;
    const ranked = out.noMatch ? [] : out.ranked;
    const rank = ranked.findIndex((c) => q.clauses.includes(c));
    if (rank === 0) top1++;
    if (rank >= 0 && rank < 3) top3++;
    if (rank >= 0) rr += 1 / (rank + 1);
  });
  return {
    questions: questions.length,
    answerable,
    top1: ratio(top1, answerable),
    top3: ratio(top3, answerable),
    mrr: ratio(rr, answerable),
    // A system that never says no-match is never wrong when it does: precision 1 would flatter it.
    noMatchPrecision: predictedNoMatch === 0 ? 0 : ratio(correctNoMatch, predictedNoMatch),
    noMatchRecall: ratio(correctNoMatch, expectedNoMatch),
    safeguardingRecall: detector && sgTotal > 0 ? ratio(sgCaught, sgTotal) : null,
    falseAlarmRate: detector && ordinary > 0 ? ratio(falseAlarms, ordinary) : null,
  };
}
