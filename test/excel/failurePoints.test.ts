/** Every failure point of a replace, with the hand-made plan (failurePoints.ts says what is checked). */
import { describeFailurePoints } from './failurePoints';
import { makeBlueprint } from './fixtures';

describeFailurePoints(
  'hand-made plan, 10 areas replaced by 12',
  makeBlueprint({ areas: 10 }),
  makeBlueprint({ areas: 12 }),
);
