// jTDS 1.3.1 (TDS 7.1): without TLS it sends LOGIN7 with no PRELOGIN; with ssl=require it does
// PRELOGIN + TLS. The probe is compiled with javac into a temporary folder first.
import { clientSuite } from '../helpers/client-suite';
import { compileJtdsProbe, jtdsMissing, type JtdsProbe } from '../helpers/jtds-probe';

let probe: JtdsProbe | undefined;

clientSuite({
  title: 'jTDS',
  missing: jtdsMissing,
  prepare: async () => {
    probe = compileJtdsProbe('JtdsProbe');
  },
  run: (node, encrypt) => probe!.run(node, encrypt),
  checks: ['login', 'select_one', 'version', 'unicode', 'param', 'output_param', 'raiserror', 'print'],
});
