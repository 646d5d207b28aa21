// In-process figures for the T-SQL parser, which sits on every batch's path: µs per `SELECT 1`
// parse (the engine caches parses per batch text, so this is the cost of a first sight) and ms
// for a 2,000-statement batch (parsing must stay linear). Bounded by count.
import { parseBatch } from '../src/tsql';

export interface ParseFigures {
  readonly selectOneMicros: number;
  readonly bigBatchMillis: number;
  readonly bigBatchStatements: number;
}

function timeMs(f: () => void): number {
  const start = process.hrtime.bigint();
  f();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export function measureParser(): ParseFigures {
  for (let i = 0; i < 5_000; i++) parseBatch('SELECT 1');
  const n = 50_000;
  const selectOneMicros = (timeMs(() => { for (let i = 0; i < n; i++) parseBatch('SELECT 1'); }) * 1000) / n;
  const text = "SET @i = @i + 1; IF @i > 3 PRINT N'x'\n".repeat(1_000);
  let statements = 0;
  parseBatch(text);
  const bigBatchMillis = timeMs(() => { statements = parseBatch(text).statements.length; });
  return { selectOneMicros, bigBatchMillis, bigBatchStatements: statements };
}

export function renderParseFigures(f: ParseFigures): string {
  return [
    '| parser (in process) | figure |',
    '|---|---:|',
    `| \`SELECT 1\` parse | ${f.selectOneMicros.toFixed(2)} µs |`,
    `| ${f.bigBatchStatements}-statement batch parse | ${f.bigBatchMillis.toFixed(1)} ms |`,
  ].join('\n');
}
