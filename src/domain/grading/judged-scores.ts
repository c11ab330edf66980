import { issue, type GradingIssue } from './grading-issues.ts';
import type { ScoringModel } from './model.ts';
import { scoreOnScaleError } from './score-on-scale.ts';

// A score a person gives to a judged criterion. The comment is required: it is the data behind
// a judgement, the only thing a director reviewing the grade can check it against.
export type JudgedScore = { score: number; comment: string };
export type JudgedScores = Readonly<Record<string, JudgedScore | undefined>>;

// Problems with the judged scores given for an account, each naming the criterion in its path
// (`judged.openness.score`).
export function judgedScoreIssues(model: ScoringModel, judged: JudgedScores): GradingIssue[] {
  const issues: GradingIssue[] = [];
  for (const [key, given] of Object.entries(judged)) {
    if (given === undefined) continue;
    const path = `judged.${key}`;
    const criterion = model.criteria.find((c) => c.key === key);
    if (!criterion) {
      issues.push(issue(path, 'CRITERION_UNKNOWN', `The model has no criterion "${key}"`, { criterion: key }));
      continue;
    }
    if (criterion.source.type !== 'judged') {
      issues.push(issue(path, 'CRITERION_NOT_JUDGED', `"${key}" is computed from data and takes no judged score`, { criterion: key }));
      continue;
    }
    const code = scoreOnScaleError(criterion.scale, given.score);
    if (code) issues.push(issue(`${path}.score`, code, `Score ${given.score} for "${key}" is not on the ${criterion.scale} scale`, { criterion: key, scale: criterion.scale }));
    if (!given.comment?.trim()) issues.push(issue(`${path}.comment`, 'COMMENT_REQUIRED', `A judged score for "${key}" needs a comment`, { criterion: key }));
  }
  return issues;
}
