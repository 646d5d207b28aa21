// tedious 19's own token parser, used as an independent oracle for our encoders.
import Parser, { type ParserOptions } from 'tedious/lib/token/stream-parser';
import Debug from 'tedious/lib/debug';
import type { Token } from 'tedious/lib/token/token';

/** tedious names versions '7_1', '7_2', '7_3_A', '7_3_B', '7_4' */
export type TediousVersion = '7_1' | '7_2' | '7_3_A' | '7_3_B' | '7_4';

export async function parseWithTedious(tokens: readonly Buffer[], tdsVersion: TediousVersion = '7_4'): Promise<Token[]> {
  const options = {
    useUTC: true,
    lowerCaseGuids: false,
    tdsVersion,
    useColumnNames: false,
    columnNameReplacer: undefined,
    camelCaseColumns: false,
  } as unknown as ParserOptions;
  const out: Token[] = [];
  for await (const token of Parser.parseTokens([Buffer.concat(tokens)], new Debug(), options)) {
    if (token) out.push(token);
  }
  return out;
}
