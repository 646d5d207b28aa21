// UPDATE STATISTICS and ALTER INDEX: the index maintenance statements of maintenance plans.
import type { AlterIndexStatement, UpdateStatisticsStatement } from '../ast';
import { TokenType } from '../lexer';
import type { Parser } from './parser';

export function parseUpdateStatistics(p: Parser): UpdateStatisticsStatement {
  const line = p.expect('UPDATE').line;
  p.expect('STATISTICS');
  const table = p.objectName();
  const statistics: string[] = [];
  if (p.accept('(')) {
    do statistics.push(p.identifier());
    while (p.accept(','));
    p.expect(')');
  } else if (!p.is('WITH') && !p.is(';') && !p.atEof && p.isIdentifier(p.tok) && !startsStatement(p)) {
    statistics.push(p.identifier());
  }
  const options: string[] = [];
  if (p.accept('WITH')) {
    do options.push(statisticsOption(p));
    while (p.accept(','));
  }
  return { kind: 'updateStatistics', line, table, statistics, options };
}

/** FULLSCAN, SAMPLE n PERCENT|ROWS, RESAMPLE, NORECOMPUTE, ALL|COLUMNS|INDEX, NAME = value ... */
function statisticsOption(p: Parser): string {
  const t = p.tok;
  if (t.type !== TokenType.Word) throw p.error();
  const word = p.next().upper;
  if (word === 'SAMPLE') {
    const n = p.tok;
    if (n.type !== TokenType.Integer && n.type !== TokenType.Decimal) throw p.error();
    p.next();
    const unit = p.accept('PERCENT') ? 'PERCENT' : p.accept('ROWS') ? 'ROWS' : undefined;
    if (!unit) throw p.error();
    return `SAMPLE ${n.value} ${unit}`;
  }
  if (p.accept('=')) {
    const v = p.next();
    if (v.type === TokenType.Eof) throw p.error(v);
    return `${word} = ${v.upper || v.value}`;
  }
  return word;
}

/** an identifier that begins the next statement of a batch written without semicolons */
function startsStatement(p: Parser): boolean {
  return p.tok.type === TokenType.Word && p.tok.keyword === true;
}

export function parseAlterIndex(p: Parser, line: number): AlterIndexStatement {
  p.expect('INDEX');
  const index = p.accept('ALL') ? null : p.identifier();
  p.expect('ON');
  const table = p.objectName();
  const t = p.tok;
  if (t.type !== TokenType.Word) throw p.error();
  let action: AlterIndexStatement['action'];
  switch (t.upper) {
    case 'REBUILD': action = 'rebuild'; break;
    case 'REORGANIZE': action = 'reorganize'; break;
    case 'DISABLE': action = 'disable'; break;
    default: throw p.error();
  }
  p.next();
  // PARTITION = n | ALL, WITH ( options ): tuning of SQL Server's storage, nothing to keep
  if (p.acceptSeq('PARTITION', '=')) p.next();
  if (p.accept('WITH')) {
    p.expect('(');
    p.balancedText();
  }
  return { kind: 'alterIndex', line, index, table, action };
}
