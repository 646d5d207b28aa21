import type { MessageDef } from '../message-def';

// Messages raised by the SQL value library (src/types) and the pure built-in functions
// (src/engine/functions): conversions, arithmetic, function arguments. Texts as in sys.messages.
export const typesMessages: Record<number, MessageDef> = {
  155: { severity: 15, text: "'%.*ls' is not a recognized %ls option." },
  174: { severity: 15, text: 'The %.*ls function requires %d argument(s).' },
  189: { severity: 15, text: 'The %ls function requires %d to %d arguments.' },
  195: { severity: 15, text: "'%.*ls' is not a recognized built-in function name." },
  206: { severity: 16, text: 'Operand type clash: %ls is incompatible with %ls' },
  220: { severity: 16, text: 'Arithmetic overflow error for data type %ls, value = %ld.' },
  241: { severity: 16, text: 'Conversion failed when converting date and/or time from character string.' },
  242: { severity: 16, text: 'The conversion of a %ls data type to a %ls data type resulted in an out-of-range value.' },
  243: { severity: 16, text: 'Type %.*ls is not a defined system type.' },
  245: { severity: 16, text: "Conversion failed when converting the %ls value '%.*ls' to data type %ls." },
  281: { severity: 16, text: '%d is not a valid style number when converting from %ls to a character string.' },
  289: { severity: 16, text: 'Cannot construct data type %ls, some of the arguments have values which are not valid.' },
  402: { severity: 16, text: 'The data types %ls and %ls are incompatible in the %ls operator.' },
  517: { severity: 16, text: "Adding a value to a '%ls' column caused an overflow." },
  529: { severity: 16, text: 'Explicit conversion from data type %ls to %ls is not allowed.' },
  535: { severity: 16, text: 'The datediff function resulted in an overflow. The number of dateparts separating two date/time instances is too large. Try to use datediff with a less precise datepart.' },
  536: { severity: 16, text: 'Invalid length parameter passed to the %ls function.' },
  3623: { severity: 16, text: 'An invalid floating point operation occurred.' },
  8114: { severity: 16, text: 'Error converting data type %ls to %ls.' },
  8115: { severity: 16, text: 'Arithmetic overflow error converting %ls to data type %ls.' },
  8116: { severity: 16, text: 'Argument data type %ls is invalid for argument %d of %ls function.' },
  8117: { severity: 16, text: 'Operand data type %ls is invalid for %ls operator.' },
  8134: { severity: 16, text: 'Divide by zero error encountered.' },
  8169: { severity: 16, text: 'Conversion failed when converting from a character string to uniqueidentifier.' },
  8170: { severity: 16, text: 'Insufficient result space to convert uniqueidentifier value to char.' },
  9810: { severity: 16, text: 'The datepart %.*ls is not supported by date function %.*ls for data type %ls.' },
  9807: { severity: 16, text: 'The input character string does not follow style %d, either change the input character string or use a different style.' },
};
