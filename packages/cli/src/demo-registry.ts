import { foundationStep } from './demo-step-foundation.js';
import { discoveryStep } from './demo-step-discovery.js';
import { documentsStep } from './demo-step-documents.js';
import { recordsStep } from './demo-step-records.js';
import { serverStep } from './demo-step-server.js';
import { queryStep } from './demo-step-query.js';
import type { DemoStep } from './demo-steps.js';

/** The demo's steps, in order. Add a capability's step here (one import, one entry). */
export const DEMO_STEPS: DemoStep[] = [foundationStep, discoveryStep, documentsStep, recordsStep, serverStep, queryStep];
