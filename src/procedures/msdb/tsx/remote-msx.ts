// The seam through which the target-side procedures (sp_msx_enlist, sp_msx_defect) reach their
// master. SQL Server does this inside the server (xp_msx_enlist); here procedures may not import
// server/ (layers, src/README.md), so the server supplies a TsxHost when it builds the procedure
// registry (src/procedures createSystemProcedures). Without one, enlisting fails with a message.

/** MsxEncryptChannelOptions: 0 clear, 1 TLS without validation, 2 TLS validated against a CA */
export type MsxEncryptOption = 0 | 1 | 2;

export interface MsxEndpoint {
  readonly host: string;
  readonly port: number;
  readonly login: string;
  readonly password: string;
  readonly encryptOption: MsxEncryptOption;
  /** PEM file of the CA(s) the master's certificate must chain to (option 2); absent = the host's default */
  readonly caFile?: string;
}

export type RemoteParam =
  | { readonly name: string; readonly type: 'int'; readonly value: number | null }
  | { readonly name: string; readonly type: 'nvarchar'; readonly value: string | null };

export interface RemoteMessage {
  readonly number: number;
  readonly severity: number;
  readonly state: number;
  readonly message: string;
}

export interface RemoteCallResult {
  /** undefined when the call failed before the procedure returned */
  readonly returnStatus: number | undefined;
  readonly resultSets: readonly (readonly Record<string, unknown>[])[];
  /** informational messages (severity <= 10) */
  readonly messages: readonly RemoteMessage[];
  /** errors (severity > 10), in order */
  readonly errors: readonly RemoteMessage[];
}

export interface RemoteMsxConnection {
  /** EXEC msdb.dbo.<procName> with named parameters */
  call(procName: string, params: readonly RemoteParam[]): Promise<RemoteCallResult>;
  close(): Promise<void>;
}

export interface ResolvedCredential {
  readonly identity: string;
  /** null when created without SECRET */
  readonly secret: string | null;
}

export interface TsxHost {
  /** connects (and logs in) or rejects with an Error whose message says why (no passwords in it) */
  connect(target: MsxEndpoint): Promise<RemoteMsxConnection>;
  /** the decrypted credential, or undefined when there is no such credential */
  resolveCredential(name: string): ResolvedCredential | undefined;
  /** the CA file used for option 2 when MsxCaFile is not set (server: <data>/tls/msx-ca.pem) */
  readonly defaultCaFile?: string;
}

/** what the static registry uses: no way out of the process */
export const UNCONFIGURED_TSX_HOST: TsxHost = {
  connect: () => Promise.reject(new Error('this node was started without a connection to masters (no TsxHost)')),
  resolveCredential: () => undefined,
};
