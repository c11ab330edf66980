import type { MatrixQuery } from '../../../api/grading.queries.ts';

// The matrix page's state in the address (so a filtered matrix can be shared): model, owner,
// region, industry, the quadrant whose list is shown, and whether moves are drawn.
export type MatrixState = { modelId: string | null; ownerId: string | null; region: string | null; industry: string | null; quadrant: string | null; showMoves: boolean };

const text = (params: URLSearchParams, key: string) => params.get(key) || null;

export function readMatrixState(params: URLSearchParams): MatrixState {
  return {
    modelId: text(params, 'modelId'),
    ownerId: text(params, 'ownerId'),
    region: text(params, 'region'),
    industry: text(params, 'industry'),
    quadrant: text(params, 'quadrant'),
    showMoves: params.get('moves') !== '0',
  };
}

export function writeMatrixState(state: MatrixState): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ['modelId', 'ownerId', 'region', 'industry', 'quadrant'] as const) {
    const value = state[key];
    if (value) params.set(key, value);
  }
  if (!state.showMoves) params.set('moves', '0');
  return params;
}

// The API query for a model (the chosen one, or the proposed default).
export function matrixQueryOf(state: MatrixState, modelId: string | undefined): MatrixQuery | undefined {
  if (!modelId) return undefined;
  return {
    modelId,
    ...(state.ownerId ? { ownerId: state.ownerId } : {}),
    ...(state.region ? { region: state.region } : {}),
    ...(state.industry ? { industry: state.industry } : {}),
  };
}

// The export link: the same filters, one quadrant or all, in the user's language.
export function matrixExportHref(query: MatrixQuery, quadrant: string | null, lang: string): string {
  const params = new URLSearchParams(Object.entries(query).filter(([, v]) => v !== undefined) as [string, string][]);
  if (quadrant) params.set('quadrant', quadrant);
  params.set('format', 'xlsx');
  params.set('lang', lang);
  return `/api/v1/grading/matrix/export?${params.toString()}`;
}
