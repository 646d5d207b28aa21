// Our aggregates used OVER (...): SQLite needs an xInverse to run an aggregate as a window
// function. Aggregates whose state cannot take a value back out (MIN/MAX under a collation or the
// sql_variant order, the variance family) get a window twin, `<name>_w`, that keeps the frame's
// arguments and reduces them when SQLite asks for the value. The plain aggregate stays as it is,
// so a GROUP BY never holds its group's values. SQLite removes rows from a frame in the order it
// added them (oldest first), so the frame is a queue. The reduced value is kept until the frame
// changes: a frame that only grows (the default PARTITION BY frame) is reduced once per change.
import type { FunctionHost } from '../../store/index';

interface Frame {
  readonly values: unknown[][];
  /** index of the oldest value still in the frame (shifting an array per row would be quadratic) */
  head: number;
  cached: { readonly value: unknown } | undefined;
}

export interface FrameAggregate {
  /** the window twin's name is `${name}_w` */
  readonly name: string;
  readonly safeIntegers?: boolean;
  /** the aggregate's value over the frame's arguments (each entry: one row's arguments) */
  readonly reduce: (rows: readonly (readonly unknown[])[]) => unknown;
}

export function registerFrameAggregate(host: FunctionHost, aggregate: FrameAggregate): void {
  host.aggregate<Frame>(`${aggregate.name}_w`, {
    varargs: true,
    ...(aggregate.safeIntegers ? { safeIntegers: true } : {}),
    start: () => ({ values: [], head: 0, cached: undefined }),
    step: (frame, ...args) => {
      frame.values.push(args);
      frame.cached = undefined;
    },
    inverse: (frame) => {
      frame.head++;
      frame.cached = undefined;
      // drop what left the frame once it is most of the array, so memory follows the frame
      if (frame.head > 64 && frame.head * 2 > frame.values.length) {
        frame.values.splice(0, frame.head);
        frame.head = 0;
      }
    },
    result: (frame) => {
      frame.cached ??= { value: aggregate.reduce(frame.values.slice(frame.head)) };
      return frame.cached.value;
    },
  });
}
