import { describe, expect, it } from 'vitest';
import { matrixExportHref, matrixQueryOf, readMatrixState, writeMatrixState } from './matrixParams.ts';

describe('matrix page state', () => {
  it('reads and writes the address, moves shown unless turned off', () => {
    const state = readMatrixState(new URLSearchParams('modelId=m1&region=east&quadrant=core'));
    expect(state).toEqual({ modelId: 'm1', ownerId: null, region: 'east', industry: null, quadrant: 'core', showMoves: true });
    expect(writeMatrixState({ ...state, showMoves: false }).toString()).toBe('modelId=m1&region=east&quadrant=core&moves=0');
  });
  it('asks the API only with the filters set, once a model is known', () => {
    const state = readMatrixState(new URLSearchParams('industry=chemicals'));
    expect(matrixQueryOf(state, undefined)).toBeUndefined();
    expect(matrixQueryOf(state, 'm2')).toEqual({ modelId: 'm2', industry: 'chemicals' });
  });
  it('links the export with the same filters and the chosen quadrant', () => {
    expect(matrixExportHref({ modelId: 'm2', industry: 'chemicals' }, 'core', 'zh-CN')).toBe('/api/v1/grading/matrix/export?modelId=m2&industry=chemicals&quadrant=core&format=xlsx&lang=zh-CN');
    expect(matrixExportHref({ modelId: 'm2' }, null, 'en-US')).toBe('/api/v1/grading/matrix/export?modelId=m2&format=xlsx&lang=en-US');
  });
});
