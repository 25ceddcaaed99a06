export { foldForSearch } from './fold.ts';
export {
  countryOfJurisdiction,
  GROUPING_CODES,
  getJurisdiction,
  isJurisdictionCode,
  type Jurisdiction,
  type JurisdictionKind,
  jurisdictionCodeSchema,
} from './jurisdiction.ts';
export { type ListJurisdictionsOptions, listJurisdictions } from './list.ts';
export { jurisdictionName } from './names.ts';
export { LAND_NEIGHBOURS } from './neighbours.data.ts';
export { areNeighbours, groupingMembers, groupingsOf, sharedGroupings } from './relations.ts';
