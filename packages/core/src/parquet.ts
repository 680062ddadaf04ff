/** Rows per Parquet row group for narrow data: DuckDB's own default. */
const DEFAULT_ROW_GROUP_SIZE = 122_880;
/** Values (rows x columns) per row group: what ten columns at DuckDB's default hold. */
const CELLS_PER_ROW_GROUP = 10 * DEFAULT_ROW_GROUP_SIZE;
/** Fewest rows per row group, however wide the data. */
const MIN_ROW_GROUP_SIZE = 256;

/**
 * Rows per row group for a Parquet file of `columns` columns. DuckDB's writer buffers a whole row
 * group per thread before it writes one, so at its default of 122,880 rows a file of 1,200 columns
 * needs gigabytes: a 100 MB CSV of 1,200 columns ran out of a 512 MB limit after 40 s. Row groups
 * are sized to hold about as many values as ten columns at the default: up to ten columns the
 * default stands; wider data gets proportionally fewer rows per group.
 *
 * @example
 * const size = parquetRowGroupSize(1_200); // 1024
 * await connection.run(`COPY (...) TO 'out.parquet' (FORMAT parquet, ROW_GROUP_SIZE ${size})`);
 */
export function parquetRowGroupSize(columns: number): number {
  if (!Number.isFinite(columns) || columns <= 0) return DEFAULT_ROW_GROUP_SIZE;
  return Math.max(MIN_ROW_GROUP_SIZE, Math.min(DEFAULT_ROW_GROUP_SIZE, Math.floor(CELLS_PER_ROW_GROUP / columns)));
}
