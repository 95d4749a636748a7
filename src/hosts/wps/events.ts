import type { EtApiEvent } from "./api";

type Callback = (...args: any[]) => void;

/**
 * WPS's ApiEvent per page: RemoveApiEventListener(name) removes every callback the page registered
 * for that event, not just one (WPS jsapi documentation), so two listeners of one page would stop
 * each other. Each page registers one dispatcher per event, and the host's listeners come and go
 * behind it.
 */
const muxes = new WeakMap<EtApiEvent, Map<string, Set<Callback>>>();

export function listen(api: EtApiEvent, event: string, callback: Callback): () => void {
  let events = muxes.get(api);
  if (!events) muxes.set(api, (events = new Map()));
  let callbacks = events.get(event);
  if (!callbacks) {
    const set = new Set<Callback>();
    events.set(event, (callbacks = set));
    api.AddApiEventListener(event, (...args: unknown[]) => [...set].forEach((cb) => cb(...args)));
  }
  callbacks.add(callback);
  return () => {
    callbacks.delete(callback);
    if (callbacks.size === 0) {
      events.delete(event);
      api.RemoveApiEventListener(event);
    }
  };
}
