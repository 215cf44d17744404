// The stored codes of what funders ask about a home and a recommendation: the scheme paying,
// who owns the home and agreed to the works, how the house is built, how often a modification
// will be used. Their words for people are beside them, so no code reaches a screen or report.

export const FUNDING_SCHEMES = [
  'ndis',
  'enablensw',
  'dfg',
  'medicaid-waiver',
  'hud-oahmp',
  'insurer',
  'private',
  'other',
] as const;
export type FundingScheme = (typeof FUNDING_SCHEMES)[number];

export const FUNDING_SCHEME_WORDS: Record<FundingScheme, string> = {
  ndis: 'NDIS (Australia)',
  enablensw: 'EnableNSW (New South Wales)',
  dfg: 'Disabled Facilities Grant (UK)',
  'medicaid-waiver': 'Medicaid waiver (US)',
  'hud-oahmp': 'Older Adult Home Modification Program (US)',
  insurer: 'Insurer',
  private: 'Paid privately',
  other: 'Other',
};

export const HOME_OWNERSHIPS = [
  'owner-occupier',
  'private-rental',
  'social-housing',
  'family-owned',
  'other',
] as const;
export type HomeOwnership = (typeof HOME_OWNERSHIPS)[number];

export const HOME_OWNERSHIP_WORDS: Record<HomeOwnership, string> = {
  'owner-occupier': 'Owned by the client',
  'private-rental': 'Privately rented',
  'social-housing': 'Social or public housing',
  'family-owned': 'Owned by family',
  other: 'Other',
};

export const OWNER_CONSENTS = ['written', 'verbal', 'refused', 'pending'] as const;
export type OwnerConsent = (typeof OWNER_CONSENTS)[number];

export const OWNER_CONSENT_WORDS: Record<OwnerConsent, string> = {
  written: 'Given in writing',
  verbal: 'Given verbally',
  refused: 'Refused',
  pending: 'Asked, not yet given',
};

export const CONSTRUCTION_FRAMES = ['timber', 'steel', 'masonry', 'concrete', 'other'] as const;
export const CONSTRUCTION_WALLS = [
  'double-brick',
  'brick-veneer',
  'weatherboard',
  'cladding',
  'plasterboard',
  'concrete',
  'other',
] as const;
export const CONSTRUCTION_FLOORS = [
  'concrete-slab',
  'timber',
  'tiles',
  'vinyl',
  'carpet',
  'other',
] as const;

export const CONSTRUCTION_WORDS: Record<string, string> = {
  timber: 'Timber',
  steel: 'Steel',
  masonry: 'Masonry',
  concrete: 'Concrete',
  'double-brick': 'Double brick',
  'brick-veneer': 'Brick veneer',
  weatherboard: 'Weatherboard',
  cladding: 'Cladding',
  plasterboard: 'Plasterboard',
  'concrete-slab': 'Concrete slab',
  tiles: 'Tiles',
  vinyl: 'Vinyl',
  carpet: 'Carpet',
  other: 'Other',
};

export const USE_FREQUENCIES = [
  'several-daily',
  'daily',
  'weekly',
  'monthly',
  'occasionally',
] as const;
export type UseFrequency = (typeof USE_FREQUENCIES)[number];

export const USE_FREQUENCY_WORDS: Record<UseFrequency, string> = {
  'several-daily': 'Several times a day',
  daily: 'Daily',
  weekly: 'Weekly',
  monthly: 'Monthly',
  occasionally: 'Occasionally',
};
