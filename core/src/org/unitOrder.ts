import type { Knex } from 'knex';

/**
 * The order units are listed in everywhere (tree, search, pickers): shallower units first; among
 * the children of one government its own departments (办公厅、委、办、厅、局) together, then the
 * regions below it (州、市, then 县、区 …); within each group by the administrator's sort order,
 * then by code. Sort orders are kept per kind — the demo numbers prefectures 1–8 and provincial
 * departments 1–40 — so ordering by sort order alone interleaves the two kinds.
 */
export function orderUnits<Q extends Knex.QueryBuilder>(query: Q, alias = 'u'): Q {
  return query
    .orderBy(`${alias}.depth`)
    .orderByRaw(`case ${alias}.kind when 'department' then 0 else 1 end`)
    .orderBy(`${alias}.sort_order`)
    .orderBy(`${alias}.code`) as Q;
}
