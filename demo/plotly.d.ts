// plotly.js's strict bundle ships no types: the demo's view (views/plotly-view.ts) says what it uses.
declare module 'plotly.js-strict-dist-min' {
  const plotly: unknown;
  export default plotly;
}
