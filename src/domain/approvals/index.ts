export * from './flow.ts';
export * from './route.ts';
export * from './state.ts';
