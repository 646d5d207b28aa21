// MS-TDS 2.2.6.6 ProcIDs: the RPC "well-known procedure" numbers clients send instead of a name.
export const SPECIAL_PROCEDURE = {
  sp_cursor: 1,
  sp_cursoropen: 2,
  sp_cursorprepare: 3,
  sp_cursorexecute: 4,
  sp_cursorprepexec: 5,
  sp_cursorunprepare: 6,
  sp_cursorfetch: 7,
  sp_cursoroption: 8,
  sp_cursorclose: 9,
  sp_executesql: 10,
  sp_prepare: 11,
  sp_execute: 12,
  sp_prepexec: 13,
  sp_prepexecrpc: 14,
  sp_unprepare: 15,
} as const;

export type SpecialProcedureName = keyof typeof SPECIAL_PROCEDURE;

const NAME_BY_ID = new Map<number, SpecialProcedureName>(
  Object.entries(SPECIAL_PROCEDURE).map(([name, id]) => [id, name as SpecialProcedureName]),
);

export function specialProcedureName(procId: number): SpecialProcedureName | undefined {
  return NAME_BY_ID.get(procId);
}
