// Decides whether the reader's rows are the gold rows. Column names never matter. Columns may
// come in any order, and the answer may carry extra columns (a count beside the name asked
// for): the gold columns must then match distinct columns of the answer, row for row. Rows are a
// multiset unless the question asks for a ranking.

/**
 * Numbers agree to a millionth of their size (floating-point sums in another order), or to 2
 * decimals (an average or a share rounded for display). Counts therefore must be exact.
 */
export const RELATIVE_TOLERANCE = 1e-6;
export const ABSOLUTE_TOLERANCE = 0.005;

export function sameValue(a, b) {
  if (typeof a === 'number' && typeof b === 'number') {
    const allowed = Math.max(RELATIVE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b)),
      ABSOLUTE_TOLERANCE);
    return Math.abs(a - b) <= allowed;
  }
  return a === b;
}

const sameRow = (answerRow, goldRow, columns) =>
  columns.every((answerColumn, goldColumn) => sameValue(answerRow[answerColumn], goldRow[goldColumn]));

function sameRowsInOrder(answer, gold, columns) {
  return gold.every((goldRow, index) => sameRow(answer[index], goldRow, columns));
}

/** Multiset equality. Greedy matching suffices: two rows within tolerance of one gold row are
 * the same row for any question in the set (tolerances are far below the data's granularity). */
function sameRowsAnyOrder(answer, gold, columns) {
  const unmatched = answer.slice();
  for (const goldRow of gold) {
    const index = unmatched.findIndex((answerRow) => sameRow(answerRow, goldRow, columns));
    if (index < 0) return false;
    unmatched.splice(index, 1);
  }
  return true;
}

/** Every way of placing `goldWidth` gold columns on distinct columns of an answer `width` wide. */
function* columnPlacements(width, goldWidth, prefix = []) {
  if (prefix.length === goldWidth) {
    yield prefix;
    return;
  }
  for (let column = 0; column < width; column += 1) {
    if (!prefix.includes(column)) yield* columnPlacements(width, goldWidth, [...prefix, column]);
  }
}

/**
 * @param {unknown[][]} answer canonical rows returned by the reader
 * @param {unknown[][]} gold canonical gold rows
 * @param {{ ordered?: boolean }} [options]
 * @returns {boolean}
 */
export function rowsMatch(answer, gold, { ordered = false } = {}) {
  if (answer.length !== gold.length) return false;
  if (gold.length === 0) return true;
  const width = answer[0].length;
  const goldWidth = gold[0].length;
  if (width < goldWidth) return false;
  const compare = ordered ? sameRowsInOrder : sameRowsAnyOrder;
  for (const columns of columnPlacements(width, goldWidth)) {
    if (compare(answer, gold, columns)) return true;
  }
  return false;
}
