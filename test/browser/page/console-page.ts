// Loaded into the harness page by issue 20's browser test (openHarness's `modules`): puts the console,
// downsampling and plotly-express scenarios on `window.consoleScenarios`, and the server's own JS API side of the
// downsampling comparison on `window.jsapiDownsample`, sharing the page's copy of the SDK.
import * as consoleScenarios from '../../scenarios/console.js';

declare global {
  interface Window {
    consoleScenarios: typeof consoleScenarios;
    jsapiDownsample: typeof jsapiDownsample;
  }
}

/**
 * The JS API's `dh.plot.Downsample.runChartDownsample` of the global table `name`: its rows as sorted `x:y`
 * strings (x as a double of its epoch nanoseconds, as the JS API gives it), like `downsampleBig`'s `rowsXY`.
 */
async function jsapiDownsample(url: string, name: string, pixels: number): Promise<{ rows: number; rowsXY: string[] }> {
  const dh = ((await import(/* @vite-ignore */ `${url}/jsapi/dh-core.js`)) as { default: any }).default;
  const client = new dh.CoreClient(url);
  await client.login({ type: dh.CoreClient.LOGIN_TYPE_ANONYMOUS });
  const ide = await client.getAsIdeConnection();
  try {
    const table = await ide.getObject({ type: 'Table', name });
    const small = await dh.plot.Downsample.runChartDownsample(table, 'Timestamp', ['Y', 'Z'], pixels);
    const x = small.findColumn('Timestamp');
    const y = small.findColumn('Y');
    small.setViewport(0, small.size - 1, [x, y]);
    const data = await small.getViewportData();
    const rowsXY = data.rows.map((r: any) => `${String(r.get(x).asNumber())}:${String(r.get(y))}`).sort();
    const rows = small.size as number;
    small.close();
    table.close();
    return { rows, rowsXY };
  } finally {
    client.disconnect();
  }
}

window.consoleScenarios = consoleScenarios;
window.jsapiDownsample = jsapiDownsample;
