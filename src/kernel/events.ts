// Typed events for devices and the registry. A listener that throws must not break the
// driver that emitted (emits come from native callbacks, where a throw would be uncaught),
// so emit isolates each listener and reports its failure to the owner's handler.

/** An interface of event name → payload type. */
export type EventMap = object;
export type Listener<T> = (payload: T) => void;

/** What consumers see: subscribe and unsubscribe, never emit. */
export interface Subscribable<E extends EventMap> {
  /** Returns the unsubscribe function. */
  on<K extends keyof E>(event: K, listener: Listener<E[K]>): () => void;
  once<K extends keyof E>(event: K, listener: Listener<E[K]>): () => void;
  off<K extends keyof E>(event: K, listener: Listener<E[K]>): void;
}

export class TypedEmitter<E extends EventMap> implements Subscribable<E> {
  private readonly listeners = new Map<keyof E, Set<Listener<never>>>();

  constructor(private readonly onListenerError: (error: unknown, event: string) => void) {}

  on<K extends keyof E>(event: K, listener: Listener<E[K]>): () => void {
    let set = this.listeners.get(event);
    if (!set) this.listeners.set(event, (set = new Set()));
    set.add(listener as Listener<never>);
    return () => this.off(event, listener);
  }

  once<K extends keyof E>(event: K, listener: Listener<E[K]>): () => void {
    const off = this.on(event, (payload) => {
      off();
      listener(payload);
    });
    return off;
  }

  off<K extends keyof E>(event: K, listener: Listener<E[K]>): void {
    this.listeners.get(event)?.delete(listener as Listener<never>);
  }

  emit<K extends keyof E>(event: K, payload: E[K]): void {
    const set = this.listeners.get(event);
    if (!set) return;
    for (const listener of [...set]) {
      try {
        (listener as Listener<E[K]>)(payload);
      } catch (error) {
        this.onListenerError(error, String(event));
      }
    }
  }

  listenerCount(event: keyof E): number {
    return this.listeners.get(event)?.size ?? 0;
  }
}
