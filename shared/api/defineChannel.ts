import type { z } from 'zod';

/**
 * One channel of the contract: a strict input schema (parsed in the backend, whatever the
 * transport) and the output type (a phantom: types only, nothing at run time).
 */
export interface ChannelSpec<I extends z.ZodType = z.ZodType, O = unknown> {
  input: I;
  output: O;
}

/** `channel<Output>()(inputSchema)`: curried so the output type is explicit and the input inferred. */
export const channel =
  <O>() =>
  <I extends z.ZodType>(input: I): ChannelSpec<I, O> => ({ input, output: undefined as O });
