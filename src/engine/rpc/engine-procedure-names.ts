// The names of the procedures the engine runs itself (engine-procedures.ts), kept apart from their
// code so the catalogue can list them as objects (sys.all_objects, OBJECT_ID) without importing the
// interpreter. SQL Server implements them as extended procedures of the sys schema (type X).
export const ENGINE_PROCEDURE_NAMES = [
  'sp_executesql', 'sp_prepare', 'sp_execute', 'sp_prepexec', 'sp_unprepare',
  'sp_cursor', 'sp_cursoropen', 'sp_cursorprepare', 'sp_cursorexecute', 'sp_cursorprepexec', 'sp_cursorunprepare',
  'sp_cursorfetch', 'sp_cursoroption', 'sp_cursorclose', 'sp_describe_first_result_set', 'sp_describe_undeclared_parameters',
] as const;

export type EngineProcedureName = (typeof ENGINE_PROCEDURE_NAMES)[number];
