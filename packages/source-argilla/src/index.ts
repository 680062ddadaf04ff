export { argilla, createArgillaSource, type ArgillaSyncCursor } from './argilla-source.js';
export { argillaOptionsSchema, type ArgillaSourceOptions, type ResolvedArgillaSourceOptions } from './argilla-options.js';
export { ArgillaClient, normaliseServerRecord, type ArgillaDataset, type ArgillaQuestion, type ArgillaServerRecord } from './argilla-client.js';
export { loadExport, isArgillaFolder, isArgillaFile, type ArgillaFileFormat, type LoadedExport } from './argilla-files.js';
export { convertRecords, spansOf, COUNTED_STATUSES, type NormalisedRecord, type NormalisedResponse, type NormalisedSuggestion, type ArgillaSpan, type ConvertedRecords } from './argilla-model.js';
export { questionsFrom, spanQuestionsFrom, inferQuestionType, QUESTION_TYPES, type AnnotationQuestion, type SpanQuestion } from './argilla-questions.js';
export { responsesOf } from './argilla-responses.js';
export { detectTextField } from './argilla-text-field.js';
