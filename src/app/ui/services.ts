// The app's services reach screens through a context, made once in main.tsx.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { AppServices } from '../app-services';

export type { AppServices };

export const ServicesContext = createContext<AppServices | undefined>(undefined);

/** The services of the running app; throws if used outside the app's provider. */
export function useServices(): AppServices {
  const services = useContext(ServicesContext);
  if (services === undefined) throw new Error('useServices must be used inside the app.');
  return services;
}
