export {
  AssignmentInputError,
  type AssignmentPair,
  type AssignmentResult,
  maximumWeightAssignment,
} from './maximum-weight-assignment.ts';
