// Before the grid subscribes to an uncoalesced table (a partitioned source the server has not assembled), ask for a
// partition, as Deephaven's own UI does: subscribing to all of it would make the server load every partition.
import { DataType } from 'apache-arrow';
import { filters, type Table } from 'deephaven-rx';
import { $ } from './dom.js';

/**
 * Shows the partition picker for `table` (its partitioning columns, with the values the server lists for them) and
 * resolves with the filtered table once the user picks; the extra tables it made go into `made` (to close later).
 */
export async function askForPartition(table: Table, made: Table[]): Promise<Table> {
  const view = $<HTMLDivElement>('partition-view');
  const fields = $<HTMLDivElement>('partition-fields');
  const apply = $<HTMLButtonElement>('partition-apply');
  const columns = table.partitionColumns;
  const distinct = await table.selectDistinct(columns);
  made.push(distinct);
  const values = (await distinct.toArrow()).toArray() as Record<string, unknown>[];
  const selects = columns.map((column) => {
    const select = document.createElement('select');
    select.dataset['column'] = column;
    select.setAttribute('aria-label', column);
    const seen = [...new Set(values.map((row) => String(row[column])))].sort();
    select.append(...seen.map((v) => Object.assign(document.createElement('option'), { value: v, textContent: v })));
    const label = document.createElement('label');
    label.append(`${column} (partition)`, select);
    return label;
  });
  fields.replaceChildren(...selects);
  view.hidden = false;
  await new Promise<void>((resolve) => apply.addEventListener('click', () => resolve(), { once: true }));
  view.hidden = true;
  const chosen = [...fields.querySelectorAll('select')].map((s) => filters.eq(s.dataset['column'] ?? '', s.value));
  const filtered = await table.where(chosen);
  made.push(filtered);
  return filtered;
}

/**
 * The table the grid should show: with preview columns applied when it has array columns (short text instead of
 * whole arrays), as Deephaven's grid does; `made` gets the new table to close later.
 */
export async function forGrid(table: Table, made: Table[]): Promise<Table> {
  const hasArrays = table.schema.fields.some((f) => /\[\]$|Vector/.test(f.metadata.get('deephaven:type') ?? '') || DataType.isList(f.type));
  if (!hasArrays) return table;
  const preview = await table.applyPreviewColumns();
  made.push(preview);
  return preview;
}
