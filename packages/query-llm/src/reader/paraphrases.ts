/**
 * The reader's first rewrite: phrasings that say a shape the later stages already read, in
 * another word order, are put in that order. "What is the name of the doctor with the most
 * appointments" asks what "which doctor name has the most appointments" asks: the group is the
 * thing after "of the", the field asked for qualifies it, and the ranking follows "with the".
 */
const FIELD_OF_RANKED = /^(?:what(?:'s| is| was| are| were)?|who(?:'s| is| was)?|give me|tell me|show me|find)\s+the\s+([a-z][\w ]{0,30}?)\s+of\s+the\s+([a-z][\w ]{0,30}?)\s+(?:with|that has|that had|who has|who had|having)\s+the\s+(most|fewest|least|highest|lowest|largest|smallest|biggest)\b(.*)$/i;
const WHO_RANKED = /^(?:who(?:'s| is| was)?|what(?:'s| is| was)?)\s+the\s+([a-z][\w ]{0,30}?)\s+(?:with|that has|that had|who has|who had|having)\s+the\s+(most|fewest|least|highest|lowest|largest|smallest|biggest)\b(.*)$/i;

/**
 * "what is the most common contravention", or typed as a heading ("most common team size"): the
 * ranking "which contravention is most common" reads.
 */
const MOST_COMMON = /^(?:(?:what|which)(?:'s| is| are| was| were)?\s+)?(?:the\s+)?(most|least)\s+(common|frequent|popular|usual)\s+(.+?)[?.!]*$/i;

/** "more then 200": the comparison's "than", as people often type it. */
const COMPARED_THEN = /\b(more|less|fewer|greater|higher|lower|larger|smaller|bigger|older|younger|longer|shorter|heavier|lighter|earlier|later) then\b/gi;

/**
 * "the 3 busiest branches", "which route is the busiest": busy is having the most rows. With a
 * measure named after "by" ("the four busiest clinicians by treatments done") it is a ranking by
 * that measure.
 */
const BUSIEST_BY = /\bbusiest\b(?=.*\bby\b)/i;
const IS_BUSIEST = /^(which|what)\s+([a-z][\w ]{0,30}?)\s+(?:is|was|are|were)\s+(?:the\s+)?busiest\s*[?.!]*$/i;
const BUSIEST = /\bbusiest\s+([a-z][\w-]*(?:\s+(?!for\b|in\b|of\b|on\b|at\b|during\b|by\b)[a-z][\w-]*)?)/i;

function busiest(text: string): string {
  if (BUSIEST_BY.test(text)) return text.replace(BUSIEST_BY, 'top');
  const is = IS_BUSIEST.exec(text);
  if (is) return `${is[1]} ${is[2]} has the most records`;
  return text.replace(BUSIEST, '$1 with the most records');
}

/**
 * "the supplier with the best rating", "the best average score": of a rating, score or grade, the
 * best is the highest. "Best" of anything else ("the best dentist", "which room is the best") is
 * a judgement no field holds, and stays for the refusal; so does the best "rate" (a lower price
 * rate may be the better one).
 */
const BEST_SCORE = /\bbest\b(?=(?:\s+[\w-]+){0,3}?\s+(?:ratings?|scores?|grades?)\b)/gi;

/** "how long is the Economics exam": what its length is (its field held in a unit of time). */
const HOW_LONG = /^how long (is|was|are|were) (.+)$/i;

export function paraphrase(question: string): string {
  const text = busiest(question.trim().replace(COMPARED_THEN, '$1 than').replace(HOW_LONG, 'what $1 the length of $2').replace(BEST_SCORE, 'highest'));
  const fieldOf = FIELD_OF_RANKED.exec(text);
  if (fieldOf) return `which ${fieldOf[2]} ${fieldOf[1]} has the ${fieldOf[3]}${fieldOf[4]}`;
  const common = MOST_COMMON.exec(text);
  if (common) return `which ${common[3]} is ${common[1]} ${common[2]}`;
  const who = WHO_RANKED.exec(text);
  if (who) return `which ${who[1]} has the ${who[2]}${who[3]}`;
  return text;
}
