/**
 * Names for the statements moves run again and again, so that each pooled connection prepares a
 * statement once: PostgreSQL then skips parsing it and, after a few runs, planning it (planning
 * a move's statements cost it as much as running them). A statement is named once it has been
 * seen a few times, and only so many are, since a named statement stays prepared on every
 * connection of the pool; moves come in a few dozen shapes.
 */
const MAX_NAMED = 100;
const SEEN_BEFORE_NAMING = 3;
const MAX_WATCHED = 2000;

const named = new Map<string, string>();
const seen = new Map<string, number>();

/** The name to prepare `sql` under, or undefined to run it unnamed. */
export function preparedName(sql: string): string | undefined {
  const known = named.get(sql);
  if (known || named.size >= MAX_NAMED) return known;
  const count = (seen.get(sql) ?? 0) + 1;
  if (count < SEEN_BEFORE_NAMING) {
    if (seen.size >= MAX_WATCHED) seen.clear();
    seen.set(sql, count);
    return undefined;
  }
  seen.delete(sql);
  const name = `kunlun_move_${named.size + 1}`;
  named.set(sql, name);
  return name;
}
