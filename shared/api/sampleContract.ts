import { createSampleSchema, type SampleSummary } from '../domain/sample';
import { channel } from './defineChannel';

export const sampleContract = {
  /** Fills an empty workspace with sample data; refused (CONFLICT) when it holds projects. */
  'sample.create': channel<SampleSummary>()(createSampleSchema),
};
