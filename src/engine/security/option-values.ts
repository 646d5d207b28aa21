// Reading WITH options of security statements (CHECK_POLICY = OFF, DEFAULT_DATABASE = [db],
// SID = 0x..., DEFAULT_SCHEMA = s). An option msxd does not know is refused loudly (40517).
import type { OptionSetting } from '../../tsql/ast';
import { notSupportedExpression } from '../statements/not-supported';

export function onOff(o: OptionSetting): boolean {
  const v = o.value;
  if (v?.kind === 'onOff') return v.on;
  if (v?.kind === 'word') return v.value.toUpperCase() === 'ON';
  throw notSupportedExpression(`${o.name} value`);
}

export function text(o: OptionSetting): string {
  const v = o.value;
  if (v?.kind === 'word' || v?.kind === 'string') return v.value;
  throw notSupportedExpression(`${o.name} value`);
}

export function binary(o: OptionSetting): Buffer {
  const v = o.value;
  if (v?.kind === 'binary') return Buffer.from(v.hex.length % 2 ? `0${v.hex}` : v.hex, 'hex');
  throw notSupportedExpression(`${o.name} value`);
}

/** Checks every option is one of `known` (upper-case names). */
export function onlyOptions(options: readonly OptionSetting[], known: readonly string[]): void {
  for (const o of options) if (!known.includes(o.name)) throw notSupportedExpression(o.name);
}

export function option(options: readonly OptionSetting[], name: string): OptionSetting | undefined {
  return options.find((o) => o.name === name);
}
