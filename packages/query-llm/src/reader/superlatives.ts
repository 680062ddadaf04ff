/**
 * Superlatives that rank by a quantity ("the 5 heaviest deliveries"), never by how many rows a
 * group has; and every superlative the row shapes rank by, which adds the ones that can also
 * mean "most common" ("the biggest genres").
 */
const QUANTITY = ['heaviest', 'lightest', 'longest', 'shortest', 'cheapest', 'priciest', 'costliest', 'fastest', 'quickest', 'slowest', 'tallest', 'deepest', 'shallowest', 'widest', 'narrowest', 'oldest', 'youngest', 'newest', 'latest', 'earliest', 'highest', 'lowest'];

export const QUANTITY_SUPERLATIVE = new RegExp(`^(${QUANTITY.join('|')})$`);
export const SUPERLATIVE_WORD = new RegExp(`^(${[...QUANTITY, 'largest', 'biggest', 'greatest', 'smallest'].join('|')})$`);
