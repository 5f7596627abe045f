// The partition picker: the keys of a partitioned table, live (keys$), and "merged"; the chosen constituent (or the
// merge) goes to the grid.
import type { PartitionedTable, Table } from 'deephaven-rx';
import { Subscription } from 'rxjs';
import { $ } from './dom.js';

/** The picker's value for the merged table. */
export const MERGED = '\u0000merged';

/** Shows one partitioned table's keys and hands the chosen table to `show`. */
export class PartitionPicker {
  private live = new Subscription();
  private readonly bar = $<HTMLDivElement>('partition-bar');
  private readonly select = $<HTMLSelectElement>('partition-key');
  private readonly count = $<HTMLSpanElement>('partition-count');
  private pick: ((value: string) => void) | undefined;

  constructor() {
    this.select.addEventListener('change', () => this.pick?.(this.select.value));
  }

  /** Follows `pt`: the options follow its keys as they come and go; `open` is told each choice. */
  follow(pt: PartitionedTable, open: (make: () => Promise<Table | null>, label: string) => void): void {
    this.stop();
    this.live = new Subscription();
    this.bar.hidden = false;
    const keyOf = new Map<string, unknown[]>();
    this.pick = (value) => {
      const key = keyOf.get(value);
      if (value === MERGED || key === undefined) open(() => pt.merge(), 'merged');
      else open(() => pt.getConstituent(key.length === 1 ? key[0] : key), value);
    };
    this.select.replaceChildren(new Option('merged (all partitions)', MERGED));
    this.live.add(
      pt.keys$.subscribe({
        next: (keys) => {
          const chosen = this.select.value;
          keyOf.clear();
          const labels = keys.map((k) => {
            const label = k.map(String).join(' / ');
            keyOf.set(label, k);
            return label;
          });
          labels.sort((a, b) => a.localeCompare(b, undefined, { numeric: true }));
          this.select.replaceChildren(new Option('merged (all partitions)', MERGED), ...labels.map((l) => new Option(l, l)));
          this.select.value = chosen === MERGED || keyOf.has(chosen) ? chosen : MERGED;
          this.count.textContent = `${keys.length} partition${keys.length === 1 ? '' : 's'} by ${pt.keyColumns.join(', ')} (live)`;
          this.bar.dataset['keys'] = String(keys.length);
        },
        error: (err: unknown) => (this.count.textContent = `keys stopped: ${String(err)}`),
      }),
    );
    this.pick(MERGED);
  }

  /** Lets the partitioned table's keys go and hides the picker. */
  stop(): void {
    this.live.unsubscribe();
    this.pick = undefined;
    this.bar.hidden = true;
    delete this.bar.dataset['keys'];
  }
}
