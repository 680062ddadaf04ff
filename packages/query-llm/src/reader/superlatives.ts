/**
 * Superlatives that rank by a quantity ("the 5 heaviest deliveries"), never by how many rows a
 * group has; and every superlative the row shapes rank by, which adds the ones that can also
 * mean "most common" ("the biggest genres").
 */
const QUANTITY = ['heaviest', 'lightest', 'longest', 'shortest', 'cheapest', 'priciest', 'costliest', 'fastest', 'quickest', 'slowest', 'tallest', 'deepest', 'shallowest', 'widest', 'narrowest', 'oldest', 'youngest', 'newest', 'latest', 'earliest', 'highest', 'lowest'];

export const QUANTITY_SUPERLATIVE = new RegExp(`^(${QUANTITY.join('|')})$`);
export const SUPERLATIVE_WORD = new RegExp(`^(${[...QUANTITY, 'largest', 'biggest', 'greatest', 'smallest'].join('|')})$`);

/** The quantities a superlative can rank by, where it says one: "heaviest" a mass, "longest" a length or a time. */
export const SUPERLATIVE_QUANTITY: Record<string, string[]> = {
  heaviest: ['mass'], lightest: ['mass'], longest: ['length', 'time'], shortest: ['length', 'time'],
  tallest: ['length'], deepest: ['length'], widest: ['length'], fastest: ['speed', 'time'], slowest: ['speed', 'time'],
  priciest: ['money'], cheapest: ['money'], costliest: ['money'], expensive: ['money'],
};
