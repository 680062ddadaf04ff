/**
 * Contract test-suites for every plugin interface. A plugin author runs the one for their
 * interface against their plugin: `await describeSourceContract('mine', { create, readable })`
 * in a vitest file, or `checkSourceContract(...)` to get the outcomes as data.
 */
export * from './contract.js';
export * from './source-contract.js';
export * from './sink-contract.js';
export * from './staging-contract.js';
export * from './plugin-contracts.js';
export * from './discovery-contract.js';
