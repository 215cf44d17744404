// Whether the server answers right now, as the top bar shows it, for screens whose controls
// depend on it (Sync now).
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Connectivity } from '../sync/connectivity';

export const ConnectivityContext = createContext<Connectivity>('checking');

export function useConnectivityState(): Connectivity {
  return useContext(ConnectivityContext);
}
