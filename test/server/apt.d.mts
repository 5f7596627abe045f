export function canApt(): boolean;
export function aptInstall(pkg: string, why: string, log: string): Promise<string>;
