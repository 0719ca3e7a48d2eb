import { useCallback, useEffect, useRef, useState } from 'react';

export type RemoteStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface Remote<T> {
  status: RemoteStatus;
  data: T | undefined;
  error: unknown;
  /** True while a reload runs with data already on screen. */
  refreshing: boolean;
  reload: () => Promise<void>;
}

/**
 * Loads data for a view and keeps the last answer on screen while reloading.
 * `load` returning undefined means "nothing to load yet" (e.g. an empty search box).
 */
export function useRemote<T>(load: () => Promise<T> | undefined, deps: readonly unknown[]): Remote<T> {
  const [status, setStatus] = useState<RemoteStatus>('idle');
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  const [refreshing, setRefreshing] = useState(false);
  const sequence = useRef(0);
  const dataRef = useRef<T | undefined>(undefined);
  dataRef.current = data;
  const loadRef = useRef(load);
  loadRef.current = load;

  const run = useCallback(async (keepData: boolean) => {
    const id = ++sequence.current;
    const promise = loadRef.current();
    if (!promise) {
      setStatus('idle');
      setData(undefined);
      setError(undefined);
      return;
    }
    if (keepData) setRefreshing(true);
    else {
      setStatus('loading');
      setData(undefined);
    }
    try {
      const result = await promise;
      if (id !== sequence.current) return;
      setData(result);
      setError(undefined);
      setStatus('ready');
    } catch (err) {
      if (id !== sequence.current) return;
      setError(err);
      setStatus('error');
    } finally {
      if (id === sequence.current) setRefreshing(false);
    }
  }, []);

  useEffect(() => {
    void run(false);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);

  const reload = useCallback(() => run(dataRef.current !== undefined), [run]);
  return { status, data, error, refreshing, reload };
}
