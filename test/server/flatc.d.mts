export function ensureFlatc(): Promise<string>;
