// The text of a request as sys.dm_exec_sql_text shows it, and its sql_handle. SQL Server's handle
// of a batch is "a hash value based on the SQL text" ("sys.dm_exec_sql_text (Transact-SQL)"); msxd
// keeps no plan cache, so its handle is the text's SHA-1 in SQL Server's 44-byte ad hoc layout
// (0x02000000, the 20-byte hash, 20 zero bytes): the same text gives the same handle in every
// session and after a restart, and a handle is looked up among the sessions' current and last
// requests (system-views/dm-exec-sql-text.ts).
import { createHash } from 'node:crypto';
import type { RpcCall } from '../api';
import type { InputEvent } from './session-activity';

/** 0x02: the handle of an ad hoc or prepared batch (0x03 marks a module, which msxd never hands out) */
const AD_HOC_PREFIX = Buffer.from([0x02, 0, 0, 0]);
const HANDLE_PADDING = Buffer.alloc(20);

export function sqlHandleOf(text: string): Buffer {
  const hash = createHash('sha1').update(text, 'utf16le').digest();
  return Buffer.concat([AD_HOC_PREFIX, hash, HANDLE_PADDING]);
}

/** where the statement and its declarations are among the procedure's parameters (MS-TDS 2.2.6.6) */
const STATEMENT_PARAMETERS: Readonly<Record<string, { statement: number; declarations: number }>> = {
  sp_executesql: { statement: 0, declarations: 1 },
  sp_prepexec: { statement: 2, declarations: 1 },
};

/**
 * sp_executesql's and sp_prepexec's statement as SQL Server shows it: the parameter declarations in parentheses,
 * then the statement ("(@id int)SELECT ..."). Other RPCs run a module or a prepared handle, whose
 * text msxd does not hand out by handle: undefined.
 */
export function rpcSqlText(call: RpcCall): string | undefined {
  const at = STATEMENT_PARAMETERS[call.procedure.toLowerCase()];
  if (at === undefined) return undefined;
  const stmt = call.params[at.statement];
  const declarations = call.params[at.declarations];
  if (stmt === undefined || typeof stmt.value !== 'string') return undefined;
  const decl = declarations !== undefined && typeof declarations.value === 'string' ? declarations.value : '';
  return decl === '' ? stmt.value : `(${decl})${stmt.value}`;
}

/** the text a request's sql_handle stands for; undefined for a module RPC or before the first request */
export function requestText(input: InputEvent | undefined): string | undefined {
  if (input === undefined) return undefined;
  switch (input.kind) {
    case 'language': return input.text;
    case 'rpc': return input.sqlText;
    default: {
      const never: never = input;
      throw new Error(`unknown input event ${JSON.stringify(never)}`);
    }
  }
}

/**
 * DBCC INPUTBUFFER's and sys.dm_exec_input_buffer's row: 'Language Event' with the batch text,
 * 'RPC Event' with the procedure name and its parameter count, 'No Event' before the first.
 */
export function inputBufferRow(input: InputEvent | undefined): [string, number, string] {
  if (input === undefined) return ['No Event', 0, ''];
  switch (input.kind) {
    case 'language': return ['Language Event', 0, input.text];
    case 'rpc': return ['RPC Event', input.parameterCount, input.procedure];
    default: {
      const never: never = input;
      throw new Error(`unknown input event ${JSON.stringify(never)}`);
    }
  }
}
