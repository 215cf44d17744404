// Hooks that read records from the device and read them again whenever records change.

import { useEffect, useState } from 'preact/hooks';
import type { EntityName } from '../../domain/entities';
import { derivedId, type RecordId } from '../../domain/ids';
import type { TypedRecord } from '../../domain/records';
import type { UnitSystem } from '../../domain/units';
import { META } from '../store/meta-keys';
import { useFeed } from './feed';
import { useServices } from './services';

const liveOnly = <E extends EntityName>(records: TypedRecord<E>[]) =>
  records.filter((record) => record.fields.deleted !== true);

/**
 * Every live (not deleted) record of an entity; undefined while loading. Records already in
 * memory show in the first render, so a screen opened after them paints once, complete.
 */
export function useRecords<E extends EntityName>(entity: E): TypedRecord<E>[] | undefined {
  const services = useServices();
  const version = useFeed(services.recordsVersion);
  const [records, setRecords] = useState<TypedRecord<E>[] | undefined>(() => {
    const inMemory = services.engine.peekRecords(entity);
    return inMemory === undefined ? undefined : liveOnly(inMemory);
  });
  useEffect(() => {
    let isCurrent = true;
    void services.engine.listRecords(entity).then((all) => {
      if (isCurrent) setRecords(liveOnly(all));
    });
    return () => {
      isCurrent = false;
    };
  }, [services, entity, version]);
  return records;
}

/** One record; undefined while loading, null when the device has no such record. */
export function useRecord<E extends EntityName>(
  entity: E,
  id: RecordId,
): TypedRecord<E> | null | undefined {
  const services = useServices();
  const version = useFeed(services.recordsVersion);
  const [record, setRecord] = useState<TypedRecord<E> | null | undefined>(undefined);
  useEffect(() => {
    let isCurrent = true;
    void services.engine.readRecord(entity, id).then((found) => {
      if (isCurrent) setRecord(found ?? null);
    });
    return () => {
      isCurrent = false;
    };
  }, [services, entity, id, version]);
  return record;
}

const readUnits = (value: unknown): UnitSystem | undefined =>
  value === 'imperial' || value === 'metric' ? value : undefined;

/**
 * The person's units: their own synced setting when signed in (so every device of theirs agrees),
 * else this device's choice, metric until they choose.
 */
export function useUnits(): [UnitSystem | undefined, (units: UnitSystem) => void] {
  const services = useServices();
  const session = useFeed(services.currentSession);
  const version = useFeed(services.recordsVersion);
  const [units, setUnits] = useState<UnitSystem | undefined>(undefined);
  const settingId =
    session === undefined ? undefined : derivedId('setting', session.user.id, 'units');
  useEffect(() => {
    let isCurrent = true;
    const read = async () => {
      const setting =
        settingId === undefined
          ? undefined
          : await services.engine.readRecord('setting', settingId);
      const chosen =
        readUnits(setting?.fields.value) ?? readUnits(await services.store.getMeta(META.units));
      if (isCurrent) setUnits(chosen ?? 'metric');
    };
    void read();
    return () => {
      isCurrent = false;
    };
  }, [services, settingId, version]);
  const choose = (next: UnitSystem) => {
    setUnits(next);
    void services.store.setMeta(META.units, next);
    if (settingId !== undefined)
      void services.engine.edit(
        'setting',
        settingId,
        { key: 'units', value: next, scope: 'user', userId: session?.user.id ?? null },
        null,
      );
  };
  return [units, choose];
}
