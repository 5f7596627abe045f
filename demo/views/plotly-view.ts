// plotly-express figures (deephaven.plot.express) drawn with plotly.js: decodePlotlyExpress fills each trace from its
// tables, live (big tables of line traces downsampled on the server), and each emission redraws with Plotly.react.
// plotly.js loads with import() when the first such figure opens: it is not part of the page's start-up. It is
// plotly's "strict" bundle, which draws every trace without evaluating code (the page's policy allows no eval).
import { Subscription } from 'rxjs';
import { decodePlotlyExpress, type PluginClient } from 'deephaven-rx';

/** What the demo uses of plotly.js (the bundle ships no types). */
interface Plotly {
  react(root: HTMLElement, data: unknown[], layout: Record<string, unknown>, config?: Record<string, unknown>): Promise<unknown>;
  purge(root: HTMLElement): void;
}

/** The page's CSP nonce (Vite's `<meta property="csp-nonce">`). */
function cspNonce(): string {
  const meta = document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]');
  return meta?.nonce || meta?.getAttribute('nonce') || '';
}

/**
 * plotly adds its CSS rules to a `<style id="plotly.js-style-global">` it makes unless one is there: made here with
 * the page's nonce, the page's policy lets it in and plotly fills it through the CSSOM. (Its mode bar would make a
 * `<style>` of its own per plot, without the nonce: the view leaves the mode bar out.)
 */
function styleSheetForPlotly(): void {
  if (document.getElementById('plotly.js-style-global') !== null) return;
  const style = document.createElement('style');
  style.id = 'plotly.js-style-global';
  style.nonce = cspNonce();
  document.head.append(style);
}

/**
 * The strict bundle also carries the CSS of its map traces (MapLibre), which it writes into a `<style>` of this id
 * when the bundle loads unless one is there. The demo draws no maps: an empty one with the nonce keeps it out (a
 * new plotly.js version may use another id; the demo's test would see the policy refuse it).
 */
const MAP_STYLE_ID = '9f215cf04c5486422605d13261cb87401f4e7763b6296af81e98efbc0130da53';

let plotly: Promise<Plotly> | undefined;
function loadPlotly(): Promise<Plotly> {
  styleSheetForPlotly();
  if (document.getElementById(MAP_STYLE_ID) === null) {
    const style = document.createElement('style');
    style.id = MAP_STYLE_ID;
    style.nonce = cspNonce();
    document.head.append(style);
  }
  plotly ??= import('plotly.js-strict-dist-min').then((m) => m.default as Plotly);
  return plotly;
}

/** Draws one plotly-express figure at a time into `box`. */
export class PlotlyView {
  private subscription = new Subscription();

  constructor(private readonly box: HTMLElement) {}

  /** Follows the figure of `client`; resolves once it is first drawn. */
  async show(client: PluginClient): Promise<void> {
    this.stop();
    const lib = await loadPlotly();
    const pixels = Math.max(320, this.box.clientWidth || 640);
    let drawn: () => void = () => undefined;
    let failed: (err: unknown) => void = () => undefined;
    const first = new Promise<void>((resolve, reject) => {
      drawn = resolve;
      failed = reject;
    });
    this.subscription.add(
      decodePlotlyExpress(client, { pixels }).subscribe({
        next: (figure) => {
          const layout = { ...figure.layout, autosize: true, height: 360, margin: { l: 50, r: 20, t: 40, b: 40 } };
          void lib.react(this.box, figure.data, layout, { displaylogo: false, displayModeBar: false, responsive: true }).then(() => {
            this.box.dataset['traces'] = String(figure.data.length);
            this.box.dataset['points'] = String(figure.data.reduce((n, t) => n + (Array.isArray(t['x']) ? t['x'].length : 0), 0));
            this.box.dataset['downsampled'] = String(figure.downsampled.length > 0);
            this.box.dataset['revision'] = String(figure.revision);
            this.box.dataset['pixels'] = String(pixels);
            drawn();
          }, failed);
        },
        error: failed,
      }),
    );
    await first;
  }

  /** Stops following and removes the figure. */
  stop(): void {
    this.subscription.unsubscribe();
    this.subscription = new Subscription();
    void plotly?.then((lib) => lib.purge(this.box));
    for (const key of ['traces', 'points', 'downsampled', 'revision', 'pixels']) this.box.removeAttribute(`data-${key}`);
  }
}
