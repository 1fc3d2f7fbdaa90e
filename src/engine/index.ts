// The metric engine: pure TypeScript with no DOM and no framework, shared by the
// widgets, the grader, the build and the tests.
export * from './count';
export * from './csv';
export * from './dataset';
export * from './dates';
export * from './feedback';
export * from './from-rows';
export * from './generate';
export * from './grade';
export * from './mistakes';
export * from './parse';
export * from './questions';
export * from './random';
export * from './rank';
export * from './round';
export * from './seed';
export * from './share';
export * from './spec';
export * from './change';
export * from './concentration';
export * from './duration';
export * from './filter';
export * from './rates';
export * from './repeat';
export * from './tally';
export * from './weekday';
