// Our aggregates used OVER (...): SQLite needs an xInverse to run an aggregate as a window
// function. Aggregates whose state cannot take a value back out (MIN/MAX under a collation or the
// sql_variant order, the variance family) get a window twin, `<name>_w`, that keeps the frame's
// arguments. The plain aggregate stays as it is, so a GROUP BY never holds its group's values.
// SQLite removes rows from a frame in the order it added them (oldest first), so the frame is a
// queue. While the frame only grows (whole partitions, running totals) each row is folded into
// the state as it comes, as the plain aggregate does; once a row leaves, the state is folded again
// from the rows still in the frame, when SQLite next asks for the value.
import type { FunctionHost } from '../../store/index';

export interface FrameAggregate<S> {
  /** the window twin's name is `${name}_w` */
  readonly name: string;
  readonly start: () => S;
  /** folds one row's arguments into the state */
  readonly add: (state: S, args: readonly unknown[]) => void;
  readonly value: (state: S) => unknown;
}

interface Frame<S> {
  readonly rows: (readonly unknown[])[];
  /** index of the oldest row still in the frame (shifting the array per row would be quadratic) */
  head: number;
  /** the fold of rows[head..], or undefined after a row left */
  state: S | undefined;
}

/** rows gone from the frame kept at most this long before the array is compacted */
const COMPACT_AFTER = 64;

export function registerFrameAggregate<S>(host: FunctionHost, aggregate: FrameAggregate<S>): void {
  host.aggregate<Frame<S>>(`${aggregate.name}_w`, {
    varargs: true,
    start: () => ({ rows: [], head: 0, state: aggregate.start() }),
    step: (frame, ...args) => {
      frame.rows.push(args);
      if (frame.state !== undefined) aggregate.add(frame.state, args);
    },
    inverse: (frame) => {
      frame.head++;
      frame.state = undefined;
      if (frame.head > COMPACT_AFTER && frame.head * 2 > frame.rows.length) {
        frame.rows.splice(0, frame.head);
        frame.head = 0;
      }
    },
    result: (frame) => {
      if (frame.state === undefined) {
        const state = aggregate.start();
        for (let i = frame.head; i < frame.rows.length; i++) aggregate.add(state, frame.rows[i]!);
        frame.state = state;
      }
      return aggregate.value(frame.state);
    },
  });
}
