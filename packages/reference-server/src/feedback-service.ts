import type { QueryLayer } from '@living-schema/query-llm';
import type { FeedbackService } from './services.js';

/** Feedback over the query layer: a right answer or a corrected SQL becomes a verified pair. */
export function feedbackService(layer: QueryLayer): FeedbackService {
  return {
    record: (request) => layer.feedback(request),
  };
}
