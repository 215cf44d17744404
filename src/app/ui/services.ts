// The app's services (storage, connectivity), made once at start and handed down through context.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { LocalStore } from '../store/local-store';

export interface AppServices {
  store: LocalStore;
  version: string;
}

export const ServicesContext = createContext<AppServices | undefined>(undefined);

/** The services of the running app; throws if used outside the app's provider. */
export function useServices(): AppServices {
  const services = useContext(ServicesContext);
  if (services === undefined) throw new Error('useServices must be used inside the app.');
  return services;
}
