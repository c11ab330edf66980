import { describe, expect, it } from 'vitest';
import { DEFAULT_GRADING_POLICIES } from '../../../../domain/grading/grading-policies.ts';
import type { StrategyTemplate } from '../../../api/gradingPolicies.queries.ts';
import { addItem, gradesWithoutPolicy, newGradeRow, removeItem, setItem } from './policyDraft.ts';

const policies = DEFAULT_GRADING_POLICIES.servicePolicies;

describe('the policies draft', () => {
  it('adds the next grade below the lowest, served like it', () => {
    expect(newGradeRow(policies)).toEqual({ ...policies[3], grade: 'E' });
    expect(newGradeRow([]).grade).toBe('A');
    expect(newGradeRow([{ ...policies[0], grade: '战略' }]).grade).toBe('A');
    expect(newGradeRow([{ ...policies[0], grade: 'C' }, { ...policies[0], grade: 'B' }]).grade).toBe('D');
  });

  it('names the grades of a model that have no service level', () => {
    expect(gradesWithoutPolicy(['A', 'B', 'C', 'D', 'E', 'E'], policies)).toEqual(['E']);
    expect(gradesWithoutPolicy(['A'], [{ ...policies[0], grade: ' A ' }])).toEqual([]);
  });

  it('edits, adds and removes the actions and reasons of a template', () => {
    const core = structuredClone(DEFAULT_GRADING_POLICIES.strategyTemplates[0]) as StrategyTemplate;
    const added = addItem(core, 'actions');
    expect(added.actions).toHaveLength(2);
    const edited = setItem(added, 'actions', 1, { 'zh-CN': '季度高层拜访', 'en-US': 'Quarterly executive visit' });
    expect(edited.actions[1]['zh-CN']).toBe('季度高层拜访');
    expect(core.actions).toHaveLength(1);
    expect(removeItem(edited, 'reasons', 0).reasons).toEqual([core.reasons[1]]);
  });
});
