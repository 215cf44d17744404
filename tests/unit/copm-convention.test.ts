// The 2-point change in a goal's rating is flagged as the COPM authors' convention, never as a
// proven threshold of clinical importance.
import { describe, expect, it } from 'vitest';
import {
  CHANGE_CONVENTION_NOTE,
  CLINICALLY_IMPORTANT_CHANGE,
} from '../../src/domain/follow-up-outcome';

describe('the 2-point change', () => {
  it('is 2 points, as the COPM authors set it', () => {
    expect(CLINICALLY_IMPORTANT_CHANGE).toBe(2);
  });

  it("is explained as the authors' convention, not a proven threshold", () => {
    expect(CHANGE_CONVENTION_NOTE).toBe(
      "A change of 2 points or more is flagged, by the COPM authors' convention; it is not a proven threshold of clinical importance.",
    );
  });
});
