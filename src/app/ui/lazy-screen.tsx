// Screens loaded on demand, so the first download holds only the frame, the visit list and the lock;
// every chunk is precached by the service worker, so they load offline too.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ScreenFrame } from './screens/screen-frame';

/** A screen loaded on demand; `preload` starts the download before it is first shown. */
export type LazyScreen<Props extends object> = ComponentType<Props> & {
  preload: () => Promise<ComponentType<Props>>;
};

/**
 * A component that loads `load`'s component on first use and renders it; until then the screen
 * says it is loading. The loaded component is kept, so later visits render it at once.
 */
export function lazyScreen<Props extends object>(
  title: string,
  load: () => Promise<ComponentType<Props>>,
): LazyScreen<Props> {
  let loaded: ComponentType<Props> | undefined;
  let loading: Promise<ComponentType<Props>> | undefined;
  const preload = () => {
    loading ??= load().then((found) => {
      loaded = found;
      return found;
    });
    return loading;
  };
  function LazyScreen(props: Props) {
    const [component, setComponent] = useState<ComponentType<Props> | undefined>(() => loaded);
    useEffect(() => {
      if (component !== undefined) return;
      void preload().then((found) => setComponent(() => found));
    }, [component]);
    if (component === undefined) return <ScreenFrame title={title}>Loading…</ScreenFrame>;
    const Screen = component;
    return <Screen {...props} />;
  }
  return Object.assign(LazyScreen, { preload });
}
