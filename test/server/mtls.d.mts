/** The files and PEM texts of {@link mutualTlsCertificates}. */
export interface MutualTlsFiles {
  /** The temporary folder holding them all. */
  dir: string;
  caPath: string;
  serverCertPath: string;
  serverKeyPath: string;
  /** The certificate authority (PEM), for the client to trust the server. */
  ca: string;
  clientCertPath: string;
  clientKeyPath: string;
  /** The client certificate and its private key (PEM). */
  clientCert: string;
  clientKey: string;
  /** Deletes the folder. */
  remove(): void;
}
/** A CA, a server certificate for 127.0.0.1 / localhost and a client certificate, made with openssl. */
export function mutualTlsCertificates(): Promise<MutualTlsFiles>;
