// The visit screens' addresses: list, new, a visit, one of its rooms, its plan, its summary and, for
// a follow-up, its outcome summary.
import type { RecordId } from '../../../domain/ids';

export type VisitRoute =
  | { screen: 'list' }
  | { screen: 'new' }
  | { screen: 'overview'; visitId: RecordId }
  | { screen: 'room'; visitId: RecordId; roomId: RecordId; itemId: string | undefined }
  | { screen: 'plan'; visitId: RecordId }
  | { screen: 'summary'; visitId: RecordId }
  | { screen: 'outcome'; visitId: RecordId };

/** Reads a visit route from a path under /visits and the query string. */
export function visitRoute(path: string, search: string): VisitRoute {
  const parts = path
    .split('/')
    .filter((part) => part !== '')
    .slice(1)
    .map(decodeURIComponent);
  const [visitId, section, roomId] = parts as [
    RecordId | undefined,
    string | undefined,
    RecordId | undefined,
  ];
  if (visitId === undefined) return { screen: 'list' };
  if (visitId === 'new') return { screen: 'new' };
  if (section === 'rooms' && roomId !== undefined) {
    const itemId = new URLSearchParams(search).get('item') ?? undefined;
    return { screen: 'room', visitId, roomId, itemId };
  }
  if (section === 'plan') return { screen: 'plan', visitId };
  if (section === 'summary') return { screen: 'summary', visitId };
  if (section === 'outcome') return { screen: 'outcome', visitId };
  return { screen: 'overview', visitId };
}

export const visitPath = (visitId: string) => `/visits/${visitId}`;
export const outcomePath = (visitId: string) => `/visits/${visitId}/outcome`;
export const roomPath = (visitId: string, roomId: string, itemId?: string) =>
  `/visits/${visitId}/rooms/${roomId}${itemId === undefined ? '' : `?item=${encodeURIComponent(itemId)}`}`;
