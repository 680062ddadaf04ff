/**
 * "visits that need a follow-up", "sessions that are coach-led", "spaces with step-free access":
 * a word joined by a hyphen that nothing placed whole may be a field's words written together
 * (`follow_up_needed`, `Coach Led`, `step_free`). The question is read again with the words
 * apart, once, and only when the first reading refused naming the compound; ids and values
 * ("SHP-0042", "Walk-in") were matched whole before this stage is reached.
 */

/** Letters on both sides of the hyphen: "follow-up", "x-ray"; not "SHP-0042" or "2024-05-01". */
const COMPOUND = /^[A-Za-z]+(?:-[A-Za-z]+)+$/;

/** The question with each refused compound's hyphens as spaces, or null when none was refused. */
export function splitCompounds(question: string, notUnderstood: string[]): { question: string; compounds: string[] } | null {
  const compounds = [...new Set(notUnderstood.filter((w) => COMPOUND.test(w)))];
  if (compounds.length === 0) return null;
  let text = question;
  for (const word of compounds) text = text.split(word).join(word.replace(/-/g, ' '));
  return { question: text, compounds };
}
