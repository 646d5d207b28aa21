// T-SQL syntax tree: databases, security. Conventions are in ../ast.ts.
import type { ObjectName } from './names';
import type { OptionSetting } from './variables';

export interface CreateDatabaseStatement {
  readonly kind: 'createDatabase';
  readonly line: number;
  readonly name: string;
  /** COLLATE name */
  readonly collation?: string;
  /** WITH options; file specifications are not kept */
  readonly options: readonly OptionSetting[];
}

export type AlterDatabaseAction =
  | { readonly kind: 'set'; readonly options: readonly OptionSetting[]; readonly termination?: string }
  | { readonly kind: 'modifyName'; readonly newName: string }
  | { readonly kind: 'collate'; readonly collation: string };

export interface AlterDatabaseStatement {
  readonly kind: 'alterDatabase';
  readonly line: number;
  /** undefined for ALTER DATABASE CURRENT */
  readonly name?: string;
  readonly action: AlterDatabaseAction;
}

export interface LoginPassword {
  readonly value: string;
  readonly hashed: boolean;
  readonly mustChange: boolean;
}

export interface CreateLoginStatement {
  readonly kind: 'createLogin';
  readonly line: number;
  readonly name: string;
  /** FROM WINDOWS */
  readonly windows: boolean;
  readonly password?: LoginPassword;
  /** CHECK_POLICY, CHECK_EXPIRATION, DEFAULT_DATABASE, DEFAULT_LANGUAGE, SID, CREDENTIAL */
  readonly options: readonly OptionSetting[];
}

export type AlterLoginAction =
  | { readonly kind: 'enable' | 'disable' }
  | { readonly kind: 'with'; readonly password?: LoginPassword; readonly oldPassword?: string; readonly options: readonly OptionSetting[] }
  | { readonly kind: 'addCredential' | 'dropCredential'; readonly credential: string };

export interface AlterLoginStatement {
  readonly kind: 'alterLogin';
  readonly line: number;
  readonly name: string;
  readonly action: AlterLoginAction;
}

export interface CreateUserStatement {
  readonly kind: 'createUser';
  readonly line: number;
  readonly mode: 'create' | 'alter';
  readonly name: string;
  /** FOR|FROM LOGIN name */
  readonly login?: string;
  readonly withoutLogin: boolean;
  /** DEFAULT_SCHEMA, NAME, LOGIN ... */
  readonly options: readonly OptionSetting[];
}

export interface CreateRoleStatement {
  readonly kind: 'createRole';
  readonly line: number;
  readonly server: boolean;
  readonly name: string;
  readonly authorization?: string;
}

export interface AlterRoleStatement {
  readonly kind: 'alterRole';
  readonly line: number;
  /** ALTER SERVER ROLE */
  readonly server: boolean;
  readonly name: string;
  readonly action:
    | { readonly kind: 'addMember' | 'dropMember'; readonly member: string }
    | { readonly kind: 'rename'; readonly newName: string };
}

export interface CreateSchemaStatement {
  readonly kind: 'createSchema';
  readonly line: number;
  readonly name: string;
  readonly authorization?: string;
}

/** What a GRANT/DENY/REVOKE applies to: ON [class::]name; absent = server/database permission. */
export interface SecurableRef {
  /** OBJECT, SCHEMA, DATABASE, LOGIN, USER, ROLE, SERVER ROLE ... (upper-cased), absent = object */
  readonly class?: string;
  readonly name: ObjectName;
  readonly columns: readonly string[];
}

export interface PermissionStatement {
  readonly kind: 'grant' | 'deny' | 'revoke';
  readonly line: number;
  /** 'SELECT', 'EXECUTE', 'VIEW SERVER STATE', 'ALL' ... upper-cased, words single-spaced */
  readonly permissions: readonly string[];
  readonly on?: SecurableRef;
  readonly principals: readonly string[];
  /** GRANT ... WITH GRANT OPTION */
  readonly withGrantOption: boolean;
  /** REVOKE GRANT OPTION FOR ... */
  readonly grantOptionFor: boolean;
  readonly cascade: boolean;
  readonly as?: string;
}

export interface CredentialStatement {
  readonly kind: 'createCredential';
  readonly line: number;
  readonly mode: 'create' | 'alter';
  readonly name: string;
  readonly identity: string;
  readonly secret?: string;
}
