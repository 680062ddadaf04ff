/** A word reduced to a stem: lower-case, plural and common suffixes removed (flags -> flag, flagged -> flag). */
export function stem(word: string): string {
  let w = word.toLowerCase();
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (/(ss|us|is)$/.test(w)) return w;
  if (/(ches|shes|xes|sses|zes)$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s')) w = w.slice(0, -1);
  if (w.endsWith('ed') && w.length > 4) {
    w = w.slice(0, -2);
    if (/([bcdfgklmnprstvz])\1$/.test(w)) w = w.slice(0, -1);
  } else if (w.endsWith('ing') && w.length > 5) {
    w = w.slice(0, -3);
    if (/([bcdfgklmnprstvz])\1$/.test(w)) w = w.slice(0, -1);
  }
  return w;
}

/** Stems of the words of a text or identifier (`gross_tonnage` -> gross, tonnage; `vesselName` -> vessel, name). */
export function wordsOf(text: string): string[] {
  return text
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9\u00c0-\uffff]+/)
    .filter(Boolean)
    .map(stem);
}

/** Stems of an identifier's words, digits kept (`room_no` -> room, no; `vetId` -> vet, id). */
export const identifierWords = (name: string) => name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/).filter(Boolean).map(stem);
