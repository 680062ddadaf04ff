export { buildProgram, VERSION } from './program.js';
export { openEngine, withEngine, databasePath, stagingDirectory, stateDirectory, type EngineOptions } from './engine-factory.js';
export { sampleSource, sampleVessels, sampleReports, type SampleVessel, type SampleReport } from './sample-data.js';
export { formatTable } from './output.js';
export type { DemoStep, DemoSection } from './demo-steps.js';
