/** Fetches a path whenever it changes; the last answer wins, earlier requests are aborted. */
import { useEffect, useState } from "preact/hooks";
import { get } from "./api.js";

export interface Loaded<T> {
  data?: T;
  error?: string;
  loading: boolean;
}

export function useApi<T>(path: string | undefined): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ loading: Boolean(path) });
  useEffect(() => {
    if (!path) return;
    const controller = new AbortController();
    setState((s) => ({ data: s.data, loading: true }));
    get<T>(path, controller.signal).then(
      (data) => setState({ data, loading: false }),
      (error: Error) => {
        if (!controller.signal.aborted) setState({ error: error.message, loading: false });
      },
    );
    return () => controller.abort();
  }, [path]);
  return state;
}
