// Logins, users, roles, schemas, credentials and GRANT/DENY/REVOKE.
import type {
  AlterLoginStatement, AlterRoleStatement, CreateLoginStatement, CreateRoleStatement, CreateSchemaStatement,
  CreateUserStatement, CredentialStatement, LoginPassword, OptionSetting, PermissionStatement, SecurableRef,
} from '../ast';
import { TokenType } from '../lexer';
import { stringValue } from './exec';
import { parseOption, parseOptionList } from './options';
import type { Parser } from './parser';

export function parseCreateLogin(p: Parser, line: number): CreateLoginStatement {
  p.expect('LOGIN');
  const name = p.identifier();
  if (p.accept('FROM')) {
    if (!p.accept('WINDOWS')) throw p.error();
    const options = p.accept('WITH') ? parseOptionList(p) : [];
    return { kind: 'createLogin', line, name, windows: true, options };
  }
  p.expect('WITH');
  const { password, options } = passwordAndOptions(p);
  return { kind: 'createLogin', line, name, windows: false, options, ...(password ? { password } : {}) };
}

/** PASSWORD = 'x' [HASHED] [MUST_CHANGE] [, OLD_PASSWORD = 'y'] [, options] */
function passwordAndOptions(p: Parser): { password?: LoginPassword; oldPassword?: string; options: OptionSetting[] } {
  let password: LoginPassword | undefined;
  let oldPassword: string | undefined;
  const options: OptionSetting[] = [];
  do {
    if (p.is('PASSWORD') && p.isAt(1, '=')) {
      p.pos += 2;
      const t = p.tok;
      let value: string;
      if (t.type === TokenType.Binary) {
        p.next();
        value = `0x${t.value}`;
      } else value = stringValue(p);
      let hashed = false;
      let mustChange = false;
      for (;;) {
        if (p.accept('HASHED')) hashed = true;
        else if (p.accept('MUST_CHANGE')) mustChange = true;
        else if (p.accept('UNLOCK')) options.push({ name: 'UNLOCK' });
        else if (p.is('OLD_PASSWORD') && p.isAt(1, '=')) {
          p.pos += 2;
          oldPassword = stringValue(p);
        } else break;
      }
      password = { value, hashed, mustChange };
    } else if (p.is('OLD_PASSWORD') && p.isAt(1, '=')) {
      p.pos += 2;
      oldPassword = stringValue(p);
    } else {
      options.push(parseOption(p));
    }
  } while (p.accept(','));
  return { options, ...(password ? { password } : {}), ...(oldPassword !== undefined ? { oldPassword } : {}) };
}

export function parseAlterLogin(p: Parser, line: number): AlterLoginStatement {
  p.expect('LOGIN');
  const name = p.identifier();
  if (p.accept('ENABLE')) return { kind: 'alterLogin', line, name, action: { kind: 'enable' } };
  if (p.accept('DISABLE')) return { kind: 'alterLogin', line, name, action: { kind: 'disable' } };
  if (p.is('ADD') || p.is('DROP')) {
    const kind = p.next().upper === 'ADD' ? 'addCredential' : 'dropCredential';
    p.expect('CREDENTIAL');
    return { kind: 'alterLogin', line, name, action: { kind, credential: p.identifier() } };
  }
  p.expect('WITH');
  const r = passwordAndOptions(p);
  return { kind: 'alterLogin', line, name, action: { kind: 'with', ...r } };
}

export function parseUser(p: Parser, line: number, mode: 'create' | 'alter'): CreateUserStatement {
  p.expect('USER');
  const name = p.identifier();
  let login: string | undefined;
  let withoutLogin = false;
  if ((p.is('FOR') || p.is('FROM')) && p.isAt(1, 'LOGIN')) {
    p.pos += 2;
    login = p.identifier();
  } else if (p.acceptSeq('WITHOUT', 'LOGIN')) {
    withoutLogin = true;
  }
  const options = p.accept('WITH') ? parseOptionList(p) : [];
  return { kind: 'createUser', line, mode, name, withoutLogin, options, ...(login !== undefined ? { login } : {}) };
}

export function parseCreateRole(p: Parser, line: number, server: boolean): CreateRoleStatement {
  p.expect('ROLE');
  const name = p.identifier();
  const authorization = p.accept('AUTHORIZATION') ? p.identifier() : undefined;
  return { kind: 'createRole', line, server, name, ...(authorization !== undefined ? { authorization } : {}) };
}

export function parseAlterRole(p: Parser, line: number, server: boolean): AlterRoleStatement {
  p.expect('ROLE');
  const name = p.identifier();
  if (p.is('ADD') || p.is('DROP')) {
    const kind = p.next().upper === 'ADD' ? 'addMember' : 'dropMember';
    p.expect('MEMBER');
    return { kind: 'alterRole', line, server, name, action: { kind, member: principal(p) } };
  }
  p.expect('WITH');
  p.expect('NAME');
  p.expect('=');
  return { kind: 'alterRole', line, server, name, action: { kind: 'rename', newName: p.identifier() } };
}

export function parseCreateSchema(p: Parser, line: number): CreateSchemaStatement {
  p.expect('SCHEMA');
  const name = p.identifier();
  const authorization = p.accept('AUTHORIZATION') ? p.identifier() : undefined;
  return { kind: 'createSchema', line, name, ...(authorization !== undefined ? { authorization } : {}) };
}

export function parseCredential(p: Parser, line: number, mode: 'create' | 'alter'): CredentialStatement {
  p.expect('CREDENTIAL');
  const name = p.identifier();
  p.expect('WITH');
  p.expect('IDENTITY');
  p.expect('=');
  const identity = stringValue(p);
  let secret: string | undefined;
  if (p.accept(',')) {
    p.expect('SECRET');
    p.expect('=');
    secret = stringValue(p);
  }
  if (p.acceptSeq('FOR', 'CRYPTOGRAPHIC', 'PROVIDER')) p.identifier();
  return { kind: 'createCredential', line, mode, name, identity, ...(secret !== undefined ? { secret } : {}) };
}

/** Principal names: identifiers, and PUBLIC (a reserved word). */
function principal(p: Parser): string {
  if (p.is('PUBLIC')) return p.next().value;
  return p.identifier();
}

export function parsePermission(p: Parser): PermissionStatement {
  const head = p.next();
  const kind = head.upper.toLowerCase() as 'grant' | 'deny' | 'revoke';
  const grantOptionFor = kind === 'revoke' && p.acceptSeq('GRANT', 'OPTION', 'FOR');
  const permissions: string[] = [];
  do {
    const words: string[] = [];
    while ((p.tok.type === TokenType.Word || p.tok.type === TokenType.QuotedIdent) && !p.is('ON') && !p.is('TO') && !p.is('FROM')) {
      words.push(p.next().upper);
    }
    if (words.length === 0) throw p.error();
    if (p.is('(')) {
      p.next();
      words[words.length - 1] += `(${p.balancedText()})`;
    }
    permissions.push(words.join(' '));
  } while (p.accept(','));
  const on = p.accept('ON') ? securable(p) : undefined;
  if (!p.accept('TO')) {
    if (kind !== 'revoke') throw p.error();
    p.expect('FROM');
  }
  const principals = [principal(p)];
  while (p.accept(',')) principals.push(principal(p));
  const withGrantOption = kind === 'grant' && p.acceptSeq('WITH', 'GRANT', 'OPTION');
  const cascade = p.accept('CASCADE');
  const as = p.accept('AS') ? principal(p) : undefined;
  return {
    kind, line: head.line, permissions, principals, withGrantOption, grantOptionFor, cascade,
    ...(on ? { on } : {}),
    ...(as !== undefined ? { as } : {}),
  };
}

function securable(p: Parser): SecurableRef {
  let cls: string | undefined;
  let k = 0;
  while (p.peek(k).type === TokenType.Word && k < 3) k++;
  if (k > 0 && p.isAt(k, '::')) {
    const words: string[] = [];
    for (let i = 0; i < k; i++) words.push(p.next().upper);
    p.expect('::');
    cls = words.join(' ');
  }
  const name = p.objectName();
  const columns = p.is('(') ? p.identifierList() : [];
  return { name, columns, ...(cls !== undefined ? { class: cls } : {}) };
}
