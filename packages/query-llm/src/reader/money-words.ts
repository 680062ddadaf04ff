/**
 * Words for money that name no field ("total revenue per quarter", "top 3 guests by total spend",
 * "how much did we earn"): the table's one field of money, where the catalog knows which fields
 * hold money (their unit: euros, dollars, pounds).
 */
import { toSnakeCase, unitOfWord } from '@living-schema/core';
import type { SchemaColumn, SchemaTable } from '../schema-context.js';
import type { ColumnMention } from './reading.js';
import type { Token } from './tokens.js';
import { isIdentifier, isNumeric, namedForRows, type ReaderColumn } from './column-kinds.js';
import { unitOfField } from './unit-fields.js';

// "what did ticket T7 cost": what a row cost is its money, when no field is named for costs.
const MONEY_WORDS = /^(revenues?|sales|takings|income|turnover|spend|spending|spent|earnings|earned|earn|money|fees|cost|costs)$/;

/** Of several money fields, the one a total of money means: a total or an amount, never a rate per unit. */
const TOTAL_NAME = /(^|_)(total|amount|revenue|sales|paid|charged?)(_|$)/;

/** A rate per unit (a night, an hour): adding it up is no revenue. */
const PER_UNIT = /(^|_)(rate|unit|per|base|nightly|hourly|daily)(_|$)/;
/** Money that goes out, not in: a budget, a cost, a wage; or money planned, not taken: a target. */
const OUTGOING = /(^|_)(budget|cost|costs|expense|expenses|salary|wage|wages|target|goal|forecast|quota)(_|$)/;

/** Verbs of money changing hands: money only when the question asks for an amount of them. */
const MONEY_VERB = /^(raised|raise|paid|pay|charged|charge|billed|bill|invoiced)$/;

/**
 * "total raised", "how much have we raised", "how much was paid for booking B1", "how much have
 * we billed": the verb is money only after a word that asks for an amount ("fines that were
 * paid" is a yes/no, not money).
 */
function raisedAsMoney(tokens: Token[], i: number): boolean {
  // "how much have we paid out": money going out is no takings.
  if (!MONEY_VERB.test(tokens[i]?.lower ?? '') || tokens[i + 1]?.lower === 'out') return false;
  if (tokens.slice(Math.max(0, i - 3), i).some((t) => /^(total|much|money|amount|funds)$/.test(t.lower))) return true;
  // "campaigns that raised over £100,000": an amount of money follows.
  return tokens.slice(i + 1, i + 5).some((t) => unitOfWord(t.lower)?.quantity === 'money');
}

/** Whether the word at `i` asks for money ("revenue", "sales", "total raised"). */
export function moneyWordAt(tokens: Token[], i: number): boolean {
  return MONEY_WORDS.test(tokens[i]?.lower ?? '') || raisedAsMoney(tokens, i);
}
/** A numeric field of money that is no identifier, whichever way the money goes. */
export const isMoney = (column: SchemaColumn) => isNumeric(column) && !isIdentifier(column) && unitOfField(column)?.quantity === 'money';

/** A field's name in snake case, so the patterns read "Freight Cost ($)" and freightCost as freight_cost. */
const snake = (column: SchemaColumn) => toSnakeCase(column.name);

/** Money on top of the price or taken off it: a tip, a deposit, a discount, a refund, a tax. */
const EXTRA = /(^|_)(tip|tips|gratuity|gratuities|deposit|deposits|discount|discounts|refund|refunds|tax|vat)(_|$)/;

/** A field that counts units: beside it, a price is per unit (order lines). */
const QUANTITY = /(^|_)(qty|quantity|units|count)(_|$)/;

/**
 * Whether adding the field up is takings: money, coming in, per row rather than per unit. A
 * price is the row's takings only in a table of sales (one that points at others: a ticket of an
 * exhibition), with nothing counting units; a catalogue's price (menu items) is a list price.
 */
function takings(column: SchemaColumn, table: SchemaTable): boolean {
  // A lookup's money joined onto the rows (a member's monthly fee beside each booking) repeats
  // once per row: its total is no one's takings.
  if ((column as ReaderColumn).lookup || !isMoney(column)) return false;
  if (PER_UNIT.test(snake(column)) || OUTGOING.test(snake(column))) return false;
  // "total_price" beside a quantity is the line's total, not the price of one unit.
  if (!/(^|_)price(_|$)/.test(snake(column)) || TOTAL_NAME.test(snake(column))) return true;
  const sales = table.columns.some((c) => (c as ReaderColumn).reference || (c as ReaderColumn).lookup);
  // A count looked up onto each row (a customer's window_count) counts no units of this row.
  return sales && !table.columns.some((c) => !(c as ReaderColumn).lookup && isNumeric(c) && QUANTITY.test(snake(c)));
}

/**
 * The field money words name: the table's only field of takings, else its only total among them,
 * else the one named after the table's rows (claim_amount_usd of claims, beside approved_amount_usd).
 */
export function moneyField(table: SchemaTable, spent = false) {
  // "total takings" beside a price and a tip: the tip is money on top, not the takings.
  const all = table.columns.filter((c) => takings(c, table));
  const main = all.filter((c) => !EXTRA.test(snake(c)));
  const money = main.length ? main : all;
  // "total repair spend": with no takings, what is spent is the rows' one cost.
  if (money.length === 0 && spent) return soleOutgoing(table);
  if (money.length <= 1) return money[0];
  const totals = money.filter((c) => TOTAL_NAME.test(snake(c)));
  if (totals.length === 1) return totals[0];
  return namedForRows(totals.length > 1 ? totals : money, table);
}

/** The table's own one field of money going out (a cost, a budget), not a rate per unit. */
function soleOutgoing(table: SchemaTable): SchemaColumn | undefined {
  const costs = table.columns.filter(
    (c) => !(c as ReaderColumn).lookup && isMoney(c) && OUTGOING.test(snake(c)) && !PER_UNIT.test(snake(c)),
  );
  return costs.length === 1 ? costs[0] : undefined;
}

const SPENT = /^(spend|spending|spent)$/;
/** "cost" said of a row: what it cost, its price. */
export const COST_WORD = /^(cost|costs)$/;
/** What a thing cost: its price or fee, never a tip or a deposit beside it. */
const PRICE_NAME = /(^|_)(price|fee|fees|fare|charge|cost|total)(_|$)/;

/** Of several money fields, the table's own one price, fee or fare ("what did ticket T7 cost"). */
function priceField(table: SchemaTable): SchemaColumn | undefined {
  const prices = table.columns.filter((c) => !(c as ReaderColumn).lookup && isMoney(c) && PRICE_NAME.test(snake(c)));
  return prices.length === 1 ? prices[0] : undefined;
}

/** A mention of the money field at each money word no field placed (placing the word); a mention of it already made sums. */
export function moneyMentions(tokens: Token[], table: SchemaTable, used: Set<number>, mentions: ColumnMention[]): ColumnMention[] {
  const words = tokens.filter((t) => !used.has(t.index) && moneyWordAt(tokens, t.index));
  const costs = words.length > 0 && words.every((t) => COST_WORD.test(t.lower));
  const column = moneyField(table, words.length > 0 && words.every((t) => SPENT.test(t.lower))) ?? (costs ? priceField(table) : undefined);
  if (!column || words.length === 0) return [];
  words.forEach((t) => used.add(t.index));
  // "the total fees earned", "invoiced revenue by quarter" (invoice_total_gbp named by
  // "invoiced"): the field is named already; the money word asks for its total. A cost does
  // not: "medicines that cost over 5 dollars a unit" compares each row's price.
  const named = mentions.findIndex((m) => m.column.name === column.name);
  if (named >= 0) {
    if (!costs) mentions[named] = { ...mentions[named]!, sums: true };
    return [];
  }
  return [{ table, column, position: words[0]!.index, sums: true }];
}
