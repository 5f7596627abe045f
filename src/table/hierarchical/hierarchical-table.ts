import type { Schema } from 'apache-arrow';
import { BehaviorSubject, Observable, defer, filter, throwError, type ObservableInput } from 'rxjs';
import { Code, DeephavenError } from '../../errors.js';
import { abortable, type CallOptions } from '../../rx/abortable.js';
import type { FlightMessage } from '../../arrow/ipc-message.js';
import { doPut } from '../../services/flight-service.js';
import { claimExport } from '../../session/exports.js';
import { whenRebuilt } from '../../session/rebuild.js';
import * as service from '../../services/hierarchical-table-service.js';
import type { Connection } from '../../session/connection.js';
import type { ExportTicket } from '../../ticket/ticket.js';
import { exchangeHost } from '../exchange-host.js';
import type { ViewportRange } from '../live-types.js';
import type { Names } from '../ops/table-interface.js';
import { Expansions, type HierarchicalKey } from './expansions.js';
import { hierarchicalFilters, hierarchicalSorts } from './apply.js';
import { visibleSchema, type Roles } from './roles.js';
import {
  hierarchicalViewport,
  type HierarchicalViewportOptions,
  type HierarchicalViewportUpdate,
  type ViewHandle,
  type ViewSource,
} from './viewport.js';
import type { Filter, SortDirection } from './apply.js';

/**
 * Options of {@link HierarchicalTable.expand}.
 *
 * @example
 * ```ts
 * await tree.expand([1n], { descendants: true, signal: AbortSignal.timeout(5000) });
 * ```
 */
export interface ExpandOptions extends CallOptions {
  /** Expand the row's whole subtree, not only its children. @default false */
  readonly descendants?: boolean;
}

/** A view on the server: its export and the key table export it was made with. */
interface View extends ViewHandle {
  readonly ticket: ExportTicket;
  readonly keys: ExportTicket | undefined;
}

/**
 * A rollup or tree on the server ({@link RollupTable}, {@link TreeTable}), held by this session as an export until
 * {@link HierarchicalTable.close}. Rows are read through {@link HierarchicalTable.viewport}, a live window on the
 * *expanded* view; the expansion state belongs to the object (as in Deephaven's own web UI) and every open viewport
 * follows it.
 *
 * @example
 * ```ts
 * const bySym = await trades.rollup([agg.sum('Size')], ['Sym', 'Exchange']);
 * bySym.viewport({ first: 0, last: 49 }).subscribe((v) => console.log(v.rows.map((r) => r.depth), v.table.numRows));
 * await bySym.expand(['AAPL']);
 * ```
 */
export abstract class HierarchicalTable {
  private closed = false;
  /** @internal */
  protected readonly roles: Roles;
  private readonly expansions: Expansions;
  private readonly views = new BehaviorSubject<View | undefined>(undefined);
  /** Open viewports and the view each shows. */
  private readonly shown = new Map<object, ViewHandle>();
  private readonly waiters = new Set<() => void>();
  private firstView: Promise<void> | undefined;
  /** View changes, one after another. */
  private queue: Promise<unknown> = Promise.resolve();

  /**
   * The user-visible columns, with Deephaven's metadata (`deephaven:type`, …); what the `table` of each viewport
   * update holds.
   */
  readonly schema: Schema;

  /** @internal */
  constructor(
    /** @internal */
    protected readonly connection: Connection,
    /** The export that holds the rollup or tree on the server. */
    readonly ticket: ExportTicket,
    roles: Roles,
    /** True when the source ticks (rows, aggregates and groups change). */
    readonly isRefreshing: boolean,
  ) {
    this.roles = roles;
    this.schema = visibleSchema(roles);
    this.expansions = new Expansions(roles);
  }

  /** The visible column names, in order. */
  get columns(): string[] {
    return this.schema.fields.map((f) => f.name);
  }

  /** True once {@link HierarchicalTable.close} was called or the session ended. */
  get isClosed(): boolean {
    return this.closed || this.connection.isClosed;
  }

  /**
   * A live window on the expanded rows: a Barrage viewport subscription on the table's current view. `rows` is a
   * range of positions in the expanded view, or an Observable of ranges (each moves the window on the same stream).
   * Emits the rows in view each time they change: on each server cycle of a ticking source, and after each
   * {@link HierarchicalTable.expand}, {@link HierarchicalTable.collapse}, {@link HierarchicalTable.expandAll} or
   * {@link HierarchicalTable.collapseAll} (same stream, no empty state in between). Cold; unsubscribing (or
   * `options.signal`) ends the subscription on the server.
   *
   * @example
   * ```ts
   * const org = await employees.tree('Id', 'ParentId');
   * org.viewport({ first: 0, last: 99 }).subscribe((v) => {
   *   v.rows.forEach((r, i) => console.log(' '.repeat(r.depth), v.table.getChild('Name')?.get(i), r.expanded));
   * });
   * ```
   */
  viewport(
    rows: ViewportRange | ObservableInput<ViewportRange>,
    options: HierarchicalViewportOptions = {},
  ): Observable<HierarchicalViewportUpdate> {
    return defer(() =>
      this.isClosed ? throwError(() => this.closedError('viewport')) : hierarchicalViewport(this.viewSource(), rows, options),
    );
  }

  /**
   * Expands a row: its children show in every open viewport. `key` is the row's {@link HierarchicalRow.key}; with
   * `descendants`, its whole subtree expands. Resolves when the server has the new view and every open viewport
   * shows it. A key of the wrong shape is an `InvalidArgument` error before any call.
   *
   * @example
   * ```ts
   * await rollup.expand(['AAPL']); // the AAPL group's exchanges
   * await tree.expand(7, { descendants: true });
   * ```
   */
  // eslint-disable-next-line @typescript-eslint/no-redundant-type-constituents -- documents the expected shape
  expand(key: HierarchicalKey | unknown, options: ExpandOptions = {}): Promise<void> {
    return this.change(options, 'expand', () => this.expansions.act(key, options.descendants === true ? 'expandAll' : 'expand', 'expand'));
  }

  /**
   * Collapses a row: its descendants leave every open viewport. Resolves when every open viewport shows it.
   *
   * @example
   * ```ts
   * await rollup.collapse(['AAPL']);
   * ```
   */
  // eslint-disable-next-line @typescript-eslint/no-redundant-type-constituents -- documents the expected shape
  collapse(key: HierarchicalKey | unknown, options: CallOptions = {}): Promise<void> {
    return this.change(options, 'collapse', () => this.expansions.act(key, 'collapse', 'collapse'));
  }

  /**
   * Expands every row (earlier expansions and collapses are forgotten).
   *
   * @example
   * ```ts
   * await rollup.expandAll();
   * ```
   */
  expandAll(options: CallOptions = {}): Promise<void> {
    return this.change(options, 'expandAll', () => this.expansions.reset(true));
  }

  /**
   * Collapses every row: only the top level shows.
   *
   * @example
   * ```ts
   * await tree.collapseAll();
   * ```
   */
  collapseAll(options: CallOptions = {}): Promise<void> {
    return this.change(options, 'collapseAll', () => this.expansions.reset(false));
  }

  /**
   * The table as it was made: its source `Table`, in a new export of this session (`ExportSource`).
   *
   * @example
   * ```ts
   * const trades = await rollup.source();
   * ```
   */
  // `Table` is named by an inline import: tables make rollups and rollups give back tables (no cycle at run time).
  source(options: CallOptions = {}): Promise<import('../table.js').Table> {
    return abortable(
      options.signal,
      async (signal) => {
        this.assertOpen('source');
        const { createTable } = await import('../table.js');
        return createTable(
          this.connection,
          (result, wireSignal) => service.exportSource(this.connection, this.ticket, result, { signal: wireSignal }),
          { signal, what: `the source of the ${this.roles.kind} ${String(this.ticket)}`, needs: [this.ticket] },
        );
      },
      (t) => t.close(),
    );
  }

  /**
   * Releases the table's export, its views and the subscriptions of its open viewports (which complete). Idempotent.
   *
   * @example
   * ```ts
   * await rollup.close();
   * ```
   */
  close(options: CallOptions = {}): Promise<void> {
    return abortable(options.signal, async (signal) => {
      if (this.closed) return;
      this.closed = true;
      const view = this.views.value;
      this.views.complete();
      for (const w of this.waiters) w();
      const release = (t: ExportTicket | undefined): Promise<unknown> =>
        t === undefined ? Promise.resolve() : this.connection.exports.release(t, { signal }).catch(() => undefined);
      await Promise.all([release(view?.ticket), release(view?.keys), release(this.ticket)]);
    });
  }

  /** A short description for logs and debugging. */
  toString(): string {
    return `${this.roles.kind === 'rollup' ? 'RollupTable' : 'TreeTable'}(${String(this.ticket)}, [${this.columns.join(', ')}]${this.isRefreshing ? ', refreshing' : ''})`;
  }

  /** @internal `Apply` of filters and sorts into a new hierarchical table of the same kind. */
  protected applied(op: string, make: () => service.ApplySpec, options: CallOptions | undefined): Promise<this> {
    return abortable(
      options?.signal,
      (signal) => {
        this.assertOpen(op);
        const spec = make();
        const apply = (result: ExportTicket, wireSignal: AbortSignal | undefined): Promise<void> =>
          service.apply(this.connection, this.ticket, spec, result, { signal: wireSignal });
        return claimExport(
          this.connection,
          async (result, wireSignal) => {
            await apply(result, wireSignal);
            return this.derived(result);
          },
          {
            signal,
            what: `the ${this.roles.kind} made by ${op} of ${String(this.ticket)}`,
            needs: [this.ticket],
            replay: (result) => apply(result, undefined),
          },
          (t) => t.close(),
        );
      },
      (t) => t.close(),
    );
  }

  /** @internal A hierarchical table like this one (same kind and columns) on another export. */
  protected abstract derived(ticket: ExportTicket): this;

  /** @internal Checks of `where` arguments (names the columns filters may read). */
  protected filtersOf(filters: Names | Filter | readonly Filter[], allowed: readonly string[], what: string): Filter[] {
    return hierarchicalFilters(filters, allowed, what);
  }

  /** @internal Checks of `sort` arguments. */
  protected sortsOf(orderBy: Names, order: SortDirection | readonly SortDirection[]): service.ApplySpec['sorts'] {
    return hierarchicalSorts(orderBy, order, this.columns);
  }

  private viewSource(): ViewSource {
    return {
      roles: this.roles,
      // A stream retried after a rebuild fails with this table's reason (or its view's) if either was not made again.
      hostOf: (view) => exchangeHost(this.connection, [this.ticket, (view as View).ticket]),
      views$: () =>
        new Observable<View>((subscriber) => {
          const sub = this.views.pipe(filter((v): v is View => v !== undefined)).subscribe(subscriber);
          if (this.views.value === undefined) {
            // The first viewport makes the first view (the default expansions, or those asked for already).
            const first = (this.firstView ??= this.enqueue(undefined).finally(() => (this.firstView = undefined)));
            first.catch((err: unknown) => subscriber.error(err));
          }
          return sub;
        }),
      shows: (viewport, view) => {
        if (view === undefined) this.shown.delete(viewport);
        else this.shown.set(viewport, view);
        for (const w of [...this.waiters]) w();
      },
    };
  }

  private change(options: CallOptions, op: string, act: () => void): Promise<void> {
    return abortable(options.signal, async (signal) => {
      this.assertOpen(op);
      act();
      await this.enqueue(signal);
    });
  }

  /** Queues a new view (with the expansions as they are when its turn comes). */
  private enqueue(signal: AbortSignal | undefined): Promise<void> {
    const next = this.queue.then(() => this.replaceView(signal));
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async replaceView(signal: AbortSignal | undefined): Promise<void> {
    if (this.closed) return;
    const old = this.views.value;
    const view = await this.makeView(old, signal);
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- close() may run during the await
    if (this.closed) {
      await this.releaseView(view);
      return;
    }
    this.views.next(view);
    // The old view stays until every open viewport shows the new one.
    await new Promise<void>((resolve) => {
      const check = (): void => {
        if (!this.closed && [...this.shown.values()].some((v) => v !== view)) return;
        this.waiters.delete(check);
        resolve();
      };
      this.waiters.add(check);
      check();
    });
    if (old !== undefined) await this.releaseView(old);
  }

  private async makeView(old: View | undefined, signal: AbortSignal | undefined): Promise<View> {
    // During a rebuild of the session, this table may not be back yet.
    const rebuilding = whenRebuilt(this.connection);
    if (rebuilding !== undefined) await rebuilding;
    const rows = this.expansions.rows();
    // The key table is built and uploaded by the upload path, loaded on the first expansion.
    const keyTable = rows === undefined ? undefined : await import('./key-table.js');
    const messages = rows === undefined ? undefined : keyTable?.keyTableMessages(this.roles, rows);
    const exports = this.connection.exports;
    const keys = messages === undefined ? undefined : exports.allocate();
    const ticket = exports.allocate();
    try {
      // The key table's upload and the view request go together: the server waits for the upload.
      const put = keys === undefined || messages === undefined ? Promise.resolve() : doPut(this.connection, keys, messages, { signal });
      const spec: service.ViewSpec = {
        target: old === undefined ? { table: this.ticket } : { existingView: old.ticket },
        keys: keys === undefined || keyTable === undefined ? undefined : { table: keys, actionColumn: keyTable.ACTION_COLUMN },
      };
      await Promise.all([put, service.view(this.connection, spec, ticket, { signal })]);
      this.rememberView(ticket, keys, messages, spec.keys);
      return { ticket, keys, ticketBytes: ticket.rawBytes };
    } catch (err) {
      exports.abandon(ticket);
      if (keys !== undefined) exports.abandon(keys);
      throw err;
    }
  }

  /**
   * How a rebuild of the session makes a view again: its key table uploaded again, then the view of this table
   * (made again before it) with those expansions.
   */
  private rememberView(
    ticket: ExportTicket,
    keys: ExportTicket | undefined,
    messages: FlightMessage[] | undefined,
    keySpec: service.ViewSpec['keys'],
  ): void {
    const exports = this.connection.exports;
    const what = `a view of the ${this.roles.kind} ${String(this.ticket)}`;
    if (keys !== undefined && messages !== undefined)
      exports.remember(keys, {
        what: `the expansions of ${what}`,
        replay: () => doPut(this.connection, keys, messages),
      });
    exports.remember(ticket, {
      what,
      needs: keys === undefined ? [this.ticket] : [this.ticket, keys],
      replay: () => service.view(this.connection, { target: { table: this.ticket }, keys: keySpec }, ticket),
    });
  }

  private async releaseView(view: View): Promise<void> {
    const release = (t: ExportTicket | undefined): Promise<unknown> =>
      t === undefined ? Promise.resolve() : this.connection.exports.release(t).catch(() => undefined);
    await Promise.all([release(view.ticket), release(view.keys)]);
  }

  /** @internal */
  protected assertOpen(op: string): void {
    if (this.connection.isClosed) throw this.connection.closedError();
    if (this.closed) throw this.closedError(op);
    // A rebuild of the session could not make this table again: say why.
    const lost = this.connection.exports.failure(this.ticket);
    if (lost !== undefined) throw lost;
  }

  private closedError(op: string): DeephavenError {
    if (this.connection.isClosed) return this.connection.closedError();
    return new DeephavenError(Code.FailedPrecondition, `${op}: the ${this.roles.kind} ${String(this.ticket)} was closed`);
  }
}
