/**
 * Words that carry no field, value or shape of their own: articles, pronouns, question words,
 * the verbs and nouns any question about rows uses ("records", "made", "listed"), and what people
 * type around a question ("ok so", "hey"). A word not placed by any stage and not here is
 * named in the reader's refusal.
 */
export const FILLER = new Set(
  `a an the of in on at to for from by with without and or is are was were be been being do does did have has had there their its it this that these those
  what which who whom whose when where how many much number count counts total totals all any each every per me us show list give tell find get
  please i we you can could would should will shall may might name names value values than more less most least fewer fewest greater larger smaller higher lower
  over under above below between after before since until during about as not no only just also both either one ones some distinct different unique
  records record rows row entries entry item items data table dataset database registered recorded listed stored known included appear appears appearing
  exist exists existing kind kinds type types sort sorted order ordered descending ascending desc asc top bottom first last highest lowest largest smallest
  biggest greatest maximum minimum max min average mean avg sum combined overall grand together mention mentioned mentions mentioning document documents doc docs
  annotation annotations annotated span spans label labels labelled labeled entity entities tag tagged page pages text texts often frequently times frequent
  breakdown broken grouped group groups split across them they those whose has having into out up down latest earliest newest oldest recent recently
  date dates exactly equal equals least at most many contain contains containing value among amongst within
  whole entire currently current now ever yet still again common popular usual
  work works worked working based located situated live lives lived living employed
  cheapest priciest costliest expensive fastest slowest tallest heaviest lightest
  made make makes came come comes went go goes got get gets took take takes taken use used uses using done happen happened happens occur occurred
  non logged filed submitted collected flagged marked time paid charged break recorded anyone someone something anything our so through via altogether
  ok okay hey hi hello back`.split(/\s+/),
);

/**
 * Verbs of the rows' own handling ("which crews handled the most work orders", "parcels that
 * needed a signature", "jobs raised from an alarm", "jobs that led to a notice", "applications
 * received", "openings that allow remote work"): no word of
 * their own once every other word is placed, but unlike
 * {@link FILLER} still free to name a field or value first (`follow_up_needed`, `handled_by`).
 * Only the last stage, which names the words left over, passes over them. So too for the words
 * that name all the rows as a collection ("in the fleet", "on the timetable", "in the log", "on
 * our books") or a row as newly made ("new members per year": rows are made when they are new).
 */
export const LEFTOVER_FILLER = new Set(
  `handle handles handled handling carry carries carried carrying bring brings brought bringing travel travels travelled
  traveled travelling need needs needed raise raises raised lead leads led resulted triggered receive receives received
  get gets got ask asks asked allow allows allowed actually really
  anyone someone we've we're far
  fleet catalogue catalog log timetable roster register books new`.split(/\s+/),
);

/** A word the last stage passes over when nothing placed it: filler, or a leftover verb. */
export const isLeftoverFiller = (token: { lower: string; stem: string }) =>
  FILLER.has(token.lower) || FILLER.has(token.stem) || LEFTOVER_FILLER.has(token.lower);

/**
 * Words that name one row as such, passed over only where they do: "single" after "a" or a
 * superlative ("on a single fine", "the biggest single claim"; "the single fare" is a kind of
 * fare), and "lines" of a table of events (pick lines, order lines), never of a lookup's rows
 * ("lines for products that contain nuts" are order lines, not products).
 */
export function namesOneRow(tokens: { lower: string }[], i: number, events: boolean): boolean {
  const word = tokens[i]?.lower;
  if (word === 'single') return /^(a|one|any)$|est$|^expensive$/.test(tokens[i - 1]?.lower ?? '');
  return events && (word === 'lines' || word === 'line');
}
