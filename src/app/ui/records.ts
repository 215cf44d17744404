// Hooks that read records from the device and read them again whenever records change.
import { useEffect, useState } from 'preact/hooks';
import type { EntityName } from '../../domain/entities';
import type { RecordId } from '../../domain/ids';
import type { UnitSystem } from '../../domain/units';
import type { LocalRecord } from '../../sync/replica';
import { useFeed } from './feed';
import { useServices } from './services';

/** Every live (not deleted) record of an entity; undefined while loading. */
export function useRecords(entity: EntityName): LocalRecord[] | undefined {
  const services = useServices();
  const version = useFeed(services.recordsVersion);
  const [records, setRecords] = useState<LocalRecord[] | undefined>(undefined);
  useEffect(() => {
    let isCurrent = true;
    void services.engine.listRecords(entity).then((all) => {
      if (isCurrent) setRecords(all.filter((record) => record.fields.deleted !== true));
    });
    return () => {
      isCurrent = false;
    };
  }, [services, entity, version]);
  return records;
}

/** One record; undefined while loading, null when the device has no such record. */
export function useRecord(entity: EntityName, id: RecordId): LocalRecord | null | undefined {
  const services = useServices();
  const version = useFeed(services.recordsVersion);
  const [record, setRecord] = useState<LocalRecord | null | undefined>(undefined);
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

export const UNITS_META_KEY = 'units';

/** The person's units on this device, metric until they choose. */
export function useUnits(): [UnitSystem | undefined, (units: UnitSystem) => void] {
  const { store } = useServices();
  const [units, setUnits] = useState<UnitSystem | undefined>(undefined);
  useEffect(() => {
    void store
      .getMeta(UNITS_META_KEY)
      .then((saved) => setUnits(saved === 'imperial' ? 'imperial' : 'metric'));
  }, [store]);
  const choose = (next: UnitSystem) => {
    setUnits(next);
    void store.setMeta(UNITS_META_KEY, next);
  };
  return [units, choose];
}
