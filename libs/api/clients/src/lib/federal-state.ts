import { registerEnumType } from '@nestjs/graphql';
import { FEDERAL_STATES, type FederalState } from '@klarsicht/shared';

export { FEDERAL_STATES, type FederalState };

export const FederalStateEnum = Object.fromEntries(FEDERAL_STATES.map((s) => [s, s])) as {
  [K in FederalState]: K;
};
registerEnumType(FederalStateEnum, {
  name: 'FederalState',
  description: 'German federal state (Bundesland), ISO 3166-2:DE code.',
});

export const CLIENT_SORTS = ['NAME', 'SCORE', 'OPEN_TASKS', 'NEXT_REVIEW'] as const;
export type ClientSort = (typeof CLIENT_SORTS)[number];
export const ClientSortEnum = Object.fromEntries(CLIENT_SORTS.map((s) => [s, s])) as { [K in ClientSort]: K };
registerEnumType(ClientSortEnum, {
  name: 'ClientSort',
  description:
    'NAME ascending; SCORE ascending (worst first); OPEN_TASKS descending; NEXT_REVIEW ascending (none last).',
});
