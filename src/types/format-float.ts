// Text forms of float/real as SQL Server's CAST/CONVERT produce them ("CAST and CONVERT",
// float and real styles): style 0 is C's %g with 6 significant digits (1.23457e+008: the exponent
// has at least three digits), style 1 always scientific with 8 digits, style 2 with 16, style 3
// the shortest text that round-trips (17 significant digits at most).

function exponentText(exp: number): string {
  const sign = exp < 0 ? '-' : '+';
  return `e${sign}${String(Math.abs(exp)).padStart(3, '0')}`;
}

function stripZeros(mantissa: string): string {
  return mantissa.includes('.') ? mantissa.replace(/0+$/, '').replace(/\.$/, '') : mantissa;
}

/** %g with `precision` significant digits and trailing zeros removed. */
export function formatG(v: number, precision: number): string {
  if (v === 0) return Object.is(v, -0) ? '-0' : '0';
  const [mant, expText] = v.toExponential(precision - 1).split('e');
  const exp = Number(expText);
  if (exp < -4 || exp >= precision) return `${stripZeros(mant ?? '')}${exponentText(exp)}`;
  return stripZeros(v.toFixed(Math.max(0, precision - 1 - exp)));
}

/** Always scientific with `digits` significant digits (styles 1 and 2). */
export function formatScientific(v: number, digits: number): string {
  const [mant, expText] = v.toExponential(digits - 1).split('e');
  return `${mant ?? ''}${exponentText(Number(expText))}`;
}

export function formatFloat(v: number, style = 0, real = false): string {
  switch (style) {
    case 1:
      return formatScientific(v, 8);
    case 2:
      return formatScientific(v, 16);
    case 3: {
      const shortest = real ? String(Math.fround(v)) : String(v);
      const digits = shortest.replace(/^-/, '').replace(/e.*$/, '').replace('.', '').replace(/^0+/, '').length;
      return formatG(v, Math.max(1, Math.min(real ? 9 : 17, digits)));
    }
    default:
      return formatG(v, 6);
  }
}
