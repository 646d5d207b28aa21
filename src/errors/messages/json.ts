import type { MessageDef } from '../message-def';

// Messages of the JSON functions (ISJSON, JSON_VALUE, JSON_QUERY, JSON_MODIFY, OPENJSON); 13607
// and 13609 (path / text not properly formatted) live with the query messages. Texts are SQL
// Server's sys.messages (English).
export const jsonMessages: Record<number, MessageDef> = {
  13606: { severity: 16, text: 'JSON text/path that has more than 128 nesting levels cannot be parsed.' },
  13608: { severity: 16, text: 'Property cannot be found on the specified JSON path.' },
  13611: { severity: 16, text: 'Value referenced by JSON path is not an array or object and cannot be opened with OPENJSON.' },
  13619: { severity: 16, text: 'Unsupported JSON path found in argument %d of JSON_MODIFY.' },
  13621: { severity: 16, text: 'Array cannot be found in the specified JSON path.' },
  13623: { severity: 16, text: 'Scalar value cannot be found in the specified JSON path.' },
  13624: { severity: 16, text: 'Object or array cannot be found in the specified JSON path.' },
  13638: { severity: 16, text: "User error : Name parameter value in 'json_object' cannot be null" },
  13625: { severity: 16, text: 'String value in the specified JSON path would be truncated.' },
};
