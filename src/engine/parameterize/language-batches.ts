// Client language batches (SQL_BATCH requests) to trees, with SQL Server's simple
// parameterization: a text seen before is a map lookup (as any parsed text); a new text of a known
// shape (shape.ts) runs the tree of the first text of that shape with its own literal values bound
// to the tree's hidden parameters (template.ts), so `... WHERE id = 41`, `... WHERE id = 42` and
// so on are parsed and translated once. Both maps are bounded LRUs; trees are immutable and
// shared by every session.
import { parseBatch, tokenize, type Batch, type Token } from '../../tsql';
import type { Typed } from '../../types/typed-value';
import type { Frame } from '../interpreter/frame';
import { ParseCache } from '../parse-cache';
import { frameVariablesKey } from '../sql/shared-translation-key';
import { shapeOf, type Shape } from './shape';
import { fits, templateOf, type Template } from './template';

const MAX_SHAPES = 500;

/** What a batch text runs: a tree, and the values of its hidden parameters when it has some. */
export interface PreparedBatch {
  readonly batch: Batch;
  readonly template?: Template;
  readonly values?: readonly Typed[];
}

/**
 * SQL Server's counters of its SQL Statistics object, since the node started: an attempt is a new
 * text of a statement kind that may be parameterized; it is safe when the text runs on a template
 * (made now or earlier), failed when it is parsed as written. msxd never makes an unsafe one.
 */
export interface AutoParamCounters {
  attempts: number;
  safe: number;
  failed: number;
}

export class LanguageBatches {
  private readonly texts = new ParseCache<PreparedBatch>();
  private readonly shapes = new Map<string, Template | null>();
  /** the frame variables key of each template's parameters (the translation cache's key part) */
  private readonly variablesKeys = new WeakMap<Template, string>();
  readonly counters: AutoParamCounters = { attempts: 0, safe: 0, failed: 0 };

  /** Throws the parser's SqlError for a text that does not parse. */
  prepare(text: string): PreparedBatch {
    return this.texts.get(text, (t) => this.prepareNew(t));
  }

  /** Declares a prepared batch's hidden parameters, with this text's values, in the batch's frame. */
  bind(prepared: PreparedBatch, frame: Frame): void {
    const { template, values } = prepared;
    if (template === undefined || values === undefined) return;
    for (const p of template.parameters) frame.declare(p.name, p.type, null).value = (values[p.literal] as Typed).value;
    const known = this.variablesKeys.get(template);
    if (known !== undefined) {
      frame.variablesKey = known;
    } else {
      this.variablesKeys.set(template, frameVariablesKey(frame));
    }
  }

  /** DBCC FREEPROCCACHE / FREESYSTEMCACHE: forget every batch text and parameterized shape */
  clear(): void {
    this.texts.clear();
    this.shapes.clear();
  }

  get shapeCount(): number {
    return this.shapes.size;
  }

  private prepareNew(text: string): PreparedBatch {
    let tokens: Token[];
    try {
      tokens = tokenize(text);
    } catch {
      return this.parsed(text); // the parser raises the lexer's error with its companions
    }
    const shape = shapeOf(tokens);
    if (shape === undefined) return { batch: parseBatch(text) };
    this.counters.attempts++;
    const known = this.shapes.get(shape.key);
    if (known !== undefined) {
      // a shape whose first text had nothing to parameterize (null) is parsed as it comes
      if (known !== null && fits(known, tokens, shape)) {
        this.touch(shape.key, known);
        this.counters.safe++;
        return { batch: known.batch, template: known, values: shape.values };
      }
      this.counters.failed++;
      return { batch: parseBatch(text) };
    }
    const batch = parseBatch(text);
    const template = templateOf(batch, tokens, shape);
    this.remember(shape, template ?? null);
    if (template === undefined) {
      this.counters.failed++;
      return { batch };
    }
    this.counters.safe++;
    return { batch: template.batch, template, values: shape.values };
  }

  private parsed(text: string): PreparedBatch {
    return { batch: parseBatch(text) };
  }

  private remember(shape: Shape, template: Template | null): void {
    this.shapes.set(shape.key, template);
    if (this.shapes.size > MAX_SHAPES) this.shapes.delete(this.shapes.keys().next().value as string);
  }

  private touch(key: string, template: Template): void {
    this.shapes.delete(key);
    this.shapes.set(key, template);
  }
}
