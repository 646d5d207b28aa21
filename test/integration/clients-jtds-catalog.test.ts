// jTDS 1.3.1 DatabaseMetaData (getPrimaryKeys, getImportedKeys, getIndexInfo, getProcedures,
// getProcedureColumns, getTypeInfo, getColumns): the catalog procedures called as RPCs by name.
import { clientSuite } from '../helpers/client-suite';
import { compileJtdsProbe, jtdsMissing, type JtdsProbe } from '../helpers/jtds-probe';

let probe: JtdsProbe | undefined;

clientSuite({
  title: 'jTDS DatabaseMetaData',
  missing: jtdsMissing,
  prepare: async () => {
    probe = compileJtdsProbe('JtdsCatalogProbe');
  },
  run: (node, encrypt) => probe!.run(node, encrypt),
  checks: ['login', 'primary_keys', 'imported_keys', 'index_info', 'procedures', 'procedure_columns', 'type_info', 'columns'],
});
