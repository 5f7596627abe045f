// Values the test set-up provides to test files through Vitest's `inject`.
export {};

declare module 'vitest' {
  export interface ProvidedContext {
    /** A server with default settings (or DH_URL). */
    dhUrl: string;
    /** A server that accepts gRPC over HTTP/1.1 and has 10 s sessions. */
    dhUrlHttp1: string;
    /** A TLS server with the self-signed certificate `tlsCert`. */
    dhUrlTls: string;
    /** PEM of the TLS server's certificate. */
    tlsCert: string;
    /** The main server's pre-shared key ('' if it has none, e.g. DH_URL without DH_PSK). */
    dhPsk: string;
  }
}
