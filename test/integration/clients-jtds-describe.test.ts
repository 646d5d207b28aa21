// jTDS 1.3.1 PreparedStatement.getMetaData() before execute: the SET FMTONLY ON batch jTDS sends,
// checked column by column (names, types, precision/scale, nullability) and against the metadata
// of the same statement when it runs.
import { clientSuite } from '../helpers/client-suite';
import { compileJtdsProbe, jtdsMissing, type JtdsProbe } from '../helpers/jtds-probe';

let probe: JtdsProbe | undefined;

clientSuite({
  title: 'jTDS PreparedStatement.getMetaData',
  missing: jtdsMissing,
  prepare: async () => {
    probe = compileJtdsProbe('JtdsDescribeProbe');
  },
  run: (node, encrypt) => probe!.run(node, encrypt),
  checks: ['login', 'metadata_before_execute', 'nothing_ran', 'same_when_run'],
});
