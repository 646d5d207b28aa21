// How much each of a set of module counters (translationCounters, targetCounters) moved while `f` ran.
export async function counterDelta<C extends Readonly<Record<string, number>>, T>(counters: C, f: () => Promise<T>): Promise<{ result: T } & { [K in keyof C]: number }> {
  const before: Record<string, number> = { ...counters };
  const result = await f();
  const delta: Record<string, number> = {};
  for (const k of Object.keys(counters)) delta[k] = counters[k]! - before[k]!;
  return { result, ...delta } as { result: T } & { [K in keyof C]: number };
}
