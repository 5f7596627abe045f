/** A self-signed certificate for 127.0.0.1 / localhost, made (or reused) with openssl. */
export function selfSignedCertificate(): Promise<{ certPath: string; keyPath: string; cert: string }>;
