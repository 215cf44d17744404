// Screens loaded on demand, so the first download holds only the frame, the visit list and the lock;
// every chunk is precached by the service worker, so they load offline too.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ScreenFrame } from './screens/screen-frame';

/**
 * A component that loads `load`'s component on first use and renders it; until then the screen
 * says it is loading. The loaded component is kept, so later visits render it at once.
 */
export function lazyScreen<Props extends object>(
  title: string,
  load: () => Promise<ComponentType<Props>>,
): ComponentType<Props> {
  let loaded: ComponentType<Props> | undefined;
  return function LazyScreen(props: Props) {
    const [component, setComponent] = useState<ComponentType<Props> | undefined>(() => loaded);
    useEffect(() => {
      if (component !== undefined) return;
      void load().then((found) => {
        loaded = found;
        setComponent(() => found);
      });
    }, [component]);
    if (component === undefined) return <ScreenFrame title={title}>Loading…</ScreenFrame>;
    const Screen = component;
    return <Screen {...props} />;
  };
}
