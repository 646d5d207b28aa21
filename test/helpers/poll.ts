// Waits for something a node does on its own (an agent's run, a mail, an alert): calls `probe`
// every 200 ms until it returns a value, or fails naming `what` after `timeoutMs`.
const PROBE_EVERY_MS = 200;

export async function poll<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > until) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, PROBE_EVERY_MS));
  }
}
