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

/** how language batches were prepared since the process started (tests and benchmarks read deltas) */
export const parameterizationCounters = { templated: 0, fitted: 0, parsed: 0 };

export class LanguageBatches {
  private readonly texts = new ParseCache<PreparedBatch>();
  private readonly shapes = new Map<string, Template | null>();
  /** the frame variables key of each template's parameters (the translation cache's key part) */
  private readonly variablesKeys = new WeakMap<Template, string>();

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
    if (shape === undefined) return this.parsed(text);
    const known = this.shapes.get(shape.key);
    if (known !== undefined) {
      // a shape whose first text had nothing to parameterize (null) is parsed as it comes
      if (known !== null && fits(known, tokens, shape)) {
        this.touch(shape.key, known);
        parameterizationCounters.fitted++;
        return { batch: known.batch, template: known, values: shape.values };
      }
      return this.parsed(text);
    }
    const batch = parseBatch(text);
    const template = templateOf(batch, tokens, shape);
    this.remember(shape, template ?? null);
    if (template === undefined) {
      parameterizationCounters.parsed++;
      return { batch };
    }
    parameterizationCounters.templated++;
    return { batch: template.batch, template, values: shape.values };
  }

  private parsed(text: string): PreparedBatch {
    parameterizationCounters.parsed++;
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
