import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type QueryOf } from './client.ts';
import type { components } from './schema';

// GRD-5 customer composition: sales by a dimension, the 80/20 curve, accounts by grade/quadrant.
export type Composition = components['schemas']['Composition'];
export type CompositionRow = components['schemas']['CompositionRow'];
export type CompositionQuery = NonNullable<QueryOf<'/api/v1/grading/composition', 'get'>>;
export type CompositionDimension = NonNullable<CompositionQuery['by']>;

export const useComposition = (query: CompositionQuery) =>
  useQuery({
    queryKey: ['grading', 'composition', query],
    queryFn: ({ signal }) => api.get('/api/v1/grading/composition', { query, signal }),
    placeholderData: keepPreviousData,
  });
