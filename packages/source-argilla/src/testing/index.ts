export { startTestArgillaServer, TestArgillaDataset, testUuid, type TestArgillaServer, type TestDataset, type TestRecordInput, type TestSpan } from './argilla-test-server.js';
